"""The lossless JSON export of a whole journal (format version 1).

Each record kind's module writes its part and merges it back on import (``checklist``:
projects, agreements and templates; ``replies``: drafts; ``relationship``: payments and tags);
this module writes the clients and notes and puts the document together.  The format is
defined by ``clientjournal/resources/export-schema.json``; import validates against the same
file, so what this module writes is by definition what import accepts.  Rows are read with
plain SQL as tuples, not as peewee model instances: building 100,000 model objects costs
seconds, and the export of the demo journal has to stay well under 10 s.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import IO, Any

from clientjournal.core.files import atomic_private_file
from clientjournal.core.resources import resource
from clientjournal.core.timeutil import to_iso, utcnow
from clientjournal.store.exchange import checklist as exchange_checklist
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
    "SELECT client_id, uuid, created_at, kind, mood, body, pinned, updated_at, id "
    "FROM note ORDER BY created_at, id"
)


@cache
def load_schema() -> dict[str, Any]:
    """The export schema (shared and cached: do not modify), loaded as a package resource so
    a frozen build and a ``pip install`` find it.
    """
    return json.loads(resource(SCHEMA_RESOURCE).read_text(encoding="utf-8"))


def export_data() -> dict[str, Any]:
    """The whole journal, trashed clients included, as the JSON-ready document of version 1.

    Clients come in the order they were created, and so do the notes, projects and drafts of
    each client; agreements come in checklist order and templates in the order they were
    created, so two exports of the same journal are identical apart from ``exported_at``.
    """
    with database.atomic():  # one snapshot: nothing changes between the reads
        client_rows = database.execute_sql(_CLIENT_SQL).fetchall()
        note_rows = database.execute_sql(_NOTE_SQL).fetchall()
        projects = exchange_checklist.export_projects()
        agreements = exchange_checklist.export_agreements()
        templates = exchange_checklist.export_templates()
        drafts = exchange_replies.export_drafts()
        payments = exchange_relationship.export_payments()
        client_tags, note_tags = exchange_relationship.export_tags()
    notes_by_client: dict[int, list[dict[str, Any]]] = {}
    for client_id, uuid, created, kind, mood, body, pinned, updated, note_id in note_rows:
        notes_by_client.setdefault(client_id, []).append(
            {
                "uuid": uuid,
                "created_at": canonical_time(created),
                "kind": kind,
                "mood": int(mood),
                "body": body,
                "pinned": bool(pinned),
                "updated_at": canonical_time(updated),
                "tags": note_tags.get(note_id, []),
            }
        )
    clients = []
    for row in client_rows:
        (client_id, uuid, name, company, email, phone, address_form, status, profile) = row[:9]
        started, ended, created, updated, deleted, cadence = row[9:]
        clients.append(
            {
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
                "notes": notes_by_client.get(client_id, []),
                "projects": projects.get(client_id, []),
                "agreements": agreements.get(client_id, []),
                "drafts": drafts.get(client_id, []),
                "payments": payments.get(client_id, []),
                "cadence_days": cadence,
                "tags": client_tags.get(client_id, []),
            }
        )
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": to_iso(utcnow()),
        "clients": clients,
        "agreement_templates": templates,
    }


def export_json(stream: IO[str]) -> None:
    """Write the export as UTF-8-ready text; umlauts and emoji stay readable, not escaped."""
    json.dump(export_data(), stream, ensure_ascii=False, indent=1)
    stream.write("\n")


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
