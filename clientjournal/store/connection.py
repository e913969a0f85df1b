"""Opening a journal folder: one connection, pragmas, private file modes, migrations."""

from __future__ import annotations

import os
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from clientjournal.paths import ensure_private_dir, journal_file
from clientjournal.store.backup import backup_before_migration
from clientjournal.store.migrations import migrate
from clientjournal.store.models import database
from clientjournal.store.search import register_functions

# synchronous=NORMAL in WAL mode: a killed process loses nothing that was committed, and the
# file is never corrupted; a power cut can lose the last commits since the last checkpoint
# (autosaves of the last seconds), never older data.  FULL would fsync on every autosave,
# which makes typing wait on slow laptop disks.  busy_timeout covers a backup or a CLI command
# reading at the same moment.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": 1,
    "cache_size": -16000,
    "temp_store": 2,
}


class JournalOpenError(RuntimeError):
    """The journal file could not be opened as a Client Journal (damaged, foreign, locked)."""


def open_journal(data_dir: Path) -> SqliteDatabase:
    """Open (creating if needed) the journal in ``data_dir`` and bring its schema up to date."""
    ensure_private_dir(data_dir)
    path = journal_file(data_dir)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    os.chmod(path, 0o600)
    db = SqliteDatabase(str(path), pragmas=PRAGMAS)
    register_functions(db)  # the search index's triggers call them, from migration 6 on
    try:
        db.connect()
        migrate(db, before_step=lambda version: backup_before_migration(db, data_dir, version))
    except DatabaseError as error:
        db.close()
        raise JournalOpenError(f"{path}: {error}") from error
    database.initialize(db)
    return db


def close_journal() -> None:
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


def close_thread_connection() -> None:
    """Close the calling thread's connection (peewee keeps one per thread)."""
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()
