"""Migration 3 (the agreement checklist) brings a version-2 journal up to date with its data."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

from clientjournal.core.agreements.checklist import AgreementData, AgreementStatus, ProjectData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.paths import backup_dir, journal_file
from clientjournal.store import clients, notes
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.connection import open_journal
from clientjournal.store.migrations import LATEST_VERSION, MIGRATIONS, schema_version
from clientjournal.store.models import database

V2_CLIENT = "33333333-3333-4333-8333-333333333333"
V2_TRASHED = "44444444-4444-4444-8444-444444444444"
V2_NOTE = "55555555-5555-4555-8555-555555555555"
CHECKLIST_TABLES = {
    "project",
    "agreement",
    "agreement_event",
    "agreement_template",
    "agreement_template_item",
}


def make_v2_journal(data_dir) -> None:
    """Exactly what version 2 of the app wrote: its migrations, then its data."""
    data_dir.mkdir(parents=True)
    connection = sqlite3.connect(journal_file(data_dir))
    for statement in MIGRATIONS[0] + MIGRATIONS[1]:
        connection.execute(statement)
    connection.execute("PRAGMA user_version = 2")
    stamp = "2023-09-01T08:00:00.000000Z"
    connection.executemany(
        "INSERT INTO client (uuid, name, created_at, updated_at, deleted_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            (V2_CLIENT, "Sören Groß", stamp, stamp, None),
            (V2_TRASHED, "Ute Papierkorb", stamp, stamp, "2024-01-01T00:00:00.000000Z"),
        ],
    )
    connection.execute(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, kind, mood, body) "
        "VALUES (?, 1, ?, ?, 'email', 1, ?)",
        (V2_NOTE, stamp, stamp, "Angebot angenommen: zwei Korrekturschleifen."),
    )
    connection.commit()
    connection.close()


def tables() -> set[str]:
    rows = database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def test_v2_journal_is_migrated_to_v3_with_its_data(data_dir, request):
    make_v2_journal(data_dir)
    open_journal(data_dir)
    request.addfinalizer(database.close)
    assert schema_version(database.obj) == LATEST_VERSION >= 3
    assert tables() >= CHECKLIST_TABLES
    (client_id,) = clients.list_ids()
    client = clients.get(client_id)
    assert (client.uuid, client.name) == (V2_CLIENT, "Sören Groß")
    assert [clients.get(i).uuid for i in clients.list_ids(trashed=True)] == [V2_TRASHED]
    (note,) = notes.fetch(notes.ids_for_client(client_id)).values()
    assert (note.uuid, note.mood) == (V2_NOTE, 1)
    assert agreements.ids_for_client(client_id) == []
    assert agreements.list_projects(client_id) == [] and agreements.list_templates() == []
    # The checklist works on the migrated data, linked to the old note.
    project = agreements.save_project(
        ProjectData(client_id=client_id, name="Relaunch", started_on=date(2023, 9, 1))
    )
    item = agreements.save(
        AgreementData(
            client_id=client_id,
            title="Korrekturschleifen",
            status=AgreementStatus.AGREED,
            project_id=project.id,
            source_note_id=note.id,
        )
    )
    assert agreements.ids_for_client(client_id, project.id, all_projects=False) == [item.id]
    assert agreements.get(item.id).source_note_id == note.id


def test_a_backup_of_v2_is_taken_before_migrating(data_dir, request):
    make_v2_journal(data_dir)
    open_journal(data_dir)
    request.addfinalizer(database.close)
    (backup,) = backup_dir(data_dir).iterdir()
    assert "before-v3" in backup.name
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 2
    assert not CHECKLIST_TABLES & {
        row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    copy.close()


def test_foreign_keys_keep_the_checklist_consistent(journal):
    client_id = clients.create(ClientData(name="Anna"))
    note = notes.save(NoteData(client_id=client_id, created_at=datetime(2024, 5, 1, tzinfo=UTC)))
    project = agreements.save_project(ProjectData(client_id=client_id, name="Logo"))
    item = agreements.save(
        AgreementData(
            client_id=client_id, title="Preis", project_id=project.id, source_note_id=note.id
        )
    )
    notes.delete(note.id)  # the link goes, the agreement stays
    assert agreements.get(item.id).source_note_id is None
    clients.trash(client_id)
    clients.empty_trash()  # the client goes with everything of it
    counts = database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM project), (SELECT COUNT(*) FROM agreement), "
        "(SELECT COUNT(*) FROM agreement_event)"
    ).fetchone()
    assert counts == (0, 0, 0)


def test_every_foreign_key_of_the_checklist_has_an_index(journal):
    """Without one, deleting a note or a client would scan every agreement."""
    for table in CHECKLIST_TABLES:
        keys = database.execute_sql(f"PRAGMA foreign_key_list({table})").fetchall()
        indexed = {
            database.execute_sql(f"PRAGMA index_info({index[1]})").fetchone()[2]
            for index in database.execute_sql(f"PRAGMA index_list({table})").fetchall()
        }
        assert {key[3] for key in keys} <= indexed, table


def test_the_due_view_and_the_checklist_use_their_indexes(journal):
    plans = {
        "SELECT id FROM agreement WHERE client_id = 1 ORDER BY position, id": "agreement_client",
        "SELECT id FROM agreement WHERE due_on <= '2025-01-01' AND status IN ('open', 'agreed')": (
            "agreement_due"
        ),
    }
    for sql, index in plans.items():
        plan = " ".join(row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}"))
        assert index in plan and "TEMP B-TREE" not in plan, plan
