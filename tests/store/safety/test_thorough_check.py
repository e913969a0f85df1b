"""The thorough check of a fresh backup or a re-encrypted file (``integrity_check``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from clientjournal.store.safety.integrity import THOROUGH_CACHE_KIB, integrity_check


def _table_with_index(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL)")
    connection.execute("CREATE UNIQUE INDEX t_uuid ON t (uuid)")
    connection.executemany("INSERT INTO t (uuid) VALUES (?)", [(f"u{n:05d}",) for n in range(500)])
    connection.commit()
    return connection


def test_a_sound_file_is_ok_and_checked_with_the_everyday_page_cache(tmp_path: Path):
    """SQLite's default 2 MB made the check read most index pages again for every row (ten
    times the demo journal: 15.7 s CPU against 8.2 s)."""
    connection = _table_with_index(tmp_path / "j.sqlite3")
    assert integrity_check(connection) == ["ok"]
    assert connection.execute("PRAGMA cache_size").fetchone()[0] == -THOROUGH_CACHE_KIB


def test_an_index_that_no_longer_matches_its_table_is_found(tmp_path: Path):
    """What only the thorough check finds (``quick_check`` does not compare an index with
    its table): the index says another column than the one it was built from."""
    connection = _table_with_index(tmp_path / "j.sqlite3")
    connection.execute("PRAGMA writable_schema = ON")
    connection.execute(
        "UPDATE sqlite_master SET sql = 'CREATE UNIQUE INDEX t_uuid ON t (id)' "
        "WHERE name = 't_uuid'"
    )
    connection.commit()
    connection.close()
    connection = sqlite3.connect(tmp_path / "j.sqlite3")
    assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    problems = integrity_check(connection, 3)
    assert problems != ["ok"] and len(problems) == 3
