"""Note conflicts as the note pane sees them, and resolving them (each step syncs: the
resolution is a tombstone of the conflict, its undo brings the conflict back)."""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Literal

from clientjournal.core.sync.clock import device_of, wall_ms
from clientjournal.core.sync.merge import conflict_uuid
from clientjournal.core.timeutil import from_iso, to_iso, utcnow
from clientjournal.store.models import database
from clientjournal.store.sync import capture, local, state

Keep = Literal["mine", "theirs", "both"]


def device_names() -> dict[str, str]:
    rows = database.execute_sql("SELECT device, name FROM sync_device WHERE name != ''")
    names = {device: name for device, name in rows.fetchall()}
    own = local.get(local.DEVICE_ID)
    if own is not None:
        names[own] = local.device_name()
    return names


def name_of(device: str, names: dict[str, str]) -> str:
    """The device's name, or "" for one that never named itself (the window words it)."""
    return names.get(device) or ""


def body_writer(note_id: int) -> tuple[str, datetime]:
    """The device that wrote the note's current text, and when ("" when unknown)."""
    found = database.execute_sql("SELECT uuid FROM note WHERE id = ?", (note_id,)).fetchone()
    record = state.load([("note", found[0])]).get(("note", found[0])) if found else None
    body = record.fields.get("body") if record is not None else None
    if not body:
        return "", utcnow()
    return device_of(body[1]), datetime.fromtimestamp(wall_ms(body[1]) / 1000, UTC)


def rows(note_ids: Iterable[int]) -> list[tuple[str, int, str, str, str]]:
    ids = sorted(set(note_ids))
    found = []
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ",".join("?" * len(part))
        found += database.execute_sql(
            f"SELECT uuid, note_id, body, device_id, at FROM note_conflict "
            f"WHERE note_id IN ({marks}) ORDER BY at, uuid",
            tuple(part),
        ).fetchall()
    return found


def conflicted_note_ids(client_id: int) -> set[int]:
    """Asked at every client switch (the note pane's banner): the conflicts, few or none, are
    gone through and their notes looked up, instead of every note of the client (SQLite's
    own choice) looked up among the conflicts (issue 21)."""
    found = database.execute_sql(
        "SELECT DISTINCT c.note_id FROM note_conflict c CROSS JOIN note n ON n.id = c.note_id "
        "WHERE n.client_id = ?",
        (client_id,),
    ).fetchall()
    return {note_id for (note_id,) in found}


def both_note_uuid(conflict: str) -> str:
    """The note "keep both" makes: the same on every device that resolves it so."""
    return str(uuid_module.uuid5(uuid_module.NAMESPACE_URL, f"clientjournal-conflict/{conflict}"))


def resolve(conflict: str, keep: Keep) -> None:
    if keep not in ("mine", "theirs", "both"):
        raise ValueError(f"keep must be mine, theirs or both, not {keep!r}")
    row = database.execute_sql(
        "SELECT c.note_id, c.body, n.client_id, n.kind FROM note_conflict c "
        "JOIN note n ON n.id = c.note_id WHERE c.uuid = ?",
        (conflict,),
    ).fetchone()
    if row is None:
        return  # resolved already (here, or on another computer and synced since)
    note_id, body, client_id, kind = row
    now = to_iso(utcnow())
    with database.atomic():
        if keep in ("mine", "both"):
            # The note keeps its text: published again as an edit on it, so that another
            # computer choosing otherwise meets this choice as a new conflict (before, a
            # choice that changed nothing published nothing and the other choice won alone).
            _edit_on_current(note_id)
        if keep == "theirs":
            database.execute_sql(
                "UPDATE note SET body = ?, updated_at = ? WHERE id = ?", (body, now, note_id)
            )
        elif keep == "both":
            database.execute_sql(
                "INSERT OR IGNORE INTO note (uuid, client_id, created_at, updated_at, kind, body) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (both_note_uuid(conflict), client_id, now, now, kind, body),
            )
        database.execute_sql("DELETE FROM note_conflict WHERE uuid = ?", (conflict,))


def restore(
    conflict: str, note_id: int, body: str, at_text: str, body_before: str, choice: bool = True
) -> None:
    """``choice`` False: the conflict comes back with its note (the undo of a delete), not by
    the undo of a choice: how the note's text is published stays as it was."""
    note = database.execute_sql("SELECT uuid, body FROM note WHERE id = ?", (note_id,)).fetchone()
    if note is None:
        return
    note_uuid, current = note
    device = ""
    record = state.load([("note", note_uuid)]).get(("note", note_uuid))
    if record is not None and record.versions:
        device = next(
            (device_of(c) for c in record.versions if conflict_uuid(note_uuid, c) == conflict), ""
        )
    with database.atomic():
        database.execute_sql(
            "INSERT OR IGNORE INTO note_conflict (uuid, note_id, body, device_id, at) "
            "VALUES (?, ?, ?, ?, ?)",
            (conflict, note_id, body, device, to_iso(from_iso(at_text))),
        )
        if current != body_before:
            database.execute_sql(
                "UPDATE note SET body = ?, updated_at = ? WHERE id = ?",
                (body_before, to_iso(utcnow()), note_id),
            )
        # The note "keep both" made goes, unless its text changed since (an edit another
        # computer made of it, brought by a round): that edit is kept, as a note beside the
        # conflict opened again (before, the undo deleted it, everywhere).
        database.execute_sql(
            "DELETE FROM note WHERE uuid = ? AND body = ?", (both_note_uuid(conflict), body)
        )
        if choice:
            capture.edit_body_on(note_uuid, None)  # the choice undone before a round published it


def _edit_on_current(note_id: int) -> None:
    found = database.execute_sql("SELECT uuid FROM note WHERE id = ?", (note_id,)).fetchone()
    if found is None:
        return
    record = state.load([("note", found[0])]).get(("note", found[0]))
    body = record.fields.get("body") if record is not None else None
    if body and body[1]:
        capture.edit_body_on(found[0], body[1])


def typed_over(note_uuid: str, replaced: str, written: str) -> None:
    """The window kept what was typed in the note while a round wrote another computer's
    text (clock ``written``) over the version this computer had (clock ``replaced``): the
    typing is published as an edit on ``replaced``, concurrent to the other text, so every
    computer finds the same conflict; it is shown here at once under the UUID the engine
    derives for it (the next round finds it there)."""
    note = database.execute_sql("SELECT id FROM note WHERE uuid = ?", (note_uuid,)).fetchone()
    record = state.load([("note", note_uuid)]).get(("note", note_uuid))
    if note is None or record is None or record.versions is None:
        return
    body = record.fields.get("body")
    text = body[0] if body and body[1] == written else record.versions.get(written, [None, None])[1]
    if not isinstance(text, str):
        return  # the round's text was replaced since (built on): nothing to keep beside it
    with database.atomic():
        capture.edit_body_on(note_uuid, replaced)
        database.execute_sql(
            "INSERT OR IGNORE INTO note_conflict (uuid, note_id, body, device_id, at) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                conflict_uuid(note_uuid, written),
                note[0],
                text,
                device_of(written),
                to_iso(datetime.fromtimestamp(wall_ms(written) / 1000, UTC)),
            ),
        )
