"""A sync round's thread: ``store.sync.run_round`` off the GUI thread, cut short on the
window's word (``SyncController.end_round``), its connection closed before it hands over."""

from __future__ import annotations

import time

from PySide6.QtCore import QThread, Signal

from clientjournal.store import sync as store_sync
from clientjournal.store.connection import close_journal
from clientjournal.ui.common import autosave


class Round(QThread):
    """One round off the GUI thread; its own connection, closed before the result is handed
    over (so the window may close or switch the journal as soon as it has it)."""

    progressed = Signal(int, int)
    done = Signal(object)  # the RoundResult, or the exception
    cancelled = False  # set on the GUI thread: the round stops at its next step
    _shown = 0.0  # when progress was last handed to the window
    outcome: object = None  # what ``done`` carries, also kept here for a round waited for

    def _progress(self, done: int, total: int) -> None:
        """Called by the round (in this thread) before it takes the journal's write lock and
        at each step after: the editors' autosaves wait from now on instead of blocking the
        window on the lock; a round cut short rolls back (all or nothing)."""
        if self.cancelled:
            raise Cancelled
        if done == store_sync.TAKING_JOURNAL:
            autosave.hold()
            self.progressed.emit(done, total)
            return
        now = time.monotonic()
        if (done < total or total <= 0) and now - self._shown < 0.1:
            return  # ten times a second at most (each signal costs the window)
        self._shown = now
        self.progressed.emit(done, total)

    def run(self) -> None:
        outcome: object
        try:
            outcome = store_sync.run_round(progress=self._progress)
        except Exception as error:  # shown as one line by the controller
            outcome = error
        finally:
            close_journal()
        self.outcome = outcome
        self.done.emit(outcome)


class Cancelled(Exception):
    """A round cut short by the window (its transaction rolls back)."""
