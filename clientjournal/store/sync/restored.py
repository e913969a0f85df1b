"""A first round in a folder whose journal holds values the folder already has, older ones
included: a journal restored from a backup (``clientjournal restore``, Settings, a file
copy), or copied onto another computer, before or after its first round there.

Its first round publishes its whole journal.  Captured against a state that does not know
the folder's versions (empty before the first sync; as old as the backup after it), every
value got a new clock, later than all the folder holds: an edit another computer made after
the backup was overwritten on every journal, silently (attack21y F2).  So before the first
round's capture, for each record it marked that the folder's files (just read) hold too,
each field whose value here is one the folder holds, or is older than what the folder holds
of it, goes into the state with the folder's clock for it: the capture finds nothing changed
there and the round's merge then takes the folder's later value into the journal.  What the
user changed after the restore (a value the folder never had, changed after the folder's
latest version of it) is captured as any change.

A value older than the folder's that the folder never held (its version compacted away, an
edit never published) is kept with a clock of its own from the time it was changed here
(its mark), before the folder's: a note's text so kept may come back as a conflict beside
the later text, never instead of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from clientjournal.core.sync.clock import Stamp, wall_ms
from clientjournal.core.sync.format import Change
from clientjournal.core.sync.merge import canonical, merge_field
from clientjournal.core.sync.records import BY_NAME, DELETED, NOTE_CONFLICT, ORDER
from clientjournal.core.sync.snapshots import SnapshotRecord
from clientjournal.store.models import database
from clientjournal.store.sync import capture, local, state
from clientjournal.store.sync.incoming import Incoming
from clientjournal.store.sync.receive.spool import spool_of
from clientjournal.store.sync.state import Key, Record

Version = tuple[Any, str, str | None]  # value, clock, base
Source = Change | SnapshotRecord


SPOOLED_AT_ONCE = 8192
"""Records of a big snapshot kept in the scratch store looked at a time (not all held)."""


def _sources(incoming: list[Incoming], marked: dict[Key, int]) -> Iterator[dict[Key, list[Source]]]:
    """The changes and snapshot records read this round of the marked records, by reference:
    a big snapshot's from the scratch store (``receive/spool.py``) ``SPOOLED_AT_ONCE`` at a
    time, the others last, all at once.  A record found in several parts is looked at once
    per part: each can only keep the journal's value with a clock no later than the folder's
    latest (``_keep``), or find it kept already: the folder's latest wins as it would at once."""
    found: dict[Key, list[Source]] = {}
    for item in incoming:
        for change in item.changes:
            key = (change.kind, change.uuid)
            if key in marked:
                found.setdefault(key, []).append(change)
        for snap in item.records:
            key = (snap.kind, snap.uuid)
            if key in marked:
                found.setdefault(key, []).append(snap)
        if not item.spooled:
            continue
        spool = spool_of()
        if spool is None:
            continue
        # looked up by the marked keys: a second computer's journal of its own holds none
        # of the snapshot's records, and decoding all of them cost it seconds while this
        # round held the journal (attack22c)
        for kind, uuids in sorted(_by_kind(marked).items()):
            for start in range(0, len(uuids), SPOOLED_AT_ONCE):
                part: dict[Key, list[Source]] = {}
                for snap in spool.matching(
                    [item.part], kind, uuids[start : start + SPOOLED_AT_ONCE]
                ):
                    part.setdefault((snap.kind, snap.uuid), []).append(snap)
                if part:
                    yield part
    yield found


def _by_kind(marked: dict[Key, int]) -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = {}
    for kind, uuid in marked:
        if kind in ORDER:
            by_kind.setdefault(kind, []).append(uuid)
    return by_kind


def _versions(sources: list[Source]) -> dict[str, list[Version]]:
    """The folder's versions of each field of one record."""
    fields: dict[str, list[Version]] = {}
    for source in sources:
        if isinstance(source, Change):
            fields.setdefault(source.field, []).append((source.value, source.hlc, source.base))
        else:
            for name, (value, stamp, base) in source.fields.items():
                fields.setdefault(name, []).append((value, stamp, base))
    return fields


