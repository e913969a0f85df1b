import dataclasses
import json
from collections import defaultdict
from datetime import UTC, datetime

import pytest

from clientjournal.core.cooling import DraftStatus, is_ready, sent_note_body
from clientjournal.core.demo.journal import generate
from clientjournal.core.domain import CONTACT_KINDS
from clientjournal.core.records import ClientData
from clientjournal.core.timeutil import to_iso
from clientjournal.store import clients, drafts, notes
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import JournalNotEmptyError, check_empty, fill
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


def checklist_counts() -> tuple[int, int, int]:
    return database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM project), (SELECT COUNT(*) FROM agreement), "
        "(SELECT COUNT(*) FROM agreement_event)"
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
    assert set(stages) == {"clients", "notes", "agreements", "drafts", "payments"}
    assert stages.index("notes") > stages.index("clients")
    assert stages.index("agreements") > stages.index("notes")
    assert stages.index("drafts") > stages.index("agreements")
    assert ("notes", 25_000, 25_000) in calls
    assert ("clients", 10, 10) in calls
    done = [done for stage, done, _ in calls if stage == "notes"]
    assert done == sorted(done) and len(done) > 2


def test_an_empty_demo_fills_nothing(journal_db):
    assert fill(generate(0, 0, now=NOW)) == (0, 0)
    assert table_counts() == (0, 0)


def test_checklists_are_written_and_read_back_as_generated(journal_db):
    demo = generate(40, 600, seed=4, now=NOW)
    fill(demo)
    assert checklist_counts() == (len(demo.projects), len(demo.agreements), len(demo.events))
    assert demo.agreements and demo.events
    for index, project in demo.projects:
        assert project.client_id == demo.clients[index].id
    by_client = defaultdict(list)
    for index, project in demo.projects:
        by_client[index].append(project)
    for index, client in enumerate(demo.clients):
        stored = agreements.list_projects(client.id)
        assert sorted(p.uuid for p in stored) == sorted(p.uuid for p in by_client[index])
    records = [item.agreement for item in demo.agreements]
    stored = agreements.fetch(r.id for r in records)
    assert [stored[r.id] for r in records] == records
    for item in demo.agreements:
        record = item.agreement
        assert record.client_id == demo.clients[item.client].id
        if item.project is not None:
            assert record.project_id == demo.projects[item.project][1].id
        if item.note is not None:
            note = demo.notes[item.note][1]
            assert record.source_note_id == note.id and note.client_id == record.client_id
    # The checklist of a client is its generated agreements in their order.
    busiest = max(range(40), key=lambda i: sum(1 for a in demo.agreements if a.client == i))
    expected = [a.agreement.id for a in demo.agreements if a.client == busiest]
    assert agreements.ids_for_client(demo.clients[busiest].id) == expected
    first = demo.agreements[0].agreement
    events = [event for index, event in demo.events if index == 0]
    assert agreements.history(first.id) == events


def test_a_filled_demo_exports_and_passes_the_schema(journal_db):
    from clientjournal.core.exchange.schema_check import validate
    from clientjournal.store.exchange import journal as exchange

    fill(generate(25, 300, seed=9, now=NOW))
    data = exchange.export_data()
    assert validate(data, exchange.load_schema()) == []
    assert sum(len(c["agreements"]) for c in data["clients"]) == checklist_counts()[1]
    assert sum(len(c["drafts"]) for c in data["clients"]) == 2


def test_drafts_are_written_and_read_back_as_generated(journal_db):
    demo = generate(60, 900, seed=4, now=NOW)
    fill(demo)
    records = [item.draft for item in demo.drafts]
    assert len(records) == 6
    assert database.execute_sql("SELECT COUNT(*) FROM draft").fetchone()[0] == len(records)
    stored = drafts.fetch(r.id for r in records)
    assert [stored[r.id] for r in records] == records
    for item in demo.drafts:
        assert item.draft.client_id == demo.clients[item.client].id
        if item.note is not None:
            note = notes.get(item.draft.sent_note_id)
            assert note.id == demo.notes[item.note][1].id and note.kind == "email"
            assert note.body == sent_note_body(item.draft.subject, item.draft.body)
    held = [r for r in records if r.status == DraftStatus.HELD]
    assert [d.id for d, _ in drafts.queue(NOW)] == [
        r.id for r in sorted(held, key=lambda r: (not is_ready(r, NOW), r.hold_until, r.id))
    ]
    assert drafts.ready_count(NOW) == sum(is_ready(r, NOW) for r in held) > 0
    assert drafts.refresh_hold_times() == 0  # generated with the rule the app applies
