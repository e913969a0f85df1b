"""One sync round: publish this device's changes, then apply every other device's.

1. Check the folder (``folder.py``) and this device's own change folder: a file there that
   this journal did not write (a number it has not reserved, a conflict copy, a file replaced
   by another one) means a copy of this journal writes under the same device id (restored or
   copied to a second computer): this journal takes a new id and reads those files like any
   other device's.  Files it reserved but never recorded (a round killed after writing) are
   read back like incoming ones, so nothing in them is lost or contradicted.
2. Read the other devices' new files (outside the transaction: a big first sync does not hold
   the journal while it decompresses): per device in sequence order, stopping at a gap (a file
   the folder's engine has not delivered yet), so one device's changes apply in the order it
   made them.  A garbled file is reported and skipped whole; it is tried again next round.
   A device's snapshot is read when it is new or rewritten.
3. Reserve the next file number (committed on its own), then in one IMMEDIATE transaction:
   capture the dirty records into changes (``capture.py``), write them durably as the next
   change file (or, the first time in this folder, the whole state as this device's snapshot),
   merge everything read into the state and write the merged records into the journal
   (``project.py``), note the files read and the devices seen, commit.  Killed at any moment
   before the commit, the journal is as it was: the records are still dirty, the files read
   are read again; a file already written is read back next round (1).
"""

from __future__ import annotations

import contextlib
import gc
import gzip
import hashlib
import io
import os
import shutil
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clientjournal.core.files import fsync_folder
from clientjournal.core.sync import clock as hlc
from clientjournal.core.sync.clock import Clock
from clientjournal.core.sync.format import (
    CHANGES,
    MAX_CHANGE_TEXT,
    SNAPSHOTS,
    TOO_FAR_AHEAD,
    Change,
    FileProblem,
    SnapshotRecord,
    change_file,
    change_file_name,
    decode,
    encode,
    header,
    parse_change_file_name,
    parse_json,
    parse_snapshot_file_name,
    printable,
    read_change_file,
    read_snapshot,
    snapshot_file_name,
    snapshot_line,
)
from clientjournal.core.sync.merge import merge_field, merge_versions
from clientjournal.core.sync.records import DELETED, MERGED_INTO
from clientjournal.core.timeutil import to_iso, utcnow
from clientjournal.store.models import database
from clientjournal.store.safety.encryption import passphrase_of
from clientjournal.store.sync import capture, local, state
from clientjournal.store.sync.folder import (
    Folder,
    FolderProblem,
    device_dirs,
    listing,
    open_folder,
    read_file,
    write_file,
)
from clientjournal.store.sync.project import Projector, merge_followers, merged_into_now
from clientjournal.store.sync.state import Key, Record


class RoundFailed(Exception):
    """The round could not run; one line for the user."""


@dataclass
class Incoming:
    rel: str  # path inside the folder
    size: int
    mtime_ns: int
    device: str
    seq: int
    name: str = ""
    newest: str = ""  # a snapshot's newest clock (its header says)
    changes: list[Change] = field(default_factory=list)
    records: list[SnapshotRecord] = field(default_factory=list)


@dataclass
class Outcome:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _now_ms() -> int:
    return int(time.time() * 1000)


def _recorded(folder: Folder) -> dict[str, tuple[int, int]]:
    rows = database.execute_sql(
        "SELECT path, size, mtime_ns FROM sync_file WHERE folder = ?", (folder.folder_id,)
    ).fetchall()
    return {path: (size, mtime) for path, size, mtime in rows}


def _devices(folder: Folder) -> dict[str, tuple[str, int]]:
    rows = database.execute_sql(
        "SELECT device, name, upto FROM sync_device WHERE folder = ?", (folder.folder_id,)
    ).fetchall()
    return {device: (name, upto) for device, name, upto in rows}


_REFUSED: dict[tuple[str, str, int, int], str] = {}
"""Files this process found unreadable, by (folder id, path, size, mtime): one is not read
again (a hostile one can take seconds and gigabytes) until it changes; it is still reported
at every round."""


def _read(folder: Folder, rel: str, size: int, mtime: int, device: str) -> Incoming:
    key = (folder.folder_id, rel, size, mtime)
    if key in _REFUSED:
        raise FileProblem(_REFUSED[key])
    try:
        return _read_file(folder, rel, size, mtime, device)
    except FileProblem as problem:
        if len(_REFUSED) > 1000:
            _REFUSED.clear()
        _REFUSED[key] = str(problem)
        raise


