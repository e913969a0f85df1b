"""Writing a generated demo journal into an empty journal file, fast.

The demo exists to exercise the app at its size limits (2,000 clients, 100,000 notes), so it
bypasses the per-record model layer and feeds rows to SQLite with ``executemany`` inside a
single transaction.  The values are converted exactly the way the peewee fields in
``models.py`` convert them, so the rows are indistinguishable from ones the app wrote itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from itertools import islice
from typing import Any

from clientjournal.core.demo import DemoJournal
from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import to_iso
from clientjournal.store.models import database

Progress = Callable[[str, int, int], None]

CHUNK = 10_000
_CLIENT_SQL = (
    "INSERT INTO client (id, uuid, name, company, email, phone, address_form, status, "
    "started_on, ended_on, profile, created_at, updated_at, deleted_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_NOTE_SQL = (
    "INSERT INTO note (id, uuid, client_id, created_at, updated_at, kind, mood, body, pinned) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class JournalNotEmptyError(RuntimeError):
    """Demo data mixed into real notes could never be told apart again, so we refuse."""


def _iso_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _iso_time(value: datetime | None) -> str | None:
    return None if value is None else to_iso(value)


def _client_row(client_id: int, client: ClientData) -> tuple[Any, ...]:
    created = client.created_at
    if created is None:
        raise ValueError(f"demo client {client.uuid or client.name!r} has no created_at")
    return (
        client_id,
        client.uuid,
        client.name,
        client.company,
        client.email,
        client.phone,
        AddressForm(client.address_form).value,
        ClientStatus(client.status).value,
        _iso_date(client.started_on),
        _iso_date(client.ended_on),
        json.dumps(client.profile or {}, ensure_ascii=False, sort_keys=True),
        to_iso(created),
        to_iso(client.updated_at or created),
        _iso_time(client.deleted_at),
    )


def _note_rows(first_id: int, notes: Iterable[tuple[int, NoteData]]) -> Iterator[tuple[Any, ...]]:
    """Rows for the note table; client ``i`` of the journal gets id ``i + 1``."""
    for note_id, (index, note) in enumerate(notes, start=first_id):
        created = to_iso(note.created_at)
        updated = note.updated_at
        yield (
            note_id,
            note.uuid,
            index + 1,
            created,
            created if updated is None or updated == note.created_at else to_iso(updated),
            NoteKind(note.kind).value,
            int(note.mood),
            note.body,
            1 if note.pinned else 0,
        )


def _chunks(rows: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def check_empty() -> None:
    """Raises ``JournalNotEmptyError`` now, so a caller can refuse before generating anything."""
    clients, trashed, notes = database.execute_sql(
        "SELECT (SELECT COUNT(*) FROM client), "
        "(SELECT COUNT(*) FROM client WHERE deleted_at IS NOT NULL), "
        "(SELECT COUNT(*) FROM note)"
    ).fetchone()
    if clients or notes:
        raise JournalNotEmptyError(
            f"the journal is not empty ({clients} clients, {trashed} of them in the trash, "
            f"{notes} notes); demo data is only written into an empty journal"
        )


def fill(journal: DemoJournal, progress: Progress | None = None) -> tuple[int, int]:
    """Write ``journal`` into the open, empty journal; returns (clients, notes) written.

    Everything happens in one transaction, so an interrupted fill leaves the journal empty.
    Afterwards the records in ``journal`` carry the ids they were stored under (client ids, and
    each note's ``id`` and ``client_id``), which lets callers find them again.
    """
    report = progress or (lambda stage, done, total: None)
    clients, notes = journal.clients, journal.notes
    for index, _ in notes:
        if not 0 <= index < len(clients):
            raise ValueError(f"a demo note points at client {index}, outside 0..{len(clients) - 1}")
    # IMMEDIATE takes the write lock before the emptiness check, so nothing can slip in between.
    with database.atomic("IMMEDIATE"):
        check_empty()
        connection = database.connection()
        report("clients", 0, len(clients))
        done = 0
        for chunk in _chunks(clients, CHUNK):
            connection.executemany(
                _CLIENT_SQL, [_client_row(done + i + 1, c) for i, c in enumerate(chunk)]
            )
            done += len(chunk)
            report("clients", done, len(clients))
        report("notes", 0, len(notes))
        done = 0
        for chunk in _chunks(notes, CHUNK):
            connection.executemany(_NOTE_SQL, _note_rows(done + 1, chunk))
            done += len(chunk)
            report("notes", done, len(notes))
    for client_id, client in enumerate(clients, start=1):
        client.id = client_id
    for note_id, (index, note) in enumerate(notes, start=1):
        note.id = note_id
        note.client_id = index + 1
    return len(clients), len(notes)
