"""Composition root: parse the command line, then either run a sub-command or open the window.

Qt and the store are imported only on the path that needs them, so start-up pays for nothing
it does not use.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from clientjournal import APP_ID, APP_NAME, __version__
from clientjournal.cli.main import has_display, parse, run, wants_gui
from clientjournal.cli.status import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from clientjournal.ui.shell.main_window import MainWindow

NO_DISPLAY_MESSAGE = (
    f"{APP_ID}: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "  Start it from a desktop session, or on a machine without a screen:\n"
    f"    xvfb-run -a {APP_ID}                       (a virtual screen: apt-get install xvfb)\n"
    f"    QT_QPA_PLATFORM=offscreen {APP_ID} --smoke-test   (checks that it starts)"
)


def process_age_ms() -> float:
    """Milliseconds since the process started (the kernel's clock, so imports count too)."""
    try:
        with open("/proc/self/stat") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as uptime:
            uptime_s = float(uptime.read().split()[0])
        return max(0.0, (uptime_s - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000


_IMPORTED_AT = time.perf_counter()


def quicker_pyside_imports() -> None:
    """Import PySide6 and let it tell modules that use it apart by one read of the file.

    After PySide6 is imported, every later import (ours, peewee, the standard library: about
    200 of them before the full window is up) makes PySide6's ``__feature__`` support ask
    whether the module uses PySide6, by reading its source through ``inspect.getsource`` and
    ``linecache`` (decoded, split into lines and kept in memory): ~45 ms of start-up and a few
    MB, measured with a wrapper around it (issue 21).  The answer is the same when the file is
    read as bytes and searched for the same word, which takes a tenth of that.  A PySide6
    without this private hook is left as it is.
    """
    import PySide6.QtCore  # noqa: F401  (installs the hook being replaced)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return
    setattr(feature, "_mod_uses_pyside", _mentions_pyside)  # noqa: B010 (a private hook)


def _mentions_pyside(module: object) -> bool:
    """What PySide6's ``feature._mod_uses_pyside`` answers: does the module's source contain
    "PySide6" (no source, e.g. built in or compiled only: no)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def create_window(data_dir: Path, defer: bool = False) -> MainWindow:
    """Open the journal in ``data_dir`` and build its main window (a QApplication must exist);
    ``defer``: what the first screen does not show is built after its first paint (the app)."""
    from clientjournal.store.connection import open_journal
    from clientjournal.ui.shell.main_window import MainWindow

    open_journal(Path(data_dir))
    return MainWindow(Path(data_dir), defer=defer)


def serial_painting() -> None:
    """Qt fills and converts on the painting thread, not in its GUI thread pool (before the
    first paint; a user's own setting wins): the raster engine hands every fill of 96 or more
    spans (a scroll bar's groove, the tab frame) to the pool and waits for it, which for fills
    this small cost a client switch ~1.4 ms more than the fill (issue 21); pixels are the same."""
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")


def _make_application(argv: list[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from clientjournal import settings
    from clientjournal.ui.common.theme import apply_theme
    from clientjournal.ui.shell.translations import install_translators

    serial_painting()
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)  # instance() is typed as the QCoreApplication
    install_translators(app)  # before any widget: widgets translate their texts once
    apply_theme(app, settings.load().theme)  # before any widget too: no flash of light
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    _set_window_icon(app)
    return app


def _set_window_icon(app: QApplication) -> None:
    """The app icon for every window (title bar, task switcher), from the bundled SVG.

    The desktop's menu and dock take the icon from the installed icon theme (the .desktop file's
    ``Icon=clientjournal``); this covers a start from a checkout or a session without that theme.
    QIcon reads the file only when a size is first asked for, so this costs ~2 ms at start.
    """
    from PySide6.QtGui import QIcon

    from clientjournal.core.resources import resource

    icon = resource("icons", f"{APP_ID}.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


class _SmokeTest:
    """For --smoke-test: report the first paint, then wait for the full window and exit.

    ``ready in N ms`` (N: ms since the process started) is printed once the first frame (the
    start-up window, see ``ui/startup.py``) is painted.  The test goes on until the full main
    window is built and painted, then closes it, as a user who quits at once, and exits 0; an
    uncaught error anywhere, a journal that cannot be opened, or no window within 20 s exits
    non-zero.  Nothing else is printed: tools read stdout as that one line and expect stderr
    to be empty.

    The run ends at the full window's paint, not after what the window builds once it is
    painted (sync and the reply watch's first look, ``MainWindow._complete_start``):
    the process then measures the start to the full window, as a bare window's run measures
    its start to its paint (issue 21).  The window closed at once builds none of it, as for a
    user; tests/ui/shell/test_startup.py builds it on the app's path.
    """

    def __init__(self, app: QApplication) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.errors: list[BaseException] = []
        previous_hook = sys.excepthook

        def remember(
            kind: type[BaseException], error: BaseException, trace: TracebackType | None
        ) -> None:
            self.errors.append(error)  # an exception in a slot is printed by Qt, then ignored
            previous_hook(kind, error, trace)

        sys.excepthook = remember
        QTimer.singleShot(20000, self._timed_out)

    def _timed_out(self) -> None:
        print("smoke test: no window within 20 s", file=sys.stderr)
        self.app.exit(EXIT_FAILED)

    def first_paint(self) -> None:
        print(f"ready in {process_age_ms():.0f} ms", flush=True)

    def finish(self, window: MainWindow) -> None:
        window.close()  # saves the settings, as a user's close does
        if self.errors:
            print(f"smoke test: {len(self.errors)} uncaught error(s), see above", file=sys.stderr)
            self.app.exit(EXIT_FAILED)
            return
        self.app.quit()


def schedule_daily_backup(
    data_dir: Path, delay_ms: int = 1000, report: Callable[[str], object] | None = None
) -> None:
    """The first start of a day backs the journal up, in a thread, once the window is up, so
    neither the first paint nor typing waits for it (issue 8), into the folder and with the
    counts from the settings.  A folder the user picked that is missing now (an unplugged
    disk) is never swapped for another: the backup is skipped, said on stderr and through
    ``report`` (the status bar), and tried again at the next start."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from clientjournal import settings
    from clientjournal.store.safety.backup import daily_in_background

    def start() -> None:
        saved = settings.load()
        folder, problem = settings.backup_target(data_dir, saved)
        if problem is not None:
            print(
                f"{APP_ID}: no daily backup: the backup folder {folder} is missing or not "
                "writable; trying again at the next start",
                file=sys.stderr,
            )
            if report is not None:
                report(
                    QCoreApplication.translate(
                        "backup",
                        "No backup today: the backup folder %1 is not available (is the disk "
                        "plugged in?). The app tries again at the next start.",
                    ).replace("%1", str(folder))
                )
            return
        daily_in_background(
            data_dir,
            folder,
            saved.backup_daily,
            saved.backup_weekly,
            make_folder=not settings.backup_folder_picked(saved),  # an unplugged disk's
        )

    QTimer.singleShot(delay_ms, start)


def run_gui(data_dir: Path, smoke_test: bool, qt_argv: list[str]) -> int:
    """Show the start-up frame at once, then open the journal and build the window after it.

    The frame (``ui/startup.py``) needs neither the store nor the other UI modules; the journal
    is opened (migrations, a backup before one) and the full window built right after the
    frame's first paint, from the event loop, and the window takes the frame's place.  Once
    the event loop has run, the process ends here with its status (``_exit_at_once``); it
    returns only when no window was shown (no display, the journal in use).

    Python's cyclic garbage collector is off until the full window is painted (see
    ``collect_garbage_again``).
    """
    gc.disable()
    try:
        return _run_gui(data_dir, smoke_test, qt_argv)
    finally:  # returned without a window; with one, the process ends in _run_gui
        gc.enable()


AFTER_START_LATEST_MS = 10_000
"""What waits for the full window's first paint (the garbage collector, the welcome, the
daily backup, the integrity check) comes at the latest this long after it was built."""


def collect_garbage_again() -> None:
    """Turn the cyclic garbage collector back on, with what the start made kept out of it.

    While the app starts, imports and the window make hundreds of thousands of objects, few
    of them garbage, and the collector went through them again and again: ~15 ms of CPU at
    the demo journal's size, ~35 ms at ten times (20,000 names read and sorted), about a tenth
    of the start to the full window (issue 21).  So it is off until the full window is painted
    (or a dialog shows before it); then ``gc.freeze`` moves everything made so far (modules,
    widgets, the list's ids) out of its way for good, so no later collection walks them again,
    and the first one after the start is not a walk over the whole start.  Garbage cycles
    made during the start stay (a few, made once).
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _run_gui(data_dir: Path, smoke_test: bool, qt_argv: list[str]) -> int:
    if not has_display():
        if not smoke_test:
            print(NO_DISPLAY_MESSAGE, file=sys.stderr)
            return EXIT_FAILED
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    quicker_pyside_imports()  # before the first module that imports PySide6
    from clientjournal.ui.shell.single_instance import claim_journal

    claim = claim_journal(data_dir, signal_other=not smoke_test)  # before any window (~1 ms)
    if claim.lock is None:
        return _journal_in_use(data_dir, claim.signalled, claim.holder, smoke_test, qt_argv)
    app = _make_application(qt_argv)
    from PySide6.QtCore import QTimer

    from clientjournal.ui.shell.startup import StartupWindow, after_paint

    smoke = _SmokeTest(app) if smoke_test else None
    frame = StartupWindow()
    opened: list[MainWindow] = []  # holds the window (Python owns it) until the app exits

    def load() -> None:
        if smoke is not None:
            smoke.first_paint()
        from clientjournal.later_modules import defer_unused_modules

        defer_unused_modules()  # before the store imports peewee; run after the full window
        _listen_for_later_starts(data_dir, app)
        from clientjournal.ui.common.theme import follow_system_scheme

        follow_system_scheme(app)
        try:
            window = _open_window(data_dir, frame, smoke_test)
        except Exception:  # an error while building: report it, never leave the frame hanging
            import traceback

            traceback.print_exc()
            window = None
        if window is None:
            app.exit(EXIT_FAILED)
            return
        opened.append(window)
        started: list[bool] = []

        def after_start() -> None:  # once: right after the window's first paint, or soon
            if started:
                return
            started.append(True)
            collect_garbage_again()
            if smoke is None:  # a smoke test exits at the paint: no welcome, backup or check
                _after_the_first_paint(data_dir, window)

        after_paint(window, after_start)
        # and in any case soon: a window on another workspace may not be painted for long
        QTimer.singleShot(AFTER_START_LATEST_MS, after_start)
        if smoke is not None:  # the full window painted: the start is over (see _SmokeTest)
            after_paint(window, lambda: smoke.finish(window))
        frame.hand_over(window)

    from clientjournal.ui.shell.shutdown import quit_on_signals

    def close_windows() -> None:
        """The window each opened one is now: a restore replaces the window (deleting the
        one opened) with its ``successor``, which a logout closed (trust26b: the close of the
        deleted window raised, the app went on and what was typed there was not saved)."""
        for window in opened:
            while window.successor is not None:
                window = window.successor
            window.close()

    # Logging out or shutting down (SIGTERM, SIGHUP, Ctrl+C): as a close, nothing typed lost.
    quit_on_signals(app, close_windows)
    after_paint(frame, load)
    frame.show()
    try:
        status = app.exec()
    finally:
        from clientjournal.store.connection import close_journal

        close_journal()
        claim.lock.release()
    _exit_at_once(status)


def _after_the_first_paint(data_dir: Path, window: MainWindow) -> None:
    """What the app starts once the full window is on the screen: the welcome on a first
    start with an empty journal (issue 10), the day's backup, and the integrity check in a
    thread beside the window.  Started before that paint, their imports and the check's
    thread took the window's time on a small machine (issue 21)."""
    from clientjournal.later_modules import load_deferred_modules

    load_deferred_modules()  # first, in this thread: before any thread of the app's own
    from clientjournal.ui.shell.welcome_dialog import welcome_if_new

    welcome_if_new(window)
    schedule_daily_backup(data_dir, report=lambda text: window.show_status(text, 0))
    from clientjournal.ui.safety.damaged_dialog import check_in_background

    check_in_background(window, window.backups.restore_from)  # beside the window


def _listen_for_later_starts(data_dir: Path, app: QApplication) -> None:
    """A later start on this journal brings this window forward (ui/single_instance.py);
    started after the first paint, and it takes a request left while this app started."""
    from clientjournal.ui.shell.single_instance import ActivationWatcher

    watcher = ActivationWatcher(data_dir, app)  # the app keeps it
    if not watcher.start():
        print(f"{APP_ID}: a second start cannot reach this one ({data_dir})", file=sys.stderr)


def _journal_in_use(
    data_dir: Path, signalled: bool, holder: int | None, smoke_test: bool, qt_argv: list[str]
) -> int:
    """A second start on a journal: the running app came to the front (exit 0), or it holds
    the journal without answering (a hung app, or ``clientjournal restore`` at work).  A
    smoke test never pulls a running window forward: it reports the lock and fails."""
    if signalled:
        return EXIT_OK
    from clientjournal.ui.shell.single_instance import report_in_use

    collect_garbage_again()  # a dialog may wait for the user
    report_in_use(data_dir, holder, None if smoke_test else _make_application(qt_argv))
    return EXIT_FAILED


def _open_window(data_dir: Path, frame: QWidget, smoke_test: bool) -> MainWindow | None:
    """The full window on the journal.  A damaged one gets the dialog that offers the newest
    backup (ui/damaged_dialog.py); None when it cannot open and the user quits."""
    from clientjournal.store.connection import JournalOpenError, PassphraseRequired

    while True:
        problem = None if _nothing_to_see_before_open(data_dir) else _problem_before_open(data_dir)
        if problem is None:
            try:
                return create_window(data_dir, defer=True)
            except PassphraseRequired:  # encrypted: asked until right, or Quit (not damage)
                if smoke_test:
                    print(
                        f"{APP_ID}: the journal is encrypted (a smoke test asks no passphrase)",
                        file=sys.stderr,
                    )
                    return None
                from clientjournal.ui.safety.passphrase_dialog import ask_to_unlock

                collect_garbage_again()  # the dialog waits for the user
                if not ask_to_unlock(data_dir, frame):
                    return None
                continue
            except JournalOpenError as error:
                from clientjournal.ui.safety import damaged_dialog

                problem = damaged_dialog.journal_problem(data_dir) or str(error)
        print(f"{APP_ID}: cannot open the journal: {problem}", file=sys.stderr)
        collect_garbage_again()  # the dialog waits for the user
        from clientjournal.ui.safety import damaged_dialog

        if smoke_test or not damaged_dialog.recover_at_start(data_dir, problem, frame):
            return None


def _nothing_to_see_before_open(data_dir: Path) -> bool:
    """True when ``damaged_dialog.problem_before_open`` would find nothing and do nothing: the
    journal file is there and not empty, and no restore was cut short (no copy coming in, no
    unfinished one).  The usual start so does without importing the dialogs' module and the
    message box types it touches (issue 21); anything else goes through it."""
    from clientjournal.paths import journal_file
    from clientjournal.store.safety.leftovers import incoming_path, restore_leftovers

    try:
        if journal_file(data_dir).stat().st_size == 0:
            return False
    except OSError:  # missing or unreachable: the full look decides
        return False
    return not os.path.exists(incoming_path(data_dir)) and not restore_leftovers(data_dir)


def _problem_before_open(data_dir: Path) -> str | None:
    from clientjournal.ui.safety import damaged_dialog

    return damaged_dialog.problem_before_open(data_dir)  # costs a stat


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
    if not wants_gui(args):
        return run(args)
    return run_gui(args.data_dir, args.smoke_test, []) or EXIT_OK


def _exit_at_once(status: int) -> NoReturn:
    """End the process once the event loop has ended: the window is closed (everything typed
    saved, the settings written with ``sync``), the journal closed and its lock released.

    The interpreter's own teardown (PySide6's exit handler deleting the application and every
    widget, then every module one by one) would add ~35 ms to each quit, a third of a bare
    PySide6 window's whole run (issue 21).  Worse, a job still at work in a thread of the
    window (the integrity check after each start, seconds on a big journal) either kept the
    quit waiting or, deleted under its running thread, aborted the process ("QThread:
    Destroyed while thread is still running").  Such a job only reads, or writes aside and
    renames when done (the daily backup), so nothing is lost when the process ends without
    it.  Log handlers and the standard streams are still flushed.
    """
    if "logging" in sys.modules:
        import logging

        logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # closed, or none
            stream.flush()
    os._exit(status)
