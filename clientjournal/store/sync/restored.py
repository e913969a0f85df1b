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

A restore by ``clientjournal restore`` or the window (``store/safety/restore.py``) leaves a
baseline (``note_restored_values``): a digest of each field of the records marked then, with
their marks' times.  The first round after it tells a value as restored (the rules above,
with the time of its mark in the backup) from one the user typed after the restore, which
may equal a value the folder once held (a name typed back, a status set again: attack22c
F4): that is a new edit, made at its mark's time, kept only where the folder holds the same
value from then or later (its own publication); otherwise older than the folder's latest it
gets a clock of its own then, later it is captured as any change.  Records not marked at
the restore held what the state holds, so a field differing from the state was typed after
it.  A journal put back by a file copy has no baseline and keeps the rules above.
"""

from __future__ import annotations

import base64
import bisect
import hashlib
import json
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from clientjournal.core.sync.clock import Stamp, wall_ms
from clientjournal.core.sync.format import Change
from clientjournal.core.sync.merge import canonical, merge_field, same_value
from clientjournal.core.sync.records import BY_NAME, DELETED, KINDS, NOTE_CONFLICT, ORDER
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


RESTORED = "restored"
"""``sync_local``: the last restore that left a baseline, JSON {"at": its time (ms), "clock":
the journal's clock then}; it holds for the journal's first round after it while that clock
is unchanged (no round committed since: the marks it looked at are gone then)."""
BASELINE = "restored/"
"""``sync_local`` keys ``restored/<kind>/<uuid of its first record>``: the records marked at
the restore, ``CHUNK_RECORDS`` of a kind a row in the order of their ids, each as 8 bytes of
a hash of its id, its mark's time (6 bytes, ms), the number of its fields (2 bytes; ``_GONE``:
not in the journal) and 3 bytes of a hash of each field's name and value (``_digest``), the
row base64.  Not the values: a note's text would double the journal's size (restore23a: 1x
journal 105 MB, ~60 MB more with them as JSON; this: see docs/sync.md)."""
_BASELINE_END = BASELINE[:-1] + chr(ord(BASELINE[-1]) + 1)
CHUNK_RECORDS = 1024
_GONE = 0xFFFF
_SYNCED = (
    "SELECT 1 FROM sync_local WHERE key IN (?, ?, ?) OR (key >= ? AND key < ?) LIMIT 1",
    (local.FOLDER, local.FOLDER_ID, RESTORED, local.USED_PREFIX, local.USED_PREFIX[:-1] + "0"),
)
"""Whether a journal syncs (a folder chosen, a round committed in one, or restored with a
baseline, its first round still to come): run by ``store/safety/restore.py`` on the journal
a restore replaces, too."""


@dataclass(frozen=True)
class Baseline:
    """A record as a restore left it (see ``BASELINE``): its mark's time then, and
    ``_digest`` of each of its fields (None: it was not in the journal)."""

    at: int
    fields: frozenset[bytes] | None


def _id_hash(uuid: str) -> bytes:
    return hashlib.blake2b(uuid.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def _digest(name: str, value: Any) -> bytes:
    """3 bytes of a hash of a field's name and value, as ``same_value`` compares values (strings,
    integers, booleans and nulls by type and value, others by their canonical text)."""
    kind = type(value)
    seed = _SEEDS.get((name, kind))
    if seed is None:
        seed = _SEEDS[(name, kind)] = zlib.crc32(f"{name}\0{kind.__name__}".encode())
    if kind is str:
        text = value.encode("utf-8", "surrogatepass")
    elif kind is int or kind is bool:
        text = b"%d" % value
    elif value is None:
        text = b""
    else:
        text = canonical(value).encode("utf-8", "surrogatepass")
    return zlib.crc32(text, seed).to_bytes(4)[1:]


_SEEDS: dict[tuple[str, type], int] = {}


def _encoded(uuid: str, at: int, values: dict[str, Any] | None) -> bytes:
    head = _id_hash(uuid) + min(max(at, 0), 2**48 - 1).to_bytes(6)
    if values is None:
        return head + _GONE.to_bytes(2)
    digests = [_digest(name, value) for name, value in values.items()]
    digests.append(_digest(DELETED, False))
    return head + len(digests).to_bytes(2) + b"".join(digests)


def _decoded(text: str) -> dict[bytes, Baseline]:
    raw = base64.b64decode(text)
    found: dict[bytes, Baseline] = {}
    at = 0
    while at + 16 <= len(raw):
        count = int.from_bytes(raw[at + 14 : at + 16])
        start = at + 16
        at = start if count == _GONE else start + 3 * count
        digests = None
        if count != _GONE:
            digests = frozenset(raw[i : i + 3] for i in range(start, at, 3))
        found[raw[start - 16 : start - 8]] = Baseline(
            int.from_bytes(raw[start - 8 : start - 2]), digests
        )
    return found


def syncs(execute: Any) -> bool:
    """Whether the journal behind ``execute`` (a DB-API or peewee ``execute``) syncs."""
    return execute(*_SYNCED).fetchone() is not None


def note_restored_values(db: Any, at_ms: int, replaced_syncs: bool) -> int:
    """The baseline of a restore (see the module), written into ``db``, the copy of the
    backup about to replace the journal, its schema brought up to date, inside the caller's
    transaction on it (never through the models' ``database``: another thread, e.g. the
    window's sync round, may be using the journal meanwhile); an earlier restore's goes.
    Only where sync may meet the journal's records (``replaced_syncs``: the journal it
    replaces syncs, is new or cannot be read; or the backup syncs): none where the journal
    replaced syncs nowhere, to whose restore it would add seconds and megabytes for
    nothing.  Returns the number of records noted."""
    synced = replaced_syncs or syncs(db.execute_sql)
    forget_baseline(db)
    if not synced:
        return 0
    (clock,) = db.execute_sql(
        "SELECT (SELECT value FROM sync_local WHERE key = ?)", (local.CLOCK,)
    ).fetchone()
    local.put(RESTORED, json.dumps({"at": at_ms, "clock": clock}), db)
    noted = 0
    for kind in KINDS:
        if kind is NOTE_CONFLICT:
            continue
        extra = local.extra_fields(kind.name, db) if kind.extra else None
        last = ""
        while part := db.execute_sql(  # a part at a time (a million notes at 10x)
            "SELECT uuid, changed_at FROM sync_dirty WHERE kind = ? AND uuid > ? "
            "ORDER BY uuid LIMIT ?",
            (kind.name, last, CHUNK_RECORDS),
        ).fetchall():
            last = part[-1][0]
            uuids = tuple(uuid for uuid, _at in part)
            where = (f"IN ({','.join('?' * len(uuids))})", uuids)
            values_of = capture.journal_values(kind, True, where, extra, db)
            chunk = b"".join(_encoded(uuid, at, values_of.get(uuid)) for uuid, at in part)
            local.put(f"{BASELINE}{kind.name}/{uuids[0]}", base64.b64encode(chunk).decode(), db)
            noted += len(part)
    return noted


def mark_all_as_old(db: Any) -> None:
    """A backup from before sync (its schema had no ``sync_dirty``): its records, never
    marked, are marked now (in ``db``, the restore's copy) as changed at time 0, before
    anything a folder holds, so that the baseline holds them and the first round takes a
    folder's versions over them."""
    for kind in KINDS:
        if kind is not NOTE_CONFLICT:
            db.execute_sql(
                "INSERT OR IGNORE INTO sync_dirty (kind, uuid, changed_at) "
                f"SELECT ?, {kind.key_column}, 0 FROM {kind.table}",
                (kind.name,),
            )


def forget_baseline(db: Any = database) -> None:
    """A restore's baseline gone (its first round in a folder used it up).  A later round
    that is no first round may call it too: the baseline no longer counts after it (its
    clock changed) and would otherwise stay until the next restore or first round."""
    db.execute_sql(
        "DELETE FROM sync_local WHERE key >= ? AND key < ? OR key = ?",
        (BASELINE, _BASELINE_END, RESTORED),
    )


def _restore_holds() -> bool:
    """Whether a restore's baseline holds for this round (see ``RESTORED``)."""
    text = local.get(RESTORED)
    if text is None:
        return False
    try:
        return bool(json.loads(text)["clock"] == local.get(local.CLOCK))
    except (ValueError, TypeError, KeyError):  # not of this version: as if none
        return False


class _Chunks:
    """The baseline's rows, found by the first id each holds (their keys read once)."""

    def __init__(self) -> None:
        self.firsts: dict[str, list[str]] = {}
        self.decoded: dict[str, dict[bytes, Baseline]] = {}
        keys = database.execute_sql(
            "SELECT key FROM sync_local WHERE key >= ? AND key < ? ORDER BY key",
            (BASELINE, _BASELINE_END),
        )
        for (key,) in keys:
            kind, _slash, first = key[len(BASELINE) :].partition("/")
            self.firsts.setdefault(kind, []).append(first)

    def of(self, kind: str, uuids: list[str]) -> dict[str, Baseline]:
        firsts = self.firsts.get(kind, [])
        wanted = sorted({bisect.bisect_right(firsts, uuid) - 1 for uuid in uuids} - {-1})
        found: dict[bytes, Baseline] = {}
        for index in wanted:
            found.update(self._chunk(kind, firsts[index]))
        return {uuid: found[hashed] for uuid in uuids if (hashed := _id_hash(uuid)) in found}

    def _chunk(self, kind: str, first: str) -> dict[bytes, Baseline]:
        """A row decoded; the last few kept (a batch's ids run on into the next row)."""
        key = f"{BASELINE}{kind}/{first}"
        if key not in self.decoded:
            if len(self.decoded) >= 4:
                self.decoded.clear()
            try:
                self.decoded[key] = _decoded(local.get(key) or "")
            except ValueError:  # not of this version: as if none
                self.decoded[key] = {}
        return self.decoded[key]


def keep_what_the_folder_holds(
    incoming: list[Incoming], device: str, tick: Callable[[], None] | None = None
) -> int:
    """See the module's description: before ``marks.mark_everything`` (whose marks carry
    one time), inside the first round's early transaction.  Returns the number of fields
    put into the state so (not published again).  A restore's baseline is used up here.
    ``tick()`` now and then: the round's progress (see ``capture.capture``)."""
    chunks = _Chunks() if _restore_holds() else None
    kept = 0
    if incoming:
        marked: dict[Key, int] = {
            (kind, uuid): at
            for kind, uuid, at in database.execute_sql(
                "SELECT kind, uuid, changed_at FROM sync_dirty WHERE kind != ?",
                (NOTE_CONFLICT.name,),
            )
        }
        if marked:
            for sources in _sources(incoming, marked):
                kept += _settle(sources, marked, device, chunks)
                if tick is not None:
                    tick()
    forget_baseline()
    return kept


def _settle(
    sources: dict[Key, list[Source]], marked: dict[Key, int], device: str, chunks: _Chunks | None
) -> int:
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
            baselines = {} if chunks is None else chunks.of(kind_name, part)
            changed: list[Record] = []
            for uuid in part:
                key = (kind_name, uuid)
                record = records.get(key) or state.new_record(kind_name, uuid)
                fields = _versions(sources[key])
                if uuid in values_of:
                    values = {**values_of[uuid], DELETED: False}
                    then = baselines.get(uuid, None if chunks is None else _FROM_STATE)
                    count = _keep(record, values, fields, marked[key], device, then)
                else:
                    count = _deleted_here(record, fields, marked[key])
                if count:
                    kept += count
                    record.packed = None
                    changed.append(record)
            state.save(changed)
    return kept


_FROM_STATE = Baseline(0, frozenset())
"""A record not marked at the restore: it held what the state holds (compared there)."""


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
    then: Baseline | None = None,
) -> int:
    """``then``: the record at the restore (``_FROM_STATE``: as the state holds it), or None
    without a restore's baseline (a file copy): every value counts as restored."""
    count = 0
    for name, held in fields.items():
        if name not in values:
            continue
        here = values[name]
        current = record.fields.get(name)
        unchanged = current is not None and same_value(current[0], here)
        if then is None or then is _FROM_STATE:
            if unchanged:
                continue  # the capture finds it unchanged anyway
            restored, since = then is None or current is None, at_ms  # unknown: as before
        else:
            restored = then.fields is not None and _digest(name, here) in then.fields
            if restored and unchanged:
                continue
            since = then.at if restored else at_ms  # the mark's time in the backup, or now
        base = None
        if restored:
            same = [version for version in held if same_value(version[0], here)]
        else:  # typed after the restore (perhaps back to the state's value: attack23c R5)
            same = [v for v in held if wall_ms(v[1]) >= at_ms and same_value(v[0], here)]
            base = current[1] if current is not None else _typed_over(name, held, then)
        if same:  # the folder's version of it: restored, or this edit published since
            value, stamp, base = max(same, key=lambda version: version[1])
        elif restored and since >= wall_ms(max(version[1] for version in held)):
            continue  # changed here after the folder's latest: captured with a new clock
        else:  # a clock of its own from when it was changed: the later one wins
            value, stamp = here, Stamp(since, 0, device).text()
        versions = record.versions if name == "body" else None
        merge_field(record.fields, name, value, stamp, base, versions)
        if not same_value(record.fields[name][0], here):  # the state held a later one
            record.fields[name] = [value, stamp, base]
        count += 1
    return count


def _typed_over(name: str, held: list[Version], then: Baseline | None) -> str | None:
    """The clock of the folder's latest version of the value the restore put back (what the
    user typed over, when the state does not know it): a note's text typed back to one the
    folder holds is then the same edit, not a conflict beside itself (attack23c R6)."""
    if then is None or not then.fields:
        return None
    over = [version[1] for version in held if _digest(name, version[0]) in then.fields]
    return max(over, default=None)
