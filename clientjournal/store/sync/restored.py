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

from typing import Any

from clientjournal.core.sync.clock import Stamp, wall_ms
from clientjournal.core.sync.merge import canonical, merge_field
from clientjournal.core.sync.records import BY_NAME, DELETED, NOTE_CONFLICT
from clientjournal.store.models import database
from clientjournal.store.sync import capture, state
from clientjournal.store.sync.incoming import Incoming
from clientjournal.store.sync.state import Key, Record

Version = tuple[Any, str, str | None]  # value, clock, base


def _versions(
    incoming: list[Incoming], marked: dict[Key, int]
) -> dict[Key, dict[str, list[Version]]]:
    """The folder's versions of each field of the marked records, as read this round."""
    found: dict[Key, dict[str, list[Version]]] = {}
    for item in incoming:
        for change in item.changes:
            key = (change.kind, change.uuid)
            if key in marked:
                fields = found.setdefault(key, {})
                fields.setdefault(change.field, []).append((change.value, change.hlc, change.base))
        for snap in item.records:
            key = (snap.kind, snap.uuid)
            if key in marked:
                fields = found.setdefault(key, {})
                for name, (value, stamp, base) in snap.fields.items():
                    fields.setdefault(name, []).append((value, stamp, base))
    return found


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
    versions = _versions(incoming, marked)
    if not versions:
        return 0
    kept = 0
    records = state.load(versions)
    changed: list[Record] = []
    for kind_name in sorted({kind for kind, _uuid in versions}):
        kind = BY_NAME.get(kind_name)
        if kind is None or kind is NOTE_CONFLICT:
            continue
        values_of = capture.journal_values(kind)
        for (name, uuid), fields in versions.items():
            if name != kind_name:
                continue
            key = (name, uuid)
            record = records.get(key) or state.new_record(name, uuid)
            if uuid in values_of:
                values = {**values_of[uuid], DELETED: False}
                count = _keep(record, values, fields, marked[key], device)
            else:
                count = _deleted_here(record, fields, marked[key])
            if count:
                kept += count
                record.packed = None
                records[key] = record
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
        here = canonical(values[name])
        current = record.fields.get(name)
        if current is not None and canonical(current[0]) == here:
            continue  # the capture finds it unchanged anyway
        latest = max(held, key=lambda version: version[1])
        same = [version for version in held if canonical(version[0]) == here]
        if same:
            value, stamp, base = max(same, key=lambda version: version[1])
        elif at_ms < wall_ms(latest[1]):  # changed here before the folder's latest version
            value, stamp, base = values[name], Stamp(at_ms, 0, device).text(), None
        else:
            continue  # changed here after it: a change, captured with a new clock
        versions = record.versions if name == "body" else None
        merge_field(record.fields, name, value, stamp, base, versions)
        if canonical(record.fields[name][0]) != here:  # the state held a later one
            record.fields[name] = [value, stamp, base]
        count += 1
    return count