def keep_what_the_folder_holds(incoming: list[Incoming], device: str) -> int:
    """See the module's description: before ``capture.mark_everything`` (whose marks carry
    one time), inside the first round's early transaction.  Returns the number of fields
    put into the state so (not published again)."""
    if not incoming:
        return 0
    marked: dict[Key, int] = {
        (kind, uuid): at
        for kind, uuid, at in database.execute_sql(
            "SELECT kind, uuid, changed_at FROM sync_dirty WHERE kind != ?", (NOTE_CONFLICT.name,)
        )
    }
    if not marked:
        return 0
    return sum(_settle(sources, marked, device) for sources in _sources(incoming, marked))


def _settle(sources: dict[Key, list[Source]], marked: dict[Key, int], device: str) -> int:
    by_kind: dict[str, list[str]] = {}
    for kind_name, uuid in sources:
        by_kind.setdefault(kind_name, []).append(uuid)
    kept = 0
    for kind_name, uuids in sorted(by_kind.items()):
        kind = BY_NAME.get(kind_name)
        if kind is None or kind is NOTE_CONFLICT:
            continue
        extra = local.extra_fields(kind_name) if kind.extra else None
        uuids.sort()
        for start in range(0, len(uuids), capture.BATCH):  # as the capture reads them
            part = uuids[start : start + capture.BATCH]
            where = (f"IN ({','.join('?' * len(part))})", tuple(part))
            values_of = capture.journal_values(kind, True, where, extra)
            records = state.load((kind_name, uuid) for uuid in part)
            changed: list[Record] = []
            for uuid in part:
                key = (kind_name, uuid)
                record = records.get(key) or state.new_record(kind_name, uuid)
                fields = _versions(sources[key])
                if uuid in values_of:
                    values = {**values_of[uuid], DELETED: False}
                    count = _keep(record, values, fields, marked[key], device)
                else:
                    count = _deleted_here(record, fields, marked[key])
                if count:
                    kept += count
                    record.packed = None
                    changed.append(record)
            state.save(changed)
    return kept


def _deleted_here(record: Record, fields: dict[str, list[Version]], at_ms: int) -> int:
    """A record deleted here that the state does not know (a restore from before the first
    sync) while the folder holds it: deleted after the folder's latest version of it, the
    folder's versions go into the state so that the capture publishes the delete (before, it
    found nothing to delete and the record came back); deleted before, it comes back."""
    if record.fields:
        return 0  # the capture publishes the delete, or it was deleted here before
    newest = max(version[1] for held in fields.values() for version in held)
    if at_ms <= wall_ms(newest):
        return 0
    for name, held in fields.items():
        versions = record.versions if name == "body" else None
        for value, stamp, base in held:
            merge_field(record.fields, name, value, stamp, base, versions)
    return 0 if record.deleted else len(record.fields)


_EXACT = frozenset({str, int, bool, type(None)})  # one JSON text per value (not floats: -0.0)


def _same(one: Any, other: Any) -> bool:
    """``canonical(one) == canonical(other)``, without encoding strings, integers, booleans
    and nulls (a copied journal's first round compares every field of every record)."""
    if type(one) in _EXACT and type(other) in _EXACT:
        return type(one) is type(other) and one == other
    return canonical(one) == canonical(other)


def _keep(
    record: Record,
    values: dict[str, Any],
    fields: dict[str, list[Version]],
    at_ms: int,
    device: str,
) -> int:
    count = 0
    for name, held in fields.items():
        if name not in values:
            continue
        here = values[name]
        current = record.fields.get(name)
        if current is not None and _same(current[0], here):
            continue  # the capture finds it unchanged anyway
        same = [version for version in held if _same(version[0], here)]
        if same:
            value, stamp, base = max(same, key=lambda version: version[1])
        elif at_ms < wall_ms(max(version[1] for version in held)):  # changed here before
            value, stamp, base = here, Stamp(at_ms, 0, device).text(), None  # the folder's
        else:
            continue  # changed here after it: a change, captured with a new clock
        versions = record.versions if name == "body" else None
        merge_field(record.fields, name, value, stamp, base, versions)
        if not _same(record.fields[name][0], here):  # the state held a later one
            record.fields[name] = [value, stamp, base]
        count += 1
    return count