def _read_file(folder: Folder, rel: str, size: int, mtime: int, device: str) -> Incoming:
    snapshot = rel.startswith(SNAPSHOTS + "/")
    if not snapshot and size > MAX_CHANGE_TEXT + MAX_CHANGE_TEXT // 4:
        raise FileProblem("too large when unpacked")  # gzip never grows text by that much
    data = read_file(folder, folder.path / rel)
    if snapshot:
        head, lines = decode(data)
        changes = None
    else:
        head, changes = read_change_file(data)
    if head["device"] != device:
        raise FileProblem("written by another device than its folder says")
    incoming = Incoming(rel, size, mtime, device, head["seq"], str(head.get("name", "")))
    if changes is None:
        if not head.get("snapshot"):
            raise FileProblem("not a snapshot")
        latest = f"{hlc.MAX_WALL_MS:013d}"
        incoming.records = read_snapshot(lines, latest)
        newest = head.get("newest", "")
        if newest and not hlc.is_clock(newest):
            raise FileProblem("the header's clock is damaged")
        if newest and newest[:13] > latest:
            raise FileProblem(TOO_FAR_AHEAD)
        incoming.newest = newest
    else:
        incoming.changes = changes
        newest = max((change.hlc for change in incoming.changes), default="")
        if newest and hlc.wall_ms(newest) > hlc.MAX_WALL_MS:
            raise FileProblem(TOO_FAR_AHEAD)
    return incoming


def _peek_seq(folder: Folder, rel: str, device: str) -> int:
    """The ``seq`` in a snapshot's header, without reading the whole snapshot."""
    path = folder.path / rel
    try:
        source: Any = io.BytesIO(read_file(folder, path)) if folder.encrypted else path
        with gzip.open(source) as stream:
            first = stream.readline(1 << 16)
        head = parse_json(first)
    except (OSError, EOFError, zlib.error, ValueError) as error:
        raise FileProblem("not a complete gzip file (cut off or damaged)") from error
    if not isinstance(head, dict) or head.get("device") != device or not head.get("snapshot"):
        raise FileProblem("not a snapshot of the computer its name says")
    seq = head.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise FileProblem("the header has no sequence number")
    return seq


def _own_snapshot_seq(folder: Folder, device: str) -> int | None:
    """The ``seq`` of this device's snapshot in the folder (None: none, or unreadable)."""
    rel = f"{SNAPSHOTS}/{snapshot_file_name(device, folder.encrypted)}"
    if not (folder.path / rel).is_file():
        return None
    try:
        return _peek_seq(folder, rel, device)
    except FileProblem:
        return None


def _own_files(
    folder: Folder,
    device: str,
    next_seq: int,
    recorded: dict[str, tuple[int, int]],
    retimed: list[str],
) -> tuple[bool, list[tuple[str, int, int, int]]]:
    """(clash, files to read back): see step 1 of the module's description.  Files whose
    times alone changed go to ``retimed`` (recorded again with their new times)."""
    clash = False
    back = []
    for name, size, mtime in listing(folder.path / CHANGES / device):
        parsed = parse_change_file_name(name)
        if parsed is None:
            continue
        rel = f"{CHANGES}/{device}/{name}"
        mine = recorded.get(rel)
        if mine is not None and mine != (size, mtime) and _same_as_written(folder, rel):
            retimed.append(rel)  # copied or moved without its times: still this journal's
        elif parsed.copy or parsed.seq >= next_seq or (mine is not None and mine != (size, mtime)):
            clash = True
        elif mine is None:
            back.append((rel, size, mtime, parsed.seq))
    return clash, back


OWN_DIGEST = "own_digest/"
"""``sync_local`` keys: the digest of each change file this journal wrote, so a file whose
times changed (the folder copied without them, a restore, a re-download) is still known as
its own, and only one with other content means another copy of the journal writes here."""


def _digest_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _same_as_written(folder: Folder, rel: str) -> bool:
    kept = local.get(OWN_DIGEST + rel)
    return kept is not None and kept == _digest_of(folder.path / rel)


