"""Edit → Undo "Delete note" after the note's id went to another note, or after an import
brought the note back (attack27c): the undo raised in the undo stack (UNIQUE constraint
failed: note.id), brought nothing back, and the stack counted it as undone."""

from __future__ import annotations

from pathlib import Path

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store.exchange import journal as exchange
from clientjournal.ui.common.context import ClientTab


def _deleted_in_the_window(qtbot, window, body: str) -> tuple[int, NoteData]:
    client_id = clients.create(ClientData(name="Nora Kunde"))
    notes.save(NoteData(client_id=client_id, body="older", created_at=utcnow()))
    note = notes.save(NoteData(client_id=client_id, body=body, created_at=utcnow()))
    assert note.id is not None
    window.open_client(client_id, ClientTab.NOTES, note.id)
    qtbot.waitUntil(lambda: window.pane.editor.note_id == note.id, timeout=5_000)
    window.pane.delete_note_button.click()
    assert window.undo_stack.undoText() == "Delete note"
    return client_id, note


def _bodies(client_id: int) -> list[str]:
    return sorted(note.body for note in notes.fetch(notes.ids_for_client(client_id)).values())


def test_undo_delete_note_after_a_new_note_took_its_id(qtbot, window):
    client_id, note = _deleted_in_the_window(qtbot, window, "deleted")
    newer = notes.save(NoteData(client_id=client_id, body="written after", created_at=utcnow()))
    assert newer.id == note.id

    window.undo_action.trigger()

    assert _bodies(client_id) == ["deleted", "older", "written after"]
    window.undo_stack.redo()  # deletes the note put back, not the one that took its id
    assert _bodies(client_id) == ["older", "written after"]


def test_undo_delete_note_after_an_import_brought_it_back(
    qtbot, window, tmp_path: Path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *_a: None))
    client_id = clients.create(ClientData(name="Nora Kunde"))
    note = notes.save(NoteData(client_id=client_id, body="deleted", created_at=utcnow()))
    exported = tmp_path / "before.json"
    exchange.export_file(exported)  # the note in it
    window.open_client(client_id, ClientTab.NOTES, note.id)
    qtbot.waitUntil(lambda: window.pane.editor.note_id == note.id, timeout=5_000)
    window.pane.delete_note_button.click()
    window.exchange.import_from(exported)
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert _bodies(client_id) == ["deleted"]  # back through the import

    window.undo_action.trigger()

    assert _bodies(client_id) == ["deleted"]  # once
    window.undo_stack.redo()
    assert _bodies(client_id) == []
