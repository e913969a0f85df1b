"""The agreement checklist in the JSON exchange: projects, agreements with their history, user
templates; exported here and merged back here.

The export half reads plain SQL rows (fast, see ``json_export``).  The import half is called by ``exchange_import`` in its three steps: ``check`` (the document alone, before the
journal is touched), ``collect`` (rows ready for SQL) and ``merge`` (inside the import's one
transaction, after clients and notes are written).  The merge rule is the one for clients and
notes: a UUID the journal does not have is inserted as it is in the file; a known one is
replaced only by a strictly newer ``updated_at``.  History entries never change, so the history
of an agreement is the union of both copies.  A project or agreement stays with its client, and
a history entry with its agreement: a UUID the journal holds elsewhere is an error, not a move.

Files written before the checklist existed have no ``projects`` and no ``agreement_templates``,
and an agreement may carry only the six fields of the original format; what is missing is taken
as empty (position: its place in the list, times: the file's ``exported_at``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from clientjournal.core.exchange.schema_check import JsonPath, shown
from clientjournal.store.exchange.common import (
    ImportFailed,
    clients_where,
    find,
    ids_by_uuid,
    location,
    rows_by_client,
    split_by_journal,
    stored_time,
)
from clientjournal.store.exchange.times import canonical_date, canonical_time
from clientjournal.store.models import database

_INSERT_PROJECT = (
    "INSERT INTO project (uuid, name, status, started_on, ended_on, created_at, updated_at, "
    "client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_UPDATE_PROJECT = (
    "UPDATE project SET name = ?, status = ?, started_on = ?, ended_on = ?, created_at = ?, "
    "updated_at = ? WHERE uuid = ?"
)
_AGREEMENT_COLUMNS = (
    "title, category, status, due_on, details, agreed_on, position, created_at, updated_at, "
    "project_id, source_note_id"
)
_INSERT_AGREEMENT = (
    f"INSERT INTO agreement (uuid, {_AGREEMENT_COLUMNS}, client_id) VALUES ({', '.join('?' * 13)})"
)
_UPDATE_AGREEMENT = (
    "UPDATE agreement SET title = ?, category = ?, status = ?, due_on = ?, details = ?, "
    "agreed_on = ?, position = ?, created_at = ?, updated_at = ?, project_id = ?, "
    "source_note_id = ? WHERE uuid = ?"
)
_INSERT_EVENT = (
    "INSERT INTO agreement_event (uuid, at, field, old, new, note, actor, agreement_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_TEMPLATE = (
    "INSERT INTO agreement_template (uuid, name, language, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?)"
)
_UPDATE_TEMPLATE = (
    "UPDATE agreement_template SET name = ?, language = ?, created_at = ?, updated_at = ? "
    "WHERE uuid = ?"
)
_INSERT_ITEM = (
    "INSERT INTO agreement_template_item (template_id, position, title, category, details) "
    "VALUES (?, ?, ?, ?, ?)"
)
_FIND_EVENTS = (
    "SELECT e.uuid, a.uuid FROM agreement_event e "
    "JOIN agreement a ON a.id = e.agreement_id WHERE e.uuid IN ({marks})"
)


# -- export --------------------------------------------------------------------------------

_PROJECT_SQL = (
    "SELECT client_id, uuid, name, status, started_on, ended_on, created_at, updated_at "
    "FROM project {clients} ORDER BY created_at, id"
)
_AGREEMENT_SQL = (
    "SELECT a.client_id, a.id, a.uuid, a.title, a.category, a.status, a.due_on, a.details, "
    "p.uuid, a.agreed_on, n.uuid, a.position, a.created_at, a.updated_at FROM agreement a "
    "LEFT JOIN project p ON p.id = a.project_id LEFT JOIN note n ON n.id = a.source_note_id "
    "{clients} ORDER BY a.client_id, a.position, a.id"
)
_EVENT_SQL = (
    "SELECT agreement_id, uuid, at, field, old, new, note, actor "
    "FROM agreement_event {agreements} ORDER BY at, id"
)
_TEMPLATE_SQL = (
    "SELECT id, uuid, name, language, created_at, updated_at "
    "FROM agreement_template ORDER BY created_at, id"
)
_TEMPLATE_ITEM_SQL = (
    "SELECT template_id, title, category, details FROM agreement_template_item "
    "ORDER BY template_id, position, id"
)


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


def export_projects(client_ids: Sequence[int] | None = None) -> dict[int, list[dict[str, Any]]]:
    """Projects per client (of ``client_ids``; None: all), in the order they were created."""
    return rows_by_client(_PROJECT_SQL, _project, client_ids)


def export_agreements(client_ids: Sequence[int] | None = None) -> dict[int, list[dict[str, Any]]]:
    """Agreements per client (of ``client_ids``; None: all) in checklist order, each with its
    history, oldest first."""
    history: dict[int, list[dict[str, Any]]] = {}
    where, params = clients_where("a.client_id", client_ids)
    agreements = f"WHERE agreement_id IN (SELECT a.id FROM agreement a {where})" if where else ""
    for agreement_id, uuid, at, changed, old, new, note, actor in database.execute_sql(
        _EVENT_SQL.format(agreements=agreements), params
    ).fetchall():
        history.setdefault(agreement_id, []).append(
            {
                "uuid": uuid,
                "at": canonical_time(at),
                "field": changed,
                "old": old,
                "new": new,
                "note": note,
                "actor": actor,
            }
        )
    grouped: dict[int, list[dict[str, Any]]] = {}
    for row in database.execute_sql(_AGREEMENT_SQL.format(clients=where), params).fetchall():
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


def export_templates() -> list[dict[str, Any]]:
    """The user's own checklist templates with their items, oldest first."""
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


