"""Damaged, foreign and too-new journals are told apart, read-only; restore never loses one."""

from __future__ import annotations

import random
import sqlite3
import stat
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.paths import BACKUP_DIR_ENV, journal_file
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.migrations import LATEST_VERSION
from clientjournal.store.models import database
from clientjournal.store.safety import backup
from clientjournal.store.safety.integrity import inspect_file
from clientjournal.store.safety.restore import RestoreError, restore


def make_journal(folder: Path, clients: int = 6, notes: int = 300) -> Path:
    open_journal(folder)
    fill(generate(clients, notes, seed=5))
    close_journal()
    return journal_file(folder)


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def scramble_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 16384] = random.Random(8).randbytes(16384)
    path.write_bytes(bytes(data))


def make_text(path: Path) -> None:
    path.write_text("Liebe Frau Berger,\nanbei die Rechnung.\n" * 50, encoding="utf-8")


def make_empty(path: Path) -> None:
    path.write_bytes(b"")


def make_newer(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.commit()
    connection.close()


def make_foreign(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()


DAMAGE = {
    "truncated": (truncate, "truncated"),
    "random bytes in the middle": (scramble_middle, "damaged"),
    "a text file": (make_text, "holds text, not an SQLite database"),
    "an empty file": (make_empty, "empty"),
    "a newer app version": (make_newer, "newer Client Journal"),
    "a foreign SQLite file": (make_foreign, "not a Client Journal"),
}


def test_a_healthy_journal_is_ok_and_counted(data_dir: Path):
    found = inspect_file(make_journal(data_dir))
    assert found.ok and (found.clients, found.notes, found.schema) == (6, 300, LATEST_VERSION)


@pytest.mark.parametrize("case", DAMAGE)
def test_each_kind_of_damage_is_named_and_the_file_left_as_it_was(data_dir: Path, case: str):
    path = make_journal(data_dir)
    damage, words = DAMAGE[case]
    damage(path)
    before = path.read_bytes()
    for thorough in (False, True):
        found = inspect_file(path, thorough=thorough)
        assert not found.ok and words in found.problem, found.problem
    assert path.read_bytes() == before


def test_restore_round_trip_keeps_the_replaced_journal_aside(data_dir: Path, monkeypatch):
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    path = make_journal(data_dir)
    saved = backup.backup_journal(data_dir)
    open_journal(data_dir)
    database.execute_sql("DELETE FROM note")  # the mistake the backup undoes
    done = restore(data_dir, saved.path)  # while this connection still has its WAL
    close_journal()
    assert done.safety_backup is not None and done.safety_backup.notes == 0
    assert done.moved_aside.exists() and done.moved_aside.parent == data_dir
    aside = sqlite3.connect(done.moved_aside)
    assert aside.execute("SELECT COUNT(*) FROM note").fetchone()[0] == 0
    aside.close()
    assert inspect_file(path).notes == 300
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert saved.path.exists()  # the backup itself is copied, not moved


def test_restore_over_a_damaged_journal_keeps_the_damaged_bytes(data_dir: Path, monkeypatch):
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    path = make_journal(data_dir)
    saved = backup.backup_journal(data_dir)
    scramble_middle(path)
    damaged = path.read_bytes()
    done = restore(data_dir, saved.path)
    assert done.safety_backup is None  # nothing readable to back up
    assert done.moved_aside.read_bytes() == damaged
    assert inspect_file(path).ok


@pytest.mark.parametrize("case", ["a newer app version", "a text file", "truncated"])
def test_restore_refuses_a_bad_file_and_changes_nothing(data_dir: Path, tmp_path: Path, case):
    path = make_journal(data_dir)
    before = sorted(p.name for p in data_dir.rglob("*"))
    content = path.read_bytes()
    candidate = make_journal(tmp_path / "other")
    DAMAGE[case][0](candidate)
    with pytest.raises(RestoreError, match=DAMAGE[case][1]):
        restore(data_dir, candidate)
    assert sorted(p.name for p in data_dir.rglob("*")) == before
    assert path.read_bytes() == content