def _scan(
    folder: Folder,
    device: str,
    recorded: dict[str, tuple[int, int]],
    outcome: Outcome,
    present: set[str],
    seen: list[str],
) -> tuple[list[Incoming], dict[str, int]]:
    """The other devices' files to apply, in order, and each device's new ``upto``
    (``present`` gets every other device's file there is)."""
    known = _devices(folder)
    found: list[Incoming] = []
    upto_of: dict[str, int] = {}
    snapshots = {}
    for name, size, mtime in listing(folder.path / SNAPSHOTS):
        snap = parse_snapshot_file_name(name)
        if snap is not None and snap[0] != device:
            snapshots[snap[0]] = (f"{SNAPSHOTS}/{name}", size, mtime)
            present.add(f"{SNAPSHOTS}/{name}")
    for other in sorted(set(device_dirs(folder)) | set(snapshots)):
        if other == device:
            continue
        upto = known.get(other, ("", 0))[1]
        start = upto
        files = []
        for name, size, mtime in listing(folder.path / CHANGES / other):
            parsed = parse_change_file_name(name)
            if parsed is not None:
                files.append((parsed.seq, parsed.copy, name, size, mtime))
                present.add(f"{CHANGES}/{other}/{name}")
        files.sort()
        # its snapshot is needed by a computer new to it, or behind by files it removed
        gap = not any(seq == upto + 1 for seq, *_rest in files) and any(
            seq > upto + 1 for seq, *_rest in files
        )
        # A new or rewritten snapshot is read when the next change file is not there and it
        # goes beyond what was read of that computer (also without a gap: a computer new to
        # this folder id publishes its changes in a snapshot numbered after its earlier
        # files); one that does not is noted as seen, unless files are missing (then a
        # newer one is awaited).
        follows = any(seq == upto + 1 for seq, *_rest in files)
        if other in snapshots and (upto == 0 or not follows):
            rel, size, mtime = snapshots[other]
            if recorded.get(rel) != (size, mtime):
                try:
                    if upto and _peek_seq(folder, rel, other) <= upto:
                        if not gap:
                            seen.append(rel)
                    else:
                        snapshot = _read(folder, rel, size, mtime, other)
                        found.append(snapshot)
                        upto = max(upto, snapshot.seq)
                except FileProblem as problem:
                    outcome.skipped.append(f"{printable(rel)}: {problem}")
        for seq, _copy, name, size, mtime in files:
            if seq > upto + 1:
                break  # a gap: the engine has not delivered the file before it yet
            rel = f"{CHANGES}/{other}/{name}"
            if recorded.get(rel) != (size, mtime):
                if _held(found) >= ROUND_BUDGET:
                    break  # enough for one round: the next one goes on from here
                try:
                    found.append(_read(folder, rel, size, mtime, other))
                except FileProblem as problem:
                    outcome.skipped.append(f"{printable(rel)}: {problem}")
            upto = max(upto, seq)
        if upto != start or other not in known:
            upto_of[other] = upto
    return found, upto_of


ROUND_BUDGET = 1_000_000
"""A round stops reading further change files once it holds this many changes and records
(a folder with a year of files from many computers is taken in several rounds, each with
bounded memory); a single file is bounded by ``MAX_CHANGES`` or ``MAX_RECORDS``."""


def _held(found: list[Incoming]) -> int:
    return sum(len(item.changes) + len(item.records) for item in found)


def _merge(
    records: dict[Key, Record], incoming: list[Incoming], clock: Clock, outcome: Outcome
) -> set[Key]:
    """Merge what was read into ``records``; returns the records whose state changed."""
    touched: set[Key] = set()
    now = _now_ms()
    ahead: dict[str, int] = {}
    for item in incoming:
        if item.newest:
            clock.observe(item.newest)  # a snapshot's newest clock (others' too: no warning)
        newest = max((change.hlc for change in item.changes), default=None)
        if newest is not None:
            clock.observe(newest)
            far = hlc.far_ahead(newest, now)
            if far:
                who = item.name or item.device
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
        for snap in item.records:
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
    for name, far in sorted(ahead.items()):
        days = far / 86_400_000
        outcome.warnings.append(
            f"the clock of {name} is {days:.1f} days ahead; its changes count as made then"
        )
    return touched


