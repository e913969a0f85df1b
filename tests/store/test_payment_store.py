"""Invoices in the store: CRUD, undo by restore, agreed terms, the overdue view, stats."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from clientjournal.core.agreements.checklist import (
    AgreementCategory,
    AgreementData,
    AgreementStatus,
    ProjectData,
)
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData
from clientjournal.store import clients, payments
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.models import Payment

TODAY = date(2025, 6, 2)


@pytest.fixture
def client_id(journal) -> int:
    return clients.create(ClientData(name="Jörg Weiß"))


def new(client_id: int, due: date, **values) -> PaymentData:
    fields = {"amount_cents": 1200_00, "issued_on": date(2025, 5, 1), "number": "R-1"} | values
    return payments.create(PaymentData(client_id=client_id, due_on=due, **fields))


def test_create_get_update(client_id):
    created = new(client_id, date(2025, 5, 15), currency="CHF", note="Website")
    assert created.id is not None and created.uuid and created.created_at
    assert payments.get(created.id) == created
    changed = payments.update(dataclasses.replace(created, amount_cents=99, number=" R-2 "))
    assert (changed.amount_cents, changed.number, changed.currency) == (99, "R-2", "CHF")
    assert changed.updated_at >= created.updated_at
    with pytest.raises(KeyError):
        payments.get(9999)


def test_invalid_records_write_nothing(client_id):
    with pytest.raises(ValueError, match="before the issue date"):
        new(client_id, date(2025, 4, 1))
    with pytest.raises(ValueError, match="does not exist"):
        new(client_id + 1, date(2025, 5, 15))
    other = clients.create(ClientData(name="Other"))
    project = agreements.save_project(ProjectData(client_id=other, name="Theirs"))
    with pytest.raises(ValueError, match="another client"):
        new(client_id, date(2025, 5, 15), project_id=project.id)
    stored = new(client_id, date(2025, 5, 15))
    with pytest.raises(ValueError, match="another client"):
        payments.update(dataclasses.replace(stored, client_id=other))
    assert Payment.select().count() == 1


def test_for_client_newest_issued_first(client_id):
    first = new(client_id, date(2025, 2, 1), issued_on=date(2025, 1, 1))
    third = new(client_id, date(2025, 4, 1), issued_on=date(2025, 3, 1))
    second = new(client_id, date(2025, 3, 1), issued_on=date(2025, 2, 1))
    same_day = new(client_id, date(2025, 4, 1), issued_on=date(2025, 3, 1))
    assert [p.id for p in payments.for_client(client_id)] == [
        same_day.id,
        third.id,
        second.id,
        first.id,
    ]
    assert payments.last_currency(client_id) == "EUR"
    assert payments.last_currency(clients.create(ClientData(name="New"))) is None


def test_mark_paid_and_unpaid(client_id):
    stored = new(client_id, date(2025, 5, 15))
    assert payments.mark_paid(stored.id, date(2025, 5, 20)).paid_on == date(2025, 5, 20)
    assert payments.mark_paid(stored.id, None).paid_on is None


def test_delete_and_restore_bring_back_the_same_record(client_id):
    project = agreements.save_project(ProjectData(client_id=client_id, name="Relaunch"))
    stored = new(client_id, date(2025, 5, 15), project_id=project.id, paid_on=date(2025, 5, 16))
    deleted = payments.delete(stored.id)
    assert deleted == stored
    assert payments.for_client(client_id) == []
    assert payments.restore(deleted) == stored
    # A project deleted in between is let go of, as deleting it would have done.
    payments.delete(stored.id)
    agreements.delete_project(project.id)
    assert payments.restore(deleted).project_id is None


def test_term_days_from_the_newest_agreed_payment_terms(client_id):
    assert payments.term_days_for_client(client_id) is None

    def agree(title: str, status: AgreementStatus, details: str = "") -> None:
        item = agreements.save(
            AgreementData(
                client_id=client_id,
                title=title,
                details=details,
                category=AgreementCategory.PAYMENT_TERMS,
            )
        )
        if status is not AgreementStatus.OPEN:
            agreements.set_status(item.id, status)

    agree("Zahlungsziel 7 Tage", AgreementStatus.OPEN)  # not agreed yet
    assert payments.term_days_for_client(client_id) is None
    agree("Zahlungsziel", AgreementStatus.AGREED, "30 Tage netto")
    assert payments.term_days_for_client(client_id) == 30
    agree("Net 21", AgreementStatus.AGREED)  # newer
    assert payments.term_days_for_client(client_id) == 21
    agreements.save(AgreementData(client_id=client_id, title="Binnen 5 Tagen"))  # other category
    assert payments.term_days_for_client(client_id) == 21


def test_overdue_across_clients_oldest_due_first(client_id):
    other = clients.create(ClientData(name="Anna"))
    trashed = clients.create(ClientData(name="Gone"))
    late = new(other, date(2025, 5, 1))
    later = new(client_id, date(2025, 5, 20))
    yesterday = new(client_id, date(2025, 6, 1))
    new(client_id, TODAY)  # due today: not overdue
    new(client_id, date(2025, 5, 2), paid_on=date(2025, 6, 1))  # paid
    new(trashed, date(2025, 4, 1), issued_on=date(2025, 3, 1))
    clients.trash(trashed)
    rows = payments.overdue(TODAY)
    assert [(r.payment.id, r.client_name, r.days_late) for r in rows] == [
        (late.id, "Anna", 32),
        (later.id, "Jörg Weiß", 13),
        (yesterday.id, "Jörg Weiß", 1),
    ]
    assert rows[0].client_id == other
    assert payments.count_overdue(TODAY) == 3
    clients.restore(trashed)
    assert payments.count_overdue(TODAY) == 4


def test_stats(client_id):
    new(client_id, date(2025, 5, 10), paid_on=date(2025, 5, 16))  # 6 late
    new(client_id, date(2025, 5, 10), paid_on=date(2025, 5, 10))
    new(client_id, date(2025, 6, 20), amount_cents=700_00)
    new(client_id, date(2025, 5, 30), amount_cents=500_00)
    stats = payments.stats(client_id, TODAY)
    assert stats.average_days_late == pytest.approx(3.0)
    assert (stats.open_count, stats.open_sums) == (2, {"EUR": 1200_00})
    assert (stats.overdue_count, stats.overdue_sums) == (1, {"EUR": 500_00})
    assert stats.paid_count == 2


def test_demo_fill_writes_the_invoices(journal):
    from datetime import UTC, datetime

    from clientjournal.core.demo.journal import generate
    from clientjournal.store.demo.fill import fill

    demo = generate(40, 600, seed=5, now=datetime(2025, 6, 1, 12, 0, tzinfo=UTC))
    stages = []
    fill(demo, lambda stage, done, total: stages.append((stage, done, total)))
    assert ("payments", len(demo.payments), len(demo.payments)) in stages
    assert Payment.select().count() == len(demo.payments) > 0
    for index, project, payment in demo.payments:
        assert payment.client_id == demo.clients[index].id
        assert payment.project_id == (None if project is None else demo.projects[project][1].id)
        assert payments.get(payment.id) == payment
    busiest = max(range(40), key=lambda i: sum(1 for j, _, _ in demo.payments if j == i))
    client_id = demo.clients[busiest].id
    assert payments.for_client(client_id) == sorted(
        (p for i, _, p in demo.payments if i == busiest),
        key=lambda p: (p.issued_on, p.id),
        reverse=True,
    )


def test_overdue_count_agrees_with_the_stats(journal):
    """The tab title's one-query count is the stats' count: unpaid past the due day only."""
    from clientjournal.core.payments import PaymentData
    from clientjournal.core.records import ClientData
    from clientjournal.store import clients, payments

    client_id = clients.create(ClientData(name="Zahl"))
    today = date(2026, 6, 10)
    for due, paid in (
        (date(2026, 6, 9), None),  # overdue
        (date(2026, 6, 10), None),  # due today: still open
        (date(2026, 5, 1), date(2026, 5, 20)),  # paid late
        (date(2025, 12, 31), None),  # overdue
    ):
        issued = date(2025, 12, 1)
        invoice = PaymentData(client_id, amount_cents=100, issued_on=issued, due_on=due, number="R")
        payments.create(dataclasses.replace(invoice, paid_on=paid))
    assert (
        payments.overdue_count(client_id, today)
        == payments.stats(client_id, today).overdue_count
        == 2
    )


def test_overdue_count_reads_only_the_clients_own_invoices(client_id, sql_traced):
    """At every client switch: by payment_client_issued (the client's few rows), not by
    payment_open_due, which SQLite prefers on its own and which walks every client's open
    invoices past their due day (~0.5-2 ms per switch at 20,000 clients)."""
    from clientjournal.store.models import database

    other = clients.create(ClientData(name="Andere"))
    new(other, date(2025, 5, 10))
    new(client_id, date(2025, 5, 11))
    with sql_traced() as statements:
        assert payments.overdue_count(client_id, TODAY) == 1
    (query,) = [sql for sql in statements if "COUNT" in sql.upper()]
    plan = " ".join(row[-1] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {query}"))
    assert "payment_client_issued" in plan and "payment_open_due" not in plan, plan
