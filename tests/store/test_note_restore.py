"""Putting a deleted note back (the undo of Delete note) when its id or its uuid is in use
again (attack27c).

SQLite gives a new row the highest id plus one: the newest note's id, once it is deleted,
goes to the next note written.  The undo's insert with the old id failed (UNIQUE note.id),
and so did it when an import had brought the same note back (UNIQUE note.uuid)."""

from __future__ import annotations

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes


def _note(client_id: int, body: str) -> NoteData:
    return notes.save(NoteData(client_id=client_id, body=body, created_at=utcnow(), tags=["a"]))


def test_a_note_whose_id_went_to_another_comes_back_under_a_new_one(journal):
    client_id = clients.create(ClientData(name="Nora"))
    _note(client_id, "first")
    deleted = notes.delete(_note(client_id, "deleted").id)
    newer = _note(client_id, "written after")
    assert newer.id == deleted.id  # the id went to the next note

    back = notes.restore(deleted)

    assert back.id not in (None, deleted.id) and back.uuid == deleted.uuid
    assert (back.body, back.tags, back.created_at) == ("deleted", ["a"], deleted.created_at)
    assert notes.get(newer.id).body == "written after"  # left alone
    assert len(notes.ids_for_client(client_id)) == 3


def test_a_note_there_again_is_left_as_it_is(journal):
    client_id = clients.create(ClientData(name="Nora"))
    deleted = notes.delete(_note(client_id, "deleted").id)
    again = notes.save(NoteData(client_id=client_id, body="imported", uuid=deleted.uuid,
                                created_at=utcnow()))  # fmt: skip

    back = notes.restore(deleted)

    assert (back.id, back.body) == (again.id, "imported")
    assert notes.ids_for_client(client_id) == [again.id]


def test_a_note_whose_id_is_free_comes_back_as_it_was(journal):
    client_id = clients.create(ClientData(name="Nora"))
    deleted = notes.delete(_note(client_id, "deleted").id)

    back = notes.restore(deleted)

    assert (back.id, back.uuid, back.body) == (deleted.id, deleted.uuid, "deleted")
