"""Tags on clients and notes: normalising, filtering the client list, pruning, undo of a note."""

from __future__ import annotations

from datetime import UTC, datetime

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.tags import format_tags, normalize_tags, parse_tags
from clientjournal.store import clients, notes, tags


def test_parsing_drops_hashes_duplicates_and_empty_parts():
    assert parse_tags(" #Print, print;  Web  Design ,,\nDruck ") == ["Print", "Web Design", "Druck"]
    assert normalize_tags(["x" * 60]) == ["x" * 40]
    assert format_tags(["a", "b"]) == "a, b"


def test_client_tags_filter_the_list_without_case(journal):
    anna = clients.create(ClientData(name="Anna", tags=["Print", "Stammkunde"]))
    bob = clients.create(ClientData(name="Bob", tags=["print"]))
    clients.create(ClientData(name="Cem"))
    assert clients.get(anna).tags == ["Print", "Stammkunde"]
    assert clients.get(bob).tags == ["Print"]  # one tag, first spelling kept
    assert clients.list_ids(tag="PRINT") == [anna, bob]
    assert clients.list_ids(tag="stammkunde") == [anna]
    assert clients.list_ids(text="an", tag="print") == [anna]
    assert clients.list_ids(tag="nobody") == []
    assert tags.all_tags() == ["Print", "Stammkunde"]


def test_setting_tags_bumps_the_client_and_prunes_unused_tags(journal):
    anna = clients.create(ClientData(name="Anna", tags=["alt"]))
    before = clients.get(anna).updated_at
    assert tags.set_client_tags(anna, ["neu", "Neu"]) == ["neu"]
    assert clients.get(anna).updated_at > before
    assert tags.all_tags() == ["neu"]


def test_editing_a_client_keeps_its_tags(journal):
    anna = clients.create(ClientData(name="Anna", tags=["VIP"]))
    record = clients.get(anna)
    record.company = "Atelier"
    clients.update(record)
    assert clients.get(anna).tags == ["VIP"]


def test_note_tags_survive_delete_and_restore(journal):
    anna = clients.create(ClientData(name="Anna"))
    note = notes.save(
        NoteData(client_id=anna, created_at=datetime(2024, 5, 1, tzinfo=UTC), body="Call",
                 tags=["Angebot", "Preis"])
    )  # fmt: skip
    assert notes.get(note.id).tags == ["Angebot", "Preis"]
    deleted = notes.delete(note.id)
    assert tags.all_tags() == []  # nothing else carries them
    notes.restore(deleted)
    assert notes.get(note.id).tags == ["Angebot", "Preis"]
    assert tags.all_tags() == ["Angebot", "Preis"]


def test_emptying_the_trash_prunes_the_tags_of_deleted_clients(journal):
    anna = clients.create(ClientData(name="Anna", tags=["weg"]))
    clients.trash(anna)
    assert tags.all_tags() == ["weg"]  # still in the trash, could come back
    clients.empty_trash()
    assert tags.all_tags() == []


def test_saving_a_note_again_changes_its_tags_only_when_they_changed(journal):
    anna = clients.create(ClientData(name="Anna"))
    note = notes.save(NoteData(client_id=anna, created_at=datetime(2024, 5, 1, tzinfo=UTC),
                               body="Call", tags=["Angebot", "Preis"]))  # fmt: skip
    note.body, note.tags = "Call, longer", ["preis", "ANGEBOT"]  # the same tags, typed again
    notes.save(note)
    assert notes.get(note.id).tags == ["Angebot", "Preis"]
    note.tags = ["Angebot"]
    notes.save(note)
    assert notes.get(note.id).tags == ["Angebot"]
    assert tags.all_tags() == ["Angebot"]  # "Preis" is carried by nothing now
