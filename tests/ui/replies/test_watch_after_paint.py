"""The reply watch's first look at the queue comes after the full window's first paint
(issue 21): timed from the window's build, it came before the paint on a loaded machine."""

from __future__ import annotations

from pathlib import Path

from clientjournal.app import create_window
from clientjournal.core.records import ClientData
from clientjournal.store import clients, connection
from clientjournal.ui.replies.watch import FIRST_CHECK_DELAY_MS, ReplyWatch
from clientjournal.ui.shell.startup import after_paint


def test_the_first_look_at_the_queue_waits_for_the_windows_first_paint(
    qtbot, monkeypatch, data_dir: Path
):
    seen: list[str] = []
    original = ReplyWatch.check

    def check(watch: ReplyWatch) -> None:
        seen.append("checked")
        original(watch)

    monkeypatch.setattr(ReplyWatch, "check", check)
    window = create_window(data_dir, defer=True)  # as the app builds it
    try:
        qtbot.addWidget(window)
        after_paint(window, lambda: seen.append("painted"))
        qtbot.wait(FIRST_CHECK_DELAY_MS * 2)  # a window not painted yet (a loaded machine)
        assert seen == []
        window.show()
        qtbot.waitUntil(lambda: "checked" in seen, timeout=5000)
        assert seen == ["painted", "checked"]
        assert window.reply_actions.watch._timer.isActive()  # and every 30 s from now on
    finally:
        window.close()
        connection.close_journal()


def test_a_ready_reply_still_shows_after_a_start_with_the_window_deferred(
    qtbot, data_dir: Path, english
):
    from datetime import timedelta

    from clientjournal.core.cooling import DraftData
    from clientjournal.core.timeutil import utcnow
    from clientjournal.store import drafts

    connection.open_journal(data_dir)
    client_id = clients.create(ClientData(name="Gina"))
    draft = drafts.save(DraftData(client_id=client_id, body="later"))
    drafts.hold(draft.id, utcnow() - timedelta(hours=30))
    connection.close_journal()
    window = create_window(data_dir, defer=True)
    try:
        qtbot.addWidget(window)
        window.show()
        button = window.reply_actions.watch.button
        qtbot.waitUntil(button.isVisible, timeout=5000)
        assert button.text() == "1 reply ready to reread"
    finally:
        window.close()
        connection.close_journal()


def test_the_tray_icon_is_set_up_when_the_watch_starts_not_when_it_is_built(
    qtbot, monkeypatch, data_dir: Path
):
    """Whether the desktop has a tray is asked after the first paint (issue 21); with one, the
    tray icon has the window's icon and title and opens the queue from its message."""
    from PySide6.QtWidgets import QSystemTrayIcon

    asked: list[bool] = []

    def available() -> bool:
        asked.append(True)
        return True

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(available))
    window = create_window(data_dir, defer=True)
    try:
        qtbot.addWidget(window)
        watch = window.reply_actions.watch
        assert asked == [] and watch.tray is None
        watch.start()
        assert asked == [True] and watch.tray is not None
        assert watch.tray.toolTip() == window.windowTitle()
        opened: list[bool] = []
        watch.openQueue.connect(lambda: opened.append(True))
        watch.tray.messageClicked.emit()
        assert opened == [True]
        watch.start()  # once
        assert asked == [True]
    finally:
        window.close()
        connection.close_journal()


def test_the_watch_does_not_look_while_the_journal_is_swapped_and_looks_after(
    qtbot, window, monkeypatch
):
    """During an import, a restore or a re-encryption the watch's look (which writes the hold
    times after a change of time zone) waits for the end (pause24b)."""
    from clientjournal.ui.replies import watch as watch_module

    looked: list[bool] = []
    original = watch_module.drafts.ready
    monkeypatch.setattr(
        watch_module.drafts, "ready", lambda now: looked.append(True) or original(now)
    )
    watch = window.reply_actions.watch
    watch.start()
    work = window.journal_work
    assert work.begin("import")
    try:
        looked.clear()
        watch.check()
        window.reply_actions.refresh()
        assert looked == []
    finally:
        work.end()
    assert looked == [True]  # once, at the end


def test_a_closed_windows_watch_looks_no_more(qtbot, monkeypatch, data_dir: Path):
    """Closing the window stops the watch: a closed window's timer went on looking at the
    queue every 30 s, at whatever journal was open by then (attack24d), and a first look
    still to come looked too."""
    looks: list[str] = []
    monkeypatch.setattr(
        "clientjournal.ui.replies.watch.drafts.ready", lambda _now: looks.append("looked") or []
    )
    window = create_window(data_dir)
    try:
        qtbot.addWidget(window)
        window.show()
        watch = window.reply_actions.watch
        qtbot.waitUntil(lambda: looks != [], timeout=5000)  # started: it looks
        window.close()
        looks.clear()
        assert not watch._timer.isActive()
        watch._timer.timeout.emit()  # a tick already on its way
        watch._first_check()  # a first look still to come
        watch.hold(False)  # an operation ending after the close
        qtbot.wait(50)
        assert looks == []
    finally:
        connection.close_journal()


def test_a_replaced_windows_watch_looks_no_more(qtbot, monkeypatch, data_dir: Path):
    """A window replaced by a restore's (``replace_window``) stops its watch; its
    successor's looks on."""
    window = create_window(data_dir)  # not given to qtbot: replace_window deletes it
    window.show()
    old = window.reply_actions.watch
    qtbot.waitUntil(old._timer.isActive, timeout=5000)
    successor = window.replace_window()
    try:
        qtbot.addWidget(successor)
        assert not old._timer.isActive()
        qtbot.waitUntil(successor.reply_actions.watch._timer.isActive, timeout=5000)
    finally:
        successor.close()
        connection.close_journal()


def test_the_first_look_waits_for_an_operation_on_the_journal(qtbot, monkeypatch, data_dir: Path):
    """The first look refreshes the drafts' hold times (a write) whatever the zone; it came
    during an operation on the journal all the same (on the GUI thread, during a contact
    import's write it waited 5 s for the journal and failed: contacts26a).  It comes when
    the operation has ended."""
    from clientjournal.ui.replies import watch as watch_module

    refreshed: list[str] = []
    monkeypatch.setattr(watch_module, "_refresh_hold_times", lambda: refreshed.append("hold"))
    window = create_window(data_dir, defer=True)
    try:
        qtbot.addWidget(window)
        completed: list[bool] = []
        window.startCompleted.connect(lambda: completed.append(True))
        assert window.journal_work.begin("export", rewrites=False)  # holds the watch
        window.show()
        qtbot.waitUntil(lambda: bool(completed), timeout=5000)
        qtbot.wait(FIRST_CHECK_DELAY_MS * 3)
        assert refreshed == []
        window.journal_work.end()
        assert refreshed == ["hold"]  # the first look, now
    finally:
        window.close()
        connection.close_journal()
