"""Opening a journal: pragmas, private file modes, refusing files it cannot handle."""

from __future__ import annotations

import stat

import pytest

from clientjournal.paths import journal_file
from clientjournal.store.connection import JournalOpenError, close_journal, open_journal
from clientjournal.store.migrations import LATEST_VERSION, schema_version
from clientjournal.store.models import database


def test_pragmas_for_crash_safety(journal):
    pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == 5000
    assert pragma("synchronous") == 1
    assert schema_version(database.obj) == LATEST_VERSION


def test_folder_and_file_are_private(journal):
    assert stat.S_IMODE(journal.stat().st_mode) == 0o700
    assert stat.S_IMODE(journal_file(journal).stat().st_mode) == 0o600


def test_a_foreign_file_is_refused_and_left_untouched(data_dir):
    data_dir.mkdir()
    path = journal_file(data_dir)
    path.write_bytes(b"this is not a database, it is someone's letter" * 100)
    before = path.read_bytes()
    with pytest.raises(JournalOpenError):
        open_journal(data_dir)
    assert path.read_bytes() == before


def test_a_journal_from_a_newer_version_is_refused(data_dir):
    open_journal(data_dir)
    database.execute_sql(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    close_journal()
    with pytest.raises(RuntimeError, match="newer"):
        open_journal(data_dir)
