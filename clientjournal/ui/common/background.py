"""Run a long store operation (import, export, backup, re-encryption) off the GUI thread, so
the window keeps painting.

The worker thread gets its own SQLite connection (peewee keeps one per thread) and closes
it when done; WAL mode lets the window keep reading meanwhile.

Long work behind a progress dialog goes one way, in two forms that share the thread, the
dialog and the journal's bracket (``begin_operation``):

- ``run_with_progress`` waits for the result (a local event loop: the caller goes on with
  it, as the contact import's dialog does).  User input waits for the first moments (it is
  handled when the job is done, or before the dialog of a longer one blocks the window), so
  a job done sooner shows no dialog; a longer one shows a window-modal ``WorkProgress``
  whose Cancel (or Escape) asks the job to stop at its next ``report(done, total)``, which
  then raises ``Cancelled`` (an import inside its transaction: nothing written).  A close of the window meanwhile cancels the job and comes
  again when the thread has ended, or, for a job not cancelled on a close (a write), is the
  window's ``journal_work``'s, which puts it off to the end.
- ``start_with_progress`` returns at once and hands the result or the error to callbacks
  (File → Import and the exports, the welcome's demo: the window goes on, its operation on
  the journal keeps other operations out); its dialog shows after a moment and has no
  Cancel.

``run_in_background`` is the thread alone, for work with a dialog of its own (a restore,
a re-encryption, the integrity check, Back up now).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from clientjournal.ui.common.context import WindowContext

Progress = Callable[[str, int, int], None]  # what is being done, how much of how much
Report = Callable[[int, int], None]  # how much of how much (raises Cancelled once cancelled)
T = TypeVar("T")

SHOW_AFTER_MS = 400  # run_with_progress: a job done sooner shows no dialog (no flashing)
SHOW_STARTED_AFTER_MS = 300  # start_with_progress: its dialog shows after this
_REPORT_EVERY_S = 0.05  # at most 20 progress updates a second reach the window


class _Worker(QThread):
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[..., Any], reports: bool, parent: QObject | None) -> None:
        super().__init__(parent)
        self._job = job
        self._reports = reports

    def run(self) -> None:
        try:
            result = self._job(self.progressed.emit) if self._reports else self._job()
        except Exception as error:  # reported to the user by the caller's handler
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            close_journal()


def run_in_background(
    parent: QObject,
    job: Callable[..., Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Progress | None = None,
) -> QThread:
    """``job()`` in a thread, its result or error handed to the GUI thread; with
    ``on_progress`` the job is called as ``job(report)`` and its reports reach that too."""
    worker = _Worker(job, on_progress is not None, parent)
    if on_progress is not None:
        worker.progressed.connect(on_progress)
    worker.succeeded.connect(on_success)
    worker.failed.connect(on_failure)
    worker.finished.connect(worker.deleteLater)
    worker.start()
    return worker


# -- long work behind a progress dialog ------------------------------------------------------


def begin_operation(
    context: WindowContext, what: str, rewrites: bool = True, busy: str = ""
) -> bool:
    """``what`` begins as the window's one operation on the journal (``journal_work``);
    False when another runs (the caller says ``journal_work.refusal()`` and does nothing).
    One that writes (``rewrites``) has what was typed saved first, and the editors' saves
    that come meanwhile wait for its ``end`` (``JournalWork.hold_saves``): made on the GUI
    thread, they waited for its thread's write lock.  The caller ends it on every way out.
    ``busy``: what it does, as its progress says it ("Importing…"): a step that waits for
    its end says so with these words (``autosave.busy_words``), not with a round's."""
    work = context.journal_work
    if not work.begin(what, rewrites):
        return False
    if rewrites:
        try:
            context.save_pending()
            work.hold_saves(busy)
        except BaseException:
            work.end()
            raise
    return True


class Cancelled(Exception):
    """The user cancelled the job (or closed the window): nothing of it was kept."""


class WorkThread(QThread):
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
        except BaseException as error:  # handed to the GUI thread
            self.error = error
        finally:
            close_journal()  # the connection the job may have opened in this thread
            self.over.set()


class _CloseGuard(QObject):
    """While installed: a close of ``window`` cancels the job and is asked again after it."""

    def __init__(self, window: QWidget, job: WorkThread) -> None:
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
    return QCoreApplication.translate("LongWork", text)


