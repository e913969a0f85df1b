"""Numbered schema migrations, tracked in SQLite's ``user_version``.

Each step is frozen SQL: it describes the schema as it was at that version, so changing a
model later never changes what an old migration does.  A journal is backed up before any
step runs on it, and every step runs in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

MIGRATIONS: list[list[str]] = [
    # 1: clients and their notes
    [
        """CREATE TABLE client (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            company TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            address_form TEXT NOT NULL DEFAULT 'sie',
            status TEXT NOT NULL DEFAULT 'active',
            started_on TEXT,
            ended_on TEXT,
            profile TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE note (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'note',
            mood INTEGER NOT NULL DEFAULT 0 CHECK (mood BETWEEN -2 AND 2),
            body TEXT NOT NULL DEFAULT '',
            pinned INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX note_client_created ON note (client_id, created_at)",
    ],
    # 2: a trash for clients (soft delete), and a case-insensitive name index for the list
    [
        "ALTER TABLE client ADD COLUMN deleted_at TEXT",
        "CREATE INDEX client_deleted_name ON client (deleted_at, name COLLATE NOCASE)",
        "CREATE INDEX note_client_kind_created ON note (client_id, kind, created_at)",
    ],
]

LATEST_VERSION = len(MIGRATIONS)


class JournalTooNewError(RuntimeError):
    """The journal was written by a newer Client Journal; opening it could damage it."""


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def migrate(db: SqliteDatabase, before_step: Callable[[int], None] | None = None) -> list[int]:
    """Bring the schema up to ``LATEST_VERSION``; returns the versions that were applied.

    ``before_step(version)`` is called before the first step that touches existing data, so the
    caller can take a backup.
    """
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise JournalTooNewError(
            f"journal schema {current} is newer than this app understands ({LATEST_VERSION})"
        )
    applied = []
    for version in range(current + 1, LATEST_VERSION + 1):
        if before_step is not None and current > 0 and not applied:
            before_step(version)
        with db.atomic():
            for statement in MIGRATIONS[version - 1]:
                db.execute_sql(statement)
            db.execute_sql(f"PRAGMA user_version = {version:d}")
        applied.append(version)
    return applied
