"""One running app per journal folder: a lock file in the folder, and a request file to reach
the app that holds it.

Two windows on one journal would each autosave over the other's edits, and a restore from the
command line would pull the file out from under a running window.  So the first start takes a
``QLockFile`` in the journal folder (``.lock``, 0600).  Its stale time is 0: a lock counts as
stale only when the process that wrote it is gone (Qt compares the pid and the process name on
this host), never because it is old, so an app that has been open for a week, or is busy for a
minute, is never taken over; a lock left by a crash is taken over at the next start.

A lock whose holder cannot be read (an empty or garbled ``.lock``: a power cut can leave the
file without the pid that was written into it but never reached the disk) is never stale to Qt
(no pid, no process to look for), which would lock the journal for good.  Such a lock is taken
over when no live process holds it (``_remove_left_over``): a live ``QLockFile`` keeps an
``flock`` on its file for as long as it holds it (and Windows does not let an open lock file
be deleted), and one just being created has its pid written within microseconds, so an
unreadable lock older than ``LEFTOVER_AGE_S`` that nobody holds is a leftover.

A second start for the same journal finds the lock held, leaves a request (``.activate``,
0600) in the journal folder and waits for it to go: the running app watches the folder
(``QFileSystemWatcher``), brings its window to the front and deletes the request, and the
second process exits 0 before it builds any window.  Why a file and not ``QLocalServer``: the
app imports no networking module at all (``QtNetwork`` included, tests/test_no_network.py
checks it), and the journal folder is already private to the user (0700) and one per journal,
so two journals run side by side without a name to derive.  A request left while the first app
is still starting is taken as soon as it watches, so there is no window of time in which a
second start is lost.  If the lock is held but nobody takes the request (the app hangs, or
``clientjournal restore`` is at work), the second start removes it, says so and exits non-zero.

Only QtCore is imported here: the command line asks ``locked_by`` without a GUI.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

from clientjournal import APP_ID
from clientjournal.paths import ensure_private_dir

LOCK_NAME = ".lock"
REQUEST_NAME = ".activate"
# How long a second start waits for the running app to take its request: long enough for an
# app that is still starting (opening a big journal, a migration) or busy for a moment.
WAIT_FOR_ANSWER_S = 5.0
POLL_S = 0.02
# An unreadable lock younger than this may be one whose process is writing its pid right now
# (Qt creates the file, then locks and writes it): never taken over.  Well below the waits of
# a second start (WAIT_FOR_ANSWER_S) and of the commands (cli/lock.py), which then take it.
LEFTOVER_AGE_S = 2.0


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_NAME


def request_path(data_dir: Path) -> Path:
    return Path(data_dir) / REQUEST_NAME


def _new_lock(data_dir: Path) -> QLockFile:
    lock = QLockFile(str(lock_path(data_dir)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


def _names_a_process(content: bytes) -> bool:
    """Whether a lock file's first line is a pid (then Qt decides whether its process lives:
    on this host by the pid and the program's name, one of another host never)."""
    first = content.split(b"\n", 1)[0].strip()
    return first.isdigit() and int(first) > 0


