"""The note editor never stores an empty note (issue 19): Ctrl+Z right after starting a note
left a blank card, a neutral point in the mood chart and an empty section in exports."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes


def test_undoing_a_new_note_stores_nothing(qtbot, window, new_note_typed):
    client_id = new_note_typed
    editor = window.pane.editor
    editor.flush()  # as the autosave does half a second after the last key
    assert len(notes.ids_for_client(client_id)) == 1
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.toPlainText() == ""
    editor.flush()
    assert notes.ids_for_client(client_id) == []
    assert window.pane.model.rowCount() == 0
    assert window.pane.mood_chart.points() == []
    qtbot.keyClicks(editor.body, "Neu geschrieben")  # typing again makes a new note
    editor.flush()
    assert [notes.get(i).body for i in notes.ids_for_client(client_id)] == ["Neu geschrieben"]


def test_emptying_an_older_note_keeps_it_and_says_how_to_delete(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Hans"))
    kept = notes.save(NoteData(client_id=client_id, created_at=utcnow(), body="Vertrag besprochen"))
    window.refresh(client_id)
    window.pane.show_note(kept.id)
    editor = window.pane.editor
    assert editor.note_id == kept.id
    editor.body.selectAll()
    qtbot.keyClick(editor.body, Qt.Key.Key_Delete)
    editor.flush()
    assert notes.get(kept.id).body == "Vertrag besprochen"
    assert "Delete note" in editor.state.text()
