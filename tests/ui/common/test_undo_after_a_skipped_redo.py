"""A redo that found its record gone changed nothing (undo28a: "Could not redo ...: the
record is no longer in the journal"); the undo after it must not put back what that redo
did not delete (attack28d).  Delete agreement and Delete invoice kept what their first redo
had deleted: deleted, undone, then deleted on the other computer (a round), Redo (skipped)
and Undo brought the other computer's deletion back."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData
from clientjournal.store import clients, payments
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.common.context import JournalEvents
from clientjournal.ui.common.undo_commands import DeleteAgreement, DeletePayment


def test_undo_after_a_skipped_redo_of_delete_agreement_puts_nothing_back(qtbot, journal):
    client_id = clients.create(ClientData(name="Nora"))
    item = agreements.save(AgreementData(client_id=client_id, title="Preis"))
    stack = QUndoStack()
    stack.push(DeleteAgreement(item.id, item.title, JournalEvents()))  # deleted here
    stack.undo()  # back
    agreements.delete(item.id)  # deleted on another computer, brought by a round
    stack.redo()  # nothing to delete: skipped
    stack.undo()  # nothing of this step's to put back

    assert agreements.ids_for_client(client_id) == []


def test_undo_after_a_skipped_redo_of_delete_invoice_puts_nothing_back(qtbot, journal):
    client_id = clients.create(ClientData(name="Nora"))
    day = date(2026, 12, 1)
    invoice = payments.create(
        PaymentData(client_id=client_id, amount_cents=100, issued_on=day, due_on=day)
    )
    stack = QUndoStack()
    stack.push(DeletePayment(invoice, JournalEvents()))
    stack.undo()
    back = payments.for_client(client_id)[0]
    payments.delete(back.id)  # deleted on another computer, brought by a round
    stack.redo()
    stack.undo()

    assert payments.for_client(client_id) == []
