"""restore23a: a restore brings the copy of the backup up to date and notes its values for
sync (``restore._settle_copy``) before the copy replaces the journal: a failure there
changes nothing, and the journal's models are left pointing where they pointed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.paths import BACKUP_DIR_ENV, journal_file
from clientjournal.store import migrations
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.safety import backup
from clientjournal.store.safety.restore import RestoreError, restore


def _journal(folder: Path) -> Path:
    open_journal(folder)
    fill(generate(3, 20, seed=5))
    database.execute_sql("INSERT INTO sync_local (key, value) VALUES ('folder', '/elsewhere')")
    close_journal()
    return journal_file(folder)


def test_a_copy_that_cannot_be_brought_up_to_date_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    data_dir = tmp_path / "journal"
    path = _journal(data_dir)
    saved = backup.backup_journal(data_dir)
    before = sorted(p.name for p in data_dir.iterdir())
    content = path.read_bytes()

    def broken(db, before_step=None):
        db.execute_sql("CREATE TABLE half_done (one INTEGER)")
        raise sqlite3.OperationalError("a migration went wrong")

    monkeypatch.setattr(migrations, "migrate", broken)
    with pytest.raises(RestoreError, match="cannot bring the copy up to date"):
        restore(data_dir, saved.path)
    assert sorted(p.name for p in data_dir.iterdir()) == before
    assert path.read_bytes() == content


def _version_7(path: Path) -> None:
    """A journal of the version before sync (schema 7) with two clients."""
    from peewee import SqliteDatabase

    from clientjournal.store.search_functions import register_functions

    db = SqliteDatabase(str(path))
    register_functions(db)  # the search index's triggers (migration 6) call them
    with db.atomic():
        for version in range(1, 8):
            for statement in migrations.MIGRATIONS[version - 1]:
                db.execute_sql(statement)
        for number in (1, 2):
            db.execute_sql(
                "INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (f"c{number}", f"Old {number}", *("2024-01-01T00:00:00.000000Z",) * 2),
            )
        db.execute_sql("PRAGMA user_version = 7")
    db.close()


def test_the_copy_is_up_to_date_and_noted_before_it_replaces_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A backup of the version before sync over a journal that syncs: the restored file is
    at the latest schema before anything opens it, its records marked as older than anything
    a folder holds, and the restore's note for sync in it; the models' database is the one
    the caller had (here: the journal left open)."""
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    data_dir = tmp_path / "journal"
    path = _journal(data_dir)
    old = tmp_path / "old.sqlite3"
    _version_7(old)
    open_journal(data_dir)
    mine = database.obj
    restore(data_dir, old)
    assert database.obj is mine
    close_journal()
    restored = sqlite3.connect(path)
    assert restored.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    marks = restored.execute(
        "SELECT COUNT(*), MAX(changed_at) FROM sync_dirty WHERE kind = 'client'"
    )
    assert marks.fetchone() == (2, 0)
    noted = restored.execute("SELECT COUNT(*) FROM sync_local WHERE key = 'restored'")
    assert noted.fetchone()[0] == 1
    restored.close()
    assert not [p for p in data_dir.iterdir() if "restoring" in p.name]
    assert list((data_dir / "backups").glob("*-before-v8.sqlite3"))  # as at any open


def test_the_models_database_is_never_pointed_at_the_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The models' database is process-wide: a sync round in another thread (the window's)
    uses it while a restore prepares its copy; pointed at the copy meanwhile, the round's
    statements went into the copy (attack23c R2).  The copy is prepared through its own
    connection only."""
    from clientjournal.store.sync import restored

    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    data_dir = tmp_path / "journal"
    _journal(data_dir)
    saved = backup.backup_journal(data_dir)
    open_journal(data_dir)
    mine = database.obj
    seen = []
    original = restored.note_restored_values

    def spied(db, *args):
        seen.append(database.obj)
        return original(db, *args)

    monkeypatch.setattr(restored, "note_restored_values", spied)
    restore(data_dir, saved.path)
    assert seen == [mine]
    close_journal()
