"""One running app per journal folder: a lock file in the folder, and a local socket to reach
the app that holds it.

Two windows on one journal would each autosave over the other's edits, and a restore from the
command line would pull the file out from under a running window.  So the first start takes a
``QLockFile`` in the journal folder (``.lock``, 0600).  Its stale time is 0: a lock counts as
stale only when the process that wrote it is gone (Qt compares the pid and the process name on
this host), never because it is old, so an app that has been open for a week, or is busy for a
minute, is never taken over; a lock left by a crash is taken over at the next start.

A second start for the same journal finds the lock held and sends ``activate`` over a
``QLocalSocket``; the running app brings its window to the front and answers ``ok``, and the
second process exits before it builds any window.  The server's name is derived from a hash of
the user and the resolved folder, so two journals run side by side.  If the lock is held but
nobody answers (the app hangs, or ``clientjournal restore`` is at work), the second start says
so and exits non-zero.

Only QtCore is imported here at module level: the command line asks ``locked_by`` without a
GUI, and QtNetwork (~5 ms to import) is loaded by the running app after its first paint.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

from clientjournal import APP_ID
from clientjournal.paths import ensure_private_dir

LOCK_NAME = ".lock"
REQUEST = b"activate\n"
ANSWER = b"ok\n"
CONNECT_TIMEOUT_MS = 500
ANSWER_TIMEOUT_MS = 5000
# How long a second start waits for the first one's server: it starts listening right after
# the first paint, so a second start within the first second of the first may find none yet.
WAIT_FOR_SERVER_S = 5.0


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_NAME


def server_name(data_dir: Path) -> str:
    """The local socket's name for this user and journal folder (stable, short, no path)."""
    import getpass
    import hashlib  # ~3 ms: only a second start and the running app (after its paint) ask

    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for the uid (a container): the uid will do
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    key = f"{user}\0{Path(data_dir).expanduser().resolve()}".encode()
    return f"{APP_ID}-{hashlib.sha256(key).hexdigest()[:20]}"


def _new_lock(data_dir: Path) -> QLockFile:
    lock = QLockFile(str(lock_path(data_dir)))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


class JournalLock:
    """The lock on one journal folder, held while the app (or a restore) works on it."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self._lock = _new_lock(self.data_dir)

    def try_acquire(self) -> bool:
        """Take the lock (a stale one from a crash included) without waiting."""
        ensure_private_dir(self.data_dir)
        if not self._lock.tryLock(0):
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


def ask_to_activate(data_dir: Path) -> bool | None:
    """Ask the app that holds ``data_dir`` to bring its window forward.

    True: it answered.  None: no server to talk to (not listening yet, or gone).  False: a
    server took the connection but did not answer in time (the app hangs).
    """
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    socket.write(REQUEST)
    socket.flush()
    answer = b""
    deadline = time.monotonic() + ANSWER_TIMEOUT_MS / 1000
    while not answer.endswith(b"\n") and time.monotonic() < deadline:
        if socket.waitForReadyRead(100):
            answer += bytes(socket.readAll().data())
        elif socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            break
    socket.abort()
    return answer == ANSWER


def claim_journal(data_dir: Path, signal_other: bool = True) -> Claim:
    """Own the journal, or (``signal_other``) bring the app that owns it to the front.

    While the holder is alive but its server is not up yet, keeps trying for a few seconds;
    if the holder dies meanwhile (a crash), its stale lock is taken over.
    """
    lock = JournalLock(data_dir)
    deadline = time.monotonic() + WAIT_FOR_SERVER_S
    while True:
        if lock.try_acquire():
            return Claim(lock)
        if not signal_other:
            return Claim(None, holder=lock.holder())
        answered = ask_to_activate(data_dir)
        if answered:
            return Claim(None, signalled=True)
        if answered is False or time.monotonic() >= deadline:
            return Claim(None, holder=lock.holder())
        time.sleep(0.1)


class InstanceServer(QObject):
    """Listens for later starts on the same journal and brings this app's window forward."""

    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer  # after the first paint, not before

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self.name = server_name(data_dir)

    def listen(self) -> bool:
        """Start listening; a socket file left by a crash is removed first (safe: this app
        holds the journal's lock, so no live app of this journal listens on it)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_request(socket)

    def _on_request(self, socket: QObject) -> None:
        request = bytes(socket.readAll().data())  # type: ignore[attr-defined]
        if REQUEST.strip() in request:
            bring_to_front()
            socket.write(ANSWER)  # type: ignore[attr-defined]
            socket.flush()  # type: ignore[attr-defined]
            self.activated.emit()
        socket.disconnectFromServer()  # type: ignore[attr-defined]


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


def report_in_use(data_dir: Path, holder: int | None, app: object | None) -> None:
    """Tell the user that another process holds the journal and does not answer: on stderr,
    and (``app``: a QApplication) in a message box."""
    import sys

    process = f"process {holder}" if holder and holder > 0 else "another process"
    print(
        f"{APP_ID}: the journal {data_dir} is in use by {process}, which does not answer; "
        "close that Client Journal (or wait for it), then start again",
        file=sys.stderr,
    )
    if app is None:
        return
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    text = QCoreApplication.translate(
        "SingleInstance",
        "The journal in %1 is open in another Client Journal (process %2), which does not "
        "answer. Close that window, or wait until it responds, then start again.",
    )
    pid = str(holder) if holder and holder > 0 else "?"
    QMessageBox.critical(
        None,
        QCoreApplication.translate("SingleInstance", "The journal is in use"),
        text.replace("%1", str(data_dir)).replace("%2", pid),
    )
