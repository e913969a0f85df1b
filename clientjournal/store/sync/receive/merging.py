"""Merging what a round read into the state: changes and small snapshots in the round's
records (``merge``), a big snapshot's records from the round's scratch store a batch at a time,
each batch merged, saved and written into the journal (``apply``, see ``spool.py``)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from clientjournal.core.sync import clock as hlc
from clientjournal.core.sync.clock import Clock
from clientjournal.core.sync.merge import merge_field, merge_versions
from clientjournal.core.sync.problems import CLOCK_AHEAD, Problem
from clientjournal.core.sync.records import BY_NAME
from clientjournal.core.sync.snapshots import SnapshotRecord
from clientjournal.store.models import database
from clientjournal.store.sync import state
from clientjournal.store.sync.incoming import Incoming, Outcome
from clientjournal.store.sync.project import Projector
from clientjournal.store.sync.receive.spool import spool_of
from clientjournal.store.sync.state import Key, Record


def _now_ms() -> int:
    return int(time.time() * 1000)


def merge(
    records: dict[Key, Record], incoming: list[Incoming], clock: Clock, outcome: Outcome
) -> set[Key]:
    """Merge what was read into ``records``; returns the records whose state changed."""
    touched: set[Key] = set()
    now = _now_ms()
    ahead: dict[tuple[str, str], int] = {}
    for item in incoming:
        if item.newest:
            clock.observe(item.newest)  # a snapshot's newest clock (others' too: no warning)
        newest = max((change.hlc for change in item.changes), default=None)
        if newest is not None:
            clock.observe(newest)
            own = (c.hlc for c in item.changes if hlc.writers_own_time(c.hlc))
            written = max(own, default=None)  # not a time it carries from another computer
            far = hlc.far_ahead(written, now) if written is not None else 0
            if far:
                who = (item.name, item.device)
                ahead[who] = max(ahead.get(who, 0), far)
        for change in item.changes:
            key = (change.kind, change.uuid)
            record = records.get(key)
            if record is None:
                record = records[key] = state.new_record(*key)
            versions = record.versions if change.field == "body" else None
            if merge_field(
                record.fields, change.field, change.value, change.hlc, change.base, versions
            ):
                record.packed = None
                touched.add(key)
                outcome.received += 1
        _merge_records(records, item.records, touched, outcome)
    for (name, device), far in sorted(ahead.items()):
        outcome.problems.append(
            Problem(CLOCK_AHEAD, device=name, device_id=device, days=far / 86_400_000)
        )
    return touched


def _merge_records(
    records: dict[Key, Record], snaps: Iterable[SnapshotRecord], touched: set[Key], outcome: Outcome
) -> None:
    for snap in snaps:
        key = (snap.kind, snap.uuid)
        record = records.get(key)
        if record is None:  # new here: taken as it is (a first sync takes everything so)
            versions = snap.versions if snap.kind == "note" else None
            records[key] = Record(snap.kind, snap.uuid, snap.fields, versions, snap.packed_text)
            touched.add(key)
            outcome.received += len(snap.fields)
            continue
        changed = False
        for name, (value, stamp, base) in snap.fields.items():
            versions = record.versions if name == "body" else None
            if merge_field(record.fields, name, value, stamp, base, versions):
                changed = True
                outcome.received += 1
        if record.versions is not None and snap.versions:
            changed |= merge_versions(record.versions, snap.versions, record.fields.get("body"))
        if changed:
            record.packed = None
            touched.add(key)


def merge_candidates(incoming: list[Incoming]) -> set[str]:
    """The spooled clients that carry a merge (see ``round._merge_candidates``)."""
    parts = [item.part for item in incoming if item.spooled]
    spool = spool_of() if parts else None
    return set() if spool is None else spool.merge_candidates(parts)


def apply(
    records: dict[Key, Record],
    touched: set[Key],
    incoming: list[Incoming],
    outcome: Outcome,
    progress: Callable[[float], None],
) -> list[tuple[str, str, str]]:
    """Merge the spooled records, save and project them a batch at a time.  Those the round
    holds in ``records`` are merged there (and added to ``touched``: the round saves and
    projects them with its own).  ``progress(share done)``.  Returns the repairs made."""
    parts = [item.part for item in incoming if item.spooled]
    spool = spool_of() if parts else None
    if spool is None:
        return []
    total = max(sum(item.spooled for item in incoming), 1)
    repaired: list[tuple[str, str, str]] = []
    done = 0
    stored = _kinds_stored()  # the state of other kinds need not be looked up
    survivors: dict[str, str] = {}  # see Projector
    last: Key | None = None
    for snaps in spool.batches(parts):
        keys = [(snap.kind, snap.uuid) for snap in snaps]
        batch = {key: records[key] for key in keys if key in records}
        held = set(batch)
        if not stored.isdisjoint(kind for kind, _uuid in keys):
            batch.update(state.load(key for key in keys if key not in held))
        elif keys[0] == last and last not in held:  # in the batch before, too (saved)
            batch.update(state.load([last]))
        last = keys[-1]
        before = {
            key[1]: record.fields["body"][1]
            for key, record in batch.items()
            if key[0] == "note" and key not in held and "body" in record.fields
        }
        changed: set[Key] = set()
        _merge_records(batch, snaps, changed, outcome)
        touched |= changed & held
        mine = changed - held
        state.save(batch[key] for key in mine)
        projector = Projector({key: batch[key] for key in mine}, survivors)
        projector.batch = True
        projector.run(mine)
        outcome.new_conflicts |= projector.new_conflicts
        repaired += projector.repaired
        for uuid in projector.bodies_written:
            body = batch[("note", uuid)].fields.get("body")
            if body is not None and body[1] != before.get(uuid):
                outcome.bodies[uuid] = (before.get(uuid), body[1])
        done += len(snaps)
        progress(done / total)
    return repaired


def _kinds_stored() -> set[str]:
    """The kinds the state holds records of before the spooled ones are merged (a first sync
    into an empty journal: none, or a few settings): the others' records are new, but for
    one that comes more than once (two snapshots, or a snapshot holding it twice: the
    spool's order puts them side by side, see ``apply``)."""
    found = set()
    for kind in BY_NAME:
        row = database.execute_sql("SELECT 1 FROM sync_record WHERE kind = ? LIMIT 1", (kind,))
        if row.fetchone() is not None:
            found.add(kind)
    return found
