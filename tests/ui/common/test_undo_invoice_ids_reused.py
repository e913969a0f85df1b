"""Undo "Delete invoice" and redo "Add invoice" after their invoice's id went to another
invoice (an import, a sync round) (attack27c): the step raised in the undo stack (UNIQUE
constraint failed: payment.id); put back under a new id, its next step must delete that
invoice, not the one that took the id."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack

from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData
from clientjournal.store import clients, payments
from clientjournal.ui.common.context import JournalEvents
from clientjournal.ui.common.undo_commands import AddPayment, DeletePayment


def _invoice(client_id: int, cents: int) -> PaymentData:
    day = date(2026, 12, 1)
    return PaymentData(client_id=client_id, amount_cents=cents, issued_on=day, due_on=day)


def test_undo_delete_and_redo_add_invoice_after_their_id_was_taken(qtbot, journal):
    client_id = clients.create(ClientData(name="Nora"))
    stack = QUndoStack()
    stack.push(AddPayment(_invoice(client_id, 100), JournalEvents()))
    stack.undo()
    taker = payments.create(_invoice(client_id, 300))  # as an import would
    stack.redo()
    assert sorted(p.amount_cents for p in payments.for_client(client_id)) == [100, 300]
    stack.undo()  # the invoice added goes, not the one that took its id
    assert [p.id for p in payments.for_client(client_id)] == [taker.id]

    stack.push(DeletePayment(taker, JournalEvents()))
    payments.create(_invoice(client_id, 400))
    stack.undo()
    assert sorted(p.amount_cents for p in payments.for_client(client_id)) == [300, 400]
    stack.redo()
    assert [p.amount_cents for p in payments.for_client(client_id)] == [400]
