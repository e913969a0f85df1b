"""The lossless JSON export of a whole journal (format version 1).

Each record kind's module writes its part and merges it back on import (``checklist``:
projects, agreements and templates; ``replies``: drafts; ``relationship``: payments and tags;
``conflicts``: a note's open sync conflicts);
this module writes the clients and notes and puts the document together.  The format is
defined by ``clientjournal/resources/export-schema.json``; import validates against the same
file, so what this module writes is by definition what import accepts.  Rows are read with
plain SQL as tuples, not as peewee model instances: building 100,000 model objects costs
seconds, and the export of the demo journal has to stay well under 10 s.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any

from clientjournal.core.files import atomic_private_file
from clientjournal.core.resources import resource
from clientjournal.core.timeutil import to_iso, utcnow
from clientjournal.store.exchange import checklist as exchange_checklist
from clientjournal.store.exchange import conflicts as exchange_conflicts
from clientjournal.store.exchange import relationship as exchange_relationship
from clientjournal.store.exchange import replies as exchange_replies
from clientjournal.store.exchange.times import canonical_date, canonical_time
from clientjournal.store.models import database

FORMAT_NAME = "clientjournal"
FORMAT_VERSION = 1
SCHEMA_RESOURCE = "export-schema.json"


_CLIENT_SQL = (
    "SELECT id, uuid, name, company, email, phone, address_form, status, profile, "
    "started_on, ended_on, created_at, updated_at, deleted_at, cadence_days "
    "FROM client ORDER BY created_at, id"
)
_NOTE_SQL = (
    "SELECT uuid, created_at, kind, mood, body, pinned, updated_at, id "
    "FROM note WHERE client_id = ? ORDER BY created_at, id"
)  # index note_client_created


@cache
def load_schema() -> dict[str, Any]:
    """The export schema (shared and cached: do not modify), loaded as a package resource so
    a frozen build and a ``pip install`` find it.
    """
    return json.loads(resource(SCHEMA_RESOURCE).read_text(encoding="utf-8"))


CLIENTS_AT_ONCE = 256
"""Clients whose projects, agreements, drafts, payments and tags are read together: a few
queries per few hundred clients, and memory that does not grow with the journal (all of
them read at once took 657 MB at ten times the demo journal: its 390,000 agreement events,
120,000 agreements and 84,000 payments)."""


@dataclass(frozen=True, slots=True)
class _Others:
    """The records besides notes of a few hundred clients (``CLIENTS_AT_ONCE``), by client
    id."""

    projects: dict[int, list[dict[str, Any]]]
    agreements: dict[int, list[dict[str, Any]]]
    drafts: dict[int, list[dict[str, Any]]]
    payments: dict[int, list[dict[str, Any]]]
    tags: dict[int, list[str]]


@contextmanager
def journal_export() -> Iterator[tuple[dict[str, Any], Iterator[dict[str, Any]], list[Any]]]:
    """The export a client at a time: (the head fields, the clients, the agreement
    templates), all read from one snapshot of the journal (one read transaction: nothing
    changes between the reads) while the caller writes them.

    A client's notes are read when the client is reached, so memory does not grow with the
    number of notes (a whole 1,000,000-note journal as one document took 1.4 GB).  Clients
    come in the order they were created, and so do the notes, projects and drafts of each
    client; agreements come in checklist order and templates in the order they were created,
    so two exports of the same journal are identical apart from ``exported_at``.
    """
    with database.atomic():
        templates = exchange_checklist.export_templates()
        head = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported_at": to_iso(utcnow())}
        yield head, _clients(), templates


def _others(client_ids: list[int]) -> _Others:
    return _Others(
        projects=exchange_checklist.export_projects(client_ids),
        agreements=exchange_checklist.export_agreements(client_ids),
        drafts=exchange_replies.export_drafts(client_ids),
        payments=exchange_relationship.export_payments(client_ids),
        tags=exchange_relationship.export_client_tags(client_ids),
    )


def _clients() -> Iterator[dict[str, Any]]:
    """The clients a few hundred at a time (not all at once), each batch with its other
    records; each record kind's order within a client is that of the whole table."""
    cursor = database.execute_sql(_CLIENT_SQL)
    while rows := cursor.fetchmany(CLIENTS_AT_ONCE):
        others = _others([row[0] for row in rows])
        for row in rows:
            yield _client(row, others)
        del rows, others  # before the next batch is read


def _client(row: tuple[Any, ...], others: _Others) -> dict[str, Any]:
    (client_id, uuid, name, company, email, phone, address_form, status, profile) = row[:9]
    started, ended, created, updated, deleted, cadence = row[9:]
    return {
        "uuid": uuid,
        "name": name,
        "company": company,
        "email": email,
        "phone": phone,
        "address_form": address_form,
        "status": status,
        "profile": json.loads(profile) if profile else {},
        "started_on": canonical_date(started),
        "ended_on": canonical_date(ended),
        "created_at": canonical_time(created),
        "updated_at": canonical_time(updated),
        "deleted_at": canonical_time(deleted),
        "notes": _notes(client_id),
        "projects": others.projects.get(client_id, []),
        "agreements": others.agreements.get(client_id, []),
        "drafts": others.drafts.get(client_id, []),
        "payments": others.payments.get(client_id, []),
        "cadence_days": cadence,
        "tags": others.tags.get(client_id, []),
    }


def _notes(client_id: int) -> list[dict[str, Any]]:
    tags = exchange_relationship.export_note_tags(client_id)
    conflicts = exchange_conflicts.export_note_conflicts(client_id)
    notes = []
    for uuid, created, kind, mood, body, pinned, updated, note_id in database.execute_sql(
        _NOTE_SQL, (client_id,)
    ).fetchall():
        note = {
            "uuid": uuid,
            "created_at": canonical_time(created),
            "kind": kind,
            "mood": int(mood),
            "body": body,
            "pinned": bool(pinned),
            "updated_at": canonical_time(updated),
            "tags": tags.get(note_id, []),
        }
        if note_id in conflicts:  # only then: an export without conflicts stays as it was
            note["conflicts"] = conflicts[note_id]
        notes.append(note)
    return notes


def export_data() -> dict[str, Any]:
    """The whole journal, trashed clients included, as the JSON-ready document of version 1
    (all of it in memory: the file exports write it a client at a time)."""
    with journal_export() as (head, clients, templates):
        return {**head, "clients": list(clients), "agreement_templates": templates}


def export_json(stream: IO[str]) -> None:
    """Write the export as UTF-8-ready text a client at a time; umlauts and emoji stay
    readable, not escaped.  The text is what ``json.dump(export_data(), indent=1)`` writes."""
    with journal_export() as (head, clients, templates):
        stream.write(_dumped(head)[:-2])  # without the closing "\n}"
        stream.write(',\n "clients": [')
        separator = "\n  "
        for client in clients:
            stream.write(separator)
            stream.write(_dumped(client).replace("\n", "\n  "))  # JSON text has no raw "\n"
            separator = ",\n  "
        stream.write("]" if separator == "\n  " else "\n ]")
        stream.write(',\n "agreement_templates": ')
        stream.write(_dumped(templates).replace("\n", "\n "))
        stream.write("\n}\n")


def _dumped(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


def export_file(path: Path | str) -> Path:
    """Write the export to ``path`` private to the user, replacing it only once it is complete.

    An export holds notes about people, so it gets the journal's file mode (0600); and a crash
    or a full disk half-way must not leave a truncated file where the last good export was.
    Returns the path written, for callers that report it when a background job finishes.
    """
    path = Path(path)
    with atomic_private_file(path) as stream:
        export_json(stream)
    return path
