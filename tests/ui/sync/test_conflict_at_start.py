"""The app builds sync right after the window's first paint (issue 21): the client shown at
start still has the banner's line about its note with two versions, and the status line is
placed."""

from __future__ import annotations

from test_conflict_banner import MINE, THEIRS, make_conflict

from clientjournal.app import create_window
from clientjournal.store.connection import close_journal
from clientjournal.ui.sync import controller
from clientjournal.ui.sync.conflict_banner import NoteConflictBanner


def test_the_client_shown_at_start_has_its_conflict_line_once_sync_is_built(
    qtbot, computers, monkeypatch
):
    client_id, note_id = make_conflict(computers)
    monkeypatch.setattr(controller, "START_MS", 3_600_000)  # no round during the test
    close_journal()  # the window opens it, as the app does
    window = create_window(computers.journal("desk"), defer=True)
    computers.current = "desk"
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.startCompleted, timeout=10_000):
            window.show()
        assert window.pane.client_id == client_id  # shown since before the paint
        banner = window.findChild(NoteConflictBanner, "noteConflictBanner")
        assert banner is not None and banner.isVisible() and banner.open_other.isVisible()
        assert window.sync.status_widget.parent() is window.statusBar()
        banner.open_other.click()  # and it still leads to the note
        assert window.pane.editor.note_id == note_id
        assert window.pane.editor.body.toPlainText() == MINE
        assert banner.theirs.toPlainText() == THEIRS
    finally:
        window.close()