class WorkProgress(QProgressDialog):
    """The progress of a job, window-modal; its reports reach it through queued signals (its
    slots run on the GUI thread).  ``cancellable``: a Cancel button (and Escape) that asks the
    job to stop; ``cancel_on_close``: a close the program asks for (a logout's quit closes
    the modal dialog first) cancels it too, else it is refused while the job runs, so that
    the quit comes again at the job's end (the window's ``journal_work``).  ``dismissable``
    False (a dialog without Cancel over a write): Escape and the title bar's close leave it
    shown, so the window takes no typing and clicks until the write has ended (what is
    typed meanwhile would wait in memory for its end: ``JournalWork.hold_saves``)."""

    def __init__(
        self,
        parent: QWidget | None,
        label: str,
        job: WorkThread,
        cancel_on_close: bool,
        cancellable: bool = True,
        dismissable: bool = True,
    ) -> None:
        super().__init__(label, _tr("Cancel") if cancellable else "", 0, 0, parent)
        self._job = job
        self._cancel_on_close = cancel_on_close
        self._dismissable = dismissable
        self.finished_job = False
        if not cancellable:
            self.setCancelButton(None)
        self.setAccessibleName(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        job.progressed.connect(self.moved)
        if cancellable:
            self.canceled.connect(self.cancel_job)

    @Slot(int, int)
    def moved(self, done: int, total: int) -> None:
        if total > 0 and not self._job.cancel.is_set():
            scale = max(1, total // 1_000_000)  # the bar counts in int
            self.setMaximum(total // scale)
            self.setValue(min(done, total) // scale)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not (self._cancel_on_close or self.finished_job or event.spontaneous()):
            event.ignore()
            return
        if event.spontaneous() and not (self._dismissable or self.finished_job):
            event.ignore()  # the title bar's close: the write goes on, and so does its dialog
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self._dismissable or self.finished_job:
            super().reject()  # Escape: hidden (the job goes on) or, with Cancel, cancelled

    @Slot()
    def cancel_job(self) -> None:
        self._job.cancel.set()
        self.setLabelText(_tr("Cancelling…"))

    def done_with(self) -> None:
        """The job has ended: closed for good (its close says "canceled": not heard), and
        not shown any more by its minimum duration's timer (``reset``)."""
        self.finished_job = True
        self.blockSignals(True)
        self.reset()
        self.close()
        self.deleteLater()


def run_with_progress(
    parent: QWidget | None,
    label: str,
    job: Callable[[Report], T],
    cancel_on_close: bool = True,
    late_cancel_wins: bool = True,
    title: str = "",
    name: str = "",
) -> T:
    """``job(report)`` in a thread; its result, or its exception raised here (``Cancelled``
    when the user cancelled).  ``late_cancel_wins``: a Cancel pressed after the job's last
    report still drops its result (reading); False for a job whose end is a commit (the
    write: done is done).  ``parent``'s window is the one whose close cancels the job;
    ``title`` and ``name``: the progress dialog's, as for ``start_with_progress``."""
    thread = WorkThread(job, parent)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    window = parent.window() if parent is not None else None
    guard = _CloseGuard(window, thread) if window is not None and cancel_on_close else None
    progress: WorkProgress | None = None
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    thread.start()
    try:
        timer.start(SHOW_AFTER_MS)
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        timer.stop()
        if not thread.over.is_set():
            # the input held meanwhile, before the modal dialog blocks the window: Qt drops
            # the keys it then finds queued for a blocked window, and what was typed right
            # after pressing Import was lost without a word (attack27c)
            QCoreApplication.processEvents()
        if not thread.over.is_set():
            progress = WorkProgress(parent, label, thread, cancel_on_close)
            _named(progress, title, name)
            progress.show()
        while not thread.over.is_set():
            if loop.exec() != 0:  # the application quits: the loop does not wait any more
                break
    finally:
        if not thread.over.is_set():  # the app quits, or an error here: the job stops
            thread.cancel.set()
        thread.wait()  # a moment: the job reports often, and its thread is ending
        if progress is not None:
            progress.done_with()
        if guard is not None:
            guard.remove()
        thread.deleteLater()
    if thread.error is not None:
        raise thread.error
    if thread.cancel.is_set() and late_cancel_wins:
        raise Cancelled
    return thread.result  # what job returned


def start_with_progress(
    parent: QObject,
    window: QWidget,
    label: str,
    job: Callable[[Report], Any],
    succeeded: Callable[[Any], None],
    failed: Callable[[BaseException], None],
    dismissable: bool = True,
    show_after_ms: int = SHOW_STARTED_AFTER_MS,
    title: str = "",
    name: str = "",
) -> QThread:
    """``job(report)`` in a thread (a child of ``parent``); returns at once.  A window-modal
    dialog over ``window`` (``title``; object name ``name``) says ``label`` and the job's
    reports once the job has run ``show_after_ms`` (none for a job done sooner), without
    Cancel; a close the program asks for (a logout's
    quit closes it first) hides it and the job goes on, and so do Escape and the title bar's
    close when ``dismissable`` (a reader: the window may go on beside it).  When the job has
    ended (its connection closed) the dialog goes, then ``succeeded(result)`` or
    ``failed(error)`` on the GUI thread."""
    thread = WorkThread(job, parent)
    progress = WorkProgress(
        window, label, thread, cancel_on_close=True, cancellable=False, dismissable=dismissable
    )
    _named(progress, title, name)
    progress.setMinimumDuration(show_after_ms)  # it shows itself then, unless done
    progress.setValue(0)
    _Ended(thread, progress, succeeded, failed)
    thread.start()
    return thread


def _named(progress: WorkProgress, title: str, name: str) -> None:
    """A feature's title for the dialog, and its object name (for tests and the
    accessibility tree); Qt's own when not given."""
    if title:
        progress.setWindowTitle(title)
    if name:
        progress.setObjectName(name)


class _Ended(QObject):
    """``start_with_progress``'s end, on the GUI thread (a slot of an object living there)."""

    def __init__(
        self,
        thread: WorkThread,
        progress: WorkProgress,
        succeeded: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(thread)
        self._thread = thread
        self._progress = progress
        self._succeeded = succeeded
        self._failed = failed
        thread.finished.connect(self.ended)

    @Slot()
    def ended(self) -> None:
        self._progress.done_with()
        thread = self._thread
        thread.deleteLater()  # this with it
        if thread.error is not None:
            self._failed(thread.error)
        else:
            self._succeeded(thread.result)
