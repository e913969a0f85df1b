"""Invoices and what follows from them: due dates, lateness, reminders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(slots=True)
class PaymentData:
    """One invoice.  Amounts are whole minor units (cents), so sums are exact."""

    client_id: int
    amount_cents: int
    issued_on: date
    due_on: date
    currency: str = "EUR"
    number: str = ""
    paid_on: date | None = None
    project_id: int | None = None
    note: str = ""
    id: int | None = None
    uuid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
