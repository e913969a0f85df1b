"""Closing a window that a restore may have replaced (``MainWindow.successor``)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThread
from PySide6.QtWidgets import QWidget


def close_chain(window: QWidget) -> None:
    """Close the live window of ``window``'s chain of successors and delete them all now: a
    window left alive ran its timers (the replies check) in a later test, on that test's
    journal (restore23e: a re-encryption test failed after the backup dialog's tests)."""
    chain = [window]
    while getattr(chain[-1], "successor", None) is not None:
        chain.append(chain[-1].successor)
    chain[-1].close()
    for shown in chain:
        if shiboken6.isValid(shown):
            # a thread the test started (a backup, an export) ends before its window goes:
            # deleting a running QThread aborts the worker (Back up now under load in CI)
            for thread in shown.findChildren(QThread):
                thread.wait(30_000)
            shown.deleteLater()
        shown.__dict__.pop("successor", None)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
