"""A note's open sync conflicts in the JSON export (attack-20e E4): the other computer's text
of a note, kept until the user chooses in the note pane, went missing from an export carried
to a new computer.

A note carries an optional ``conflicts`` list, written only when it has open conflicts (so an
export without any stays as it was).  Each entry holds only what is the same on every computer
that has the conflict: its UUID (derived from the note and the version's clock), the text, the
device that wrote it and when; never the row id.  Entries come ordered by time and UUID, so two
replicas holding the same conflict export the same text.

An import's own text of a note can become such a conflict too (held28c): the window kept what
the user typed into the note while the import wrote the file's newer copy of it, and keeps the
file's text beside it (``keep_imported``), as a round keeps another computer's; its device is
``IMPORTED``, so the note pane words it as the import's.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import datetime
from typing import Any

from clientjournal.core.timeutil import to_iso
from clientjournal.core.validation import strip_controls
from clientjournal.store.exchange.common import stored_time
from clientjournal.store.exchange.times import canonical_time
from clientjournal.store.models import database
from clientjournal.store.sync import state

IMPORTED = "import"
"""The device of a text an import brought (``keep_imported``); a computer's id is 16 hex digits."""

_EXPORT_SQL = (
    "SELECT c.note_id, c.uuid, c.body, c.device_id, c.at FROM note_conflict c "
    "JOIN note n ON n.id = c.note_id WHERE n.client_id = ? ORDER BY c.note_id, c.at, c.uuid"
)


def export_note_conflicts(client_id: int) -> dict[int, list[dict[str, Any]]]:
    """The client's open conflicts by note id (only notes that have one)."""
    found: dict[int, list[dict[str, Any]]] = {}
    for note_id, uuid, body, device, at in database.execute_sql(_EXPORT_SQL, (client_id,)):
        found.setdefault(note_id, []).append(
            {"uuid": uuid, "body": body, "device": device, "at": canonical_time(at)}
        )
    return found


def collect(source: str, document: Any) -> list[tuple[str, str, str, str, str | None]]:
    """Rows ready for SQL: (note uuid, conflict uuid, text, device, stored time)."""
    rows = []
    for i, client in enumerate(document["clients"]):
        for j, note in enumerate(client["notes"]):
            for k, conflict in enumerate(note.get("conflicts", ())):
                path = ("clients", i, "notes", j, "conflicts", k, "at")
                rows.append(
                    (
                        note["uuid"],
                        conflict["uuid"],
                        strip_controls(conflict["body"]),  # as a note's text
                        conflict["device"],
                        stored_time(source, document, conflict["at"], path),
                    )
                )
    return rows


def merge(rows: list[tuple[str, str, str, str, str | None]]) -> int:
    """Open the file's conflicts on the imported notes, inside the caller's transaction;
    returns how many were new.  A conflict the journal has already (the same file imported
    twice), one resolved here (its tombstone in the sync state: an old export must not bring
    back a choice made since) and one whose text is the note's own text now are skipped."""
    if not rows:
        return 0
    resolved = state.load(("note_conflict", row[1]) for row in rows)
    added = 0
    for note_uuid, uuid, body, device, at in rows:
        record = resolved.get(("note_conflict", uuid))
        if record is not None and record.deleted:
            continue
        note = database.execute_sql(
            "SELECT id, body FROM note WHERE uuid = ?", (note_uuid,)
        ).fetchone()
        if note is None or note[1] == body:
            continue
        cursor = database.execute_sql(
            "INSERT OR IGNORE INTO note_conflict (uuid, note_id, body, device_id, at) "
            "VALUES (?, ?, ?, ?, ?)",
            (uuid, note[0], body, device, at),
        )
        added += cursor.rowcount
    return added


def keep_imported(note_id: int, body: str, at: datetime) -> bool:
    """The window kept what was typed in a note while an import wrote the file's text
    ``body`` (changed there at ``at``) into it: that text becomes a conflict beside the
    note, so the note pane shows both and the user chooses (the typing is saved as the
    note's text next).  False when the note is gone or has that text as an open conflict
    already.  It stays on this computer (the note's text goes out with the next round as
    any edit), and travels in exports as any open conflict."""
    if database.execute_sql("SELECT 1 FROM note WHERE id = ?", (note_id,)).fetchone() is None:
        return False
    same = database.execute_sql(
        "SELECT 1 FROM note_conflict WHERE note_id = ? AND body = ?", (note_id, body)
    ).fetchone()
    if same is not None:
        return False
    database.execute_sql(
        "INSERT INTO note_conflict (uuid, note_id, body, device_id, at) VALUES (?, ?, ?, ?, ?)",
        (str(uuid_module.uuid4()), note_id, body, IMPORTED, to_iso(at)),
    )
    return True


def imported(conflict_uuids: list[str]) -> set[str]:
    """Of these open conflicts, the ones an import brought (``keep_imported``)."""
    if not conflict_uuids:
        return set()
    marks = ",".join("?" * len(conflict_uuids))
    rows = database.execute_sql(
        f"SELECT uuid FROM note_conflict WHERE device_id = ? AND uuid IN ({marks})",
        (IMPORTED, *conflict_uuids),
    )
    return {uuid for (uuid,) in rows.fetchall()}
