"""Replies (drafts of the sleep-on-it queue) in the JSON exchange: exported here, and checked,
collected and merged back here like the checklist.

The import half is called by ``exchange_import`` in its three steps: ``check`` (the document alone, before the
journal is touched), ``collect`` (rows ready for SQL) and ``merge`` (inside the import's one
transaction, after clients and notes are written, so a sent draft can point at its note).  The
merge rule is the one for every record: a UUID the journal does not have is inserted as it is in
the file; a known one is replaced only by a strictly newer ``updated_at``; a draft stays with its
client (a UUID the journal holds under another client is an error, not a move).

The original format had six fields per draft; what came later is optional, and missing means
no subject, no signals, null times, and for ``updated_at`` the file's ``exported_at`` (as for
agreements).  Ready times are imported as they are: the app recomputes them for the local zone
at start (``drafts.refresh_hold_times``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from clientjournal.core.cooling import DraftStatus
from clientjournal.core.exchange.schema_check import JsonPath, shown
from clientjournal.store.exchange.common import (
    ImportFailed,
    ids_by_uuid,
    location,
    rows_by_client,
    split_by_journal,
    stored_time,
)
from clientjournal.store.exchange.times import canonical_time
from clientjournal.store.models import database

_COLUMNS = (
    "subject, body, status, created_at, updated_at, held_at, hold_until, released_early_at, "
    "sent_at, tone_score, tone_signals, sent_note_id"
)
_INSERT = f"INSERT INTO draft (uuid, {_COLUMNS}, client_id) VALUES ({', '.join('?' * 14)})"
_UPDATE = (
    "UPDATE draft SET subject = ?, body = ?, status = ?, created_at = ?, updated_at = ?, "
    "held_at = ?, hold_until = ?, released_early_at = ?, sent_at = ?, tone_score = ?, "
    "tone_signals = ?, sent_note_id = ? WHERE uuid = ?"
)
_TIMES = ("created_at", "updated_at", "held_at", "hold_until", "released_early_at", "sent_at")

# A row: path in the file, client uuid, draft uuid, then the values of ``_COLUMNS`` with the
# sent note's uuid in place of its id.
Row = tuple[Any, ...]


_DRAFT_SQL = (
    "SELECT d.client_id, d.uuid, d.created_at, d.hold_until, d.status, d.body, d.tone_score, "
    "d.subject, d.updated_at, d.held_at, d.released_early_at, d.sent_at, n.uuid, d.tone_signals "
    "FROM draft d LEFT JOIN note n ON n.id = d.sent_note_id {clients} ORDER BY d.created_at, d.id"
)


def _draft(
    uuid: str, created: str, until: str | None, status: str, body: str, score: float | None,
    subject: str, updated: str, held: str | None, released: str | None, sent: str | None,
    note: str | None, signals: str | None,
) -> dict[str, Any]:  # fmt: skip
    return {
        # The six fields of the original format, then the sleep-on-it queue's own.
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


def export_drafts(client_ids: Sequence[int] | None = None) -> dict[int, list[dict[str, Any]]]:
    """Drafts per client (of ``client_ids``; None: all), in the order they were written."""
    return rows_by_client(_DRAFT_SQL, _draft, client_ids, "d.client_id")


def client_records(i: int, client: Any) -> list[tuple[dict, JsonPath]]:
    """A valid client's drafts with their paths, for the duplicate-UUID check."""
    return [(draft, ("clients", i, "drafts", j)) for j, draft in enumerate(client["drafts"])]


def check(source: str, document: Any) -> None:
    """A held draft needs its ready time, and a sent one may point only at its client's note."""
    for i, client in enumerate(document["clients"]):
        notes = {note["uuid"] for note in client["notes"]}
        for j, draft in enumerate(client["drafts"]):
            path = ("clients", i, "drafts", j)
            if draft["status"] == DraftStatus.HELD and draft["hold_until"] is None:
                raise ImportFailed(
                    source,
                    "a held draft needs the time it is ready (hold_until)",
                    location(document, (*path, "hold_until")),
                )
            note = draft.get("sent_note")
            if note is not None and note not in notes:
                raise ImportFailed(
                    source,
                    f"note {shown(note)} is not one of this client's notes",
                    location(document, (*path, "sent_note")),
                )


def collect(source: str, document: Any) -> list[Row]:
    exported = document["exported_at"]
    rows: list[Row] = []
    for i, client in enumerate(document["clients"]):
        for j, draft in enumerate(client["drafts"]):
            path = ("clients", i, "drafts", j)
            given = {"updated_at": exported, **draft}
            times = {
                key: stored_time(source, document, given.get(key), (*path, key)) for key in _TIMES
            }
            score = draft["tone_score"]
            rows.append(
                (path, client["uuid"], draft["uuid"], draft.get("subject", ""), draft["body"],
                 draft["status"], *times.values(), None if score is None else float(score),
                 json.dumps(draft.get("tone_signals", []), ensure_ascii=False),
                 draft.get("sent_note"))
            )  # fmt: skip
    return rows


def merge(
    source: str, document: Any, rows: list[Row], client_ids: dict[str, int]
) -> tuple[int, int]:
    """Write inside the caller's transaction; returns (drafts inserted, drafts updated)."""
    updated_index = 3 + _COLUMNS.split(", ").index("updated_at")
    new, newer = split_by_journal(source, document, rows, "draft", updated_index)
    note_ids = ids_by_uuid("note", {row[-1] for row in rows if row[-1]})

    def values(row: Row) -> tuple:
        return (*row[3:-1], note_ids.get(row[-1]))

    cursor = database.cursor()
    cursor.executemany(_INSERT, [(row[2], *values(row), client_ids[row[1]]) for row in new])
    cursor.executemany(_UPDATE, [(*values(row), row[2]) for row in newer])
    return len(new), len(newer)
