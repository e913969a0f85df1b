"""One sync round: publish this device's changes, then apply every other device's.

1. Check the folder (``folder.py``) and this device's own change folder (``own.py``): a
   copy of this journal writing as the same device, files of a round cut short to read back,
   files of its own that are gone.
2. Read the other devices' new files (``incoming.py``, outside the transaction: a big first
   sync does not hold the journal while it decompresses), per device in sequence order.
3. Reserve the next file number (committed on its own), then in one IMMEDIATE transaction:
   capture the dirty records into changes (``capture.py``), write them durably as the next
   change file (or, the first time in this folder, the whole state as this device's snapshot),
   merge everything read into the state and write the merged records into the journal
   (``project.py``), note the files read and the devices seen, commit.  Killed at any moment
   before the commit, the journal is as it was: the records are still dirty, the files read
   are read again; a file already written is read back next round (1).
4. After the commit: compact this device's change files or replace lost ones by a snapshot
   (``compaction.py``).  A failure there is a warning of the round (``NOT_TIDIED``), not its
   failure: the round is done.

The round's other parts: merging what was read into the state (``merging.py``; a big
snapshot waits in a scratch store, not in memory, and is applied a batch at a time:
``spool.py``), capturing what changed here (``capture.py``), writing the state into the
journal's tables (``project.py``).
"""

from __future__ import annotations

import contextlib
import gc
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from clientjournal.core.sync import clock as hlc
from clientjournal.core.sync.clock import Clock
from clientjournal.core.sync.format import (
    CHANGES,
    SNAPSHOTS,
    SYNC_JSON,
    change_file,
    change_file_name,
    header,
    snapshot_file_name,
)
from clientjournal.core.sync.problems import EMPTY, REPAIRED, TAKING_JOURNAL, Problem
from clientjournal.core.sync.records import DELETED, MERGED_INTO, NOTE_CONFLICT
from clientjournal.core.timeutil import to_iso
from clientjournal.store.connection import bulk_cache
from clientjournal.store.exchange.common import empty
from clientjournal.store.exchange.fresh import FILLED, MARKED, indexes_later
from clientjournal.store.models import database
from clientjournal.store.safety.encryption import passphrase_of
from clientjournal.store.sync import capture, local, marks, own, restored, state
from clientjournal.store.sync.compaction import compact, replace_lost, tidying, write_snapshot
from clientjournal.store.sync.folder import (
    Folder,
    FolderProblem,
    check_usable,
    open_folder,
    write_file,
)
from clientjournal.store.sync.incoming import (
    Incoming,
    Outcome,
    forget_refused,
    record_file,
    scan,
    while_reading,
)
from clientjournal.store.sync.own import OWN_DIGEST, digest_of, remove_stale_temps
from clientjournal.store.sync.project import Projector
from clientjournal.store.sync.receive import merging
from clientjournal.store.sync.receive.followers import merge_followers, merged_into_now
from clientjournal.store.sync.receive.into_empty import searched_later, silent_while_applying
from clientjournal.store.sync.receive.spool import scratch


def _now_ms() -> int:
    return int(time.time() * 1000)


