import dataclasses
import json
from collections import defaultdict
from datetime import UTC, datetime

import pytest

from clientjournal.core.demo import generate
from clientjournal.core.domain import CONTACT_KINDS
from clientjournal.core.records import ClientData
from clientjournal.core.timeutil import to_iso
from clientjournal.store import clients, notes
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo_fill import JournalNotEmptyError, check_empty, fill
from clientjournal.store.models import database

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def journal_db(tmp_path):
    db = open_journal(tmp_path)
    yield db
    close_journal()


def table_counts() -> tuple[int, int]:
    return database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM client), (SELECT COUNT(*) FROM note)"
    ).fetchone()


def test_fill_writes_every_record(journal_db):
    demo = generate(30, 700, seed=5, now=NOW)
    assert fill(demo) == (30, 700)
    assert table_counts() == (30, 700)
    assert clients.count() == 30


def test_fill_assigns_the_stored_ids(journal_db):
    demo = generate(12, 200, seed=5, now=NOW)
    fill(demo)
    assert [c.id for c in demo.clients] == list(range(1, 13))
    assert [n.id for _, n in demo.notes] == list(range(1, 201))
    assert all(n.client_id == demo.clients[i].id for i, n in demo.notes)


def test_clients_read_back_as_generated(journal_db):
    demo = generate(25, 600, seed=11, now=NOW)
    fill(demo)
    last_contact = defaultdict(lambda: None)
    for index, note in demo.notes:
        if note.kind in CONTACT_KINDS:
            current = last_contact[index]
            last_contact[index] = max(current, note.created_at) if current else note.created_at
    stored = clients.fetch(c.id for c in demo.clients)
    assert len(stored) == 25
    for index, client in enumerate(demo.clients):
        expected = dataclasses.replace(client, last_contact=last_contact[index])
        assert stored[client.id] == expected


def test_notes_read_back_as_generated(journal_db):
    demo = generate(25, 600, seed=11, now=NOW)
    fill(demo)
    sample = [note for _, note in demo.notes[::7]]
    stored = notes.fetch(n.id for n in sample)
    assert [stored[n.id] for n in sample] == sample
    # The timeline of a client shows exactly its generated notes.
    busiest = max(range(25), key=lambda i: sum(1 for j, _ in demo.notes if j == i))
    expected = {n.id for i, n in demo.notes if i == busiest}
    assert set(notes.ids_for_client(demo.clients[busiest].id)) == expected


def test_values_are_stored_the_way_the_models_store_them(journal_db):
    demo = generate(40, 400, seed=2, now=NOW)
    fill(demo)
    for client in demo.clients:
        row = database.execute_sql(
            "SELECT profile, started_on, ended_on, created_at, status, address_form "
            "FROM client WHERE id = ?",
            (client.id,),
        ).fetchone()
        assert row[0] == json.dumps(client.profile, ensure_ascii=False, sort_keys=True)
        assert row[1] == (client.started_on.isoformat() if client.started_on else None)
        assert row[2] == (client.ended_on.isoformat() if client.ended_on else None)
        assert row[3] == to_iso(client.created_at)
        assert (row[4], row[5]) == (client.status.value, client.address_form.value)
    pinned = dict(database.execute_sql("SELECT id, pinned FROM note").fetchall())
    assert set(pinned.values()) <= {0, 1}
    assert {n.id for _, n in demo.notes if n.pinned} == {i for i, p in pinned.items() if p}


def test_fill_refuses_a_journal_with_clients(journal_db):
    existing = clients.create(ClientData(name="Anna Müller"))
    with pytest.raises(JournalNotEmptyError, match="not empty"):
        fill(generate(5, 50, now=NOW))
    assert table_counts() == (1, 0)
    assert clients.get(existing).name == "Anna Müller"


def test_fill_refuses_a_journal_with_only_trashed_clients(journal_db):
    check_empty()
    clients.trash(clients.create(ClientData(name="Jürgen Weiß")))
    assert clients.count() == 0
    with pytest.raises(JournalNotEmptyError):
        check_empty()
    with pytest.raises(JournalNotEmptyError, match="trash"):
        fill(generate(5, 50, now=NOW))
    assert table_counts() == (1, 0)


def test_second_fill_is_refused_and_changes_nothing(journal_db):
    first = generate(8, 90, seed=1, now=NOW)
    fill(first)
    again = generate(8, 90, seed=2, now=NOW)
    with pytest.raises(JournalNotEmptyError):
        fill(again)
    assert table_counts() == (8, 90)
    assert all(c.id is None for c in again.clients)


def test_progress_is_reported_per_stage(journal_db):
    calls = []
    fill(generate(10, 25_000, seed=3, now=NOW), lambda *call: calls.append(call))
    stages = [stage for stage, _, _ in calls]
    assert set(stages) == {"clients", "notes"}
    assert stages.index("notes") > stages.index("clients")
    assert calls[-1] == ("notes", 25_000, 25_000)
    assert ("clients", 10, 10) in calls
    done = [done for stage, done, _ in calls if stage == "notes"]
    assert done == sorted(done) and len(done) > 2


def test_an_empty_demo_fills_nothing(journal_db):
    assert fill(generate(0, 0, now=NOW)) == (0, 0)
    assert table_counts() == (0, 0)
