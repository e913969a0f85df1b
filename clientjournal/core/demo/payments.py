"""Invoices for the demo journal: a payment history that looks like a freelancer's books.

Every client whose work started gets a few invoices over the span of the relationship, in the
currency its notes speak of (euro mostly, Swiss francs, pounds and dollars for some).  Most are
paid on time; each client has a habit (punctual, relaxed, slow), so some pay a little late and
a few a lot; the latest invoices of running clients are partly still open, some of them
overdue.  Due dates follow the payment term agreed in the client's checklist (else 14 days),
invoice numbers run through each year across all clients ("2024-017"), as they do on real
invoices.

They are drawn from a ``random.Random`` of their own, after everything else, so adding them
changed no client, note, agreement or draft a seed gives.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from clientjournal.core.agreements.checklist import AgreementCategory, AgreementStatus
from clientjournal.core.demo.agreements import Checklists, ClientSketch
from clientjournal.core.demo.basics import DAY, epoch_date, random_uuid
from clientjournal.core.domain import ClientStatus
from clientjournal.core.payments import (
    DEFAULT_TERM_DAYS,
    PaymentData,
    parse_amount,
    payment_term_days,
)

_SETTLED = (AgreementStatus.AGREED, AgreementStatus.DONE)
# Days a client pays after the due date (negative: before it), by habit.
_HABITS = {
    "punctual": tuple(range(-10, 1)) * 3 + (1, 2, 3),
    "relaxed": tuple(range(-7, 1)) * 2 + tuple(range(1, 15)),
    "slow": tuple(range(-3, 1)) + tuple(range(1, 25)) + tuple(range(25, 60, 3)),
}
_HABIT_BAG = ("punctual",) * 6 + ("relaxed",) * 3 + ("slow",)
_VAT = (100, 100, 107, 119, 119, 119)  # gross as percent of net, in whole cents after
_NOTES = {
    True: ("",) * 12 + ("Anzahlung", "Schlussrechnung", "Abschlagsrechnung", "Nachtrag"),
    False: ("",) * 12 + ("Deposit", "Final invoice", "Staged invoice", "Extra work"),
}
_CURRENCY_SIGNS = (("CHF", "CHF"), ("£", "GBP"), ("$", "USD"), ("€", "EUR"))


class DemoPayment(NamedTuple):
    """Indexes stand in for ids, which exist only once the journal is stored."""

    client: int  # into DemoJournal.clients
    project: int | None  # into DemoJournal.projects
    payment: PaymentData


def _currency(amounts: tuple[str, ...]) -> str:
    sample = amounts[0] if amounts else "€"
    return next(code for sign, code in _CURRENCY_SIGNS if sign in sample or sign == "€")


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _terms(checklists: Checklists) -> dict[int, int]:
    """Per client index the payment term of its latest settled payment-terms agreement."""
    terms: dict[int, int] = {}
    for index, _project, _note, item in checklists.agreements:
        if item.category == AgreementCategory.PAYMENT_TERMS and item.status in _SETTLED:
            days = payment_term_days([f"{item.title}\n{item.details}"])
            if days is not None:
                terms[index] = days  # later agreements come later in the list
    return terms


def generate_payments(
    seed: int, sketches: Sequence[ClientSketch], checklists: Checklists, now_ts: int
) -> list[DemoPayment]:
    """Invoices for every client but prospects, oldest issued first, numbered per year."""
    rng = random.Random(f"clientjournal-payments-{seed}")
    choice, randrange, rand = rng.choice, rng.randrange, rng.random
    today = epoch_date(now_ts)
    now = datetime.fromtimestamp(now_ts, UTC)
    terms = _terms(checklists)
    projects: dict[int, list[int]] = {}
    for project_index, (index, _project) in enumerate(checklists.projects):
        projects.setdefault(index, []).append(project_index)
    amounts: dict[tuple[str, ...], tuple[int, ...]] = {}
    out: list[DemoPayment] = []
    for index, sketch in enumerate(sketches):
        if sketch.status is ClientStatus.PROSPECT:
            continue
        if sketch.amounts not in amounts:
            amounts[sketch.amounts] = tuple(parse_amount(a) for a in sketch.amounts[:60])
        pool = amounts[sketch.amounts]
        currency = _currency(sketch.amounts)
        term = terms.get(index, DEFAULT_TERM_DAYS)
        habit = _HABITS[choice(_HABIT_BAG)]
        first = sketch.start + 30 * DAY
        span = max(sketch.end - first, 0)
        count = 1 + min(span // (75 * DAY), 7) if span else 1
        count = max(1, count - randrange(3))
        running = sketch.status is ClientStatus.ACTIVE
        own = projects.get(index, [])
        for ts in sorted(first + int(span * rand()) for _ in range(count)):
            issued = min(epoch_date(ts), today)
            due = issued + timedelta(days=term)
            paid: date | None
            paid = max(
                due + timedelta(days=choice(habit)), issued + timedelta(days=randrange(1, 4))
            )
            recent = (today - issued).days < 120
            if paid > today or (running and recent and rand() < 0.08):
                paid = None  # still open: the latest invoices, and now and then a forgotten one
            project = choice(own) if own and rand() < 0.75 else None
            cents = choice(pool) * choice(_VAT) // 100
            created = _noon(issued) + timedelta(seconds=randrange(-3 * 3600, 5 * 3600))
            created = min(created, now)
            payment = PaymentData(
                client_id=0,
                amount_cents=cents,
                issued_on=issued,
                due_on=due,
                currency=currency,
                paid_on=paid,
                note=choice(_NOTES[sketch.german]),
                uuid=random_uuid(rng),
                created_at=created,
                updated_at=created if paid is None else min(_noon(paid), now),
            )
            out.append(DemoPayment(index, project, payment))
    out.sort(key=lambda item: (item.payment.issued_on, item.payment.created_at))
    counters: dict[int, int] = {}
    for item in out:
        year = item.payment.issued_on.year
        counters[year] = counters.get(year, 0) + 1
        item.payment.number = f"{year}-{counters[year]:03d}"
    return out
