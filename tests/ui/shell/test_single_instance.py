"""One running app per journal: the lock, a stale lock after a crash, and a second start that
brings the first window forward (a real second process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from clientjournal.ui.shell.single_instance import (
    ActivationWatcher,
    JournalLock,
    claim_journal,
    lock_path,
    locked_by,
    request_path,
)

RAISE_WARNING = pytest.mark.qt_log_ignore("This plugin does not support raise")

HOLD_AND_DIE = """
import os, sys
from pathlib import Path
from clientjournal.ui.shell.single_instance import JournalLock
lock = JournalLock(Path(sys.argv[1]))
assert lock.try_acquire()
os.kill(os.getpid(), 9)  # a crash: the lock file stays behind
"""


def env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def python(code: str, *args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env(), **kwargs)


@pytest.fixture
def holder(data_dir: Path, journal_lock_held):
    """Another live process that holds the journal's lock and answers nobody."""
    with journal_lock_held(data_dir) as pid:
        yield pid


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


def test_a_live_holder_is_never_taken_over_however_old_its_lock(data_dir: Path, holder: int):
    """An app open for days (its lock file written long ago) keeps the journal."""
    week_ago = os.path.getmtime(lock_path(data_dir)) - 7 * 24 * 3600
    os.utime(lock_path(data_dir), (week_ago, week_ago))
    assert not JournalLock(data_dir).try_acquire()
    assert locked_by(data_dir) == holder


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


def second_start(data_dir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir)],
        env=env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def finish(qtbot, process: subprocess.Popen) -> tuple[bytes, bytes]:
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    finally:
        if process.poll() is None:
            process.kill()
    return process.communicate()


@RAISE_WARNING
def test_a_second_start_brings_the_minimized_window_forward_and_exits_0(qtbot, data_dir: Path):
    claim = claim_journal(data_dir)
    assert claim.lock is not None
    watcher = ActivationWatcher(data_dir)
    assert watcher.start()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.showMinimized()
    assert window.isMinimized()
    try:
        with qtbot.waitSignal(watcher.activated, timeout=30000):
            second = second_start(data_dir)
        out, err = finish(qtbot, second)
    finally:
        watcher.stop()
        claim.lock.release()
    assert second.returncode == 0, err
    assert out == b""  # it built no window: nothing of a smoke test or a frame
    assert not window.isMinimized() and window.isVisible()
    assert not request_path(data_dir).exists()


@RAISE_WARNING
def test_a_request_left_while_the_app_starts_is_taken_when_it_watches(qtbot, data_dir: Path):
    claim = claim_journal(data_dir)
    second = second_start(data_dir)  # before anything watches the folder
    try:
        qtbot.waitUntil(lambda: request_path(data_dir).exists(), timeout=30000)
        watcher = ActivationWatcher(data_dir)
        with qtbot.waitSignal(watcher.activated, timeout=5000):
            watcher.start()
        _out, err = finish(qtbot, second)
    finally:
        claim.lock.release()
    assert second.returncode == 0, err


@RAISE_WARNING
def test_two_journals_run_side_by_side(qtbot, tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    claims = [claim_journal(one), claim_journal(two)]
    assert all(claim.lock is not None for claim in claims)  # the second journal is not held
    watchers = [ActivationWatcher(one), ActivationWatcher(two)]
    seen = {"one": 0, "two": 0}
    watchers[0].activated.connect(lambda: seen.update(one=seen["one"] + 1))
    watchers[1].activated.connect(lambda: seen.update(two=seen["two"] + 1))
    try:
        assert all(watcher.start() for watcher in watchers)
        with qtbot.waitSignal(watchers[1].activated, timeout=30000):
            second = second_start(two)
        _out, err = finish(qtbot, second)
    finally:
        for watcher, claim in zip(watchers, claims, strict=True):
            watcher.stop()
            claim.lock.release()
    assert second.returncode == 0, err
    assert seen == {"one": 0, "two": 1}


def test_a_holder_that_does_not_answer_is_reported(data_dir: Path, holder: int, monkeypatch):
    """The lock is held by a live process with no server (a hung app, or a restore at work):
    a second start gives up after its wait and says who holds the journal."""
    monkeypatch.setattr("clientjournal.ui.shell.single_instance.WAIT_FOR_ANSWER_S", 0.3)
    claim = claim_journal(data_dir)
    assert claim.lock is None and not claim.signalled and claim.holder == holder
    assert not request_path(data_dir).exists()  # nothing left behind


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
