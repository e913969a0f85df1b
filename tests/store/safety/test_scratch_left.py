"""A sync round's scratch store left by a kill (``leftovers.scratch_left``): removed when the
journal is next opened and when it is encrypted, never while a round holds it."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from clientjournal.paths import journal_file
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.safety import leftovers
from clientjournal.store.safety.leftovers import SCRATCH_SUFFIX, hold_scratch, scratch_left
from tests.store.sync.test_attack22c_leftovers import MARK, _killed_while_spooling, _plain_text_in

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and flock are POSIX")


def test_opening_the_journal_removes_a_killed_rounds_scratch(tmp_path: Path) -> None:
    """Sync switched off after the kill: no round comes to remove the file, the next start
    (any command that opens the journal to write) does."""
    desk = _killed_while_spooling(tmp_path)
    assert _plain_text_in(desk.data_dir)  # the killed round's records, readable
    open_journal(desk.data_dir)
    close_journal()
    assert list(desk.data_dir.glob(f"*{SCRATCH_SUFFIX}*")) == []
    assert _plain_text_in(desk.data_dir) == []


def _journal(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    open_journal(data_dir)
    close_journal()
    return journal_file(data_dir)


def test_a_running_rounds_scratch_is_kept(tmp_path: Path) -> None:
    """Another process's round (or another thread's) holds its file's lock: opening the
    journal meanwhile (the command line beside the window) leaves it."""
    journal = _journal(tmp_path)
    running = journal.with_name(f"{journal.name}{SCRATCH_SUFFIX}{os.getpid()}-1")
    held = hold_scratch(running)
    assert held is not None
    try:
        running.write_bytes(MARK)
        assert scratch_left(journal) == []
        open_journal(journal.parent)
        close_journal()
        assert running.read_bytes() == MARK
    finally:
        os.close(held)
    assert scratch_left(journal) == [running]


def test_where_the_file_system_keeps_no_locks_a_dead_process_tells(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """flock refused (ENOLCK: an NFS mount without its lock daemon): a file named for a
    process that is gone is a killed round's; one named for a running process is kept
    (attack22c F6: before, every such file was taken for a running round's, kept for good)."""
    import fcntl

    journal = _journal(tmp_path)

    def refused(_descriptor: int, _operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", refused)
    gone = journal.with_name(f"{journal.name}{SCRATCH_SUFFIX}{_a_finished_pid()}-7")
    running = journal.with_name(f"{journal.name}{SCRATCH_SUFFIX}{os.getppid()}-7")
    for path in (gone, running):
        path.write_bytes(MARK)
    assert leftovers.remove_scratch_left(journal) == [gone]
    assert running.exists() and not gone.exists()


def _a_finished_pid() -> int:
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid
