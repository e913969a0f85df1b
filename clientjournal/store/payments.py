"""A client's invoices: reading and writing; each public write is one transaction.

The UI gets plain ``PaymentData`` records.  What is open, overdue or late is computed in
``core.payments`` from dates; "today" is always the caller's local date, so the overdue view
and a client's tab agree on the day boundary.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from clientjournal.core.agreements.checklist import AgreementCategory, AgreementStatus
from clientjournal.core.timeutil import utcnow
from clientjournal.store.models import (
    Agreement,
    Client,
    Payment,
    Project,
    database,
    new_uuid,
    tuples,
)
from clientjournal.store.tab_counts import OVERDUE_COUNT_SQL, overdue_count

if TYPE_CHECKING:
    from clientjournal.core.payments import ClientPaymentStats, PaymentData

# core.payments (its reminder wording and the agreements' summary it shares: ~7 ms of imports)
# is imported where a record is read or written, not with this module.  The overdue count the
# client pane shows at every switch is in store/tab_counts.py (re-exported here), so the full
# window imports neither.

__all__ = [
    "OVERDUE_COUNT_SQL",
    "OverdueRow",
    "count_overdue",
    "create",
    "delete",
    "for_client",
    "get",
    "last_currency",
    "mark_paid",
    "overdue",
    "overdue_count",
    "restore",
    "stats",
    "term_days_for_client",
    "update",
]


class OverdueRow(NamedTuple):
    client_id: int
    client_name: str
    payment: PaymentData
    days_late: int


def _to_record(row: Payment) -> PaymentData:
    from clientjournal.core.payments import PaymentData

    return PaymentData(
        client_id=row.client_id,
        amount_cents=row.amount_cents,
        issued_on=row.issued_on,
        due_on=row.due_on,
        currency=row.currency,
        number=row.number,
        paid_on=row.paid_on,
        project_id=row.project_id,
        note=row.note,
        id=row.id,
        uuid=row.uuid,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _fields(payment: PaymentData) -> dict[str, object]:
    """The editable columns, checked: the client exists, the project is the client's own."""
    from clientjournal.core.payments import validate

    validate(payment)
    if not Client.select().where(Client.id == payment.client_id).exists():
        raise ValueError(f"the client {payment.client_id} does not exist")
    if payment.project_id is not None:
        owner = Project.select(Project.client).where(Project.id == payment.project_id).scalar()
        if owner != payment.client_id:
            raise ValueError("the project belongs to another client")
    return {
        "client": payment.client_id,
        "project": payment.project_id,
        "number": payment.number.strip(),
        "amount_cents": payment.amount_cents,
        "currency": payment.currency,
        "issued_on": payment.issued_on,
        "due_on": payment.due_on,
        "paid_on": payment.paid_on,
        "note": payment.note,
    }


def get(payment_id: int) -> PaymentData:
    row = Payment.get_or_none(Payment.id == payment_id)
    if row is None:
        raise KeyError(payment_id)
    return _to_record(row)


def create(payment: PaymentData) -> PaymentData:
    """Store a new invoice (``id`` must be unset); returns it as stored."""
    if payment.id is not None:
        raise ValueError("the invoice is stored already; use update")
    now = utcnow()
    with database.atomic():
        row = Payment.create(
            uuid=payment.uuid or new_uuid(),
            created_at=payment.created_at or now,
            updated_at=now,
            **_fields(payment),
        )
        return get(row.id)


def update(payment: PaymentData) -> PaymentData:
    """Write every editable field of a stored invoice; it cannot move to another client."""
    if payment.id is None:
        raise ValueError("the invoice is not stored yet; use create")
    with database.atomic():
        current = get(payment.id)
        if current.client_id != payment.client_id:
            raise ValueError("an invoice cannot move to another client")
        Payment.update(updated_at=utcnow(), **_fields(payment)).where(
            Payment.id == payment.id
        ).execute()
        return get(payment.id)


