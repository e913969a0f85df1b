"""A step inside a modal dialog that must write now, and whose result the dialog needs at once
(the id of a new template, the agreements a template added), while a sync round holds the
journal.

Queued steps (``autosave.waits_for_round``) do not fit there: the dialog goes on with the
result.  Made at once, the write waited on the GUI thread for the round's lock, the window
frozen, and failed after the lock's timeout with what was typed, which a first sync of a big
journal (10–15 s) reaches.  Here the window keeps painting and says why it waits; the step runs
as soon as the round has ended.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from clientjournal.ui.common import autosave

_Step = TypeVar("_Step", bound=Callable[..., object])


def wait_for_the_round(parent: QWidget | None) -> None:
    """Return once no sync round holds the journal; meanwhile the event loop runs (the round
    ends through it) and a window-modal note says what the dialog waits for: shown at once,
    so no click reaches the dialog in the middle of its step (another template chosen while
    one is applied)."""
    if not autosave.holding():
        return
    loop = QEventLoop()
    note = QProgressDialog(parent)
    note.setObjectName("roundWait")
    note.setWindowTitle(QCoreApplication.translate("RoundWait", "Sync"))
    note.setLabelText(
        QCoreApplication.translate(
            "RoundWait", "Syncing: your changes are saved as soon as the round ends…"
        )
    )
    note.setCancelButton(None)  # what waits is a save: cancelling it would lose it
    note.setRange(0, 0)
    note.setWindowModality(Qt.WindowModality.WindowModal)
    note.setMinimumDuration(0)
    note.setValue(0)
    while autosave.holding():  # the next round may take the journal before the step runs
        autosave.after_hold(loop.quit)  # run by autosave.release, in order with held saves
        if autosave.holding():
            loop.exec()
    note.reset()
    note.deleteLater()


def after_the_round(step: _Step) -> _Step:
    """A dialog method (``self`` a QWidget) that writes the journal: made once no round holds
    it (see ``wait_for_the_round``)."""

    @functools.wraps(step)
    def waiting(self: Any, *args: Any, **kwargs: Any) -> object:
        wait_for_the_round(self)
        return step(self, *args, **kwargs)

    return cast(_Step, waiting)
