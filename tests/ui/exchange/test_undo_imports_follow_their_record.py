"""Undo of "Add e-mail to ..." and of a contact import act on the notes and clients they
wrote, also after their row ids went to other records (undo28a): the undo of the mail
below an undone "Delete note" deleted the note that had taken the mail's id, and the undo
of an import moved to the trash a client that had taken the id of an imported one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack

from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.common.context import JournalEvents
from clientjournal.ui.common.undo_commands import DeleteNote
from clientjournal.ui.exchange.contact_write import ImportedContacts

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"


def _bodies(client_id: int) -> list[str]:
    return sorted(n.body for n in notes.fetch(notes.ids_for_client(client_id)).values())


def test_undo_added_mail_below_its_undone_deletion_deletes_the_mail(qtbot, window):
    sabine = clients.create(
        ClientData(name="Sabine Krüger", email="sabine.krueger@krueger-architekten.example")
    )
    mail = window.drop_import.add_mail(DATA / "thunderbird_plain.eml")
    assert mail is not None and mail.kind is NoteKind.EMAIL
    window.undo_stack.push(DeleteNote(notes.get(mail.id), window.events))
    taker = notes.save(NoteData(client_id=sabine, body="written after", created_at=utcnow()))
    assert taker.id == mail.id

    window.undo_stack.undo()  # the mail back, under a new id
    window.undo_stack.undo()  # the mail goes: not the note that took its id

    assert _bodies(sabine) == ["written after"]


def test_undo_of_a_contact_import_after_an_imported_client_was_purged_and_its_id_taken(
    qtbot, journal
):
    first = clients.create(ClientData(name="Anna Import"))
    second = clients.create(ClientData(name="Bert Import"))
    stack = QUndoStack()
    stack.push(ImportedContacts([first, second], JournalEvents()))
    clients.trash(second)
    clients.empty_trash()  # emptied on another computer, brought by a round
    taker = clients.create(ClientData(name="Otto"))
    assert taker == second

    stack.undo()  # Anna to the trash, and Otto stays

    assert clients.get(taker).deleted_at is None
    assert clients.get(first).deleted_at is not None
    stack.redo()
    assert clients.get(first).deleted_at is None
