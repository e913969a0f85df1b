"""A restore from the window runs in a thread behind a modal progress dialog.

``store/safety/restore.restore`` takes seconds for the demo journal and about ten times that
at ten times the size; on the GUI thread the window froze and said nothing ("Not
responding").  ``run_restore`` starts it in a thread (``run_in_background``) and waits in an
event loop of its own, so the window repaints and the dialog shows each step while, modal to
the whole app, it takes every key and click; the caller (``BackupActions.restore_from``)
then carries on as if it had run the restore itself.

The journal is away meanwhile, so the window's timers wait (``_HoldTimers``): a sync round
(its period, its settle time; attack23c R8: it would begin on the journal being swapped and
be moved onto the restored one by the reopening, R4), the replies' check, an autosave.  The
first tick each missed is delivered once the caller has the journal open again
(``Outcome.release``), except to a window the restore replaced.  Reads of a paint go to
a read-only stand-in of the journal (``hold_journal``).

A close asked meanwhile (the window's close button, File → Quit, the app's quit, a signal
at logout) never cuts the restore short: it is refused while the restore runs, remembered,
and done by the caller once the journal is open again (``Outcome.close_asked``).  Should the
app's event loop end anyway (``QCoreApplication.exit``), the wait goes on until the restore
has ended, the window frozen only then.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimerEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from clientjournal.store.safety.restore import STEPS, Progress
from clientjournal.ui.common.background import run_in_background


class RestoreProgress(QProgressDialog):
    """What the restore does, step by step; no cancel (a restore is all or nothing and
    short of its end changes nothing), and it cannot be closed while the restore runs."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreProgress")
        self.setWindowTitle(self.tr("Restoring the backup"))
        self.setAccessibleName(self.tr("Restore progress"))
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(460)
        self.running = True
        self.step = ""
        self.shown: list[tuple[str, int, int]] = []  # every step shown, in order
        self.report("checking", 0, len(STEPS))

    def text_of(self, step: str) -> str:
        texts = {
            "checking": self.tr("Checking the backup…"),
            "copying": self.tr("Copying the backup into the journal folder…"),
            "preparing": self.tr("Bringing the copy up to date and preparing it for sync…"),
            "saving": self.tr("Backing up the current journal…"),
            "placing": self.tr("Putting the backup in place of the journal…"),
        }
        return texts.get(step, self.tr("Opening the restored journal…"))

    def report(self, step: str, done: int, total: int) -> None:
        self.step = step
        self.shown.append((step, done, total))
        self.setLabelText(self.text_of(step))
        self.setMaximum(max(total, 1))
        self.setValue(done)

    def finish(self) -> None:
        self.running = False
        self.close()

    def reject(self) -> None:  # Escape
        if not self.running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
        else:
            super().closeEvent(event)


class _CloseLater(QObject):
    """Refuses the window's close while the restore runs, and remembers it was asked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.asked = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            event.ignore()
            self.asked = True
            return True
        return False


class _HoldTimers(QObject):
    """An event filter on the application while the restore runs: a timer event for anything
    but the dialog (and its children) is held back, each timer's first held tick kept for
    ``release``."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__()
        self._dialog = dialog
        self.held: dict[tuple[int, int], QObject] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Timer or _within(watched, self._dialog):
            return False
        timer_id = event.timerId()  # type: ignore[attr-defined]  # a QTimerEvent
        self.held.setdefault((id(watched), timer_id), watched)
        return True

    def release(self, dropped: QObject | None = None) -> None:
        """Each held timer's first tick, delivered now (a repeating timer has missed its
        ticks, a single shot still fires); none to ``dropped`` and its descendants (the
        window a restore replaced: its timers are over)."""
        held, self.held = self.held, {}
        for (_key, timer_id), watched in held.items():
            if not shiboken6.isValid(watched) or _within(watched, dropped):
                continue
            QCoreApplication.sendEvent(watched, QTimerEvent(timer_id))


def _within(watched: QObject | None, ancestor: QObject | None) -> bool:
    while watched is not None and ancestor is not None:
        if watched is ancestor:
            return True
        watched = watched.parent()
    return False


def hold_journal(data_dir: Path) -> None:
    """After close_journal: while the restore runs, the window's timers (the replies' check
    every 30 s, a sync round's timer) must not reopen the journal being swapped, nor write
    into the file about to be moved aside.  As for a re-encryption, the models read the
    journal as it is through a read-only connection (``hold_for_reencryption``: out of WAL
    mode, ``query_only``: a write fails loudly) until ``open_journal`` replaces it.  A
    journal that cannot be read (damaged) is left closed."""
    from clientjournal.store.safety.encryption import passphrase_for
    from clientjournal.store.safety.reencrypt import ReencryptError, hold_for_reencryption

    with contextlib.suppress(ReencryptError):
        hold_for_reencryption(data_dir, passphrase_for(data_dir))


@dataclass
class Outcome:
    result: Any = None
    error: BaseException | None = None
    close_asked: bool = False  # to be done once the journal is open again
    shown: list[tuple[str, int, int]] | None = None  # the steps the dialog showed
    timers: _HoldTimers | None = None  # the ticks held back, for ``release``

    def release(self, dropped: QObject | None = None) -> None:
        """Once the journal is open again: the window's timers held meanwhile fire (see
        ``_HoldTimers.release``)."""
        if self.timers is not None:
            self.timers.release(dropped)
            self.timers = None


last: list[Outcome] = []  # the latest restore's outcome (what the tests look at)


def run_restore(window: QWidget, job: Callable[[Progress], Any]) -> Outcome:
    """``job(report)`` in a thread behind a modal RestoreProgress over ``window``; returns
    once the job has ended (also when the app's event loop ends meanwhile)."""
    dialog = RestoreProgress(window)
    guard = _CloseLater(window)
    window.installEventFilter(guard)
    timers = _HoldTimers(dialog)
    app = QCoreApplication.instance()
    if app is not None:
        app.installEventFilter(timers)
    outcome = Outcome(shown=dialog.shown, timers=timers)
    last[:] = [outcome]
    ended = threading.Event()
    loop = QEventLoop()
    heard: list[bool] = []

    def work(report: Progress) -> None:
        try:
            outcome.result = job(report)
        except Exception as error:  # handed to the caller, as from the GUI thread before
            outcome.error = error
        finally:
            ended.set()

    def back(_value: object = None) -> None:
        heard.append(True)
        loop.quit()

    dialog.show()
    try:
        worker = run_in_background(window, work, back, back, dialog.report)
        if not heard:  # a modal setValue turns the events: the end may be heard already
            loop.exec(QEventLoop.ProcessEventsFlag.AllEvents)
        ended.wait()  # at once, unless the app's event loop ended: then the restore ends first
        with contextlib.suppress(RuntimeError):  # deleted already: it had ended
            worker.wait()  # its last step (closing its connection) done too
    finally:
        if app is not None:
            app.removeEventFilter(timers)  # the ticks held go at ``Outcome.release``
        window.removeEventFilter(guard)
        outcome.close_asked = guard.asked
        guard.deleteLater()
        dialog.finish()
        dialog.deleteLater()
    return outcome