def _snapshot(folder: Folder, device: str, name: str, seq: int, newest: str) -> None:
    lines = (snapshot_line(*row) for row in state.load_all_packed())
    head = header(device, name, seq, snapshot=True)
    head["newest"] = newest
    data = encode(head, lines, level=1)
    suffix = snapshot_file_name(device, folder.encrypted)
    write_file(folder, folder.path / SNAPSHOTS / suffix, data)


def _record_file(folder: Folder, rel: str) -> None:
    stat = (folder.path / rel).stat()
    database.execute_sql(
        "INSERT OR REPLACE INTO sync_file (folder, path, size, mtime_ns) VALUES (?, ?, ?, ?)",
        (folder.folder_id, rel, stat.st_size, stat.st_mtime_ns),
    )


def _note_devices(folder: Folder, incoming: list[Incoming], upto_of: dict[str, int]) -> None:
    latest: dict[str, tuple[str, int]] = {}
    for item in incoming:
        clocks = [c.hlc for c in item.changes if hlc.device_of(c.hlc) == item.device]
        if clocks:
            newest = hlc.wall_ms(max(clocks))
        elif item.records or item.newest:  # a snapshot: when its computer wrote it
            newest = item.mtime_ns // 1_000_000
        else:
            newest = 0
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


def _datetime_of_ms(ms: int) -> Any:
    from datetime import UTC, datetime

    return datetime.fromtimestamp(ms / 1000, UTC)


