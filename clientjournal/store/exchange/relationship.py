"""Exporting and importing what the relationship added: tags, the contact rhythm, payments.

Called by ``exchange_export`` and ``exchange_import``; the import side follows the three steps
of the other record kinds (``check`` the document alone, ``collect`` rows, ``merge`` inside the
import's one transaction).  Tags belong to their client or note: they are written whenever that
record is (new, or newer in the file), and a file written before tags existed simply has none.
Payments merge by UUID like every record: a known one is replaced only by a strictly newer
``updated_at``, and it stays with its client.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from clientjournal.core.exchange.schema_check import JsonPath
from clientjournal.store import tags as tag_store
from clientjournal.store.exchange.common import (
    ImportFailed,
    clients_where,
    find,
    ids_by_uuid,
    location,
    split_by_journal,
    stored_time,
)
from clientjournal.store.exchange.times import canonical_date, canonical_time
from clientjournal.store.models import database

_EXPORT_SQL = (
    "SELECT p.client_id, p.uuid, p.number, p.amount_cents, p.currency, p.issued_on, p.due_on, "
    "p.paid_on, pr.uuid, p.note, p.created_at, p.updated_at FROM payment p "
    "LEFT JOIN project pr ON pr.id = p.project_id {clients} ORDER BY p.issued_on, p.id"
)
_COLUMNS = (
    "number, amount_cents, currency, issued_on, due_on, paid_on, note, created_at, updated_at"
)
_INSERT = (
    f"INSERT INTO payment (uuid, {_COLUMNS}, project_id, client_id) VALUES ({', '.join('?' * 12)})"
)
_UPDATE = (
    "UPDATE payment SET number = ?, amount_cents = ?, currency = ?, issued_on = ?, due_on = ?, "
    "paid_on = ?, note = ?, created_at = ?, updated_at = ?, project_id = ? WHERE uuid = ?"
)
_UPDATED = 3 + _COLUMNS.split(", ").index("updated_at")

# A payment row: path in the file, client uuid, payment uuid, the values of ``_COLUMNS``, then
# the project's uuid (or None).
Row = tuple[Any, ...]


# -- export ---------------------------------------------------------------------------------
def export_payments(client_ids: Sequence[int] | None = None) -> dict[int, list[dict[str, Any]]]:
    """Payments per client id (of ``client_ids``; None: all), in the order they were issued."""
    grouped: dict[int, list[dict[str, Any]]] = {}
    where, params = clients_where("p.client_id", client_ids)
    for row in database.execute_sql(_EXPORT_SQL.format(clients=where), params).fetchall():
        client_id, uuid, number, cents, currency, issued, due, paid, project = row[:9]
        note, created, updated = row[9:]
        grouped.setdefault(client_id, []).append(
            {
                "uuid": uuid,
                "number": number,
                "amount_cents": int(cents),
                "currency": currency,
                "issued_on": canonical_date(issued),
                "due_on": canonical_date(due),
                "paid_on": canonical_date(paid),
                "project": project,
                "note": note,
                "created_at": canonical_time(created),
                "updated_at": canonical_time(updated),
            }
        )
    return grouped


def export_tags() -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """(tags by client id, tags by note id), each list alphabetical."""
    clients: dict[int, list[str]] = {}
    notes: dict[int, list[str]] = {}
    for table, column, target in (
        ("client_tag", "client_id", clients),
        ("note_tag", "note_id", notes),
    ):
        rows = database.execute_sql(
            f"SELECT l.{column}, t.name FROM {table} l JOIN tag t ON t.id = l.tag_id "
            f"ORDER BY l.{column}, t.name COLLATE cj_name"
        ).fetchall()
        for owner, name in rows:
            target.setdefault(owner, []).append(name)
    return clients, notes


def export_client_tags(client_ids: Sequence[int] | None = None) -> dict[int, list[str]]:
    """Tags by client id (of ``client_ids``; None: all), each list alphabetical."""
    where, params = clients_where("l.client_id", client_ids)
    return _tags(
        "SELECT l.client_id, t.name FROM client_tag l JOIN tag t ON t.id = l.tag_id "
        f"{where} ORDER BY l.client_id, t.name COLLATE cj_name",
        params,
    )


def export_note_tags(client_id: int) -> dict[int, list[str]]:
    """The tags of one client's notes by note id, each list alphabetical: read a client at a
    time, so an export of a million notes does not hold all their tags."""
    return _tags(
        "SELECT l.note_id, t.name FROM note_tag l JOIN tag t ON t.id = l.tag_id "
        "JOIN note n ON n.id = l.note_id WHERE n.client_id = ? "
        "ORDER BY l.note_id, t.name COLLATE cj_name",
        (client_id,),
    )


def _tags(sql: str, params: tuple = ()) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for owner, name in database.execute_sql(sql, params).fetchall():
        found.setdefault(owner, []).append(name)
    return found


# -- import ---------------------------------------------------------------------------------
def client_records(i: int, client: Any) -> list[tuple[dict, JsonPath]]:
    """A valid client's payments with their paths, for the duplicate-UUID check."""
    return [(pay, ("clients", i, "payments", j)) for j, pay in enumerate(client["payments"])]


