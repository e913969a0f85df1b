from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from clientjournal.app import create_window
from clientjournal.ui.common.context import clear_session_ending, session_ending

# The helpers beside this file (widget_walk, fake_context) for the tests in the feature folders.
sys.path.insert(0, str(Path(__file__).parent))
from clientjournal.store.connection import close_journal


class WindowFactory:
    """Opens the real main window on a journal folder, and can close and reopen it."""

    def __init__(self, qtbot, data_dir: Path) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.window = None

    def open(self):
        self.window = create_window(self.data_dir)
        self.qtbot.addWidget(self.window)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        return self.window

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window = None
        close_journal()

    def restart(self):
        self.close()
        return self.open()


def _nested_loop_runs() -> bool:
    """Whether a nested event loop runs at all: QEventLoop.exec returns -1 at once, having
    delivered nothing, while the thread is marked as quitting (QCoreApplication::exit
    called outside ``app.exec()``; only the next ``app.exec()`` clears the mark)."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    return loop.exec() != -1


@pytest.fixture(autouse=True)
def _event_loops_still_run() -> Iterator[None]:
    """A test must not leave the application quitting.  A Quit event left queued after a
    test's own ``app.exec()`` had ended (tests/ui/safety/logout.py says how) came in the
    next test and made every nested event loop there and after return at once: waitUntil
    delivered no queued signal, dialogs' exec returned, and a worker of tests failed one
    after the other until it crashed (CI on 3b49d09 and 3f064c1).  The first loop here
    delivers such a Quit, the second sees what it did; the mark is then cleared, so that
    only the test that left it fails."""
    yield
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if session_ending():  # message boxes would go to stderr in every later test
        clear_session_ending(app)
        pytest.fail("the test left the session ending (ui/common/context.py, the session ending)")
    if _nested_loop_runs() and _nested_loop_runs():
        return
    QTimer.singleShot(0, app.quit)
    app.exec()  # starts and ends by clearing the quitting mark
    pytest.fail("the test left the application quitting: nested event loops returned at once")


@pytest.fixture(autouse=True)
def _theme_as_found() -> Iterator[None]:
    """A test that switched the theme leaves the app in "system", as the next test in its
    worker expects it: test_list_chip_images left it dark, and a mood chart test that
    compares the colours before and after a theme change saw none (switch23d)."""
    yield
    theme = sys.modules.get("clientjournal.ui.common.theme")
    app = QApplication.instance()
    if theme is None or not isinstance(app, QApplication):
        return
    if getattr(app, theme._STATE_ATTR, "system") != "system":
        theme.apply_theme(app, "system")


@pytest.fixture
def windows(qtbot, data_dir: Path):
    factory = WindowFactory(qtbot, data_dir)
    yield factory
    factory.close()


@pytest.fixture
def window(windows):
    return windows.open()


@pytest.fixture
def on_dialog():
    """Run an action on the next modal dialog as soon as it is shown (``exec()`` blocks).
    The polling ends with the test: one whose dialog never came must not act on a later
    test's dialog.  Scheduled from inside a dialog's action (a confirmation the dialog
    opens), it waits for a dialog other than that one: on a loaded machine the poll came
    before the keystroke that opens the confirmation was handled and acted on the first
    dialog (clock24a: test_backup_dialog failed so in one worker, then crashed it)."""
    over = False

    def schedule(action: Callable[[QDialog], None]) -> None:
        already = QApplication.activeModalWidget()

        def attempt() -> None:
            if over:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is already:
                QTimer.singleShot(10, attempt)
                return
            action(dialog)

        QTimer.singleShot(0, attempt)

    yield schedule
    over = True


@pytest.fixture
def type_text():
    """Type any text, umlauts included, as key events (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def type_into(widget, text: str) -> None:
        for char in text:
            key = Qt.Key.Key_Return if char == "\n" else Qt.Key(0)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                )

    return type_into


@pytest.fixture
def english(qapp):
    """The app's English catalogue, as the app installs it: plural forms ("1 reply", "2 replies")."""
    from clientjournal.ui.shell.translations import install_translators, remove_translators

    install_translators(qapp, "en")
    yield
    remove_translators(qapp)


@pytest.fixture
def opened_urls(monkeypatch) -> list[str]:
    """What the app asked the desktop to open (a mailto: link, a file), fully encoded, instead
    of opening it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []

    def record(url: QUrl) -> bool:
        opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return opened
