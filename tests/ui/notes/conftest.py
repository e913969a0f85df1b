"""What the note editor's tests share."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clientjournal.core.records import ClientData
from clientjournal.store import clients


@pytest.fixture
def new_note_typed(qtbot, window, journal) -> int:
    """Hans shown in the active window and "Anruf wegen Logo" typed into a new note (Ctrl+N),
    not saved yet (the autosave has not fired); his id."""
    client_id = clients.create(ClientData(name="Hans"))
    window.refresh(client_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.pane.editor.body, "Anruf wegen Logo")
    return client_id
