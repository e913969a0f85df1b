"""One running app per journal: the lock, a stale lock after a crash, and a second start that
brings the first window forward (a real second process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from clientjournal.ui.single_instance import (
    InstanceServer,
    JournalLock,
    claim_journal,
    lock_path,
    locked_by,
    server_name,
)

RAISE_WARNING = pytest.mark.qt_log_ignore("This plugin does not support raise")

HOLD_AND_DIE = """
import os, sys
from pathlib import Path
from clientjournal.ui.single_instance import JournalLock
lock = JournalLock(Path(sys.argv[1]))
assert lock.try_acquire()
os.kill(os.getpid(), 9)  # a crash: the lock file stays behind
"""

HOLD_UNTIL_STDIN_CLOSES = """
import sys
from pathlib import Path
from clientjournal.ui.single_instance import JournalLock
lock = JournalLock(Path(sys.argv[1]))
print(lock.try_acquire(), flush=True)
sys.stdin.read()
"""


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env(), **kwargs)


@pytest.fixture
def holder(data_dir: Path):
    """Another live process that holds the journal's lock and answers nobody."""
    process = python(
        HOLD_UNTIL_STDIN_CLOSES,
        str(data_dir),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    with process:
        assert process.stdout.readline().strip() == "True"
        yield process.pid
        process.stdin.close()
        process.wait(timeout=30)


def test_the_lock_is_taken_private_and_released(data_dir: Path):
    lock = JournalLock(data_dir)
    assert lock.try_acquire()
    assert lock_path(data_dir).stat().st_mode & 0o777 == 0o600
    assert lock.holder() == os.getpid()
    assert not JournalLock(data_dir).try_acquire()  # held (by a live process: this one)
    lock.release()
    assert not lock_path(data_dir).exists()
    again = JournalLock(data_dir)
    assert again.try_acquire()
    again.release()


def test_another_process_sees_the_lock_while_it_is_held(data_dir: Path, holder: int):
    assert locked_by(data_dir) == holder
    assert claim_journal(data_dir, signal_other=False).holder == holder


def test_a_free_journal_is_not_locked(data_dir: Path):
    assert locked_by(data_dir) is None
    data_dir.mkdir()
    assert locked_by(data_dir) is None


def test_a_stale_lock_of_a_dead_process_is_taken_over(data_dir: Path):
    crashed = python(HOLD_AND_DIE, str(data_dir))
    assert crashed.wait(timeout=30) == -9
    assert lock_path(data_dir).exists()
    lock = JournalLock(data_dir)
    assert lock.try_acquire()
    assert lock.holder() == os.getpid()
    lock.release()


@RAISE_WARNING
def test_a_second_start_brings_the_minimized_window_forward_and_exits_0(qtbot, data_dir: Path):
    claim = claim_journal(data_dir)
    assert claim.lock is not None
    server = InstanceServer(data_dir)
    assert server.listen()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.showMinimized()
    assert window.isMinimized()
    second = subprocess.Popen(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir)],
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        with qtbot.waitSignal(server.activated, timeout=30000):
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30000)
    finally:
        if second.poll() is None:
            second.kill()
        out, err = second.communicate()
        server.close()
        claim.lock.release()
    assert second.returncode == 0, err
    assert out == b""  # it built no window: nothing of the smoke test or a frame
    assert not window.isMinimized()
    assert window.isVisible()


def test_two_journals_have_their_own_lock_and_server(tmp_path: Path, qtbot):
    first, other = tmp_path / "one", tmp_path / "two"
    assert server_name(first) != server_name(other)
    assert server_name(first) == server_name(tmp_path / "x" / ".." / "one")  # resolved path
    a = claim_journal(first)
    b = claim_journal(other)
    try:
        assert a.lock is not None and b.lock is not None
        server_a, server_b = InstanceServer(first), InstanceServer(other)
        assert server_a.listen() and server_b.listen()
        server_a.close()
        server_b.close()
    finally:
        a.lock.release()
        b.lock.release()


def test_a_holder_that_does_not_answer_is_reported(data_dir: Path, holder: int, monkeypatch):
    """The lock is held by a live process with no server (a hung app, or a restore at work):
    a second start gives up after its wait and says who holds the journal."""
    monkeypatch.setattr("clientjournal.ui.single_instance.WAIT_FOR_SERVER_S", 0.3)
    claim = claim_journal(data_dir)
    assert claim.lock is None and not claim.signalled and claim.holder == holder


def test_a_smoke_test_on_a_held_journal_exits_non_zero_with_one_clear_line(
    data_dir: Path, holder: int
):
    smoke = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), "--smoke-test"],
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert smoke.returncode == 1
    assert smoke.stdout == ""  # no window, no "ready in"
    assert f"in use by process {holder}" in smoke.stderr
