"""Export and import of the relationship: profile, rhythm, tags and payments round trip."""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime

import pytest

from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes, tags
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.models import Payment, database

PROFILE = {
    "wants": "Ruhige, klare Gestaltung",
    "never": "Nie ohne Rückfrage am Logo drehen",
    "budget": "knapp, aber fair",
    "birthday": "1980-04-12",
    "red_flags": "Zahlt spät",
    "work_again": "yes",
    "work_again_reason": "Angenehm und klar",
}


def fill() -> tuple[int, int]:
    anna = clients.create(
        ClientData(name="Anna Müller", profile=PROFILE, cadence_days=14, tags=["Print", "VIP"])
    )
    note = notes.save(
        NoteData(client_id=anna, created_at=datetime(2024, 5, 1, 9, tzinfo=UTC), body="Anruf",
                 tags=["Angebot"])
    )  # fmt: skip
    with database.atomic():
        Payment.create(
            client=anna, number="2024-017", amount_cents=123_450, currency="EUR",
            issued_on=date(2024, 5, 2), due_on=date(2024, 5, 16), paid_on=date(2024, 5, 20),
            note="Logo",
        )  # fmt: skip
    return anna, note.id


def test_profile_rhythm_tags_and_payments_round_trip(journal, tmp_path):
    fill()
    first = exchange.export_data()
    anna = first["clients"][0]
    assert anna["cadence_days"] == 14
    assert anna["tags"] == ["Print", "VIP"]
    assert anna["notes"][0]["tags"] == ["Angebot"]
    payment = anna["payments"][0]
    assert payment["amount_cents"] == 123_450 and payment["paid_on"] == "2024-05-20"
    path = tmp_path / "export.json"
    exchange.export_file(path)
    close_journal()
    open_journal(tmp_path / "other")
    counts = exchange.import_file(path)
    assert counts.payments == 1
    second = exchange.export_data()
    for document in (first, second):
        document.pop("exported_at")
    assert second == first
    restored = clients.get(clients.list_ids(tag="vip")[0])
    assert restored.profile == PROFILE and restored.cadence_days == 14


def test_a_newer_copy_in_the_file_replaces_the_tags(journal):
    anna, note_id = fill()
    document = exchange.export_data()
    client = document["clients"][0]
    client["tags"] = ["Neu"]
    client["updated_at"] = "2999-01-01T00:00:00.000000Z"
    client["notes"][0]["tags"] = []
    client["notes"][0]["updated_at"] = "2999-01-01T00:00:00.000000Z"
    exchange.import_data(document)
    assert clients.get(anna).tags == ["Neu"]
    assert notes.get(note_id).tags == []
    assert tags.all_tags() == ["Neu"]


def test_an_older_copy_changes_nothing(journal):
    anna, _ = fill()
    document = exchange.export_data()
    client = document["clients"][0]
    client["tags"] = ["Alt"]
    client["updated_at"] = "2000-01-01T00:00:00.000000Z"
    client["payments"][0]["amount_cents"] = 1
    client["payments"][0]["updated_at"] = "2000-01-01T00:00:00.000000Z"
    exchange.import_data(document)
    assert clients.get(anna).tags == ["Print", "VIP"]
    assert Payment.get().amount_cents == 123_450


def test_a_file_without_the_new_fields_still_imports(journal):
    fill()
    document = exchange.export_data()
    for client in document["clients"]:
        del client["cadence_days"], client["tags"]
        for note in client["notes"]:
            del note["tags"]
        for payment in client["payments"]:
            for key in ("number", "project", "note", "created_at", "updated_at"):
                del payment[key]
            payment["uuid"] = "0b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11"
        client["uuid"] = "1b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11"
        client["name"] = "Kopie"
        for note in client["notes"]:
            note["uuid"] = "2b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11"
    counts = exchange.import_data(document)
    assert counts.clients == 1 and counts.payments == 1
    copy_id = clients.list_ids(text="Kopie")[0]
    assert clients.get(copy_id).cadence_days is None and clients.get(copy_id).tags == []


BAD = [
    (("payments", 0, "amount_cents"), -5, "payments[0].amount_cents: -5 is less than the minimum 0"),
    (("payments", 0, "currency"), "Euro", 'payments[0].currency: the text does not match'),
    (("payments", 0, "due_on"), "2024-04-01", 'payments[0].due_on: due_on is before the invoice was issued'),
    (("payments", 0, "project"), "3b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11", "is not one of this client's projects"),
    (("cadence_days",), 0, "cadence_days: 0 is less than the minimum 1"),
    (("tags",), [""], "tags[0]: must not be empty"),
]  # fmt: skip


@pytest.mark.parametrize(("path", "value", "message"), BAD)
def test_bad_relationship_records_change_nothing(journal, path, value, message):
    fill()
    document = exchange.export_data()
    before = json.dumps(document, sort_keys=True)
    broken = copy.deepcopy(document)
    target = broken["clients"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    broken["clients"][0]["name"] = "Anna Müller"
    with pytest.raises(exchange.ImportFailed) as failure:
        exchange.import_data(broken, "bad.json")
    assert message in str(failure.value)
    after = exchange.export_data()
    after["exported_at"] = document["exported_at"]
    assert json.dumps(after, sort_keys=True) == before


def test_a_uuid_of_another_kind_in_the_journal_is_refused(journal):
    """Issue 18: a note carrying the UUID of a client the journal has made the journal's own
    export fail to import; UUIDs are unique across kinds, on import too."""
    fill()
    document = exchange.export_data()
    taken = document["clients"][0]["uuid"]
    incoming = copy.deepcopy(document)
    incoming["clients"][0]["uuid"] = "5b0f7c38-0c5f-4d7e-9a59-0d8f0e3b7a11"
    incoming["clients"][0]["notes"][0]["uuid"] = taken
    for key in ("payments", "agreements", "drafts", "projects"):
        incoming["clients"][0][key] = []
    with pytest.raises(exchange.ImportFailed) as failure:
        exchange.import_data(incoming, "clash.json")
    assert "belongs to a record of another kind in the journal (a client)" in str(failure.value)
    assert "notes[0]" in str(failure.value)
    again = exchange.export_data()
    exchange.import_data(again)  # the journal's own export still imports
