"""Publishing: what changed in the journal since the last round, as changes.

The triggers of migration 8 list every record any writer touched in ``sync_dirty``.  For each
such record the journal's current values are read (references as UUIDs, tags as names) and
compared with the replicated state; each field that differs becomes one change with a new
clock (its wall time the moment the record was changed, not the round's) and, as ``base``, the
clock of the value it replaces.  A record that is gone becomes a tombstone.  The changes are
merged into the state at once, so the state always holds what this device has published.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from clientjournal.core.sync.clock import Clock
from clientjournal.core.sync.format import MAX_CHANGES, Change
from clientjournal.core.sync.merge import canonical, digest, merge_field, same_value
from clientjournal.core.sync.records import (
    DELETED,
    ITEMS,
    KINDS,
    NOTE_CONFLICT,
    PROFILE_PREFIX,
    TAGS,
    Kind,
)
from clientjournal.store.models import database
from clientjournal.store.sync import local, state
from clientjournal.store.sync.state import Key, Record

Values = dict[str, Any]

HELD = "held/"
"""``sync_local`` keys ``held/<kind>/<uuid>``: what this computer had of a record when it
deleted it (each field's clock and a digest of its value), for the undo of the delete."""
HELD_FOR_MS = 30 * 86_400_000
"""How long that is kept: an undo comes from the window's undo stack, long before this."""
EDIT_ON = "edit/note/"
"""``sync_local`` keys ``edit/note/<uuid>`` = a body clock: the note's text is published at
its next capture as a new edit built on that clock, even when it equals the state's text.
Set when the text here was chosen or typed over a version this computer had, while another
version arrived or stays beside it: a conflict resolved by keeping the text the note has (so
two computers choosing differently meet as a new conflict, instead of one choice silently
dropping the other), and typing that went on in the window while a round wrote another
computer's text into the note (so the two texts are concurrent everywhere, one conflict)."""


def edit_body_on(note_uuid: str, base: str | None) -> None:
    """Publish the note's text at the next round as an edit on ``base`` (see ``EDIT_ON``);
    None: forget it (an undo before that round).  The note is marked dirty."""
    local.put(EDIT_ON + note_uuid, base if base is None else (base or "-"))
    if base is not None:
        database.execute_sql(
            "DELETE FROM sync_dirty WHERE kind = 'note' AND uuid = ?", (note_uuid,)
        )
        database.execute_sql(
            "INSERT INTO sync_dirty (kind, uuid, changed_at) VALUES ('note', ?, ?)",
            (note_uuid, int(time.time() * 1000)),
        )


def _edits_on() -> dict[str, str | None]:
    rows = database.execute_sql(
        "SELECT key, value FROM sync_local WHERE key >= ? AND key < ?",
        (EDIT_ON, EDIT_ON + "\uffff"),
    ).fetchall()
    return {key[len(EDIT_ON) :]: (None if value == "-" else value) for key, value in rows}


@dataclass
class Captured:
    """One capture: the changes to publish, the state records they went into, and the
    records that came back by an undo whose journal rows must take values of the state (an
    edit another computer made while they were deleted)."""

    changes: list[Change]
    touched: dict[Key, Record]
    reproject: set[Key] = field(default_factory=set)
    sent: int = 0  # changes made (those of a first round are not kept: see ``capture``)
    back: set[Key] = field(default_factory=set)  # see ``_Run._record``
    whole: bool = False  # published as a snapshot: a first round, or more than a change file


def _select(kind: Kind, everything: bool = False) -> str:
    refs = "".join(
        f", (SELECT uuid FROM {ref.kind} WHERE id = t.{ref.column})" for ref in kind.refs
    )
    columns = "".join(f", t.{column}" for column in kind.columns)
    profile = ", t.profile" if kind.profile else ""
    return f"SELECT t.{kind.key_column}{columns}{refs}{profile} FROM {kind.table} t" + (
        "" if everything else _DIRTY_ONLY.format(key=kind.key_column)
    )


_DIRTY_ONLY = " JOIN sync_dirty d ON d.kind = ? AND d.uuid = t.{key}"
"""What limits a query of a kind's table to its dirty records (the kind's name its value)."""


def journal_values(
    kind: Kind,
    everything: bool = False,
    where: tuple[str, tuple[str, ...]] | None = None,
    extra: dict[str, dict[str, str | None]] | None = None,
    db: Any = database,
) -> dict[str, Values]:
    """The current values of the kind's dirty records that are in the journal (``db``: or in
    a restore's copy, ``restored.note_restored_values``, with its ``extra``).

    ``everything``: every record of the kind is dirty (``mark_everything`` ran: a first round
    in a folder), so its table is read without the join on ``sync_dirty``, which fetched each
    row by its UUID's place twice (issue 21), in its own order or, with ``where`` (a batch's
    ``BETWEEN``/``IN`` and its UUIDs), those rows.  ``extra``: ``local.extra_fields``."""
    dirty_only = "" if everything else _DIRTY_ONLY.format(key="uuid")
    named: tuple[str, ...] = () if everything else (kind.name,)
    select = _select(kind, everything)
    if where is not None:
        assert everything
        select += f" WHERE t.{kind.key_column} {where[0]}"
        named = where[1]
    in_range = "" if where is None else f" WHERE t.uuid {where[0]}"
    found: dict[str, Values] = {}
    for row in db.execute_sql(select, named):
        values: Values = dict(zip(kind.columns, row[1 : 1 + len(kind.columns)], strict=True))
        at = 1 + len(kind.columns)
        for ref in kind.refs:
            values[ref.field] = row[at]
            at += 1
        if kind.profile:
            profile = json.loads(row[at]) if row[at] else {}
            for key, value in profile.items():
                values[PROFILE_PREFIX + key] = value
        found[row[0]] = values
    if kind.tags_table:
        for uuid in found:
            found[uuid][TAGS] = []
        owner = kind.tags_table.removesuffix("_tag")
        rows = db.execute_sql(
            f"SELECT t.uuid, tag.name FROM {kind.table} t{dirty_only} "
            f"JOIN {kind.tags_table} link ON link.{owner}_id = t.id "
            f"JOIN tag ON tag.id = link.tag_id{in_range}",
            named,
        )
        for uuid, name in rows:
            found[uuid][TAGS].append(name)
        for values in found.values():
            values[TAGS] = sorted(values[TAGS])
    if kind.extra:
        for uuid, fields in (local.extra_fields(kind.name) if extra is None else extra).items():
            if uuid in found:
                found[uuid].update(fields)
    if kind.items:
        for uuid in found:
            found[uuid][ITEMS] = []
        rows = db.execute_sql(
            f"SELECT t.uuid, i.position, i.title, i.category, i.details "
            f"FROM agreement_template t{dirty_only} "
            f"JOIN agreement_template_item i ON i.template_id = t.id{in_range} "
            "ORDER BY t.uuid, i.position, i.id",
            named,
        )
        for uuid, *item in rows:
            found[uuid][ITEMS].append(list(item))
    return found


def _conflict_rows() -> set[str]:
    rows = database.execute_sql(
        "SELECT c.uuid FROM note_conflict c "
        "JOIN sync_dirty d ON d.kind = 'note_conflict' AND d.uuid = c.uuid"
    ).fetchall()
    return {uuid for (uuid,) in rows}


def _field_changes(record: Record, values: Values | None) -> Iterator[tuple[str, Any]]:
    if values is None:
        if record.fields and not record.deleted:
            yield DELETED, True
        return
    if record.deleted:
        yield DELETED, False
    for name, value in values.items():
        entry = record.fields.get(name)
        if entry is None or not same_value(entry[0], value):
            yield name, value
    for name, entry in record.fields.items():
        if name.startswith(PROFILE_PREFIX) and name not in values and entry[0] is not None:
            yield name, None  # the entry was removed from the profile


def _keep_emptied_links(
    kind: Kind, uuid: str, values: Values, record: Record, unchanged: set[Key]
) -> None:
    """An optional reference the journal emptied itself (ON DELETE SET NULL) when the record
    it named was deleted here is not published as emptied: the state keeps the link, so the
    undo of the delete brings it back on every computer (as a delete received from another
    computer does).  Put back before this round (deleted and restored, nothing else
    changed), the link is written back here at once; still deleted, the record waits for it
    (``sync_ref``) like one from another computer.  Emptied by hand (its record is there and
    was not deleted) it is published as any edit."""
    for ref in kind.refs:
        target = record.value(ref.field)
        if ref.required or values.get(ref.field) is not None or not isinstance(target, str):
            continue
        row = database.execute_sql(
            f"SELECT id FROM {ref.kind} WHERE uuid = ?", (target,)
        ).fetchone()
        if row is None:
            database.execute_sql(
                "INSERT OR IGNORE INTO sync_ref (ref, kind, uuid) VALUES (?, ?, ?)",
                (target, kind.name, uuid),
            )
        elif (ref.kind, target) in unchanged:
            database.execute_sql(
                f"UPDATE {kind.table} SET {ref.column} = ? WHERE uuid = ?", (row[0], uuid)
            )
        else:
            continue
        values[ref.field] = target


def _held_key(kind: str, uuid: str) -> str:
    return f"{HELD}{kind}/{uuid}"


def _value_digest(value: Any) -> int:
    return digest(canonical(value))


def _hold(kind: str, uuid: str, record: Record, now_ms: int) -> None:
    """Keep what this computer had of a record it deletes: each field's clock and a digest
    of its value (not the value: the state keeps the value, or the newer one)."""
    clocks: list[str | None] = []
    fields: dict[str, list[Any]] = {}
    for name, (value, stamp, _base) in record.fields.items():
        if name == DELETED:
            continue
        if stamp not in clocks:
            clocks.append(stamp)
        fields[name] = [clocks.index(stamp), _value_digest(value)]
    local.put(_held_key(kind, uuid), json.dumps({"at": now_ms, "c": clocks, "f": fields}))


def _held(kind: str, uuid: str) -> dict[str, tuple[str | None, int]] | None:
    """field -> (clock, digest of the value) this computer had when it deleted the record."""
    text = local.get(_held_key(kind, uuid))
    if text is None:
        return None
    try:
        found = json.loads(text)
        clocks = found["c"]
        return {name: (clocks[at], value) for name, (at, value) in found["f"].items()}
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def _undo_of_delete(
    record: Record, found: list[tuple[str, Any]], held: dict[str, tuple[str | None, int]]
) -> tuple[list[tuple[str, Any]], dict[str, str | None], bool]:
    """A record back by the undo of this computer's delete, while other computers changed
    some of its fields meanwhile (their edits were kept in the state, the delete won).  A
    field the undo brings back as it was when it was deleted takes the other computer's
    newer value (not published; ``True``: the row must be written from the state).  A field
    that differs from it too (an edit made just before the delete, before a round saw it) is
    published on the clock this computer had when it deleted it, so the other edit is
    concurrent to it (for a note's text: a conflict, both kept), never silently replaced."""
    absent = (None, _value_digest(None))
    kept: list[tuple[str, Any]] = []
    bases: dict[str, str | None] = {}
    from_state = False
    for name, value in found:
        if name == DELETED:
            kept.append((name, value))
            continue
        entry = record.fields.get(name)
        clock_then, digest_then = held.get(name, absent)
        if (entry[1] if entry else None) == clock_then:
            kept.append((name, value))  # not changed elsewhere while deleted
        elif _value_digest(value) == digest_then:
            from_state = True  # as it was: the other computer's edit is newer
        else:
            kept.append((name, value))
            bases[name] = clock_then
    return kept, bases, from_state


BATCH = 2048  # records a first round in a folder captures at a time (``_Run.stream``)
TICK_EVERY = 500  # records captured between two of the round's checks (``capture``'s tick)
STREAM_FROM = 20_000  # marked records of a kind a later round captures a batch at a time
_DIRTY = "SELECT uuid, changed_at FROM sync_dirty WHERE kind = ?"
_MANY = "SELECT COUNT(*) > ? FROM sync_dirty WHERE kind = ?"
_IN_ORDER = _DIRTY + " ORDER BY changed_at, uuid"  # as the records changed: their clocks'
Where = tuple[str, tuple[str, ...]]


def capture(
    clock: Clock, everything: bool = False, tick: Callable[[], None] | None = None
) -> Captured:
    """The changes of every dirty record, merged into their state records (returned, to save);
    ``sync_dirty`` is emptied.  Runs inside the round's transaction.  ``everything``: every
    record is dirty (``mark_everything`` ran: a first round in a folder, a snapshot), each
    kind captured ``BATCH`` records at a time and saved into the state at once; only their
    number is returned (issue 21: all at once, 10 GB at ten times the demo journal).
    ``tick()`` after each batch: the round's progress, which may raise to cut it short (the
    whole journal's capture took 12 s at the demo journal without a call, so a window
    waiting to cut the round short for an import froze that long: attack24d P1)."""
    run = _Run(clock, everything, tick)
    for kind in KINDS:
        many = everything or database.execute_sql(_MANY, (STREAM_FROM, kind.name)).fetchone()[0]
        if kind is not NOTE_CONFLICT and many:  # e.g. an import of a big journal
            run.stream(kind)
            continue
        dirty = dict(database.execute_sql(_DIRTY, (kind.name,)).fetchall())
        if not dirty:
            continue
        conflicts = kind is NOTE_CONFLICT
        values_of = {uuid: {} for uuid in _conflict_rows()} if conflicts else journal_values(kind)
        records = state.load((kind.name, uuid) for uuid in dirty)
        for record in run.records(kind, dirty, values_of, records):
            run.out.touched[(kind.name, record.uuid)] = record
    database.execute_sql("DELETE FROM sync_dirty")
    if run.held_any:
        database.execute_sql(
            "DELETE FROM sync_local WHERE key >= ? AND key < ? "
            "AND CAST(json_extract(value, '$.at') AS INTEGER) < ?",
            (HELD, HELD[:-1] + "0", run.now_ms - HELD_FOR_MS),
        )
    return run.out


_TARGETS = frozenset(ref.kind for kind in KINDS for ref in kind.refs)  # see _keep_emptied_links


class _Run:
    """One capture's bookkeeping across its kinds (see ``capture``)."""

    def __init__(
        self, clock: Clock, everything: bool, tick: Callable[[], None] | None = None
    ) -> None:
        self.clock = clock
        self.tick = tick
        self.everything = everything
        self.out = Captured([], {}, whole=everything)
        self.unchanged: set[Key] = set()  # dirty, but as published (deleted and put back)
        self.now_ms = int(time.time() * 1000)
        self.held_any = False
        self.edits_on = _edits_on()

    def stream(self, kind: Kind) -> None:
        """The marked records of ``kind`` a batch at a time, saved into the state at once."""
        extra = local.extra_fields(kind.name) if kind.extra else None
        for dirty, where in self._batches(kind):
            values_of = journal_values(kind, True, where, extra)
            records = state.load((kind.name, uuid) for uuid in dirty)
            touched = self.records(kind, dirty, values_of, records)
            state.save(touched)
            if self.tick is not None:
                self.tick()
            for record in touched:  # back by an undo (few): as the round had them before
                if (kind.name, record.uuid) in self.out.reproject:
                    self.out.touched[(kind.name, record.uuid)] = record

    def _batches(self, kind: Kind) -> Iterator[tuple[dict[str, int], Where]]:
        """A first round: ``BATCH`` at a time in UUID order (the marks' and the state's keys:
        the state is written as one sorted run), the rows a range of the UUID index.  A later
        round: ``state.CHUNK`` at a time in the order they changed (their clocks follow it)."""
        if not self.everything:  # sorted (no index): all read before the first row, so the
            # marks the triggers make meanwhile (``_keep_emptied_links``) do not disturb it
            cursor = database.execute_sql(_IN_ORDER, (kind.name,))
            while rows := cursor.fetchmany(state.CHUNK):
                yield dict(rows), (f"IN ({','.join('?' * len(rows))})", tuple(u for u, _ in rows))
            return
        last = ""
        while rows := database.execute_sql(
            _DIRTY + " AND uuid > ? ORDER BY uuid LIMIT ?", (kind.name, last, BATCH)
        ).fetchall():
            last = rows[-1][0]
            yield dict(rows), ("BETWEEN ? AND ?", (rows[0][0], last))

    def records(
        self,
        kind: Kind,
        dirty: dict[str, int],
        values_of: dict[str, Values],
        records: dict[Key, Record],
    ) -> list[Record]:
        """Capture these records in the order they changed; returns those with changes."""
        touched = []
        tick = self.tick
        for number, uuid in enumerate(sorted(dirty, key=lambda u: (dirty[u], u))):
            if tick is not None and number % TICK_EVERY == TICK_EVERY - 1:
                tick()
            record = records.get((kind.name, uuid)) or state.new_record(kind.name, uuid)
            if self._record(kind, record, values_of.get(uuid), dirty[uuid]):
                touched.append(record)
        return touched

    def _record(self, kind: Kind, record: Record, values: Values | None, changed_at: int) -> bool:
        uuid = record.uuid
        key = (kind.name, uuid)
        bases: dict[str, str | None] = {}
        if kind is NOTE_CONFLICT and values is None and not record.fields:
            record.fields = {}  # resolved here before any round saw it: tombstone it
            found = [(DELETED, True)]
        else:
            if values is not None and record.fields and not record.deleted:
                _keep_emptied_links(kind, uuid, values, record, self.unchanged)
            found = list(_field_changes(record, values))
            if values is not None and not found and kind.name in _TARGETS:
                self.unchanged.add(key)
            if kind is not NOTE_CONFLICT and record.fields:
                if values is None and not record.deleted:
                    _hold(kind.name, uuid, record, self.now_ms)
                    self.held_any = True
                elif values is not None and record.deleted:
                    held = _held(kind.name, uuid)
                    if held is not None:
                        found, bases, from_state = _undo_of_delete(record, found, held)
                        if from_state:
                            self.out.reproject.add(key)
                        local.put(_held_key(kind.name, uuid), None)
            if kind.name == "note" and uuid in self.edits_on:
                local.put(EDIT_ON + uuid, None)
                if values is not None and not record.deleted and "body" in values:
                    if all(name != "body" for name, _value in found):
                        found.append(("body", values["body"]))
                    bases["body"] = self.edits_on[uuid]
        stamp = self.clock.tick(changed_at) if found else ""  # one clock for the record's fields
        record.packed = None
        new = not record.fields  # nothing to merge with
        out = self.out
        out.sent += len(found)
        for name, value in found:
            if new:
                base = None
                record.fields[name] = [value, stamp, None]
            else:
                current = record.fields.get(name)
                base = bases[name] if name in bases else (current[1] if current else None)
                versions = record.versions if (kind.name == "note" and name == "body") else None
                merge_field(record.fields, name, value, stamp, base, versions)
            # back here (an undo; or new in the state, but in a first round, where every
            # record is): records of other computers may wait for it
            if (name == DELETED and value is False) or (base is None and not self.everything):
                out.back.add(key)
            if not out.whole:  # kept for the change file (but in a first round: a snapshot)
                out.changes.append(Change(kind.name, uuid, name, value, stamp, base))
                if len(out.changes) > MAX_CHANGES:  # more than a change file holds
                    out.changes, out.whole = [], True
        if new and record.versions is not None and "body" in record.fields:
            record.versions[stamp] = [None, None]
        return bool(found)
