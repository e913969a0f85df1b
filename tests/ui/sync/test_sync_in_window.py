"""The whole window on a synced journal: a round at start, what it brings in the open note,
the conflict banner above the note's text and its choices in the timeline."""

from __future__ import annotations

import dataclasses

from helpers import plain_round, same_note
from test_conflict_banner import MINE, THEIRS, make_conflict

from clientjournal.app import create_window
from clientjournal.store import notes
from clientjournal.store.connection import close_journal
from clientjournal.ui.common.context import ClientTab
from clientjournal.ui.sync.conflict_banner import NoteConflictBanner


def _open_window(qtbot, computers, name: str):
    computers.use(name)
    close_journal()  # the window opens it, as the app does
    window = create_window(computers.journal(name))
    computers.current = name
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_shows_the_conflict_and_keeps_both_in_the_timeline(qtbot, computers):
    client_id, note_id = make_conflict(computers)
    window = _open_window(qtbot, computers, "desk")
    try:
        window.open_client(client_id, ClientTab.NOTES, note_id)
        banner = window.findChild(NoteConflictBanner, "noteConflictBanner")
        assert banner.isVisible()
        assert window.pane.editor.body.toPlainText() == MINE
        assert banner.theirs.toPlainText() == THEIRS
        assert window.pane.model.rowCount() == 1
        banner.keep_both.click()
        assert window.pane.model.rowCount() == 2  # the timeline refreshed itself
        assert banner.isHidden()
        window.undo_stack.undo()
        assert window.pane.model.rowCount() == 1
        assert banner.isVisible()
    finally:
        window.sync.stop()
        window.close()


def test_a_round_at_start_brings_the_other_computers_text_into_the_open_note(
    qtbot, computers, monkeypatch
):
    from clientjournal.ui.sync import controller

    client_id, note_id = make_conflict(computers)
    computers.use("desk")
    from clientjournal.store import sync as store_sync

    [conflict] = store_sync.note_conflicts([note_id])
    store_sync.resolve_conflict(conflict.uuid, "mine")
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    computers.use("desk")
    desk_note = notes.get(note_id)
    computers.use("laptop")
    notes.save(dataclasses.replace(same_note(desk_note), body=MINE + " and May"))
    plain_round(computers, "laptop")
    monkeypatch.setattr(controller, "START_MS", 3_600_000)  # the round is started below
    window = _open_window(qtbot, computers, "desk")
    try:
        window.open_client(client_id, ClientTab.NOTES, note_id)
        assert window.pane.editor.body.toPlainText() == MINE
        with qtbot.waitSignal(window.sync.roundFinished, timeout=30_000) as finished:
            window.sync.sync_now()
        assert finished.args[0].received > 0
        assert window.pane.editor.body.toPlainText() == MINE + " and May"
        assert window.sync.status.text().startswith("Synced")
        assert window.sync.status.isVisible()
    finally:
        window.sync.stop()
        window.close()


def test_ok_in_settings_gives_the_changed_journal_settings_to_the_journal(window, on_dialog):
    from PySide6.QtWidgets import QDialogButtonBox

    from clientjournal.store import sync as store_sync

    def change_and_ok(dialog) -> None:
        dialog.cadence.setValue(21)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_dialog(change_and_ok)
    window.settings_actions.show_settings()
    assert store_sync.journal_settings() == {"clients/default_cadence_days": "21"}
