"""The note open in the editor is deleted on the other computer (attack-20c N3): after the
round that brings the delete, the editor no longer writes into a row that is gone (it said
"Saved" while every word went nowhere); what was typed during the round is kept as a new
note of the client, and the status line says what happened."""

from __future__ import annotations

from helpers import (
    hold_rounds_at_the_lock,
    make_controller,
    note_editor_in_a_round,
    plain_round,
    round_through,
    same_note,
)
from PySide6.QtGui import QTextCursor

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.notes.editor import NoteEditor
from clientjournal.ui.sync.open_note import OpenNote


def _deleted_on_the_laptop(computers) -> tuple[int, int]:
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Müller"))
    note = notes.save(NoteData(client_id=client_id, body="Erstes Treffen", created_at=utcnow()))
    assert note.id is not None
    plain_round(computers, "desk", "Desk")
    computers.use("laptop")
    plain_round(computers, "laptop", "Laptop")
    notes.delete(same_note(note).id)
    plain_round(computers, "laptop")
    computers.use("desk")
    return client_id, note.id


def _bodies(client_id: int) -> list[str]:
    return sorted(n.body for n in notes.fetch(notes.ids_for_client(client_id)).values())


def test_what_is_typed_during_the_round_that_deletes_the_note_is_kept(
    qtbot, computers, monkeypatch
):
    client_id, note_id = _deleted_on_the_laptop(computers)
    deleted_uuid = notes.get(note_id).uuid
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor, context, controller = note_editor_in_a_round(qtbot, computers, note_id, inside)
    editor.body.setPlainText("Erstes Treffen, typed on the desk during the round")
    editor.body.moveCursor(QTextCursor.MoveOperation.End)  # typing at the end
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert _bodies(client_id) == ["Erstes Treffen, typed on the desk during the round"]
    # typing goes on at the end, not at the start (attack-20c N3b)
    assert editor.body.textCursor().position() == len(editor.body.toPlainText())
    assert editor.note_id is not None
    assert notes.get(editor.note_id).uuid != deleted_uuid  # a new note, not the deleted one
    assert editor.body.toPlainText() == "Erstes Treffen, typed on the desk during the round"
    assert "kept as a new note" in " ".join(context.statuses)


def test_nothing_typed_the_editor_lets_go_of_the_deleted_note(qtbot, computers):
    client_id, note_id = _deleted_on_the_laptop(computers)
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.edit(notes.get(note_id))
    context, controller = make_controller(qtbot, computers, OpenNote(editor))
    round_through(qtbot, controller)
    assert editor.note_id is None  # not the vanished note any more
    assert "deleted on another computer" in " ".join(context.statuses)
    editor.body.setPlainText("A new thought")
    editor.flush()
    assert _bodies(client_id) == ["A new thought"]  # saved, as a new note


def test_typed_during_the_round_that_trashes_the_client_is_kept(qtbot, computers, monkeypatch):
    """attack-20c N3, the trash case: what was typed during the round was dropped when the
    client went to the trash."""
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Müller"))
    note = notes.save(NoteData(client_id=client_id, body="Erstes Treffen", created_at=utcnow()))
    plain_round(computers, "desk", "Desk")
    computers.use("laptop")
    plain_round(computers, "laptop", "Laptop")
    (theirs,) = [c for c in clients.list_ids()]
    clients.trash(theirs)
    plain_round(computers, "laptop")
    computers.use("desk")
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor, _context, controller = note_editor_in_a_round(qtbot, computers, note.id, inside)
    editor.body.setPlainText("Erstes Treffen, typed during the round")
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    editor.flush()
    assert notes.get(note.id).body == "Erstes Treffen, typed during the round"


def test_in_the_window_typed_during_the_round_that_trashes_the_client_is_kept(
    qtbot, computers, monkeypatch
):
    from clientjournal.app import create_window
    from clientjournal.store.connection import close_journal
    from clientjournal.ui.sync.controller import SyncController

    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Müller"))
    note = notes.save(NoteData(client_id=client_id, body="Erstes Treffen", created_at=utcnow()))
    plain_round(computers, "desk", "Desk")
    computers.use("laptop")
    plain_round(computers, "laptop", "Laptop")
    clients.trash(*clients.list_ids())
    plain_round(computers, "laptop")
    computers.use("desk")
    close_journal()
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    window = create_window(computers.journal("desk"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_client(client_id, record_id=note.id)
    editor = window.findChild(NoteEditor)
    qtbot.waitUntil(lambda: editor.note_id == note.id, timeout=5_000)
    controller = window.findChild(SyncController)
    controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    editor.body.setPlainText("Erstes Treffen, typed during the round")
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    qtbot.wait(100)
    window.close()
    computers.current = None
    computers.use("desk")
    assert notes.get(note.id).body == "Erstes Treffen, typed during the round"
