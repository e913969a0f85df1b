"""What the note editor holds unsaved while a sync round has the journal, kept beside the
journal every half second (``store_sync.keep_held_typing``), so that a crash during the round's
transaction loses no more than an autosave would (attack-20c N2: everything typed since the
round took the journal, tens of seconds in a first sync); put back at the next start."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from clientjournal.store import sync as store_sync
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import WindowContext
from clientjournal.ui.sync.open_note import OpenNote

log = logging.getLogger(__name__)

HELD_EVERY_MS = 500


class HeldTyping(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(HELD_EVERY_MS)
        self._timer.timeout.connect(self._keep)
        self._kept: list[dict[str, object]] = []
        self._open_note: OpenNote | None = None

    def restore(self, context: WindowContext, report: Callable[[], None]) -> None:
        """What a window held when it ended during a round, put back, and said so."""
        try:
            restored = store_sync.restore_held_typing()
        except Exception as error:  # never in the way of a start
            log.warning("held typing not restored: %s", type(error).__name__)
            return
        if restored:
            report()  # the views read the notes again
            context.show_status(
                self.tr(
                    "%n note(s) typed while a sync round was cut off were put back.",
                    "",
                    restored,
                )
            )

    def start(self, open_note: OpenNote) -> None:
        """The round takes the journal now."""
        self._open_note = open_note
        self._timer.start()

    def _keep(self) -> None:
        if self._open_note is None or not autosave.holding():
            return
        held = self._open_note.held_typing()
        if held == self._kept:
            return
        try:
            if held:
                store_sync.keep_held_typing(held)
            else:
                store_sync.clear_held_typing()
        except OSError as error:
            log.warning("held typing not kept: %s", error.strerror)
            return
        self._kept = held

    def done(self) -> None:
        """The round ended and the saves that waited are made: nothing held any more."""
        self._timer.stop()
        if self._kept:
            self._kept = []
            with contextlib.suppress(OSError):  # kept in vain at worst: restore finds it saved
                store_sync.clear_held_typing()
