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

from clientjournal.core.agreements.checklist import (
    AgreementCategory,
    AgreementStatus,
    ProjectStatus,
)
from clientjournal.core.cooling import DraftStatus
from clientjournal.core.demo.journal import DemoJournal
from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import to_iso
from clientjournal.store.connection import bulk_cache
from clientjournal.store.exchange.fresh import built_at_end
from clientjournal.store.models import database

Progress = Callable[[str, int, int], None]

CHUNK = 10_000
_CLIENT_SQL = (
    "INSERT INTO client (id, uuid, name, company, email, phone, address_form, status, "
    "started_on, ended_on, profile, created_at, updated_at, deleted_at, cadence_days, demo) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
)  # demo = 1: removable in one step (store/demo_data.py)
_NOTE_SQL = (
    "INSERT INTO note (id, uuid, client_id, created_at, updated_at, kind, mood, body, pinned) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_PROJECT_SQL = (
    "INSERT INTO project (id, uuid, client_id, name, status, started_on, ended_on, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_AGREEMENT_SQL = (
    "INSERT INTO agreement (id, uuid, client_id, project_id, title, category, status, details, "
    "due_on, agreed_on, source_note_id, position, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_EVENT_SQL = (
    "INSERT INTO agreement_event (id, uuid, agreement_id, at, field, old, new, note, actor) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_DRAFT_SQL = (
    "INSERT INTO draft (id, uuid, client_id, subject, body, status, created_at, updated_at, "
    "held_at, hold_until, released_early_at, sent_at, sent_note_id, tone_score, tone_signals) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)

_PAYMENT_SQL = (
    "INSERT INTO payment (id, uuid, client_id, project_id, number, amount_cents, currency, "
    "issued_on, due_on, paid_on, note, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


MARKED = ("client", "note", "project", "agreement", "agreement_event", "draft", "payment")
"""The sync kinds a demo writes; their tables are empty before (each row belongs to a client,
and ``check_empty`` found none)."""


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
        client.cadence_days,
    )


def _tag_rows(journal: DemoJournal) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """(tag id, name) rows and (client id, tag id) links; names compared without case."""
    ids: dict[str, int] = {}
    names: list[tuple[int, str]] = []
    links: list[tuple[int, int]] = []
    for index, client in enumerate(journal.clients):
        for name in client.tags:
            key = name.casefold()
            if key not in ids:
                ids[key] = len(ids) + 1
                names.append((ids[key], name))
            links.append((index + 1, ids[key]))
    return names, links


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


def _project_rows(journal: DemoJournal) -> Iterator[tuple[Any, ...]]:
    for project_id, (index, project) in enumerate(journal.projects, start=1):
        created = _iso_time(project.created_at)
        yield (
            project_id,
            project.uuid,
            index + 1,
            project.name,
            ProjectStatus(project.status).value,
            _iso_date(project.started_on),
            _iso_date(project.ended_on),
            created,
            _iso_time(project.updated_at) or created,
        )


def _agreement_rows(journal: DemoJournal) -> Iterator[tuple[Any, ...]]:
    """Project and note indexes become ids the way client indexes do: index + 1."""
    for agreement_id, (index, project, note, item) in enumerate(journal.agreements, start=1):
        created = _iso_time(item.created_at)
        yield (
            agreement_id,
            item.uuid,
            index + 1,
            None if project is None else project + 1,
            item.title,
            AgreementCategory(item.category).value,
            AgreementStatus(item.status).value,
            item.details,
            _iso_date(item.due_on),
            _iso_date(item.agreed_on),
            None if note is None else note + 1,
            item.position,
            created,
            _iso_time(item.updated_at) or created,
        )


def _event_rows(journal: DemoJournal) -> Iterator[tuple[Any, ...]]:
    for event_id, (index, event) in enumerate(journal.events, start=1):
        yield (
            event_id,
            event.uuid,
            index + 1,
            to_iso(event.at),
            event.field,
            event.old,
            event.new,
            event.note,
            event.actor,
        )


def _draft_rows(journal: DemoJournal) -> Iterator[tuple[Any, ...]]:
    for draft_id, (index, note, draft) in enumerate(journal.drafts, start=1):
        created = _iso_time(draft.created_at)
        yield (
            draft_id,
            draft.uuid,
            index + 1,
            draft.subject,
            draft.body,
            DraftStatus(draft.status).value,
            created,
            _iso_time(draft.updated_at) or created,
            _iso_time(draft.held_at),
            _iso_time(draft.hold_until),
            _iso_time(draft.released_early_at),
            _iso_time(draft.sent_at),
            None if note is None else note + 1,
            draft.tone_score,
            json.dumps(list(draft.tone_signals), ensure_ascii=False),
        )


def _payment_rows(journal: DemoJournal) -> Iterator[tuple[Any, ...]]:
    for payment_id, (index, project, payment) in enumerate(journal.payments, start=1):
        created = _iso_time(payment.created_at)
        yield (
            payment_id,
            payment.uuid,
            index + 1,
            None if project is None else project + 1,
            payment.number,
            payment.amount_cents,
            payment.currency,
            payment.issued_on.isoformat(),
            payment.due_on.isoformat(),
            _iso_date(payment.paid_on),
            payment.note,
            created,
            _iso_time(payment.updated_at) or created,
        )


def _check_indexes(journal: DemoJournal) -> None:
    clients, notes = len(journal.clients), len(journal.notes)
    for index, _ in journal.notes:
        if not 0 <= index < clients:
            raise ValueError(f"a demo note points at client {index}, outside 0..{clients - 1}")
    for index, project, note, _ in journal.agreements:
        if not 0 <= index < clients:
            raise ValueError(f"a demo agreement points at client {index}, outside 0..{clients - 1}")
        if project is not None and journal.projects[project][0] != index:
            raise ValueError(f"a demo agreement points at project {project} of another client")
        if note is not None and not (0 <= note < notes and journal.notes[note][0] == index):
            raise ValueError(f"a demo agreement points at note {note}, not one of its client's")
    for index, note, _ in journal.drafts:
        if not 0 <= index < clients:
            raise ValueError(f"a demo draft points at client {index}, outside 0..{clients - 1}")
        if note is not None and not (0 <= note < notes and journal.notes[note][0] == index):
            raise ValueError(f"a demo draft points at note {note}, not one of its client's")
    for index, project, _ in journal.payments:
        if not 0 <= index < clients:
            raise ValueError(f"a demo invoice points at client {index}, outside 0..{clients - 1}")
        if project is not None and journal.projects[project][0] != index:
            raise ValueError(f"a demo invoice points at project {project} of another client")


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

    Projects, agreements and their history are written too (the stage "agreements" of the
    progress), then the drafts (the stage "drafts") and the invoices ("payments").  Everything
    happens in one transaction, so an interrupted fill leaves the journal empty.  Afterwards
    the records in ``journal`` carry the ids they were stored under (client ids; each note's,
    project's and agreement's ``id`` and the ids it points at; each event's ``id`` and
    ``agreement_id``; each draft's ``id``, ``client_id`` and ``sent_note_id``; each invoice's
    ``id``, ``client_id`` and ``project_id``), which lets callers find them again.
    """
    report = progress or (lambda stage, done, total: None)
    clients, notes = journal.clients, journal.notes
    _check_indexes(journal)
    # IMMEDIATE takes the write lock before the emptiness check, so nothing can slip in between.
    # Into an empty journal the secondary indexes, the notes' full-text index and the marks
    # for the next sync round are built once at the end, as for an import (issue 21).
    with bulk_cache(), database.atomic("IMMEDIATE"):
        check_empty()
        with built_at_end(True, MARKED):
            _write(journal, report)
    _assign_ids(journal)
    return len(clients), len(notes)


def _write(journal: DemoJournal, report: Progress) -> None:
    """Every row of ``journal``, inside ``fill``'s transaction."""
    clients, notes = journal.clients, journal.notes
    connection = database.connection()
    report("clients", 0, len(clients))
    done = 0
    for chunk in _chunks(clients, CHUNK):
        connection.executemany(
            _CLIENT_SQL, [_client_row(done + i + 1, c) for i, c in enumerate(chunk)]
        )
        done += len(chunk)
        report("clients", done, len(clients))
    tag_names, tag_links = _tag_rows(journal)
    connection.executemany("INSERT INTO tag (id, name) VALUES (?, ?)", tag_names)
    connection.executemany("INSERT INTO client_tag (client_id, tag_id) VALUES (?, ?)", tag_links)
    report("notes", 0, len(notes))
    done = 0
    for chunk in _chunks(notes, CHUNK):
        connection.executemany(_NOTE_SQL, _note_rows(done + 1, chunk))
        done += len(chunk)
        report("notes", done, len(notes))
    report("agreements", 0, len(journal.agreements))
    connection.executemany(_PROJECT_SQL, _project_rows(journal))
    connection.executemany(_AGREEMENT_SQL, _agreement_rows(journal))
    connection.executemany(_EVENT_SQL, _event_rows(journal))
    report("agreements", len(journal.agreements), len(journal.agreements))
    report("drafts", 0, len(journal.drafts))
    connection.executemany(_DRAFT_SQL, _draft_rows(journal))
    report("drafts", len(journal.drafts), len(journal.drafts))
    report("payments", 0, len(journal.payments))
    connection.executemany(_PAYMENT_SQL, _payment_rows(journal))
    report("payments", len(journal.payments), len(journal.payments))


def _assign_ids(journal: DemoJournal) -> None:
    clients, notes = journal.clients, journal.notes
    for client_id, client in enumerate(clients, start=1):
        client.id = client_id
    for note_id, (index, note) in enumerate(notes, start=1):
        note.id = note_id
        note.client_id = index + 1
    for project_id, (index, project) in enumerate(journal.projects, start=1):
        project.id, project.client_id = project_id, index + 1
    for agreement_id, (index, project_at, note_at, item) in enumerate(journal.agreements, start=1):
        item.id, item.client_id = agreement_id, index + 1
        item.project_id = None if project_at is None else project_at + 1
        item.source_note_id = None if note_at is None else note_at + 1
    for event_id, (index, event) in enumerate(journal.events, start=1):
        event.id, event.agreement_id = event_id, index + 1
    for draft_id, (index, note_at, draft) in enumerate(journal.drafts, start=1):
        draft.id, draft.client_id = draft_id, index + 1
        draft.sent_note_id = None if note_at is None else note_at + 1
    for payment_id, (index, project_at, payment) in enumerate(journal.payments, start=1):
        payment.id, payment.client_id = payment_id, index + 1
        payment.project_id = None if project_at is None else project_at + 1
