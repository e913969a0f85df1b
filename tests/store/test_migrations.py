"""A journal written by an older schema is brought up to date without losing anything."""

from __future__ import annotations

import sqlite3

from clientjournal.paths import backup_dir, journal_file
from clientjournal.store import clients, notes
from clientjournal.store.connection import open_journal
from clientjournal.store.migrations import LATEST_VERSION, MIGRATIONS, schema_version
from clientjournal.store.models import database

V1_CLIENT = "11111111-1111-4111-8111-111111111111"
V1_NOTE = "22222222-2222-4222-8222-222222222222"


def make_v1_journal(data_dir) -> None:
    """Exactly what version 1 of the app wrote: its migration, then its data."""
    data_dir.mkdir(parents=True)
    connection = sqlite3.connect(journal_file(data_dir))
    for statement in MIGRATIONS[0]:
        connection.execute(statement)
    connection.execute("PRAGMA user_version = 1")
    connection.execute(
        "INSERT INTO client (uuid, name, company, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (
            V1_CLIENT,
            "Jörg Weiß",
            "Weiß & Söhne",
            "2021-03-01T09:00:00.000000Z",
            "2021-03-01T09:00:00.000000Z",
        ),
    )
    connection.execute(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, kind, mood, body) VALUES (?, 1, ?, ?, 'call', -1, ?)",
        (
            V1_NOTE,
            "2021-03-02T15:30:00.000000Z",
            "2021-03-02T15:30:00.000000Z",
            "Schon wieder verschoben.",
        ),
    )
    connection.commit()
    connection.close()


def test_v1_journal_is_migrated_with_its_data(data_dir, request):
    make_v1_journal(data_dir)
    open_journal(data_dir)
    request.addfinalizer(database.close)
    assert schema_version(database.obj) == LATEST_VERSION
    (client_id,) = clients.list_ids()
    client = clients.get(client_id)
    assert (client.uuid, client.name, client.company) == (V1_CLIENT, "Jörg Weiß", "Weiß & Söhne")
    assert client.deleted_at is None  # the column added by migration 2
    (note,) = notes.fetch(notes.ids_for_client(client_id)).values()
    assert (note.uuid, note.body, note.mood, note.kind) == (
        V1_NOTE,
        "Schon wieder verschoben.",
        -1,
        "call",
    )
    assert client.last_contact == note.created_at
    clients.trash(client_id)  # the new feature works on migrated data
    assert clients.list_ids(trashed=True) == [client_id]


def test_a_backup_is_taken_before_migrating_existing_data(data_dir, request):
    make_v1_journal(data_dir)
    open_journal(data_dir)
    request.addfinalizer(database.close)
    (backup,) = backup_dir(data_dir).iterdir()
    assert "before-v2" in backup.name
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT name FROM client").fetchall() == [("Jörg Weiß",)]
    copy.close()


def test_a_new_journal_needs_no_backup(journal):
    assert not backup_dir(journal).exists()


def test_every_migration_step_is_applied_once(journal):
    tables = {
        row[0] for row in database.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert {"client", "note"} <= tables
    open_journal(journal)  # reopening applies nothing again
    assert schema_version(database.obj) == LATEST_VERSION == len(MIGRATIONS)


def test_v6_clients_are_the_users_own_after_migration_7(data_dir, request):
    """Migration 7 marks demo clients; a client an older version wrote is never demo data."""
    from peewee import SqliteDatabase

    from clientjournal.store.demo import removal as demo_data
    from clientjournal.store.search import register_functions

    data_dir.mkdir(parents=True)
    old = SqliteDatabase(str(journal_file(data_dir)))
    register_functions(old)  # migration 6's index triggers call them
    for statement in (s for step in MIGRATIONS[:6] for s in step):
        old.execute_sql(statement)
    old.execute_sql("PRAGMA user_version = 6")
    old.execute_sql(
        "INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (V1_CLIENT, "Jörg Weiß", "2021-03-01T09:00:00.000000Z", "2021-03-01T09:00:00.000000Z"),
    )
    old.close()
    open_journal(data_dir)
    request.addfinalizer(database.close)
    assert schema_version(database.obj) == LATEST_VERSION >= 7
    assert database.execute_sql("SELECT name, demo FROM client").fetchall() == [("Jörg Weiß", 0)]
    assert not demo_data.has_demo()
    assert demo_data.remove_demo().clients == 0
    assert [clients.get(i).name for i in clients.list_ids()] == ["Jörg Weiß"]
    (backup,) = backup_dir(data_dir).iterdir()
    assert "before-v7" in backup.name