def run(folder_path: Path, progress: Callable[[int, int], None] | None = None) -> Outcome:
    """One round on ``folder_path`` (see the module's description); RoundFailed for a folder
    that cannot be used.  The cyclic garbage collector pauses meanwhile: a first sync makes
    millions of small objects (none of them cycles), and its full collections, run again
    and again as they pile up, took a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(folder_path, progress)
    finally:
        if enabled:
            gc.enable()


def _run(folder_path: Path, progress: Callable[[int, int], None] | None) -> Outcome:
    try:
        folder = open_folder(folder_path, passphrase_of(database.obj), create=True)
    except FolderProblem as problem:
        raise RoundFailed(str(problem)) from problem
    outcome = Outcome()
    device = local.device_id()
    name = local.device_name()
    first_here = local.get(local.FOLDER_ID) != folder.folder_id
    recorded = _recorded(folder)
    read_back: list[Incoming] = []
    lost: list[str] = []
    if first_here:
        own = [parse_change_file_name(n) for n, _s, _m in listing(folder.path / CHANGES / device)]
        next_seq = max((p.seq for p in own if p is not None), default=0) + 1
        own_snapshot = f"{SNAPSHOTS}/{snapshot_file_name(device, folder.encrypted)}"
        if (folder.path / own_snapshot).is_file():  # numbered after it: readers take it
            with contextlib.suppress(FileProblem):
                next_seq = max(next_seq, _peek_seq(folder, own_snapshot, device) + 1)
    else:
        next_seq = int(local.get(local.NEXT_SEQ) or 1)
        reserved = int(local.get(local.RESERVED) or 0)  # by a round that may not have committed
        retimed: list[str] = []
        clash, back = _own_files(folder, device, max(next_seq, reserved + 1), recorded, retimed)
        if retimed and not clash:
            with database.atomic():
                for rel in retimed:
                    _record_file(folder, rel)
            recorded = _recorded(folder)
        lost = [] if clash else _lost_own_files(folder, device, recorded)
        if clash:
            old, device = device, local.new_device_id()
            with database.atomic():
                local.put(local.DEVICE_ID, device)
                local.put(local.NEXT_SEQ, "1")
                local.put(local.RESERVED, None)
                # the old id's files are read like another device's from now on; those up
                # to the last one this journal wrote are in its state already
                database.execute_sql(
                    "INSERT OR REPLACE INTO sync_device (folder, device, name, upto) "
                    "VALUES (?, ?, ?, ?)",
                    (folder.folder_id, old, name, next_seq - 1),
                )
            next_seq = 1
            outcome.warnings.append(
                "another copy of this journal writes to the sync folder as the same computer "
                "(copied or restored there): this journal now syncs as a new computer"
            )
        else:
            for rel, size, mtime, _seq in back:
                try:
                    read_back.append(_read(folder, rel, size, mtime, device))
                except FileProblem as problem:
                    outcome.skipped.append(f"{printable(rel)}: {problem}")
            if reserved >= next_seq:  # a round was cut short after reserving its number
                written = any(seq == reserved for _rel, _size, _mtime, seq in back)
                written = written or _own_snapshot_seq(folder, device) == reserved
                next_seq = reserved + 1 if written else reserved  # else: the number is reused
    present: set[str] = set()
    seen: list[str] = []
    incoming, upto_of = _scan(folder, device, recorded, outcome, present, seen)
    if seen:  # snapshots with nothing new for this journal: not looked into again
        with database.atomic():
            for rel in seen:
                _record_file(folder, rel)
    mine = (f"{CHANGES}/{device}/", f"{SNAPSHOTS}/{device}.")
    gone = [path for path in recorded if path not in present and not path.startswith(mine)]
    incoming = read_back + incoming
    publish = first_here or capture.dirty_count() > 0
    seq = next_seq
    if publish and not first_here:
        with database.atomic():  # reserved before the file exists: see step 1
            local.put(local.RESERVED, str(seq))
    total = sum(len(i.changes) + len(i.records) for i in incoming)
    _remove_stale_temps(folder, device)
    if not publish and not incoming:
        if lost:
            _replace_lost(folder, device, name, seq - 1, lost)
        return outcome  # nothing to write: the journal is not touched
    if progress is not None:
        progress(0, total)
    with database.atomic(lock_type="IMMEDIATE"):
        clock = Clock(device, local.get(local.CLOCK))
        if first_here:
            capture.mark_everything()
        merged_before = merged_into_now(_merge_candidates(incoming), {})
        changes, records = capture.capture(clock)
        captured = list(records.values())
        if publish:
            data = None if first_here else change_file(header(device, name, seq), changes)
            if data is None:  # the first time here, or more than a change file may hold
                state.save(captured)
                _snapshot(folder, device, name, seq, clock.last())
                rel = f"{SNAPSHOTS}/{snapshot_file_name(device, folder.encrypted)}"
            else:
                rel = f"{CHANGES}/{device}/{change_file_name(seq, folder.encrypted)}"
                write_file(folder, folder.path / rel, data)
                local.put(OWN_DIGEST + rel, _digest_of(folder.path / rel))
            _record_file(folder, rel)
            outcome.sent = len(changes)
        wanted = {(c.kind, c.uuid) for i in incoming for c in i.changes}
        wanted |= {(r.kind, r.uuid) for i in incoming for r in i.records}
        records.update(state.load(key for key in wanted if key not in records))
        touched = _merge(records, incoming, clock, outcome)
        if progress is not None:
            progress(total // 2, total)
        state.save([records[key] for key in touched] + ([] if first_here else captured))
        database.execute_sql("INSERT OR IGNORE INTO sync_applying (one) VALUES (1)")
        projector = Projector(records)
        followers = merge_followers(merged_before, records)
        projector.run(touched | followers, here=_back_here(changes, first_here))
        database.execute_sql("DELETE FROM sync_applying")
        outcome.conflicts = projector.new_conflicts
        for item in incoming:
            _record_file(folder, item.rel)
        database.connection().executemany(  # files other computers compacted away
            "DELETE FROM sync_file WHERE folder = ? AND path = ?",
            [(folder.folder_id, path) for path in gone],
        )
        _note_devices(folder, [i for i in incoming if i.device != device], upto_of)
        local.put(local.CLOCK, clock.last())
        local.put(local.FOLDER_ID, folder.folder_id)
        local.put(local.NEXT_SEQ, str(seq + 1 if publish else seq))
        if progress is not None:
            progress(total, total)
    if lost:
        _replace_lost(folder, device, name, seq if publish else seq - 1, lost)
    elif publish and not first_here:
        compact(folder, device, name, seq)
    return outcome


def _merge_candidates(incoming: list[Incoming]) -> set[str]:
    """The clients whose merge may change this round: those changed here, and those whose
    merge, trash or tombstone arrives."""
    rows = database.execute_sql("SELECT uuid FROM sync_dirty WHERE kind = 'client'").fetchall()
    found = {uuid for (uuid,) in rows}
    fields = {MERGED_INTO, "deleted_at", DELETED}
    for item in incoming:
        found |= {c.uuid for c in item.changes if c.kind == "client" and c.field in fields}
        found |= {r.uuid for r in item.records if r.kind == "client" and MERGED_INTO in r.fields}
    return found


def _back_here(changes: list[Change], first_here: bool) -> set[tuple[str, str]]:
    """The records this round published that may have come back into this journal (an
    undo: no longer deleted; or new in the state, e.g. a UUID derived on two computers):
    records of other computers may wait for them.  A first round publishes every record as
    new; only those coming back count then (nothing else can have been waited for)."""
    return {
        (change.kind, change.uuid)
        for change in changes
        if (change.field == DELETED and change.value is False)
        or (change.base is None and not first_here)
    }


STALE_AFTER_S = 24 * 3600
"""A temporary file (``.cj-…``) older than this was left by a round that was killed while it
wrote (no writer takes that long); the folder's engine would carry it to every computer."""


