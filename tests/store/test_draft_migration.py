"""Migration 4 (drafts and the cooling-off queue) brings a version-3 journal up to date."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from clientjournal.core.cooling import DraftData, DraftStatus
from clientjournal.core.records import ClientData
from clientjournal.paths import backup_dir, journal_file
from clientjournal.store import clients, drafts, notes
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.connection import open_journal
from clientjournal.store.migrations import LATEST_VERSION, MIGRATIONS, schema_version
from clientjournal.store.models import database

V3_CLIENT = "66666666-6666-4666-8666-666666666666"
V3_NOTE = "77777777-7777-4777-8777-777777777777"
V3_AGREEMENT = "88888888-8888-4888-8888-888888888888"
STAMP = "2024-02-01T09:00:00.000000Z"


def make_v3_journal(data_dir) -> None:
    """Exactly what version 3 of the app wrote: its migrations, then its data."""
    data_dir.mkdir(parents=True)
    connection = sqlite3.connect(journal_file(data_dir))
    for statement in MIGRATIONS[0] + MIGRATIONS[1] + MIGRATIONS[2]:
        connection.execute(statement)
    connection.execute("PRAGMA user_version = 3")
    connection.execute(
        "INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
        (V3_CLIENT, "Gülşen Öztürk", STAMP, STAMP),
    )
    connection.execute(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, kind, mood, body) "
        "VALUES (?, 1, ?, ?, 'call', -1, ?)",
        (V3_NOTE, STAMP, STAMP, "Schon wieder eine Änderung am Freitagabend."),
    )
    connection.execute(
        "INSERT INTO agreement (uuid, client_id, title, status, source_note_id, created_at, "
        "updated_at) VALUES (?, 1, ?, 'agreed', 1, ?, ?)",
        (V3_AGREEMENT, "Zwei Korrekturschleifen", STAMP, STAMP),
    )
    connection.commit()
    connection.close()


def test_v3_journal_is_migrated_to_v4_with_its_data(data_dir, request):
    make_v3_journal(data_dir)
    open_journal(data_dir)
    request.addfinalizer(database.close)
    assert schema_version(database.obj) == LATEST_VERSION >= 4
    (client_id,) = clients.list_ids()
    assert clients.get(client_id).uuid == V3_CLIENT
    (note,) = notes.fetch(notes.ids_for_client(client_id)).values()
    assert (note.uuid, note.mood, note.body) == (
        V3_NOTE,
        -1,
        "Schon wieder eine Änderung am Freitagabend.",
    )
    (item,) = agreements.fetch(agreements.ids_for_client(client_id)).values()
    assert (item.uuid, item.source_note_id) == (V3_AGREEMENT, note.id)
    assert drafts.ids_for_client(client_id, include_closed=True) == []
    # The queue works on the migrated data.
    draft = drafts.save(DraftData(client_id=client_id, body="Das geht so nicht!!!"))
    held = drafts.hold(draft.id, datetime(2024, 6, 10, 21, 30, tzinfo=UTC))
    assert held.status == DraftStatus.HELD
    assert [d.id for d, _ in drafts.queue(held.hold_until)] == [draft.id]


def test_a_backup_of_v3_is_taken_before_migrating(data_dir, request):
    make_v3_journal(data_dir)
    open_journal(data_dir)
    request.addfinalizer(database.close)
    (backup,) = backup_dir(data_dir).iterdir()
    assert "before-v4" in backup.name
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 3
    tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "draft" not in tables and "agreement" in tables
    copy.close()


def test_the_draft_table_has_its_columns_keys_and_indexes(journal):
    columns = [row[1] for row in database.execute_sql("PRAGMA table_info(draft)")]
    assert columns == [
        "id", "uuid", "client_id", "subject", "body", "status", "created_at", "updated_at",
        "held_at", "hold_until", "released_early_at", "sent_at", "sent_note_id", "tone_score",
        "tone_signals",
    ]  # fmt: skip
    keys = {
        (row[2], row[3], row[6]) for row in database.execute_sql("PRAGMA foreign_key_list(draft)")
    }
    assert keys == {("client", "client_id", "CASCADE"), ("note", "sent_note_id", "SET NULL")}
    indexes = {
        row[1]: [
            info[2] for info in database.execute_sql(f"PRAGMA index_info({row[1]})").fetchall()
        ]
        for row in database.execute_sql("PRAGMA index_list(draft)").fetchall()
    }
    assert indexes["draft_status_hold"] == ["status", "hold_until"]
    assert indexes["draft_client_updated"] == ["client_id", "updated_at"]
    assert indexes["draft_sent_note"] == ["sent_note_id"]  # deleting a note scans no drafts


def test_the_model_reads_a_row_with_only_the_required_columns(journal):
    """Defaults of the frozen SQL and of the peewee model agree."""
    client_id = clients.create(ClientData(name="Ole"))
    database.execute_sql(
        "INSERT INTO draft (uuid, client_id, created_at, updated_at) VALUES (?, ?, ?, ?)",
        ("99999999-9999-4999-8999-999999999999", client_id, STAMP, STAMP),
    )
    (draft_id,) = drafts.ids_for_client(client_id)
    draft = drafts.get(draft_id)
    assert (draft.subject, draft.body, draft.status) == ("", "", DraftStatus.WRITING)
    assert (draft.tone_score, draft.tone_signals) == (None, [])
    assert draft.created_at == datetime(2024, 2, 1, 9, 0, tzinfo=UTC)