# -- import --------------------------------------------------------------------------------


@dataclass(slots=True)
class ChecklistRows:
    """Rows ready for SQL; each starts with its path in the file (for messages)."""

    projects: list[tuple] = field(default_factory=list)  # path, client uuid, uuid, ...
    agreements: list[tuple] = field(default_factory=list)  # path, client, uuid, ..., project, note
    events: list[tuple] = field(default_factory=list)  # path, agreement uuid, uuid, ...
    templates: list[tuple] = field(default_factory=list)  # path, uuid, ..., items
    inserted: int = 0
    updated: int = 0


def client_records(i: int, client: Any) -> list[tuple[dict, JsonPath]]:
    """A valid client's checklist records with their paths, for the duplicate-UUID check."""
    found: list[tuple[dict, JsonPath]] = []
    for j, project in enumerate(client.get("projects", [])):
        found.append((project, ("clients", i, "projects", j)))
    for j, agreement in enumerate(client["agreements"]):
        found.append((agreement, ("clients", i, "agreements", j)))
        for k, event in enumerate(agreement.get("history", [])):
            found.append((event, ("clients", i, "agreements", j, "history", k)))
    return found


def template_records(document: Any) -> list[tuple[dict, JsonPath]]:
    templates = document.get("agreement_templates", [])
    return [(template, ("agreement_templates", i)) for i, template in enumerate(templates)]


def check(source: str, document: Any) -> None:
    """An agreement may point only at a project and a note of its own client."""
    for i, client in enumerate(document["clients"]):
        projects = {project["uuid"] for project in client.get("projects", [])}
        notes = {note["uuid"] for note in client["notes"]}
        links = (("project", projects, "project"), ("source_note", notes, "note"))
        for j, agreement in enumerate(client["agreements"]):
            for key, known, what in links:
                value = agreement.get(key)
                if value is not None and value not in known:
                    raise ImportFailed(
                        source,
                        f"{what} {shown(value)} is not one of this client's {what}s",
                        location(document, ("clients", i, "agreements", j, key)),
                    )


