"""Run a long store operation (import, export) off the GUI thread, so the window keeps painting.

The worker thread gets its own SQLite connection (peewee keeps one per thread) and closes
it when done; WAL mode lets the window keep reading meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from clientjournal.store.connection import close_thread_connection


class _Worker(QThread):
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as error:  # reported to the user by the caller's handler
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        finally:
            close_thread_connection()


def run_in_background(
    parent: QObject,
    job: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> QThread:
    worker = _Worker(job, parent)
    worker.succeeded.connect(on_success)
    worker.failed.connect(on_failure)
    worker.finished.connect(worker.deleteLater)
    worker.start()
    return worker
