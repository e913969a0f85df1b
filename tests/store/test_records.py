"""Clients and notes in the store: UUIDs, UTC times, ordering, trash and cascades."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from peewee import IntegrityError

from clientjournal.core.domain import ClientSort, NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes
from clientjournal.store.models import database


def test_every_record_gets_a_uuid(journal):
    client_id = clients.create(ClientData(name="A"))
    note = notes.save(NoteData(client_id=client_id, created_at=datetime.now(UTC), body="x"))
    for value in (clients.get(client_id).uuid, note.uuid):
        assert uuid.UUID(value).version == 4


def test_times_are_stored_in_utc_and_come_back_as_the_same_instant(journal):
    client_id = clients.create(ClientData(name="A"))
    berlin_summer = datetime(2024, 7, 1, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))
    note = notes.save(NoteData(client_id=client_id, created_at=berlin_summer, body="x"))
    raw = database.execute_sql("SELECT created_at FROM note WHERE id = ?", (note.id,)).fetchone()[0]
    assert raw == "2024-07-01T07:30:15.123456Z"
    back = notes.get(note.id).created_at
    assert back == berlin_summer and back.tzinfo == UTC


def test_timeline_order_pinned_first_then_newest(journal):
    client_id = clients.create(ClientData(name="A"))
    base = datetime(2025, 1, 1, tzinfo=UTC)
    old = notes.save(NoteData(client_id=client_id, created_at=base, body="old"))
    new = notes.save(NoteData(client_id=client_id, created_at=base + timedelta(days=2), body="new"))
    pinned = notes.save(
        NoteData(client_id=client_id, created_at=base - timedelta(days=9), body="p", pinned=True)
    )
    assert notes.ids_for_client(client_id) == [pinned.id, new.id, old.id]


def test_sort_by_last_contact_counts_contacts_not_plain_notes(journal):
    a, b, c = (clients.create(ClientData(name=name)) for name in ("A", "B", "C"))
    now = datetime.now(UTC)
    notes.save(
        NoteData(client_id=a, created_at=now - timedelta(days=5), kind=NoteKind.CALL, body="call")
    )
    notes.save(
        NoteData(client_id=b, created_at=now - timedelta(days=1), kind=NoteKind.MEETING, body="m")
    )
    notes.save(NoteData(client_id=c, created_at=now, kind=NoteKind.NOTE, body="just a thought"))
    assert clients.list_ids(sort=ClientSort.LAST_CONTACT) == [b, a, c]
    assert clients.get(c).last_contact is None


def test_filter_matches_name_company_and_email_and_escapes_wildcards(journal):
    a = clients.create(ClientData(name="Anna", company="100% Design"))
    b = clients.create(ClientData(name="Bernd", email="bernd@example.org"))
    clients.create(ClientData(name="Carla"))
    assert clients.list_ids("100%") == [a]
    assert clients.list_ids("EXAMPLE") == [b]
    assert clients.list_ids("_") == []


def test_trash_restore_and_empty_trash_removes_notes_too(journal):
    client_id = clients.create(ClientData(name="A"))
    notes.save(NoteData(client_id=client_id, created_at=datetime.now(UTC), body="x"))
    clients.trash(client_id)
    assert clients.list_ids() == [] and clients.count(trashed=True) == 1
    clients.restore(client_id)
    assert clients.list_ids() == [client_id]
    clients.trash(client_id)
    assert clients.empty_trash() == 1
    assert database.execute_sql("SELECT COUNT(*) FROM note").fetchone()[0] == 0


def test_mood_outside_range_is_rejected_by_the_database(journal):
    client_id = clients.create(ClientData(name="A"))
    with pytest.raises(IntegrityError):
        database.execute_sql(
            "INSERT INTO note (uuid, client_id, created_at, updated_at, mood) VALUES ('u', ?, 'x', 'x', 5)",
            (client_id,),
        )


def test_deleted_note_is_restored_exactly(journal):
    client_id = clients.create(ClientData(name="A"))
    note = notes.save(
        NoteData(client_id=client_id, created_at=datetime.now(UTC), body="x", mood=-2, pinned=True)
    )
    removed = notes.delete(note.id)
    notes.restore(removed)
    assert notes.get(note.id) == removed


def test_a_page_of_clients_carries_the_newest_contact_of_any_kind(journal):
    """fetch() looks up the newest contact of each contact kind (one index seek each, perf21r)
    instead of grouping all the client's contact notes: the same newest contact, whichever
    kind it is, and none for plain notes only or no notes."""
    now = datetime.now(UTC)
    kinds = (NoteKind.CALL, NoteKind.MEETING, NoteKind.EMAIL, NoteKind.LUNCH, NoteKind.NOTE)
    expected = {}
    for i in range(12):
        client_id = clients.create(ClientData(name=f"C{i}"))
        newest = None
        for j in range(i):
            kind = kinds[(i + j) % len(kinds)]
            at = now - timedelta(days=(i * 7 + j * 3) % 40, minutes=j)
            notes.save(NoteData(client_id=client_id, created_at=at, kind=kind, body="n"))
            if kind is not NoteKind.NOTE and (newest is None or at > newest):
                newest = at
        expected[client_id] = newest
    fetched = clients.fetch(expected)
    assert {cid: data.last_contact for cid, data in fetched.items()} == expected
    assert any(value is None for value in expected.values())  # plain notes or none
    assert len({value for value in expected.values() if value}) > 5


def test_a_page_of_clients_seeks_each_contact_kind_once(journal):
    """The page's newest contacts come from index seeks, not a walk of every contact note
    (the plan names the (client, kind, time) index once per contact kind, with no GROUP BY)."""
    sql = clients._FETCH_WITH_CONTACT_SQL.format(marks="?")
    plan = [row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", (1,))]
    seeks = [step for step in plan if "note_client_kind_created (client_id=? AND kind=?)" in step]
    assert len(seeks) == 4
    assert not any("GROUP BY" in step or "TEMP B-TREE" in step for step in plan)