def collect(source: str, document: Any) -> ChecklistRows:
    rows = ChecklistRows()
    exported = document["exported_at"]

    def time(value: str | None, path: JsonPath) -> str | None:
        return stored_time(source, document, value, path)

    for i, client in enumerate(document["clients"]):
        for j, project in enumerate(client.get("projects", [])):
            path: JsonPath = ("clients", i, "projects", j)
            rows.projects.append(
                (path, client["uuid"], project["uuid"], project["name"], project["status"],
                 project["started_on"], project["ended_on"],
                 time(project["created_at"], (*path, "created_at")),
                 time(project["updated_at"], (*path, "updated_at")))
            )  # fmt: skip
        for j, agreement in enumerate(client["agreements"]):
            path = ("clients", i, "agreements", j)
            rows.agreements.append(
                (path, client["uuid"], agreement["uuid"], agreement["title"],
                 agreement["category"], agreement["status"], agreement["due"], agreement["note"],
                 agreement.get("agreed_on"), int(agreement.get("position", j + 1)),
                 time(agreement.get("created_at", exported), (*path, "created_at")),
                 time(agreement.get("updated_at", exported), (*path, "updated_at")),
                 agreement.get("project"), agreement.get("source_note"))
            )  # fmt: skip
            for k, event in enumerate(agreement.get("history", [])):
                where = (*path, "history", k)
                rows.events.append(
                    (where, agreement["uuid"], event["uuid"], time(event["at"], (*where, "at")),
                     event["field"], event["old"], event["new"], event["note"], event["actor"])
                )  # fmt: skip
    for i, template in enumerate(document.get("agreement_templates", [])):
        path = ("agreement_templates", i)
        items = [
            (position, item["title"], item["category"], item["details"])
            for position, item in enumerate(template["items"], start=1)
        ]
        rows.templates.append(
            (path, template["uuid"], template["name"], template["language"],
             time(template["created_at"], (*path, "created_at")),
             time(template["updated_at"], (*path, "updated_at")), items)
        )  # fmt: skip
    return rows


def merge(source: str, document: Any, rows: ChecklistRows, client_ids: dict[str, int]) -> None:
    """Write inside the caller's transaction, after clients and notes; counts go into ``rows``."""
    cursor = database.cursor()
    # Projects
    new, newer = split_by_journal(source, document, rows.projects, "project", 8)
    cursor.executemany(_INSERT_PROJECT, [(*row[2:], client_ids[row[1]]) for row in new])
    cursor.executemany(_UPDATE_PROJECT, [(*row[3:], row[2]) for row in newer])
    rows.inserted += len(new)
    rows.updated += len(newer)
    # Agreements, pointing at projects and notes by id
    project_ids = ids_by_uuid("project", {row[12] for row in rows.agreements if row[12]})
    note_ids = ids_by_uuid("note", {row[13] for row in rows.agreements if row[13]})

    def values(row: tuple) -> tuple:
        project, note = row[12], row[13]
        return (*row[3:12], project_ids.get(project), note_ids.get(note))

    new, newer = split_by_journal(source, document, rows.agreements, "agreement", 11)
    cursor.executemany(
        _INSERT_AGREEMENT, [(row[2], *values(row), client_ids[row[1]]) for row in new]
    )
    cursor.executemany(_UPDATE_AGREEMENT, [(*values(row), row[2]) for row in newer])
    rows.inserted += len(new)
    rows.updated += len(newer)
    # History: the union of both copies
    known_events = find(_FIND_EVENTS, [row[2] for row in rows.events])
    for path, agreement_uuid, uuid, *_ in rows.events:
        if uuid in known_events and known_events[uuid][0] != agreement_uuid:
            raise ImportFailed(
                source,
                "this history entry is already in the journal under another agreement "
                f"(uuid {shown(known_events[uuid][0])})",
                location(document, (*path, "uuid")),
            )
    new = [row for row in rows.events if row[2] not in known_events]
    agreement_ids = ids_by_uuid("agreement", {row[1] for row in new})
    cursor.executemany(_INSERT_EVENT, [(*row[2:], agreement_ids[row[1]]) for row in new])
    rows.inserted += len(new)
    _merge_templates(rows)


def _merge_templates(rows: ChecklistRows) -> None:
    cursor = database.cursor()
    known = find(
        "SELECT uuid, id, updated_at FROM agreement_template WHERE uuid IN ({marks})",
        [row[1] for row in rows.templates],
    )
    new = [row for row in rows.templates if row[1] not in known]
    newer = [
        row
        for row in rows.templates
        if row[1] in known and row[5] > canonical_time(known[row[1]][1])
    ]
    cursor.executemany(_INSERT_TEMPLATE, [row[1:6] for row in new])
    cursor.executemany(_UPDATE_TEMPLATE, [(*row[2:6], row[1]) for row in newer])
    ids = ids_by_uuid("agreement_template", {row[1] for row in new + newer})
    cursor.executemany(
        "DELETE FROM agreement_template_item WHERE template_id = ?",
        [(ids[row[1]],) for row in newer],
    )
    cursor.executemany(
        _INSERT_ITEM, [(ids[row[1]], *item) for row in new + newer for item in row[6]]
    )
    rows.inserted += len(new)
    rows.updated += len(newer)
