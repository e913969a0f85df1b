"""Delete note, then Ctrl+Z: the note comes back as typed, also when the typing waited for a
sync round that held the journal (attack-20d D4: it came back without it)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.common import autosave
from clientjournal.ui.common.autosave import AUTOSAVE_MAX_DELAY_MS
from clientjournal.ui.common.context import ClientTab


def _open_note(qtbot, window) -> int:
    client_id = clients.create(ClientData(name="Nora Kunde"))
    note = notes.save(NoteData(client_id=client_id, body="Erste ", created_at=utcnow()))
    assert note.id is not None
    window.open_client(client_id, ClientTab.NOTES, note.id)
    qtbot.waitUntil(lambda: window.pane.editor.note_id == note.id, timeout=5_000)
    return note.id


def _type(qtbot, window, text: str) -> None:
    body = window.pane.editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, text)


def test_delete_and_undo_during_a_round_brings_the_note_back_as_typed(qtbot, window, journal):
    note_id = _open_note(qtbot, window)
    autosave.hold()  # as a round does around its transaction
    try:
        _type(qtbot, window, "abc")
        qtbot.wait(AUTOSAVE_MAX_DELAY_MS * 2)  # the autosave waits for the round
        qtbot.mouseClick(window.pane.delete_note_button, Qt.MouseButton.LeftButton)
        window.undo_action.trigger()
    finally:
        autosave.release()
    # Ctrl+Z opened the note again as typed: its editor saves it (an autosave after the round)
    assert window.pane.editor.note_id == note_id
    qtbot.waitUntil(
        lambda: note_id in notes.fetch([note_id]) and notes.get(note_id).body == "Erste abc",
        timeout=5_000,
    )


def test_delete_and_undo_right_after_typing_brings_the_note_back_as_typed(qtbot, window, journal):
    """Outside rounds the same for the typing the autosave had not written yet."""
    note_id = _open_note(qtbot, window)
    _type(qtbot, window, "abc")
    qtbot.mouseClick(window.pane.delete_note_button, Qt.MouseButton.LeftButton)
    assert note_id not in notes.fetch([note_id])
    window.undo_action.trigger()
    assert notes.get(note_id).body == "Erste abc"


def test_a_note_deleted_during_a_round_leaves_the_list_at_once_and_undo_reopens_it(
    qtbot, window, journal
):
    """attack-20d D4, left over: the deleted note stayed listed until the round ended, and
    after Ctrl+Z the editor stayed empty (the next words went into a new note)."""
    note_id = _open_note(qtbot, window)
    pane = window.pane
    autosave.hold()  # as a round does around its transaction
    try:
        _type(qtbot, window, "abc")
        qtbot.mouseClick(pane.delete_note_button, Qt.MouseButton.LeftButton)
        assert pane.model.row_of(note_id) < 0  # gone from the list at once
        window.undo_action.trigger()
        assert pane.model.row_of(note_id) >= 0
        assert pane.editor.note_id == note_id
        assert pane.editor.body.toPlainText() == "Erste abc"
        _type(qtbot, window, "def")
    finally:
        autosave.release()
    qtbot.waitUntil(lambda: notes.get(note_id).body == "Erste abcdef", timeout=5_000)


def test_undo_of_delete_note_reopens_the_note(qtbot, window, journal):
    note_id = _open_note(qtbot, window)
    _type(qtbot, window, "abc")
    qtbot.mouseClick(window.pane.delete_note_button, Qt.MouseButton.LeftButton)
    assert window.pane.editor.note_id is None
    window.undo_action.trigger()
    assert window.pane.editor.note_id == note_id
    _type(qtbot, window, "def")
    window.pane.editor.flush()
    assert notes.get(note_id).body == "Erste abcdef"


def test_redo_of_delete_note_lets_go_of_the_reopened_note_and_keeps_its_typing(
    qtbot, window, journal
):
    """Undo opens the note again; the redo deletes it once more: the editor lets go of it
    (it went on saving into a deleted row) and a second undo brings back what was typed."""
    note_id = _open_note(qtbot, window)
    qtbot.mouseClick(window.pane.delete_note_button, Qt.MouseButton.LeftButton)
    window.undo_action.trigger()
    assert window.pane.editor.note_id == note_id
    _type(qtbot, window, "xyz")
    window.undo_stack.redo()
    assert note_id not in notes.fetch([note_id])
    assert window.pane.editor.note_id is None
    window.undo_action.trigger()
    assert notes.get(note_id).body == "Erste xyz"
    assert window.pane.editor.note_id == note_id
