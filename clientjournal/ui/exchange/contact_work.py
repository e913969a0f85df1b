"""Long steps of the contact import (reading a big file, applying a new column choice, the
write) in a thread, with progress and Cancel, as one call that returns the result: the
window's one way to run long work with progress (``ui/common/background.run_with_progress``:
input held for the first moments, then a window-modal dialog with Cancel), under the contact
import's name.

A close of the window asked while a cancellable job runs cancels the job and comes again
when the thread has ended: a window is never deleted with the thread still running.  A
job that is not cancelled on a close (the write) is the window's ``journal_work``, whose
close waits for its end.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clientjournal.ui.common import background
from clientjournal.ui.common.background import Report

T = TypeVar("T")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactWork", text)


def run_with_progress(
    parent: QWidget | None,
    label: str,
    job: Callable[[Report], T],
    cancel_on_close: bool = True,
    late_cancel_wins: bool = True,
) -> T:
    """``background.run_with_progress`` behind the contact import's dialog (its title; its
    name for tests and the accessibility tree)."""
    return background.run_with_progress(
        parent,
        label,
        job,
        cancel_on_close,
        late_cancel_wins,
        title=_tr("Import contacts"),
        name="contactImportProgress",
    )
