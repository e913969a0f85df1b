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
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from clientjournal.core.demo.journal import generate
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import conflicts as exchange_conflicts
from clientjournal.store.exchange import journal as exchange
from tests.ui.safety.logout import run_app_until_closed


def _export(data_dir: Path, tmp_path: Path) -> Path:
    open_journal(tmp_path / "other")
    fill(generate(3, 30, seed=4))
    path = tmp_path / "export.json"
    exchange.export_file(path)
    close_journal()
    open_journal(data_dir)
    return path


def test_a_close_put_off_to_a_failing_imports_end_waits_for_its_box(
    qtbot, windows, data_dir, tmp_path, monkeypatch
):
    export = _export(data_dir, tmp_path)
    window = windows.open()
    inside, gate = threading.Event(), threading.Event()
    real = exchange_conflicts.merge

    def merge_then_fail(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)  # its first writes made: the write lock taken
        inside.set()
        gate.wait(20)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(exchange_conflicts, "merge", merge_then_fail)
    seen: list[str] = []
    answered: list[bool] = []

    def start() -> None:
        window.exchange.import_from(export)
        when_inside()

    def when_inside() -> None:
        if not inside.is_set():
            QTimer.singleShot(10, when_inside)
            return
        window.close()  # put off to the import's end
        seen.append(f"close asked, window shown: {window.isVisible()}")
        gate.set()
        look()

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.isVisible()):
            QTimer.singleShot(10, look)
            return
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

    export = _export(data_dir, tmp_path)
    window = windows.open()
    inside, gate = threading.Event(), threading.Event()
    real = exchange_conflicts.merge

    def merge_then_fail(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)
        inside.set()
        gate.wait(20)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(exchange_conflicts, "merge", merge_then_fail)
    saved: list[bool] = []
    real_save = window.save_settings
    monkeypatch.setattr(window, "save_settings", lambda: (saved.append(True), real_save()))
    seen: list[str] = []

    def start() -> None:
        window.exchange.import_from(export)
        when_inside()

    def when_inside() -> None:
        if not inside.is_set():
            QTimer.singleShot(10, when_inside)
            return
        window.close()
        gate.set()
        look()

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.isVisible()):
            QTimer.singleShot(10, look)
            return
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
