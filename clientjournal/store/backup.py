"""Copies of the journal made with SQLite's online backup, safe while the journal is open."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from clientjournal.core.timeutil import utcnow
from clientjournal.paths import backup_dir, ensure_private_dir


def backup_to(db: SqliteDatabase, target: Path) -> Path:
    """Write a consistent copy of ``db`` to ``target`` (replaced atomically if it exists)."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    destination = sqlite3.connect(partial)
    try:
        db.connection().backup(destination)
    finally:
        destination.close()
    os.replace(partial, target)
    return target


def backup_before_migration(db: SqliteDatabase, data_dir: Path, to_version: int) -> Path:
    folder = ensure_private_dir(backup_dir(data_dir))
    stamp = utcnow().strftime("%Y%m%dT%H%M%SZ")
    return backup_to(db, folder / f"journal-{stamp}-before-v{to_version}.sqlite3")