def _remove_left_over(path: Path) -> bool:
    """Delete the lock file at ``path`` when its holder cannot be read (empty, garbled) and no
    live process holds it; True when it was deleted (the caller then takes the lock).

    Never a lock a live process holds: a ``QLockFile`` holder keeps an ``flock`` on the file,
    so one that cannot be had here is held (as is one whose ``flock`` the file system refuses:
    then nothing is known, and nothing deleted).  Never a young one (``LEFTOVER_AGE_S``), a
    symbolic link, a folder or anything but a regular file.  Removers take turns on the
    folder's own ``flock`` and check that the file they locked is still the one at ``path``,
    so two of them never delete the lock a third has just taken."""
    if sys.platform == "win32":
        return _remove_left_over_windows(path)
    import fcntl

    try:
        folder = os.open(path.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return False
    try:
        try:
            fcntl.flock(folder, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # another start is at it: the lock is looked at again shortly
        try:
            descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            return False  # gone (taken meanwhile), a symbolic link, or not ours to read
        try:
            found = os.fstat(descriptor)
            if not stat.S_ISREG(found.st_mode):
                return False
            if abs(time.time() - found.st_mtime) < LEFTOVER_AGE_S:
                return False
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return False  # held by a live process
            if _names_a_process(os.read(descriptor, 4096)):
                return False  # Qt's to judge
            now = os.lstat(path)
            if (now.st_dev, now.st_ino) != (found.st_dev, found.st_ino):
                return False
            os.unlink(path)
            return True
        finally:
            os.close(descriptor)
    except OSError:
        return False
    finally:
        os.close(folder)


def _remove_left_over_windows(path: Path) -> bool:
    """Windows: a live holder keeps the file open without sharing its deletion, so deleting
    fails while it lives."""
    try:
        found = os.lstat(path)
        if not stat.S_ISREG(found.st_mode) or abs(time.time() - found.st_mtime) < LEFTOVER_AGE_S:
            return False
        with open(path, "rb") as stream:
            if _names_a_process(stream.read(4096)):
                return False
        os.unlink(path)
    except OSError:
        return False
    return True


class JournalLock:
    """The lock on one journal folder, held while the app (or a restore) works on it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._lock = _new_lock(self.data_dir)

    def try_acquire(self) -> bool:
        """Take the lock (a stale one from a crash included) without waiting.

        A folder where no lock file can be written (read-only, a full disk) counts as taken:
        nothing can write the journal there either, and opening it says why; refusing to
        start would only hide that message behind "in use".
        """
        ensure_private_dir(self.data_dir)
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return True
            if not _remove_left_over(lock_path(self.data_dir)) or not self._lock.tryLock(0):
                return False
        with contextlib.suppress(OSError):
            os.chmod(lock_path(self.data_dir), 0o600)
        return True

    def holder(self) -> int | None:
        """The pid written in the lock file (the holder's, while someone holds it)."""
        info = self._lock.getLockInfo()  # (pid, host, app name); pid 0 when unreadable
        return int(info[0]) if info and info[0] else None

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


def locked_by(data_dir: Path) -> int | None:
    """The pid of the live process that holds the journal's lock, or None when it is free.

    For the command line: checks by taking the lock for a moment (a stale lock is cleared on
    the way), so the answer is about a live process, not a leftover file.
    """
    if not Path(data_dir).is_dir():
        return None
    lock = JournalLock(data_dir)
    if lock.try_acquire():
        lock.release()
        return None
    return lock.holder() or -1


class Claim:
    """The outcome of a start: the lock (this start owns the journal), or the other's answer.

    ``signalled``: the running app was asked to come to the front, and answered; ``holder``:
    the pid of a holder that did not answer.  (A plain class: dataclasses cost ~2 ms to import
    before the first paint.)
    """

    def __init__(
        self, lock: JournalLock | None, signalled: bool = False, holder: int | None = None
    ) -> None:
        self.lock = lock
        self.signalled = signalled
        self.holder = holder


def claim_journal(data_dir: Path, signal_other: bool = True) -> Claim:
    """Own the journal, or (``signal_other``) bring the app that owns it to the front.

    While waiting for the running app to take the request, a holder that dies (a crash) has
    its stale lock taken over, and this start goes on as the first one.
    """
    lock = JournalLock(data_dir)
    try:
        if lock.try_acquire():
            return Claim(lock)
    except OSError:  # the folder cannot be made (a file in its place): report_in_use says so
        return Claim(None)
    if not signal_other or odd_lock(data_dir) is not None:  # no app behind it to ask
        return Claim(None, holder=lock.holder())
    request = request_path(data_dir)
    descriptor = os.open(request, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.write(descriptor, f"{os.getpid()}\n".encode())
    os.close(descriptor)
    deadline = time.monotonic() + WAIT_FOR_ANSWER_S
    checked_lock = time.monotonic()
    while time.monotonic() < deadline:
        if not request.exists():
            return Claim(None, signalled=True)
        if time.monotonic() - checked_lock > 0.25:
            checked_lock = time.monotonic()
            if lock.try_acquire():  # the holder is gone
                request.unlink(missing_ok=True)
                return Claim(lock)
        time.sleep(POLL_S)
    request.unlink(missing_ok=True)  # nobody took it: leave nothing behind
    return Claim(None, holder=lock.holder())


class ActivationWatcher(QObject):
    """Takes the requests of later starts on the same journal: brings this app's window
    forward and deletes the request (which tells the later start that it was seen)."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QFileSystemWatcher

        self._request = request_path(data_dir)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._check)
        self._folder = str(data_dir)

    def start(self) -> bool:
        """Watch the journal folder, and take a request left before (while this app started)."""
        watching = self._watcher.addPath(self._folder)
        self._check()
        return watching

    def stop(self) -> None:
        self._watcher.removePaths(self._watcher.directories())

    def _check(self, *_: object) -> None:
        if not self._request.exists():
            return
        bring_to_front()
        with contextlib.suppress(OSError):
            self._request.unlink()
        self.activated.emit()


def bring_to_front() -> None:
    """Show this app's windows un-minimized (a maximized one stays maximized), raised and
    active, and an open dialog above them.  Wayland may refuse to move the focus; the window
    then asks for attention instead."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow

    for widget in QApplication.topLevelWidgets():
        if not isinstance(widget, QMainWindow) or not widget.isVisible():
            continue
        state = widget.windowState() & ~Qt.WindowState.WindowMinimized
        widget.setWindowState(state | Qt.WindowState.WindowActive)
        widget.show()
        widget.raise_()
        widget.activateWindow()
        QApplication.alert(widget)
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        dialog.raise_()
        dialog.activateWindow()


def odd_lock(data_dir: Path) -> str | None:
    """What the lock file is, in words, when it is no regular file (a folder, a symbolic
    link: never made by the app, never taken or followed), else None.  Waiting for it would
    be waiting for nothing; the user has to remove it."""
    try:
        mode = os.lstat(lock_path(data_dir)).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "no regular file"


def folder_problem(data_dir: Path) -> str | None:
    """Why the journal folder cannot be had, in words (a file in its place, a folder that
    cannot be made), or None."""
    if data_dir.exists() and not data_dir.is_dir():
        return "is a file, not a folder"
    try:
        ensure_private_dir(data_dir)
    except OSError as error:
        return f"cannot be made ({error.strerror or type(error).__name__})"
    return None


def report_in_use(data_dir: Path, holder: int | None, app: object | None) -> None:
    """Tell the user that another process holds the journal and does not answer (a window
    that hangs, or a command at work: an import, a restore, which never answer), or that
    the lock file is something the app never makes, or that the journal folder cannot be
    had at all: on stderr, and (``app``: a QApplication) in a message box."""
    problem = folder_problem(data_dir)
    if problem is not None:
        _report_folder(data_dir, problem, app)
        return
    odd = odd_lock(data_dir)
    if odd is not None:
        print(
            f"{APP_ID}: the journal {data_dir} cannot be opened: its lock file "
            f"{lock_path(data_dir)} is {odd}, which Client Journal never makes; remove it, "
            "then start again",
            file=sys.stderr,
        )
    else:
        process = f"process {holder}" if holder and holder > 0 else "another process"
        print(
            f"{APP_ID}: the journal {data_dir} is in use by {process}: a Client Journal "
            "window that does not answer, or a command at work (an import, a restore…); "
            "close that window or wait until the command is done, then start again",
            file=sys.stderr,
        )
    if app is None:
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if odd is not None:
        text = QCoreApplication.translate(
            "SingleInstance",
            "The journal in %1 cannot be opened: its lock file %2 is no regular file (a "
            "folder or a symbolic link, which Client Journal never makes). Remove it, then "
            "start again.",
        )
        second = str(lock_path(data_dir))
    else:
        text = QCoreApplication.translate(
            "SingleInstance",
            "The journal in %1 is in use by another Client Journal (process %2): a window "
            "that does not answer, or a command at work such as an import or a restore. "
            "Close that window, or wait until the command is done, then start again.",
        )
        second = str(holder) if holder and holder > 0 else "?"
    import re

    values = {"1": str(data_dir), "2": second}  # in one pass: a path may hold "%2"
    QMessageBox.critical(
        None,
        QCoreApplication.translate("SingleInstance", "The journal is in use"),
        re.sub("%([12])", lambda found: values[found.group(1)], text),
    )


def _report_folder(data_dir: Path, problem: str, app: object | None) -> None:
    print(f"{APP_ID}: the journal folder {data_dir} {problem}", file=sys.stderr)
    if app is None:
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if problem.startswith("is a file"):
        text = QCoreApplication.translate(
            "SingleInstance",
            "The journal folder %1 is a file, not a folder. Start Client Journal with another "
            "folder (--data-dir), or move the file away.",
        )
    else:
        text = QCoreApplication.translate(
            "SingleInstance",
            "The journal folder %1 cannot be made. Check that its disk is there and "
            "writable, then start again.",
        )
    QMessageBox.critical(
        None,
        QCoreApplication.translate("SingleInstance", "The journal cannot be opened"),
        text.replace("%1", str(data_dir)),
    )
