"""Long steps of the contact import (reading a big file, applying a new column choice, the
write) in a thread, with progress and Cancel, as one call that returns the result.

``run_with_progress`` starts the job in a thread and waits for it in a local event loop, so
the window keeps painting.  For the first moments user input waits (it is handled when the
job is done): an address book of a few hundred cards is read in a few milliseconds and
shows no progress dialog; a longer job shows a window-modal one whose Cancel (or Escape)
asks the job to stop at its next report.  A job reports with ``report(done, total)``;
that call raises ``Cancelled`` once Cancel was pressed, so a job stops where it reports
(an import inside its transaction: nothing is written).

A close of the window asked while a cancellable job runs cancels the job and comes again
when the thread has ended: a window is never deleted with the thread still running.  A
job that is not cancelled on a close (the write) is the window's ``journal_work``, whose
close waits for its end.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from clientjournal.store.connection import close_journal

T = TypeVar("T")
Report = Callable[[int, int], None]

SHOW_AFTER_MS = 400  # a job done sooner shows no progress dialog (no flashing)
_REPORT_EVERY_S = 0.05  # at most 20 progress updates a second reach the window


class Cancelled(Exception):
    """The user cancelled the job (or closed the window): nothing of it was kept."""


class _Job(QThread):
    progressed = Signal(int, int)

    def __init__(self, job: Callable[[Report], Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel = threading.Event()
        self.over = threading.Event()  # set before ``finished`` is sent
        self.result: Any = None
        self.error: BaseException | None = None
        self._last = 0.0

    def report(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - self._last >= _REPORT_EVERY_S:
            self._last = now
            self.progressed.emit(done, total)

    def run(self) -> None:
        try:
            self.result = self._job(self.report)
        except BaseException as error:  # handed to the GUI thread, raised there
            self.error = error
        finally:
            close_journal()  # the connection the job may have opened in this thread
            self.over.set()


class _CloseGuard(QObject):
    """While installed: a close of ``window`` cancels the job and is asked again after it."""

    def __init__(self, window: QWidget, job: _Job) -> None:
        super().__init__(window)
        self._window = window
        self._job = job
        self.asked = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self._job.cancel.set()
            self.asked = True
            event.ignore()
            return True
        return False

    def remove(self) -> None:
        self._window.removeEventFilter(self)
        if self.asked:
            QTimer.singleShot(0, self._window, self._window.close)
        self.deleteLater()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactWork", text)


def run_with_progress(
    parent: QWidget | None,
    label: str,
    job: Callable[[Report], T],
    cancel_on_close: bool = True,
    late_cancel_wins: bool = True,
) -> T:
    """``job(report)`` in a thread; its result, or its exception raised here (``Cancelled``
    when the user cancelled).  ``late_cancel_wins``: a Cancel pressed after the job's last
    report still drops its result (reading); False for a job whose end is a commit (the
    write: done is done).  ``parent``'s window is the one whose close cancels the job."""
    thread = _Job(job, parent)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    window = parent.window() if parent is not None else None
    guard = _CloseGuard(window, thread) if window is not None and cancel_on_close else None
    progress: _Progress | None = None
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    thread.start()
    try:
        timer.start(SHOW_AFTER_MS)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        timer.stop()
        if not thread.over.is_set():
            progress = _Progress(parent, label, thread, cancel_on_close)
            progress.show()
        while not thread.over.is_set():
            if loop.exec() != 0:  # the application quits: the loop does not wait any more
                break
    finally:
        if not thread.over.is_set():  # the app quits, or an error here: the job stops
            thread.cancel.set()
        thread.wait()  # a moment: the job reports often, and its thread is ending
        if progress is not None:
            progress.finished_job = True
            progress.blockSignals(True)  # its close says "canceled"
            progress.close()
            progress.deleteLater()
        if guard is not None:
            guard.remove()
        thread.deleteLater()
    if thread.error is not None:
        raise thread.error
    if thread.cancel.is_set() and late_cancel_wins:
        raise Cancelled
    return thread.result  # what job returned


class _Progress(QProgressDialog):
    """The progress of a job that took longer than ``SHOW_AFTER_MS``, window-modal; its
    reports reach it through queued signals (its slots run on the GUI thread)."""

    def __init__(
        self, parent: QWidget | None, label: str, job: _Job, cancel_on_close: bool
    ) -> None:
        super().__init__(label, _tr("Cancel"), 0, 0, parent)
        self._job = job
        self._cancel_on_close = cancel_on_close
        self.finished_job = False
        self.setObjectName("contactImportProgress")
        self.setWindowTitle(_tr("Import contacts"))
        self.setAccessibleName(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        job.progressed.connect(self.moved)
        self.canceled.connect(self.cancel_job)

    @Slot(int, int)
    def moved(self, done: int, total: int) -> None:
        if total > 0 and not self._job.cancel.is_set():
            scale = max(1, total // 1_000_000)  # the bar counts in int
            self.setMaximum(total // scale)
            self.setValue(min(done, total) // scale)

    def closeEvent(self, event: QCloseEvent) -> None:
        """A close the program asks for, not the user (a logout's quit closes the modal
        dialog first), does not cancel a job that a close waits for (the write): the quit
        is refused, and comes again at the job's end (the window's ``journal_work``)."""
        if not (self._cancel_on_close or self.finished_job or event.spontaneous()):
            event.ignore()
            return
        super().closeEvent(event)

    @Slot()
    def cancel_job(self) -> None:
        self._job.cancel.set()
        self.setLabelText(_tr("Cancelling…"))