class RoundFailed(Exception):
    """The round could not run: ``problem`` says why (its ``line()`` for the command line)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.line())
        self.problem = problem


def _note_devices(folder: Folder, incoming: list[Incoming], upto_of: dict[str, int]) -> None:
    latest: dict[str, tuple[str, int]] = {}
    for item in incoming:
        clocks = [c.hlc for c in item.changes if hlc.device_of(c.hlc) == item.device]
        if clocks:
            # a time carried from a computer whose clock was ahead is not when this one made
            # its change: that is at most when it wrote the file (Settings → Sync shows it)
            own = [c for c in clocks if hlc.writers_own_time(c)]
            carried = min(hlc.wall_ms(max(clocks)), item.mtime_ns // 1_000_000)
            newest = max(hlc.wall_ms(max(own)) if own else 0, carried)
        elif item.records or item.spooled or item.newest:  # a snapshot: when it was written
            newest = item.mtime_ns // 1_000_000
        else:
            newest = 0
        # never after now, as this computer counts: a computer whose clock is days ahead was
        # shown with a "last change" in the future, without a word after its first round
        newest = min(newest, _now_ms())
        name, seen = latest.get(item.device, ("", 0))
        latest[item.device] = (item.name or name, max(seen, newest))
    for device in sorted(set(latest) | set(upto_of)):
        name, newest = latest.get(device, ("", 0))
        at = to_iso(_datetime_of_ms(newest)) if newest else None
        database.execute_sql(
            "INSERT INTO sync_device (folder, device, name, upto, last_change_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (folder, device) DO UPDATE SET "
            "name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END, "
            "upto = MAX(upto, excluded.upto), "
            "last_change_at = MAX(COALESCE(last_change_at, ''), COALESCE(excluded.last_change_at, ''))",
            (folder.folder_id, device, name, upto_of.get(device, 0), at),
        )


def _datetime_of_ms(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


SCALE = 1000  # a big round's progress: done of SCALE
READING = 450  # of SCALE: reading a big snapshot, about half of a first sync
BIG_SNAPSHOT = 256 << 10  # packed bytes: a snapshot this big shows its reading
BIG_ROUND = 200  # changes and records: a round this big shows its progress


class Meter:
    """A round's progress as ``report(done, SCALE)``, rising steadily: reading a big
    snapshot (by the bytes read, up to ``READING``), then applying (the merge, saving the
    state, and writing the records into the journal, record by record).  A small round
    reports ``(-1, 0)`` while reading and ``(0, 0)`` at its steps: no bar, but it may be cut
    short there all the same (``report`` may raise)."""

    def __init__(self, report: Callable[[int, int], None] | None) -> None:
        self.report = report
        self.shown = False
        self.base = 0  # where applying starts
        self.last = 0
        self.upto = 1.0  # the share of applying ``at`` fills (the rest: ``indexing``)

    def reading(self, done: int, size: int) -> None:
        if self.report is None:
            return
        if size >= BIG_SNAPSHOT and done >= 0:
            self.shown = True
            self.base = READING
            self._at(READING * min(done, size) // size)
        elif self.shown:
            self._at(self.last)
        else:
            self.report(-1, 0)

    def applying(self, total: int) -> None:
        """The round begins to apply ``total`` changes and records."""
        if total >= BIG_ROUND:
            self.shown = True
        self.at(0.0)

    def taking_journal(self) -> None:
        if self.report is not None:
            self.report(TAKING_JOURNAL, 0)

    def at(self, fraction: float) -> None:
        """``fraction`` (0 to 1) of applying is done."""
        self._applied(self.upto * min(max(fraction, 0.0), 1.0))

    def indexing(self, fraction: float) -> None:
        """``fraction`` (0 to 1) of the search index a round into an empty journal fills
        at its end is done (``receive.into_empty``: applying after ``upto``)."""
        self._applied(self.upto + (1 - self.upto) * min(max(fraction, 0.0), 1.0))

    def _applied(self, share: float) -> None:
        if self.report is None:
            return
        if not self.shown:
            self.report(0, 0)
            return
        self._at(self.base + int((SCALE - self.base) * share))

    def _at(self, value: int) -> None:
        assert self.report is not None
        self.last = max(self.last, value)
        self.report(self.last, SCALE)


# Shares of applying: the merge, saving the state, then the records into the journal (and
# in a round into an empty journal, their search index after INDEXING).
MERGED, SAVED, INDEXING = 0.08, 0.25, 0.9


def run(folder_path: Path, progress: Callable[[int, int], None] | None = None) -> Outcome:
    """One round on ``folder_path`` (see the module's description); RoundFailed for a folder
    that cannot be used.  ``progress``: see ``Meter`` and ``TAKING_JOURNAL``.  The cyclic
    garbage collector pauses meanwhile: a first sync makes millions of small objects (none
    of them cycles), and its full collections, run again and again as they pile up, took a
    third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    meter = Meter(progress)
    if progress is not None:
        while_reading(meter.reading)  # may be cut short while reading, too
    try:
        with bulk_cache(), scratch():  # a big snapshot read waits there (spool.py)
            return _run(folder_path, meter)
    finally:
        while_reading(None)
        if enabled:
            gc.enable()


PROJECTED = tuple(table for table in FILLED if table != "note_conflict")
"""The tables whose secondary indexes a round into an empty journal builds at its end: those
an import fills, but the notes' conflicts, which the projection looks up by note."""


@contextlib.contextmanager
def _indexes_later_when_empty(meter: Meter) -> Iterator[None]:
    """A round into a journal without records (a first sync into an empty journal) writes
    each kind in UUID order, so its UUID indexes grow at their end; the secondary indexes
    (a note's client and time, ...) it would fill at random places, at ten times the demo
    journal pages the cache no longer holds (issue 21).  Then they are built once when the
    projection ends, as for an import into an empty journal (``exchange.fresh``), inside
    the round's transaction: a failure or a kill puts them back with the rest.  Nothing the
    projection looks up in an empty journal needs them (it finds rows by UUID or row id).
    Its search index is filled at the end too, and the triggers that stay silent while a
    round applies are not run meanwhile (``receive.into_empty``)."""
    if not empty(MARKED):
        yield
        return
    meter.upto = INDEXING
    with (
        indexes_later(PROJECTED),
        searched_later(meter.indexing),
        silent_while_applying(PROJECTED),
    ):
        yield


def _run(folder_path: Path, meter: Meter) -> Outcome:
    try:
        check_usable(folder_path)
        _check_not_emptied(folder_path)
        folder = open_folder(folder_path, passphrase_of(database.obj), create=True)
    except FolderProblem as problem:
        raise RoundFailed(problem.problem) from problem
    outcome = Outcome()
    name = local.device_name()
    first_here = local.get(local.FOLDER_ID) != folder.folder_id
    start = own.prepare(folder, name, first_here, outcome)
    # A journal that took a new id (a copy of it writes as the same device) publishes its
    # whole state under it, as at its first round in a folder: what it wrote under the old
    # id may be in files the sync program replaced with the copy's (attack-20b finding 5).
    first_here = first_here or start.copied
    device, next_seq, recorded, read_back, lost = (
        start.device, start.next_seq, start.recorded, start.read_back, start.lost
    )  # fmt: skip
    present: set[str] = set()
    seen: list[tuple[str, int, int]] = []
    incoming, upto_of = scan(folder, device, recorded, outcome, present, seen)
    forget_refused(folder, present)
    if seen:  # snapshots with nothing new for this journal: not looked into again
        with database.atomic():
            for rel, size, mtime in seen:
                record_file(folder, rel, size, mtime)
    mine = (f"{CHANGES}/{device}/", f"{SNAPSHOTS}/{device}.")
    gone = [path for path in recorded if path not in present and not path.startswith(mine)]
    incoming = read_back + incoming
    # a first round elsewhere took the marks of edits not yet published here: all, again
    owed = not first_here and local.get(local.OWED_PREFIX + folder.folder_id) is not None
    publish = first_here or owed or marks.dirty_count() > 0
    seq = next_seq
    if publish and not first_here:
        with database.atomic():  # reserved before the file exists: see step 1
            local.put(local.RESERVED, str(seq))
    total = sum(len(i.changes) + len(i.records) + i.spooled for i in incoming)
    remove_stale_temps(folder, device)
    if not publish and not incoming:
        if lost or start.snapshot_lost:
            replace_lost(folder, device, name, seq - 1, lost)
        return outcome  # nothing to write: the journal is not touched
    meter.applying(total)
    meter.taking_journal()

    def tick() -> None:  # the round's check, now and then: it may be cut short
        meter.at(0.0)

    early = (
        _first_capture_durable(device, folder.folder_id, seq, incoming, tick)
        if first_here
        else None
    )
    first = folder.path / SNAPSHOTS / snapshot_file_name(device, folder.encrypted)
    with (
        _removed_if_cut_short(first if first_here else None),
        database.atomic(lock_type="IMMEDIATE"),
    ):
        clock = Clock(device, local.get(local.CLOCK))
        merged_before = merged_into_now(_merge_candidates(incoming), {})
        captured_now = capture.capture(clock, tick=tick)  # a first round's: since ``early``
        if early is not None:
            captured_now = _joined(early, captured_now)
        captured_now.whole = captured_now.whole or owed  # a snapshot: see ``owed``
        changes, records = captured_now.changes, captured_now.touched
        captured = list(records.values())
        if publish:
            head = header(device, name, seq, folder=folder.folder_id)
            data = None if captured_now.whole else change_file(head, changes)
            if data is None:  # the first time here, or more than a change file may hold
                state.save(captured)
                write_snapshot(folder, device, name, seq, clock.last())
                rel = f"{SNAPSHOTS}/{snapshot_file_name(device, folder.encrypted)}"
            else:
                rel = f"{CHANGES}/{device}/{change_file_name(seq, folder.encrypted)}"
                write_file(folder, folder.path / rel, data)
                local.put(OWN_DIGEST + rel, digest_of(folder.path / rel))
            record_file(folder, rel)
            outcome.sent = captured_now.sent
        wanted = {(c.kind, c.uuid) for i in incoming for c in i.changes}
        wanted |= {(r.kind, r.uuid) for i in incoming for r in i.records}
        if records or not state.empty():  # a first sync into an empty journal: nothing to load
            records.update(state.load(key for key in wanted if key not in records))
        bodies_before = {
            key[1]: record.fields["body"][1]
            for key, record in records.items()
            if key[0] == "note" and "body" in record.fields
        }
        meter.at(MERGED / 2)
        touched = merging.merge(records, incoming, clock, outcome)
        database.execute_sql("INSERT OR IGNORE INTO sync_applying (one) VALUES (1)")
        with _indexes_later_when_empty(meter):
            share = sum(i.spooled for i in incoming) / max(total, 1)  # a big snapshot's
            spooled = merging.apply(
                records, touched, incoming, outcome, lambda part: meter.at(part * share)
            )
            meter.at(MERGED)
            state.save(
                [records[key] for key in touched] + ([] if first_here else captured),
                lambda part: meter.at(MERGED + (SAVED - MERGED) * part),
            )
            meter.at(SAVED)
            projector = Projector(records)
            followers = merge_followers(merged_before, records)
            projector.step = lambda done, all_: meter.at(SAVED + (1 - SAVED) * done / max(all_, 1))
            projector.run(touched | followers | captured_now.reproject, here=captured_now.back)
        database.execute_sql("DELETE FROM sync_applying")
        outcome.new_conflicts |= projector.new_conflicts
        _keep_conflicts_there(outcome, projector)
        _report_repairs(spooled + projector.repaired, outcome)
        for uuid in projector.bodies_written:
            body = records[("note", uuid)].fields.get("body")
            if body is not None and body[1] != bodies_before.get(uuid):
                outcome.bodies[uuid] = (bodies_before.get(uuid), body[1])
        for item in incoming:
            record_file(folder, item.rel, item.size, item.mtime_ns)
        database.connection().executemany(  # files other computers compacted away
            "DELETE FROM sync_file WHERE folder = ? AND path = ?",
            [(folder.folder_id, path) for path in gone],
        )
        _note_devices(folder, [i for i in incoming if i.device != device], upto_of)
        local.put(local.CLOCK, clock.last())
        restored.forget_baseline()  # a restore's: it no longer holds once a round committed
        local.put_first_round_started(folder.folder_id, None)
        local.put(local.OWED_PREFIX + folder.folder_id, None)
        local.put(local.FOLDER_ID, folder.folder_id)
        local.put(local.used_key(folder.path), folder.folder_id)
        local.put(local.NEXT_SEQ, str(seq + 1 if publish else seq))
        meter.at(1.0)
    with tidying(folder, outcome):  # the round is done: a failure now is a warning
        if lost or start.snapshot_lost:
            replace_lost(folder, device, name, seq if publish else seq - 1, lost)
        elif publish and not first_here:
            compact(folder, device, name, seq)
    return outcome


def _first_capture_durable(
    device: str,
    folder_id: str,
    seq: int,
    incoming: list[Incoming],
    tick: Callable[[], None] | None = None,
) -> capture.Captured:
    """A first round's capture of the whole journal, committed before its snapshot leaves
    for the folder (attack21x F1).  Inside the round's transaction, a round killed or cut
    short after the snapshot reached the folder lost its clocks with the rollback, and its
    retry published every value again with new, later ones: an edit another computer had
    made on the snapshot it already read was overwritten everywhere, or (the snapshot
    removed, the retry numbered as it) never taken.  The state committed here gives the
    retry the same clocks for the same values; only the journal's sync records are written,
    no row of its own.  ``seq`` is kept with it (the retry is numbered after it), and the
    number of changes: a retry finds them in the state and makes none, yet publishes them."""
    with database.atomic(lock_type="IMMEDIATE"):
        publishing_to = local.get(local.FOLDER_ID)
        if publishing_to is not None and publishing_to != folder_id:  # see local.OWED_PREFIX
            local.put(local.OWED_PREFIX + publishing_to, "1")
        clock = Clock(device, local.get(local.CLOCK))
        restored.keep_what_the_folder_holds(incoming, device, tick)  # not re-clocked: see there
        marks.mark_everything()
        captured = capture.capture(clock, everything=True, tick=tick)
        state.save(list(captured.touched.values()))
        earlier = local.first_round_started(folder_id)
        captured.sent += 0 if earlier is None else earlier[1]
        local.put(local.CLOCK, clock.last())
        local.put_first_round_started(folder_id, (seq, captured.sent))
    return captured


def _joined(early: capture.Captured, later: capture.Captured) -> capture.Captured:
    """The first round's durable capture and what the journal changed after it (another
    process's write between the two transactions): one capture, published whole."""
    touched = {**early.touched, **later.touched}
    return capture.Captured(
        later.changes,
        touched,
        reproject=early.reproject | later.reproject,
        sent=early.sent + later.sent,
        back=early.back | later.back,
        whole=True,
    )


@contextlib.contextmanager
def _removed_if_cut_short(snapshot: Path | None) -> Iterator[None]:
    """A first round in a folder cut short (turned off, another folder chosen, the window
    closed, a failure) after it wrote this journal's whole state there as its snapshot: the
    file goes again (attack-20e E6: the whole journal stayed in a folder the user had just
    turned away from, while Settings said nothing was synced).  The next round writes it
    anew; a crash still leaves it (nothing runs then)."""
    try:
        yield
    except BaseException:
        if snapshot is not None:
            with contextlib.suppress(OSError):
                snapshot.unlink(missing_ok=True)
        raise


def _report_repairs(repaired: list[tuple[str, str, str]], outcome: Outcome) -> None:
    """One warning per kind of record and kind of repair (``values.repair_row``)."""
    counts: dict[tuple[str, str], set[str]] = {}
    for kind, uuid, what in repaired:
        counts.setdefault((kind, what), set()).add(uuid)
    for (kind, what), uuids in sorted(counts.items()):
        outcome.problems.append(Problem(REPAIRED, kind, detail=what, count=len(uuids)))


def _check_not_emptied(folder_path: Path) -> None:
    """FolderProblem when this journal synced through ``folder_path`` before and its
    ``sync.json`` is gone: a disk not mounted leaves an empty mount point, which would
    otherwise be taken for a new folder and get the whole journal (attack-20b finding 6).
    Choosing the folder again (Settings → Sync, ``sync --start-anew``) starts anew there."""
    if local.get(local.used_key(folder_path)) is None:
        return
    if os.path.lexists(folder_path / SYNC_JSON):
        return
    raise FolderProblem(
        folder_path,
        EMPTY,
        "the sync folder is empty: is the disk mounted? (to start anew in this folder, "
        "choose it again in Settings → Sync or run: sync --start-anew FOLDER)",
    )


def _merge_candidates(incoming: list[Incoming]) -> set[str]:
    """The clients whose merge may change this round: those changed here, and those whose
    merge, trash or tombstone arrives."""
    rows = database.execute_sql("SELECT uuid FROM sync_dirty WHERE kind = 'client'").fetchall()
    found = {uuid for (uuid,) in rows}
    fields = {MERGED_INTO, "deleted_at", DELETED}
    for item in incoming:
        found |= {c.uuid for c in item.changes if c.kind == "client" and c.field in fields}
        found |= {r.uuid for r in item.records if r.kind == "client" and MERGED_INTO in r.fields}
    return found | merging.merge_candidates(incoming)


def _keep_conflicts_there(outcome: Outcome, projector: Projector) -> None:
    """Of the note conflicts the round wrote, those the journal still holds: a later batch
    of a big snapshot may replace a conflict an earlier one wrote, or delete its note (its
    conflicts go with it, ON DELETE CASCADE, not through the projection: attack24d C1)."""
    kind = NOTE_CONFLICT.name
    projector.prefetch_ids(kind, sorted(outcome.new_conflicts))
    outcome.new_conflicts = {
        uuid for uuid in outcome.new_conflicts if projector.ids[(kind, uuid)] is not None
    }
