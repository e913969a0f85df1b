"""Reading and writing notes; each public write is one transaction."""

from __future__ import annotations

from collections.abc import Iterable

from clientjournal.core.domain import NoteKind, clamp_mood
from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import from_iso, utcnow
from clientjournal.core.validation import MAX_NOTE_LENGTH, clean_text
from clientjournal.store import tags as tag_store
from clientjournal.store.models import Note, database, new_uuid


class NoteTooLongError(ValueError):
    """A note over MAX_NOTE_LENGTH; nothing was written."""


# Plain SQL on the paths a client switch takes: building peewee queries and model objects
# costs more than the queries themselves.
_IDS_SQL = "SELECT id FROM note WHERE client_id = ? ORDER BY pinned DESC, created_at DESC, id DESC"
_FETCH_SQL = (
    "SELECT id, uuid, client_id, created_at, updated_at, kind, mood, body, pinned FROM note "
    "WHERE id IN ({marks})"
)


def _to_record(row: tuple, tags: list[str] | None = None) -> NoteData:
    note_id, uuid, client_id, created, updated, kind, mood, body, pinned = row
    return NoteData(
        id=note_id,
        uuid=uuid,
        client_id=client_id,
        created_at=from_iso(created),
        updated_at=from_iso(updated),
        kind=NoteKind(kind),
        mood=mood,
        body=body,
        pinned=bool(pinned),
        tags=tags or [],
    )


def ids_for_client(client_id: int) -> list[int]:
    """Pinned notes first, then newest first: the order of the timeline."""
    return [row[0] for row in database.execute_sql(_IDS_SQL, (client_id,)).fetchall()]


def fetch(ids: Iterable[int]) -> dict[int, NoteData]:
    wanted = list(ids)
    if not wanted:
        return {}
    tags = tag_store.note_tags(wanted)
    rows = database.execute_sql(
        _FETCH_SQL.format(marks=", ".join("?" * len(wanted))), wanted
    ).fetchall()
    return {row[0]: _to_record(row, tags.get(row[0])) for row in rows}


def get(note_id: int) -> NoteData:
    found = fetch([note_id])
    if note_id not in found:
        raise KeyError(note_id)
    return found[note_id]


def _field_values(note: NoteData) -> dict:
    return {
        "client": note.client_id,
        "created_at": note.created_at,
        "kind": NoteKind(note.kind).value,
        "mood": clamp_mood(note.mood),
        "body": note.body,
        "pinned": note.pinned,
    }


def save(note: NoteData) -> NoteData:
    """Insert a new note or update an existing one; returns it with id, uuid and times set.

    The text is stored cleaned (``clean_text``); one over ``MAX_NOTE_LENGTH`` raises
    ``NoteTooLongError`` and nothing is written.
    """
    note.body = clean_text(note.body)
    if len(note.body) > MAX_NOTE_LENGTH:
        raise NoteTooLongError(f"a note holds at most {MAX_NOTE_LENGTH:,} characters")
    now = utcnow()
    with database.atomic():
        if note.id is None:
            row = Note.create(uuid=note.uuid or new_uuid(), updated_at=now, **_field_values(note))
            note.id, note.uuid = row.id, row.uuid
        else:
            Note.update(updated_at=now, **_field_values(note)).where(Note.id == note.id).execute()
        tag_store.update_note_tags(note.id, note.tags)
    note.updated_at = now
    return note


def delete(note_id: int) -> NoteData:
    """Delete a note and return it whole, so the UI can offer undo."""
    with database.atomic():
        note = get(note_id)
        Note.delete().where(Note.id == note_id).execute()
        tag_store.prune()
    return note


def restore(note: NoteData) -> NoteData:
    """Put a deleted note back as it was (same id and uuid); returns it as stored now.

    SQLite gives a new note the highest id plus one, so the newest note's id, deleted, goes
    to the next note written (in the window, by an import, by a sync round): the note then
    comes back under a new id.  A note with its uuid there again (an import or a round
    brought the note back meanwhile) is the one returned, left as it is: put back beside
    it, the insert failed on its uuid (attack27c: Undo Delete note after an import raised
    in the undo stack and brought nothing back)."""
    assert note.id is not None  # a deleted note had one
    with database.atomic():
        back = id_of_uuid(note.uuid)
        if back is not None:
            return get(back)
        taken = _id_taken(note.id)
        note_id = Note.insert(
            id=None if taken else note.id,
            uuid=note.uuid or new_uuid(),
            updated_at=note.updated_at or utcnow(),
            **_field_values(note),
        ).execute()
        tag_store.write_note_tags(note_id, note.tags)
    return get(note_id)


def id_of_uuid(uuid: str) -> int | None:
    """The id of the note with ``uuid``; None when there is none."""
    if not uuid:
        return None
    row = database.execute_sql("SELECT id FROM note WHERE uuid = ?", (uuid,)).fetchone()
    return None if row is None else int(row[0])


def _id_taken(note_id: int) -> bool:
    return (
        database.execute_sql("SELECT 1 FROM note WHERE id = ?", (note_id,)).fetchone() is not None
    )
