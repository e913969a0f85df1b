"""store.uuids: a record's row id now from its uuid (undo steps keep the uuid: a row id,
once its row is deleted, goes to the next row written; undo28a)."""

from __future__ import annotations

import pytest

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes, uuids


def test_the_id_follows_the_uuid_not_the_row(journal):
    client_id = clients.create(ClientData(name="Nora"))
    note = notes.save(NoteData(client_id=client_id, body="first", created_at=utcnow()))
    assert uuids.id_of("note", note.uuid) == note.id
    assert uuids.uuids_of("note", [note.id]) == {note.id: note.uuid}

    notes.delete(note.id)
    taker = notes.save(NoteData(client_id=client_id, body="second", created_at=utcnow()))
    assert taker.id == note.id  # the row id went to another note: the uuid did not

    assert uuids.id_of("note", note.uuid) is None
    assert uuids.ids_of("note", [note.uuid, taker.uuid, ""]) == {taker.uuid: taker.id}
    assert uuids.id_of("note", "") is None


def test_only_the_tables_with_uuids(journal):
    with pytest.raises(ValueError):
        uuids.id_of("tag", "x")
    assert uuids.ids_of("client", [f"u{i}" for i in range(1_200)]) == {}  # in batches
