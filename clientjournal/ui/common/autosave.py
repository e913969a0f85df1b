"""When typed text is written: shortly after the last keystroke, and never later than a fixed
time after the first unsaved one.

A plain debounce restarts on every key, so someone typing without a pause would push the save
out for minutes and a crash (SIGKILL, power cut) would take all of it; the deadline caps the
loss at under a second.  Used by every editor that saves as the user types (notes, replies).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AUTOSAVE_DELAY_MS = 500  # after the last keystroke
AUTOSAVE_MAX_DELAY_MS = 800  # after the first unsaved keystroke, however fast the typing


class AutosaveTimer(QObject):
    """Calls ``save`` after a pause in typing, or at the deadline, whichever comes first."""

    def __init__(self, save: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._pause = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._deadline = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_DELAY_MS)
        self._pause.timeout.connect(save)
        self._deadline.timeout.connect(save)

    def touched(self) -> None:
        """Something changed that is not saved yet."""
        self._pause.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def stop(self) -> None:
        """Nothing is pending any more (saved, or dropped)."""
        self._pause.stop()
        self._deadline.stop()

    def pending(self) -> bool:
        return self._pause.isActive() or self._deadline.isActive()
