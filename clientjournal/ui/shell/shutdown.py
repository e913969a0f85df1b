"""Logging out, shutting down, Ctrl+C in a terminal: SIGTERM, SIGHUP and SIGINT end the app
the way closing its window does, so nothing typed in the last moment is lost.

Python runs a signal handler only when the interpreter gets control, which it may not while
Qt waits for events; so the signal is written to a pipe (``signal.set_wakeup_fd``) that Qt
watches, and handled in the event loop like any other event: every editor is saved (the
window's close), then the event loop ends, and the caller closes the journal and releases its
lock as after a normal quit.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSocketNotifier

SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def quit_on_signals(app: QCoreApplication, close: Callable[[], object]) -> QSocketNotifier | None:
    """On SIGTERM, SIGHUP or SIGINT: ``close()`` (save everything, close the window), then
    leave the event loop.  Returns the notifier (kept by ``app``); None where the platform
    cannot wake Qt for a signal (not POSIX)."""
    if os.name != "posix":
        return None
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    for number in SIGNALS:
        signal.signal(number, lambda *_: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(read_end, QSocketNotifier.Type.Read, app)
    done: list[bool] = []

    def on_signal() -> None:
        try:
            os.read(read_end, 512)
        except BlockingIOError:
            return
        if done:
            return
        done.append(True)
        # Imported here: this module is set up before the first frame, which needs nothing
        # of context.py (its autosave import had built PySide6's Qt namespace there, ~14 ms).
        from clientjournal.ui.common.context import mark_session_ending

        mark_session_ending(app)  # no message box may wait for a click from now on
        try:
            close()
        finally:  # a close that fails (its traceback printed) never keeps the app from ending
            app.quit()

    notifier.activated.connect(on_signal)
    return notifier
