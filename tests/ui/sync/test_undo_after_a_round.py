"""An undo step, or a dialog's OK, written after a round brought another computer's edit of
OTHER fields of the same record: only the step's own fields are written (attack-20c N10: the
whole old record was written back and the other computer's e-mail and phone were lost on
every computer)."""

from __future__ import annotations

import dataclasses

from fake_context import FakeContext
from helpers import plain_round

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common.undo_commands import EditClient


def _anna_on_both(computers) -> int:
    computers.use("desk")
    anna = clients.create(ClientData(name="Anna Müller", email="anna@example.org"))
    plain_round(computers, "desk", "Desk")
    plain_round(computers, "laptop", "Laptop")
    return anna


def _laptop_changes_mail_and_phone(computers) -> None:
    computers.use("laptop")
    (theirs,) = clients.fetch(clients.list_ids()).values()
    clients.update(
        dataclasses.replace(theirs, email="anna.neu@laptop.example", phone="+49 30 LAPTOP")
    )
    plain_round(computers, "laptop")
    plain_round(computers, "desk")


def _mail_phone_tags(computers, name: str) -> tuple:
    computers.use(name)
    (client,) = clients.fetch(clients.list_ids()).values()
    return client.email, client.phone, client.tags, client.company


def test_the_undo_of_a_tag_edit_keeps_the_other_computers_mail_and_phone(qtbot, computers):
    anna = _anna_on_both(computers)
    context = FakeContext()
    qtbot.addWidget(context)
    before = clients.get(anna)
    context.undo_stack.push(
        EditClient(before, dataclasses.replace(before, tags=["vip"]), "Tags", context.events)
    )
    _laptop_changes_mail_and_phone(computers)
    assert clients.get(anna).email == "anna.neu@laptop.example"
    context.undo_stack.undo()  # the tag only
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    for name in ("desk", "laptop"):
        assert _mail_phone_tags(computers, name) == (
            "anna.neu@laptop.example", "+49 30 LAPTOP", [], ""
        )  # fmt: skip


def test_a_dialog_open_across_a_round_writes_only_what_it_changed(qtbot, computers):
    anna = _anna_on_both(computers)
    context = FakeContext()
    qtbot.addWidget(context)
    before = clients.get(anna)  # the dialog opens with this
    _laptop_changes_mail_and_phone(computers)
    after = dataclasses.replace(before, company="Neue Firma GmbH")  # OK, a round later
    context.undo_stack.push(EditClient(before, after, "Edit client", context.events))
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    for name in ("desk", "laptop"):
        assert _mail_phone_tags(computers, name) == (
            "anna.neu@laptop.example", "+49 30 LAPTOP", [], "Neue Firma GmbH"
        )  # fmt: skip


def test_a_payment_dialog_open_across_a_round_writes_only_what_it_changed(qtbot, computers):
    from datetime import date

    from clientjournal.core.payments import PaymentData
    from clientjournal.store import payments
    from clientjournal.store.models import database
    from clientjournal.ui.common.undo_commands import EditPayment

    anna = _anna_on_both(computers)
    computers.use("desk")
    invoice = payments.create(
        PaymentData(client_id=anna, amount_cents=10_000, issued_on=date(2026, 5, 1),
                    due_on=date(2026, 5, 15), number="12345")
    )  # fmt: skip
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    computers.use("desk")
    before = payments.get(invoice.id)  # the dialog opens with this
    computers.use("laptop")
    (theirs,) = database.execute_sql("SELECT id FROM payment").fetchall()
    payments.update(dataclasses.replace(payments.get(theirs[0]), note="Nachtrag"))
    plain_round(computers, "laptop")
    plain_round(computers, "desk")
    context = FakeContext()
    qtbot.addWidget(context)
    after = dataclasses.replace(before, amount_cents=12_345)
    context.undo_stack.push(EditPayment(before, after, "Edit invoice", context.events))
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    for name in ("desk", "laptop"):
        computers.use(name)
        rows = database.execute_sql("SELECT amount_cents, note FROM payment").fetchall()
        assert rows == [(12_345, "Nachtrag")], name


def test_the_undo_of_an_edit_of_a_client_deleted_since_does_nothing(qtbot, computers):
    """A step written field by field reads the client first: one deleted for good on the
    other computer meanwhile is left alone, without an error in the undo stack."""
    from clientjournal.store.models import database

    anna = _anna_on_both(computers)
    computers.use("desk")
    context = FakeContext()
    qtbot.addWidget(context)
    before = clients.get(anna)
    context.undo_stack.push(
        EditClient(before, dataclasses.replace(before, tags=["vip"]), "Tags", context.events)
    )
    database.execute_sql("DELETE FROM client WHERE id = ?", (anna,))  # as a round deletes it
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert clients.list_ids() == []
