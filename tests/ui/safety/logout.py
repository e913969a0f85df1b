"""A logout (SIGTERM) in the app's own event loop, for the tests of what it does to an
operation on the journal (attack24d, attack25d).

The handler the app installs (ui/shell/shutdown.quit_on_signals) closes the window and
quits the event loop, so the test runs ``app.exec()`` itself, as the app does, and puts
everything back afterwards: the signal handlers, the wake-up descriptor, the session's
ending mark (ui/common/context.py, the session ending), and no quit left pending.  That last one matters: when the window closes at the operation's end, Qt posts a
Quit event for the last window closed; when this loop ended first (its own check that the
window has closed), the Quit stayed queued and came in a later test, outside ``app.exec()``,
where it marks the thread as quitting for good: from then on every nested event loop
(``qtbot.waitUntil``, a dialog's ``exec``) returned at once without delivering anything,
and a Back up now whose result was queued "never ended" (CI on 3b49d09 and 3f064c1).
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from clientjournal.ui.common.context import clear_session_ending
from clientjournal.ui.shell.shutdown import SIGNALS, quit_on_signals

GUARD_MS = 15_000


def run_app_until_closed(
    window: QWidget, start: Callable[[], None], done: Callable[[], bool]
) -> tuple[float, bool]:
    """``start()`` inside ``app.exec()`` with the app's logout handler installed; the loop
    ends when the window has closed and ``done()`` says so (other tests' windows may be
    left in this process, so the last window closed is not enough), or after GUARD_MS.
    Returns the monotonic time the loop ended and whether the guard ended it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = {number: signal.getsignal(number) for number in SIGNALS}
    wakeup = signal.set_wakeup_fd(-1)
    notifier = quit_on_signals(app, lambda: window.close())
    assert notifier is not None
    fired: list[bool] = []
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (fired.append(True), app.quit()))  # never hang the suite
    guard.start(GUARD_MS)
    closed = QTimer()
    closed.setInterval(50)
    closed.timeout.connect(lambda: app.quit() if done() and not window.isVisible() else None)
    closed.start()
    QTimer.singleShot(0, start)
    try:
        app.exec()
        return time.monotonic(), bool(fired)
    finally:
        guard.stop()
        closed.stop()
        notifier.setEnabled(False)
        notifier.deleteLater()
        signal.set_wakeup_fd(wakeup)
        for number, handler in previous.items():
            signal.signal(number, handler)
        QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)  # see the module's text
        clear_session_ending(app)  # the session goes on for the next test
