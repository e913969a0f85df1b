"""The rest of the window's start (sync's build, ``MainWindow._complete_start``) waits for
an operation that swaps or rewrites the journal begun before the window's first paint (a
restore from the damaged-journal dialog): the journal open meanwhile is a read-only
stand-in, and sync's build wrote this computer's id into it (trust26b)."""

from __future__ import annotations

from pathlib import Path

from clientjournal.app import create_window
from clientjournal.store import connection


def test_the_start_completes_after_an_operation_begun_before_the_first_paint(qtbot, data_dir: Path):
    window = create_window(data_dir, defer=True)  # as the app builds it
    completed: list[bool] = []
    window.startCompleted.connect(lambda: completed.append(True))
    try:
        qtbot.addWidget(window)
        assert window.journal_work.begin("restore")  # before the first paint
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(300)  # painted meanwhile
        assert window._sync is None and not completed  # held back while the journal is swapped
        window.journal_work.end()
        qtbot.waitUntil(lambda: bool(completed), timeout=5000)
        assert window._sync is not None
    finally:
        window.close()
        connection.close_journal()


def test_a_reader_begun_before_the_first_paint_does_not_hold_the_start(qtbot, data_dir: Path):
    """An export or a backup only reads: sync's build does not wait for it."""
    window = create_window(data_dir, defer=True)
    completed: list[bool] = []
    window.startCompleted.connect(lambda: completed.append(True))
    try:
        qtbot.addWidget(window)
        assert window.journal_work.begin("export", rewrites=False)
        window.show()
        qtbot.waitUntil(lambda: bool(completed), timeout=5000)
        window.journal_work.end()
    finally:
        window.close()
        connection.close_journal()
