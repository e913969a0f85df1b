"""A backup whose journal stays locked fails after a while instead of waiting for ever:
Python's ``Connection.backup`` sleeps and tries again without end while a step is busy, and
File → Back up now, the window's operation on the journal, would then hold the window's
close for good (a suspected cause of a Back up now that never ended under load in CI)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from clientjournal.store.safety import backup as backup_module
from clientjournal.store.safety.backup import write_copy


def test_a_copy_of_a_journal_locked_by_another_program_fails_in_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(backup_module, "BUSY_WAIT_S", 0.3)
    path = tmp_path / "journal.sqlite3"
    setup = sqlite3.connect(path)
    setup.execute("PRAGMA journal_mode = DELETE")  # a writer's lock keeps readers out
    setup.execute("CREATE TABLE t (x)")
    setup.execute("INSERT INTO t VALUES (1)")
    setup.commit()
    setup.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program, in the middle of a write
    source = sqlite3.connect(path, check_same_thread=False)
    target = tmp_path / "backups" / "copy.sqlite3"
    target.parent.mkdir()
    raised: list[BaseException] = []

    def copy() -> None:
        try:
            write_copy(source, target)
        except BaseException as error:  # handed to the test
            raised.append(error)

    worker = threading.Thread(target=copy, daemon=True)
    worker.start()
    worker.join(10)
    try:
        assert not worker.is_alive(), "the backup still waits for the lock"
        assert raised and isinstance(raised[0], sqlite3.OperationalError), raised
        assert "locked" in str(raised[0])
        assert list(target.parent.iterdir()) == []  # no partial copy left
    finally:
        other.execute("ROLLBACK")
        other.close()
        worker.join(10)
        source.close()


def test_a_journal_locked_for_a_moment_is_backed_up(tmp_path: Path):
    path = tmp_path / "journal.sqlite3"
    setup = sqlite3.connect(path)
    setup.execute("PRAGMA journal_mode = DELETE")
    setup.execute("CREATE TABLE t (x)")
    setup.execute("INSERT INTO t VALUES (1)")
    setup.commit()
    setup.close()
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    threading.Timer(0.3, lambda: (other.execute("ROLLBACK"), other.close())).start()
    source = sqlite3.connect(path, check_same_thread=False)
    target = tmp_path / "copy.sqlite3"
    write_copy(source, target)
    source.close()
    copied = sqlite3.connect(target)
    assert copied.execute("SELECT x FROM t").fetchall() == [(1,)]
    copied.close()
