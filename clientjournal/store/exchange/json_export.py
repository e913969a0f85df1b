"""The lossless JSON export of a whole journal (format version 1).

The format is defined by ``resources/export-schema.json``; import validates against the same
file, so what this module writes is by definition what import accepts.  Rows are read with
plain SQL as tuples, not as peewee model instances: building 100,000 model objects costs
seconds, and the export of the demo journal has to stay well under 10 s.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from clientjournal.core.files import atomic_private_file
from clientjournal.core.resources import resource
from clientjournal.core.timeutil import to_iso, utcnow
from clientjournal.store.exchange import relationship as exchange_relationship
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
_PROJECT_SQL = (
    "SELECT client_id, uuid, name, status, started_on, ended_on, created_at, updated_at "
    "FROM project ORDER BY created_at, id"
)
_AGREEMENT_SQL = (
    "SELECT a.client_id, a.id, a.uuid, a.title, a.category, a.status, a.due_on, a.details, "
    "p.uuid, a.agreed_on, n.uuid, a.position, a.created_at, a.updated_at FROM agreement a "
    "LEFT JOIN project p ON p.id = a.project_id LEFT JOIN note n ON n.id = a.source_note_id "
    "ORDER BY a.client_id, a.position, a.id"
)
_EVENT_SQL = (
    "SELECT agreement_id, uuid, at, field, old, new, note, actor "
    "FROM agreement_event ORDER BY at, id"
)
_TEMPLATE_SQL = (
    "SELECT id, uuid, name, language, created_at, updated_at "
    "FROM agreement_template ORDER BY created_at, id"
)
_TEMPLATE_ITEM_SQL = (
    "SELECT template_id, title, category, details FROM agreement_template_item "
    "ORDER BY template_id, position, id"
)
_DRAFT_SQL = (
    "SELECT d.client_id, d.uuid, d.created_at, d.hold_until, d.status, d.body, d.tone_score, "
    "d.subject, d.updated_at, d.held_at, d.released_early_at, d.sent_at, n.uuid, d.tone_signals "
    "FROM draft d LEFT JOIN note n ON n.id = d.sent_note_id ORDER BY d.created_at, d.id"
)


@cache
def load_schema() -> dict[str, Any]:
    """The export schema (shared and cached: do not modify), loaded as a package resource so
    a frozen build and a ``pip install`` find it.
    """
    return json.loads(resource(SCHEMA_RESOURCE).read_text(encoding="utf-8"))


def _by_client(sql: str, build: Any) -> dict[int, list[dict[str, Any]]]:
    grouped: dict[int, list[dict[str, Any]]] = {}
    for row in database.execute_sql(sql).fetchall():
        grouped.setdefault(row[0], []).append(build(*row[1:]))
    return grouped


def _project(
    uuid: str, name: str, status: str, started: Any, ended: Any, created: str, updated: str
) -> dict[str, Any]:
    return {
        "uuid": uuid,
        "name": name,
        "status": status,
        "started_on": canonical_date(started),
        "ended_on": canonical_date(ended),
        "created_at": canonical_time(created),
        "updated_at": canonical_time(updated),
    }


def _agreements() -> dict[int, list[dict[str, Any]]]:
    """Agreements per client in checklist order, each with its history, oldest first."""
    history: dict[int, list[dict[str, Any]]] = {}
    for agreement_id, uuid, at, field, old, new, note, actor in database.execute_sql(
        _EVENT_SQL
    ).fetchall():
        history.setdefault(agreement_id, []).append(
            {
                "uuid": uuid,
                "at": canonical_time(at),
                "field": field,
                "old": old,
                "new": new,
                "note": note,
                "actor": actor,
            }
        )
    grouped: dict[int, list[dict[str, Any]]] = {}
    for row in database.execute_sql(_AGREEMENT_SQL).fetchall():
        (client_id, agreement_id, uuid, title, category, status, due, details) = row[:8]
        project, agreed, note, position, created, updated = row[8:]
        grouped.setdefault(client_id, []).append(
            {
                # The six fields of the original format, then the checklist's own.
                "uuid": uuid,
                "title": title,
                "category": category,
                "status": status,
                "due": canonical_date(due),
                "note": details,
                "project": project,
                "agreed_on": canonical_date(agreed),
                "source_note": note,
                "position": int(position),
                "created_at": canonical_time(created),
                "updated_at": canonical_time(updated),
                "history": history.get(agreement_id, []),
            }
        )
    return grouped


def _draft(
    uuid: str, created: str, until: str | None, status: str, body: str, score: float | None,
    subject: str, updated: str, held: str | None, released: str | None, sent: str | None,
    note: str | None, signals: str | None,
) -> dict[str, Any]:  # fmt: skip
    return {
        # The six fields of the original format, then the cooling-off queue's own.
        "uuid": uuid,
        "created_at": canonical_time(created),
        "hold_until": canonical_time(until),
        "status": status,
        "body": body,
        "tone_score": None if score is None else float(score),
        "subject": subject,
        "updated_at": canonical_time(updated),
        "held_at": canonical_time(held),
        "released_early_at": canonical_time(released),
        "sent_at": canonical_time(sent),
        "sent_note": note,
        "tone_signals": json.loads(signals) if signals else [],
    }


def _templates() -> list[dict[str, Any]]:
    items: dict[int, list[dict[str, Any]]] = {}
    for template_id, title, category, details in database.execute_sql(
        _TEMPLATE_ITEM_SQL
    ).fetchall():
        items.setdefault(template_id, []).append(
            {"title": title, "category": category, "details": details}
        )
    return [
        {
            "uuid": uuid,
            "name": name,
            "language": language,
            "items": items.get(template_id, []),
            "created_at": canonical_time(created),
            "updated_at": canonical_time(updated),
        }
        for template_id, uuid, name, language, created, updated in database.execute_sql(
            _TEMPLATE_SQL
        ).fetchall()
    ]


def export_data() -> dict[str, Any]:
    """The whole journal, trashed clients included, as the JSON-ready document of version 1.

    Clients come in the order they were created, and so do the notes, projects and drafts of
    each client; agreements come in checklist order and templates in the order they were
    created, so two exports of the same journal are identical apart from ``exported_at``.
    """
    with database.atomic():  # one snapshot: nothing changes between the reads
        client_rows = database.execute_sql(_CLIENT_SQL).fetchall()
        note_rows = database.execute_sql(_NOTE_SQL).fetchall()
        projects = _by_client(_PROJECT_SQL, _project)
        agreements = _agreements()
        templates = _templates()
        drafts = _by_client(_DRAFT_SQL, _draft)
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


def export_json(stream: TextIO) -> None:
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