def mark_paid(payment_id: int, day: date | None) -> PaymentData:
    """Record the day the money came in (``None``: not paid after all)."""
    with database.atomic():
        payment = dataclasses.replace(get(payment_id), paid_on=day)
        return update(payment)


def delete(payment_id: int) -> PaymentData:
    """Delete an invoice and return it whole, so the UI can offer undo."""
    with database.atomic():
        payment = get(payment_id)
        Payment.delete().where(Payment.id == payment_id).execute()
    return payment


def restore(payment: PaymentData) -> PaymentData:
    """Put a deleted invoice back exactly as it was (same id, uuid and times); returns it as
    stored.  A project deleted in the meantime is let go of, as deleting the project would
    have done.  SQLite gives a new row the highest id plus one, so the newest invoice's id,
    deleted, goes to the next invoice written: it then comes back under a new id; one whose
    uuid is there again (an import or a sync round brought it back) is left as it is (the
    insert failed on either, attack27c)."""
    with database.atomic():
        back = Payment.get_or_none(Payment.uuid == payment.uuid) if payment.uuid else None
        if back is not None:
            return get(back.id)
        if (
            payment.project_id is not None
            and not Project.select().where(Project.id == payment.project_id).exists()
        ):
            payment = dataclasses.replace(payment, project_id=None)
        now = utcnow()
        taken = payment.id is not None and Payment.get_or_none(Payment.id == payment.id)
        payment_id = Payment.insert(
            id=None if taken else payment.id,
            uuid=payment.uuid or new_uuid(),
            created_at=payment.created_at or now,
            updated_at=payment.updated_at or now,
            **_fields(payment),
        ).execute()
        return get(payment_id)


def for_client(client_id: int) -> list[PaymentData]:
    """The client's invoices, newest issued first."""
    query = (
        Payment.select()
        .where(Payment.client == client_id)
        .order_by(Payment.issued_on.desc(), Payment.id.desc())
    )
    return [_to_record(row) for row in query]


def last_currency(client_id: int) -> str | None:
    """The currency of the client's most recent invoice: the next one is likely the same."""
    return (
        Payment.select(Payment.currency)
        .where(Payment.client == client_id)
        .order_by(Payment.issued_on.desc(), Payment.id.desc())
        .limit(1)
        .scalar()
    )


def term_days_for_client(client_id: int) -> int | None:
    """The payment term agreed with the client, in days: from its agreements of category
    payment terms that are agreed or done, newest first (title, then details); ``None`` when
    none names a term."""
    query = (
        Agreement.select(Agreement.title, Agreement.details)
        .where(
            Agreement.client == client_id,
            Agreement.category == AgreementCategory.PAYMENT_TERMS.value,
            Agreement.status.in_([AgreementStatus.AGREED.value, AgreementStatus.DONE.value]),
        )
        .order_by(Agreement.updated_at.desc(), Agreement.id.desc())
    )
    from clientjournal.core.payments import payment_term_days

    return payment_term_days(f"{title}\n{details}" for title, details in tuples(query))


def _overdue_query(today: date):  # noqa: ANN202 - a peewee query
    return (
        Payment.select(Payment, Client.name.alias("client_name"))
        .join(Client, on=(Payment.client == Client.id))
        .where(Payment.paid_on.is_null(), Payment.due_on < today, Client.deleted_at.is_null())
    )


def overdue(today: date) -> list[OverdueRow]:
    """Unpaid invoices past their due day (due today is not overdue yet) of clients not in
    the trash, the longest overdue first."""
    from clientjournal.core.payments import days_late

    query = _overdue_query(today).order_by(Payment.due_on, Payment.id).objects()
    rows = []
    for row in query:
        payment = _to_record(row)
        rows.append(OverdueRow(row.client_id, row.client_name, payment, days_late(payment, today)))
    return rows


def count_overdue(today: date) -> int:
    """How many invoices ``overdue`` would list (for a badge), without reading them."""
    return _overdue_query(today).count()


def stats(client_id: int, today: date) -> ClientPaymentStats:
    from clientjournal.core.payments import compute_stats

    return compute_stats(for_client(client_id), today)
