"""trust26b: a logout (SIGTERM) while File → Restore from backup runs, and after one: the
real app in a child process.  During the restore's modal progress loop the signal's close is
refused and remembered, the restore runs to its end (nothing of it half done), and then the
restored journal's window is closed and the app exits, its lock free.  After a restore, a
logout closes the window the restore put in place (saving what was typed there)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from clientjournal.core.records import ClientData
from clientjournal.paths import journal_file
from clientjournal.store import clients, notes
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.safety.backup import backup_journal
from clientjournal.store.safety.integrity import inspect_file

CHILD = Path(__file__).with_name("restore_signal_child.py")
ROOT = Path(__file__).resolve().parents[3]


def _journal(data_dir: Path) -> Path:
    """Anna in the backup; Ben added after it (only the journal moved aside keeps him)."""
    open_journal(data_dir)
    clients.create(ClientData(name="Anna"))
    close_journal()
    made = backup_journal(data_dir, label="manual").path
    open_journal(data_dir)
    clients.create(ClientData(name="Ben"))
    close_journal()
    return made


def _names(path: Path) -> list[str]:
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(name for (name,) in connection.execute("SELECT name FROM client"))
    finally:
        connection.close()


def _child(data_dir: Path, backup: Path, go: Path, mode: str, text: str = "") -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), str(backup), str(go), mode, text],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def test_a_logout_during_a_restore_lets_it_finish_then_the_app_ends(tmp_path: Path):
    data_dir = tmp_path / "journal"
    made = _journal(data_dir)
    go = tmp_path / "go"
    child = _child(data_dir, made, go, "during")
    with child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == b"restoring\n"
            child.send_signal(signal.SIGTERM)
            time.sleep(0.5)  # the signal heard while the restore waits
            assert child.poll() is None  # not ended in the middle of the restore
            go.touch()
            started = time.monotonic()
            status = child.wait(timeout=30)
            err = child.stderr.read().decode() if child.stderr else ""
        finally:
            child.kill()
    assert status == 0, err
    assert time.monotonic() - started < 15
    assert "Traceback" not in err, err
    assert not (data_dir / ".lock").exists()  # released, as after a normal quit
    assert _names(journal_file(data_dir)) == ["Anna"]  # the restore was done whole
    (replaced,) = data_dir.glob("journal-replaced-*.sqlite3")
    assert _names(replaced) == ["Anna", "Ben"]  # nothing lost: the journal before is kept
    assert not [p for p in data_dir.iterdir() if "restoring" in p.name]
    assert inspect_file(journal_file(data_dir), thorough=True).ok


def test_a_logout_during_a_restore_that_fails_ends_the_app_without_waiting_for_a_click(
    tmp_path: Path,
):
    """The restore failing after the logout (a damaged backup): its "Nothing was changed"
    box waited for a click before the remembered close, and the app outlived the logout
    (trust26b's note).  Now its words go to the standard error and the app ends."""
    data_dir = tmp_path / "journal"
    made = _journal(data_dir)
    go = tmp_path / "go"
    child = _child(data_dir, made, go, "fails")
    with child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == b"restoring\n"
            child.send_signal(signal.SIGTERM)
            time.sleep(0.5)  # the signal heard while the restore waits
            assert child.poll() is None
            go.touch()
            status = child.wait(timeout=20)
            err = child.stderr.read().decode() if child.stderr else ""
        finally:
            child.kill()
    assert status == 0, err
    assert "Traceback" not in err, err
    assert "Nothing was changed: " in err and "made to fail" in err, err
    assert not (data_dir / ".lock").exists()
    assert _names(journal_file(data_dir)) == ["Anna", "Ben"]  # unchanged
    assert not list(data_dir.glob("journal-replaced-*.sqlite3"))


def test_a_logout_after_a_restore_closes_the_restored_window_and_saves_its_typing(
    tmp_path: Path,
):
    data_dir = tmp_path / "journal"
    made = _journal(data_dir)
    go = tmp_path / "go"
    go.touch()
    child = _child(data_dir, made, go, "after", "Nach der Wiederherstellung")
    with child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == b"typed\n"
            time.sleep(0.1)  # well before the autosave (0.5 s after the last key)
            started = time.monotonic()
            child.send_signal(signal.SIGTERM)
            status = child.wait(timeout=30)
            err = child.stderr.read().decode() if child.stderr else ""
        finally:
            child.kill()
    assert status == 0, err
    assert time.monotonic() - started < 5
    assert "Traceback" not in err, err
    assert not (data_dir / ".lock").exists()
    open_journal(data_dir)
    try:
        (anna,) = clients.list_ids()
        bodies = [notes.get(i).body for i in notes.ids_for_client(anna)]
    finally:
        close_journal()
    assert bodies == ["Nach der Wiederherstellung"]


def test_a_close_that_fails_at_a_logout_still_ends_the_app(qtbot):
    """The signal's close raising (as the close of a window a restore had deleted did) left
    the event loop running: the app outlived the logout until the session killed it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clientjournal.ui.common.context import clear_session_ending
    from clientjournal.ui.shell.shutdown import SIGNALS, quit_on_signals

    app = QApplication.instance()
    assert app is not None
    previous = {number: signal.getsignal(number) for number in SIGNALS}
    wakeup = signal.set_wakeup_fd(-1)
    closes: list[bool] = []

    def failing_close() -> None:
        closes.append(True)
        raise RuntimeError("Internal C++ object (MainWindow) already deleted.")

    notifier = quit_on_signals(app, failing_close)
    assert notifier is not None
    guard = QTimer()
    guard.setSingleShot(True)
    timed_out: list[bool] = []
    guard.timeout.connect(lambda: (timed_out.append(True), app.quit()))
    guard.start(10_000)
    QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
    try:
        with qtbot.capture_exceptions() as raised:
            app.exec()
    finally:
        guard.stop()
        notifier.setEnabled(False)
        notifier.deleteLater()
        signal.set_wakeup_fd(wakeup)
        for number, handler in previous.items():
            signal.signal(number, handler)
        clear_session_ending(app)  # the session goes on for the next test
    assert closes == [True]
    assert not timed_out  # the event loop ended at the signal, not at the guard
    assert [type(error) for _kind, error, _trace in raised] == [RuntimeError]
