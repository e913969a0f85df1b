"""Demo data is marked, and removing it takes exactly the demo: never what the user added."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.demo.journal import generate
from clientjournal.core.domain import AddressForm
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes, payments, tags
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.demo import removal as demo_data
from clientjournal.store.demo.fill import JournalNotEmptyError, fill
from clientjournal.store.models import database
from clientjournal.store.search import search

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
TABLES = (
    "client",
    "note",
    "project",
    "agreement",
    "agreement_event",
    "draft",
    "payment",
    "tag",
    "client_tag",
    "note_tag",
    "note_fts",
    "client_fts",
    "agreement_fts",
    "draft_fts",
)


def rows(table: str) -> int:
    return database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def add_user_records() -> tuple[int, int]:
    """A client of the user's own with a note, a demo tag name, an agreement and an invoice."""
    client_id = clients.create(ClientData(name="Quirin Zettelmeyer", company="Eigenbau GmbH"))
    tags.set_client_tags(client_id, ["Stammkunde", "Wartung"])
    note = notes.save(NoteData(client_id, NOW, body="Xylophonwerkstatt besprochen"))
    tags.set_note_tags(note.id, ["Wartung"])
    agreements.save(AgreementData(client_id, "Zwetschgenrahmen liefern"))
    payments.create(PaymentData(client_id, 12_000, date(2025, 5, 1), date(2025, 5, 15)))
    return client_id, note.id


@pytest.mark.parametrize("demo_size", [(25, 500), (3, 6)])
def test_removing_the_demo_keeps_the_users_client_and_takes_every_demo_row(journal, demo_size):
    # (25, 500): the demo is most of the journal (the index is rebuilt); (3, 6): it is not.
    fill(generate(*demo_size, seed=3, now=NOW))
    user_id, user_note = add_user_records()
    if demo_size == (3, 6):  # more notes stay than go: the trigger path
        for i in range(10):
            notes.save(NoteData(user_id, NOW, body=f"eigene Notiz {i}"))
    assert demo_data.has_demo()
    demo_clients = rows("client") - 1
    removed = demo_data.remove_demo()

    assert removed.clients == demo_clients == demo_size[0]
    assert removed.notes == demo_size[1]
    assert not demo_data.has_demo()
    assert clients.list_ids() == [user_id]
    assert clients.get(user_id).tags == ["Stammkunde", "Wartung"]
    assert notes.get(user_note).tags == ["Wartung"]
    assert [a.title for a in agreements.fetch(agreements.ids_for_client(user_id)).values()] == [
        "Zwetschgenrahmen liefern"
    ]
    assert len(payments.for_client(user_id)) == 1
    user_notes = 1 if demo_size == (25, 500) else 11
    expected = {
        "client": 1,
        "note": user_notes,
        "project": 0,
        "agreement": 1,
        "draft": 0,
        "payment": 1,
        "tag": 2,
        "client_tag": 2,
        "note_tag": 1,
        "note_fts": user_notes,
        "client_fts": 1,
        "agreement_fts": 1,
        "draft_fts": 0,
    }
    assert {table: rows(table) for table in expected} == expected
    assert (
        rows("agreement_event")
        == database.execute_sql(
            "SELECT COUNT(*) FROM agreement_event e JOIN agreement a ON a.id = e.agreement_id "
            "WHERE a.client_id = ?",
            (user_id,),
        ).fetchone()[0]
    )
    assert demo_data.index_rows_left() == 0
    # The index still finds the user's records, and nothing of the demo.
    assert [(h.kind, h.client_id) for h in search("Xylophonwerkstatt").hits] == [("note", user_id)]
    assert [h.kind for h in search("Zwetschgenrahmen").hits] == ["agreement"]
    assert [h.kind for h in search("Zettelmeyer").hits] == ["client"]


def test_a_user_note_on_a_demo_client_goes_with_it_and_trashed_demo_clients_go_too(journal):
    demo = generate(4, 40, seed=2, now=NOW)
    fill(demo)
    notes.save(NoteData(demo.clients[0].id, NOW, body="Meine Notiz beim Demo-Kunden"))
    clients.trash(demo.clients[1].id)
    removed = demo_data.remove_demo()
    assert (removed.clients, removed.notes) == (4, 41)
    assert {table: rows(table) for table in TABLES} == dict.fromkeys(TABLES, 0)


def test_removing_without_demo_data_changes_nothing(journal):
    user_id, _ = add_user_records()
    before = {table: rows(table) for table in TABLES}
    assert not demo_data.has_demo()
    assert demo_data.remove_demo() == demo_data.DemoCounts(0, 0)
    assert {table: rows(table) for table in TABLES} == before
    assert clients.list_ids() == [user_id]


def test_removal_is_one_transaction(journal, monkeypatch):
    fill(generate(5, 50, seed=4, now=NOW))
    before = {table: rows(table) for table in TABLES}

    def fail() -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_data, "prune", fail)  # the last step inside the transaction
    with pytest.raises(RuntimeError):
        demo_data.remove_demo()
    assert {table: rows(table) for table in TABLES} == before
    assert demo_data.has_demo()


def test_the_welcome_demo_speaks_the_ui_language(journal):
    written = demo_data.add_demo(german=True, clients=12, notes=60, seed=7)
    assert written == demo_data.DemoCounts(12, 60)
    forms = {c.address_form for c in clients.fetch(clients.list_ids()).values()}
    assert forms <= {AddressForm.DU, AddressForm.SIE}
    demo_data.remove_demo()
    demo_data.add_demo(german=False, clients=12, notes=60, seed=7)
    forms = {c.address_form for c in clients.fetch(clients.list_ids()).values()}
    assert forms <= {AddressForm.FIRST_NAME, AddressForm.FORMAL}


def test_the_demo_is_only_added_to_an_empty_journal(journal):
    assert demo_data.is_empty()
    add_user_records()
    assert not demo_data.is_empty()
    with pytest.raises(JournalNotEmptyError):
        demo_data.add_demo(german=True, clients=3, notes=10)
    assert not demo_data.has_demo()


def test_a_client_the_user_adds_is_never_demo(journal):
    fill(generate(2, 5, seed=1, now=NOW))
    user_id, _ = add_user_records()
    marked = database.execute_sql("SELECT id FROM client WHERE demo = 1").fetchall()
    assert user_id not in {row[0] for row in marked} and len(marked) == 2
