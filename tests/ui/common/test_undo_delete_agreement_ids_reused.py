"""Undo "Delete agreement" after another agreement's change took its history's ids, or a
new agreement its id (attack27c): the undo raised in the undo stack (UNIQUE constraint
failed: agreement_event.id), brought nothing back, and the stack counted it undone; put
back under a new id, the redo must delete that one, not the agreement that took the id."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from clientjournal.core.agreements.checklist import AgreementData, AgreementStatus
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.common.context import JournalEvents
from clientjournal.ui.common.undo_commands import DeleteAgreement


def _titles(client_id: int) -> list[str]:
    return sorted(agreements.get(i).title for i in agreements.ids_for_client(client_id))


def test_undo_delete_agreement_after_another_was_ticked_and_one_added(qtbot, journal):
    client_id = clients.create(ClientData(name="Nora"))
    other = agreements.save(AgreementData(client_id=client_id, title="Umfang"))
    item = agreements.save(AgreementData(client_id=client_id, title="Preis"))
    stack = QUndoStack()
    stack.push(DeleteAgreement(item.id, item.title, JournalEvents()))
    agreements.set_status(other.id, AgreementStatus.AGREED)  # its history lines: the ids
    newer = agreements.save(AgreementData(client_id=client_id, title="Termin"))
    assert newer.id == item.id  # and the new agreement the agreement's id

    stack.undo()

    assert _titles(client_id) == ["Preis", "Termin", "Umfang"]
    stack.redo()  # the agreement put back goes again, not the one that took its id
    assert _titles(client_id) == ["Termin", "Umfang"]
