"""A client switch offers an empty new note; a note field that is empty already is not
cleared again (issue 21: clearing the empty document repainted its first line at every
switch).  A field with anything to undo is still reset, as before."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes


def _client(name: str) -> int:
    client_id = clients.create(ClientData(name=name))
    notes.save(NoteData(client_id, utcnow() - timedelta(days=1), f"{name}: a call", mood=1))
    return client_id


class _Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_switch_leaves_the_empty_note_field_unpainted(windows):
    window = windows.open()
    first, second = _client("Anna"), _client("Bernd")
    window.client_list.reload()
    window.client_list.select_client(first)
    windows.qtbot.wait(200)  # the window's first layouts and paints have settled
    body = window.pane.editor.body
    assert body.toPlainText() == ""
    paints = _Paints(body.viewport())
    for client_id in (second, first, second):
        window.client_list.select_client(client_id)
        QApplication.processEvents()
        assert window.pane.client_id == client_id
    assert paints.count == 0
    assert body.toPlainText() == ""
    assert body.placeholderText()  # the hint still shows in the empty field


def test_a_field_emptied_by_typing_is_reset_by_a_switch(windows):
    """Typed into and emptied again: a switch still starts the next note afresh, with
    nothing of the last one to undo."""
    window = windows.open()
    first, second = _client("Anna"), _client("Bernd")
    window.client_list.reload()
    window.client_list.select_client(first)
    body = window.pane.editor.body
    body.setFocus()
    windows.qtbot.keyClicks(body, "ab")
    windows.qtbot.keyClick(body, Qt.Key.Key_Backspace)
    windows.qtbot.keyClick(body, Qt.Key.Key_Backspace)
    assert body.toPlainText() == ""
    assert body.document().isUndoAvailable()
    window.client_list.select_client(second)
    assert window.pane.client_id == second
    assert body.toPlainText() == ""
    assert not body.document().isUndoAvailable()
    assert not body.document().isModified()


def test_a_note_opened_then_a_switch_shows_an_empty_field(windows):
    window = windows.open()
    first, second = _client("Anna"), _client("Bernd")
    window.client_list.reload()
    window.client_list.select_client(first)
    window.pane.show_note(notes.ids_for_client(first)[0])
    assert window.pane.editor.body.toPlainText() == "Anna: a call"
    window.client_list.select_client(second)
    assert window.pane.editor.body.toPlainText() == ""
    assert not window.pane.editor.body.document().isUndoAvailable()
