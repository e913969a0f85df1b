"""Run a long store operation (import, export, backup, re-encryption) off the GUI thread, so
the window keeps painting.

The worker thread gets its own SQLite connection (peewee keeps one per thread) and closes
it when done; WAL mode lets the window keep reading meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from clientjournal.store.connection import close_journal

Progress = Callable[[str, int, int], None]  # what is being done, how much of how much


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
