"""One way to run long work with progress (ui/common/background): ``run_with_progress`` waits
for the result (the contact import), ``start_with_progress`` hands it to callbacks (File →
Import and the exports); the same thread (its own connection, closed before the result is
handed over) and the same dialog, and ``begin_operation`` for the window's one operation on
the journal (work27a)."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from clientjournal.ui.common import autosave, background
from clientjournal.ui.common.background import (
    Cancelled,
    begin_operation,
    run_with_progress,
    start_with_progress,
)


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _shown() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_started_work_returns_at_once_and_hands_its_result_over_on_the_gui_thread(qtbot, window):
    gate = threading.Event()
    outcome: list[object] = []

    def job(_report):
        gate.wait(10)
        return threading.current_thread()

    def succeeded(result) -> None:
        outcome.append((result, threading.current_thread(), _shown()))

    thread = start_with_progress(window, window, "Importing…", job, succeeded, outcome.append)
    assert thread.parent() is window  # a close of its window finds it (attack24d)
    assert _shown() == []  # not before its moment
    qtbot.wait(background.SHOW_STARTED_AFTER_MS + 300)
    (progress,) = _shown()
    assert progress.labelText() == "Importing…" and progress.findChild(QPushButton) is None
    assert progress.isModal() and progress.parent() is window
    gate.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    ((worker, on, still_shown),) = outcome
    assert worker is not threading.main_thread() and on is threading.main_thread()
    assert still_shown == []  # the dialog went before the result was handed over


def test_started_work_done_soon_shows_nothing_and_its_error_goes_to_failed(qtbot, window):
    failed: list[BaseException] = []

    def job(_report):
        raise ValueError("no")

    start_with_progress(window, window, "Exporting…", job, failed.append, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert isinstance(failed[0], ValueError)
    qtbot.wait(background.SHOW_STARTED_AFTER_MS + 200)  # its minimum duration passed
    assert _shown() == []


def test_waited_work_shows_a_cancellable_dialog_and_cancel_stops_it(qtbot, window):
    def job(report):
        for step in range(500):
            report(step, 500)
            time.sleep(0.01)
        return "done"

    def cancel_when_shown() -> None:
        shown = _shown()
        if not shown:
            QTimer.singleShot(20, cancel_when_shown)
            return
        shown[0].findChild(QPushButton).click()

    QTimer.singleShot(0, cancel_when_shown)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_with_progress(window, "Reading…", job)
    assert time.monotonic() - started < 4  # stopped at its next report, not after 5 s
    qtbot.wait(50)
    assert _shown() == []


def test_begin_operation_refuses_while_another_runs_and_a_writer_holds_the_saves(qtbot):
    from fake_context import FakeContext

    context = FakeContext()
    qtbot.addWidget(context)
    assert begin_operation(context, "import")
    assert context.saved == 1 and autosave.holding()  # typed before: saved first
    assert not begin_operation(context, "export", rewrites=False)
    context.journal_work.end()
    assert not autosave.holding()
    assert begin_operation(context, "export", rewrites=False)  # a reader holds nothing
    assert context.saved == 1 and not autosave.holding()
    context.journal_work.end()