def check(source: str, document: Any) -> None:
    """A payment's project must be one of its client's, and it cannot fall due before it was
    issued or be paid before it was issued."""
    for i, client in enumerate(document["clients"]):
        projects = {project["uuid"] for project in client.get("projects", [])}
        for j, payment in enumerate(client["payments"]):
            path = ("clients", i, "payments", j)
            project = payment.get("project")
            if project is not None and project not in projects:
                raise ImportFailed(
                    source,
                    "the project is not one of this client's projects",
                    location(document, (*path, "project")),
                )
            issued = date.fromisoformat(payment["issued_on"])
            for field in ("due_on", "paid_on"):
                value = payment.get(field)
                if value is not None and date.fromisoformat(value) < issued:
                    raise ImportFailed(
                        source,
                        f"{field} is before the invoice was issued (issued_on)",
                        location(document, (*path, field)),
                    )


def collect(source: str, document: Any) -> list[Row]:
    exported = document["exported_at"]
    rows: list[Row] = []
    for i, client in enumerate(document["clients"]):
        for j, payment in enumerate(client["payments"]):
            path = ("clients", i, "payments", j)
            given = {"created_at": exported, "updated_at": exported, **payment}
            times = [
                stored_time(source, document, given[key], (*path, key))
                for key in ("created_at", "updated_at")
            ]
            rows.append(
                (path, client["uuid"], payment["uuid"], payment.get("number", ""),
                 int(payment["amount_cents"]), payment["currency"].upper(),
                 payment["issued_on"], payment["due_on"], payment.get("paid_on"),
                 payment.get("note", ""), *times, payment.get("project"))
            )  # fmt: skip
    return rows


def merge_payments(
    source: str, document: Any, rows: list[Row], client_ids: dict[str, int]
) -> tuple[int, int]:
    """Write inside the caller's transaction; returns (payments inserted, payments updated)."""
    new, newer = split_by_journal(source, document, rows, "payment", _UPDATED)
    project_ids = ids_by_uuid("project", {row[-1] for row in rows if row[-1]})

    def values(row: Row) -> tuple:
        return (*row[3:-1], project_ids.get(row[-1]))

    cursor = database.cursor()
    cursor.executemany(_INSERT, [(row[2], *values(row), client_ids[row[1]]) for row in new])
    cursor.executemany(_UPDATE, [(*values(row), row[2]) for row in newer])
    return len(new), len(newer)


def merge_tags(document: Any, written: set[str], replaced: set[str]) -> None:
    """Give every client and note the import wrote the file's tags.

    ``written`` holds the uuids of clients and notes the import inserted or replaced;
    ``replaced`` those of them the journal had before, whose old tags go.  A new record without
    tags needs no work, which keeps importing 100,000 untagged notes fast.
    """
    wanted: dict[str, dict[str, list[str]]] = {"client": {}, "note": {}}
    for client in document["clients"]:
        records = [("client", client), *(("note", note) for note in client["notes"])]
        for table, record in records:
            uuid = record["uuid"]
            if uuid in written and (record.get("tags") or uuid in replaced):
                wanted[table][uuid] = record.get("tags", [])
    for table, tags in wanted.items():
        ids = find(f"SELECT uuid, id FROM {table} WHERE uuid IN ({{marks}})", list(tags))
        tag_store.write_tags(table, [(ids[uuid][0], names) for uuid, names in tags.items()])
    tag_store.prune()
