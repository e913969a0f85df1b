"""A close asked while an operation on the journal runs comes at its end (pause24b): after
what that end says, not under it (attack27c).

The end of an import, an export, a backup or the demo shows a message box (the import
failed and nothing was changed; what was imported).  The put-off close came inside that
box's event loop: the window closed under the box, the app quit as its last window closed,
and the box went with it after a few milliseconds: the user, who had closed the window
expecting the import to finish, never read that it had failed.  Now the close waits for
the box to be answered.  A logout's close does not wait: no box is shown then
(``context.say`` writes to the standard error)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clientjournal.store import clients
from tests.ui.held_import import demo_export, hold_at_its_lock, once
from tests.ui.safety.logout import run_app_until_closed

FULL = sqlite3.OperationalError("database or disk is full")  # the import's failure, held


def _when_a_box_shows(step: Callable[[QMessageBox], None]) -> None:
    """``step(box)`` once the message box of the import's end is shown (its own loop runs)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        step(box)
    else:
        QTimer.singleShot(10, lambda: _when_a_box_shows(step))


def test_a_close_put_off_to_a_failing_imports_end_waits_for_its_box(
    qtbot, windows, data_dir, tmp_path, monkeypatch
):
    export = demo_export(data_dir, tmp_path)
    window = windows.open()
    inside, gate = hold_at_its_lock(monkeypatch, then_fail=FULL)  # its first writes made
    seen: list[str] = []
    answered: list[bool] = []

    def start() -> None:
        window.exchange.import_from(export)
        once(inside, close)

    def close() -> None:
        window.close()  # put off to the import's end
        seen.append(f"close asked, window shown: {window.isVisible()}")
        gate.set()
        _when_a_box_shows(look)

    def look(box: QMessageBox) -> None:
        seen.append(f"box: {box.text().splitlines()[0]}; window shown: {window.isVisible()}")
        QTimer.singleShot(300, lambda: answer(box))

    def answer(box: QMessageBox) -> None:
        seen.append(f"answered, window shown: {window.isVisible()}")
        answered.append(True)
        box.accept()

    try:
        _ended, fired = run_app_until_closed(window, start, lambda: bool(answered))
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert not fired, seen
    assert seen == [
        "close asked, window shown: True",
        "box: The operation failed and nothing was changed:; window shown: True",
        "answered, window shown: True",
    ]
    assert not window.isVisible()  # closed once the box was answered
    assert clients.count() == 0  # nothing was imported


def test_a_logout_while_that_box_waits_ends_the_app_and_closes_once(
    qtbot, windows, data_dir, tmp_path, monkeypatch
):
    import os
    import signal

    export = demo_export(data_dir, tmp_path)
    window = windows.open()
    inside, gate = hold_at_its_lock(monkeypatch, then_fail=FULL)
    saved: list[bool] = []
    real_save = window.save_settings
    monkeypatch.setattr(window, "save_settings", lambda: (saved.append(True), real_save()))
    seen: list[str] = []

    def start() -> None:
        window.exchange.import_from(export)
        once(inside, close)

    def close() -> None:
        window.close()
        gate.set()
        _when_a_box_shows(look)

    def look(_box: QMessageBox) -> None:
        seen.append("box")
        QTimer.singleShot(200, lambda: os.kill(os.getpid(), signal.SIGTERM))

    try:
        _ended, fired = run_app_until_closed(window, start, lambda: bool(seen))
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    qtbot.wait(300)  # a close looked for again would come now
    assert not fired and seen == ["box"]
    assert not window.isVisible() and QApplication.activeModalWidget() is None
    assert saved == [True]  # closed once