def _remove_stale_temps(folder: Folder, device: str) -> None:
    cutoff = time.time() - STALE_AFTER_S
    for place in (folder.path, folder.path / SNAPSHOTS, folder.path / CHANGES / device):
        try:
            entries = list(os.scandir(place))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith(".cj-"):
                continue
            try:
                if entry.stat(follow_symlinks=False).st_mtime > cutoff:
                    continue
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    os.unlink(entry.path)
            except OSError:
                continue  # another computer's engine may be moving it: next round


def _lost_own_files(folder: Folder, device: str, recorded: dict[str, tuple[int, int]]) -> list[str]:
    """This device's change files that it wrote (and did not compact away) but that are no
    longer in the folder: lost by the folder's engine or deleted by hand."""
    prefix = f"{CHANGES}/{device}/"
    there = {f"{prefix}{name}" for name, _size, _mtime in listing(folder.path / CHANGES / device)}
    return sorted(path for path in recorded if path.startswith(prefix) and path not in there)


def _replace_lost(folder: Folder, device: str, name: str, seq: int, lost: list[str]) -> None:
    """A lost change file would keep every other computer waiting at the gap (silently, until
    this one compacts): a fresh snapshot up to ``seq`` lets them read past it at once."""
    compact(folder, device, name, seq, force=True)
    with database.atomic():
        database.connection().executemany(
            "DELETE FROM sync_file WHERE folder = ? AND path = ?",
            [(folder.folder_id, path) for path in lost],
        )


COMPACT_AFTER = 256
"""A computer with this many change files of its own in the folder writes a new snapshot and
removes the older ones: a folder synced for years does not grow without end, and a new
computer reads one file per computer."""
KEEP_RECENT = 64
"""The newest change files stay after a compaction: a computer that syncs now and then reads
them, not the whole snapshot."""


def compact(folder: Folder, device: str, name: str, seq: int, force: bool = False) -> None:
    """Write this device's snapshot (everything up to its change file ``seq``), then remove
    its change files but the newest ``KEEP_RECENT``.  A computer that has read up to one of
    the kept files goes on with them; one further behind (or new) reads the snapshot.  Cut
    short anywhere, the folder is still whole (files go only after the snapshot is durable)
    and the next compaction finishes it."""
    own = folder.path / CHANGES / device
    listed = [parse_change_file_name(file_name) for file_name, _s, _m in listing(own)]
    if not force and sum(1 for p in listed if p is not None and not p.copy) < COMPACT_AFTER:
        return
    mine = []
    for file_name, _size, _mtime in listing(own):
        parsed = parse_change_file_name(file_name)
        if parsed is not None and not parsed.copy and parsed.seq <= seq - KEEP_RECENT:
            mine.append(file_name)
    with database.atomic():  # one consistent read of the state
        clock = local.get(local.CLOCK) or ""
        _snapshot(folder, device, name, seq, clock)
        _record_file(folder, f"{SNAPSHOTS}/{snapshot_file_name(device, folder.encrypted)}")
        for file_name in mine:
            database.execute_sql(
                "DELETE FROM sync_file WHERE folder = ? AND path = ?",
                (folder.folder_id, f"{CHANGES}/{device}/{file_name}"),
            )
            local.put(f"{OWN_DIGEST}{CHANGES}/{device}/{file_name}", None)
    for file_name in mine:
        (own / file_name).unlink(missing_ok=True)
    fsync_folder(own)


def now_text() -> str:
    return to_iso(utcnow())
