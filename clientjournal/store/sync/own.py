"""This computer's own files in the sync folder: what it wrote, what it finds there.

A file with its id that it did not write (a number it has not reserved, a conflict copy, one
replaced by another) means a copy of this journal writes there too (restored or copied to a
second computer): this journal then takes a new device id and reads those files like another
computer's.  Files it reserved but never recorded (a round killed after writing) are read back
like incoming ones, so nothing in them is lost or contradicted.  Files it wrote that are gone
(lost by the engine, deleted by hand) or that no longer read (damaged on the way) are replaced
by a fresh snapshot (``compaction.py``).
A digest of each file it wrote tells its own file from a copy whose times changed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from clientjournal.core.sync.format import (
    CHANGES,
    SNAPSHOTS,
    ChangeFileName,
    FileProblem,
    parse_change_file_name,
    snapshot_file_name,
)
from clientjournal.core.sync.problems import COPIED, Problem
from clientjournal.store.models import database
from clientjournal.store.sync import local
from clientjournal.store.sync.folder import Folder, check_inside, listing
from clientjournal.store.sync.incoming import (
    Incoming,
    Outcome,
    peek_seq,
    read,
    record_file,
    recorded_files,
)

OWN_DIGEST = "own_digest/"
"""``sync_local`` keys: the digest of each change file this journal wrote, so a file whose
times changed (the folder copied without them, a restore, a re-download) is still known as
its own, and only one with other content means another copy of the journal writes here."""


def digest_of(path: Path) -> str | None:
    """The file's SHA-256 (read a megabyte at a time: a snapshot may be hundreds of MB)."""
    try:
        with path.open("rb") as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()
    except OSError:
        return None


def _same_as_written(folder: Folder, rel: str) -> bool:
    kept = local.get(OWN_DIGEST + rel)
    return kept is not None and kept == digest_of(folder.path / rel)


def own_snapshot_seq(folder: Folder, device: str) -> int | None:
    """The ``seq`` of this device's snapshot in the folder (None: none, or unreadable)."""
    rel = f"{SNAPSHOTS}/{snapshot_file_name(device, folder.encrypted)}"
    if not (folder.path / rel).is_file():
        return None
    try:
        return peek_seq(folder, rel, device)
    except FileProblem:
        return None


def _own_files(
    folder: Folder,
    device: str,
    next_seq: int,
    recorded: dict[str, tuple[int, int]],
    retimed: list[str],
    damaged: list[str],
) -> tuple[bool, list[tuple[str, int, int, int]]]:
    """(clash, files to read back): see step 1 of the module's description.  Files whose
    times alone changed go to ``retimed`` (recorded again with their new times); files it
    wrote that no longer read (cut off by the sync program, a full disk) go to ``damaged``:
    not another copy of this journal writing (its file would read), but a file lost: removed, and replaced by a snapshot as a lost one is."""
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
        elif (
            mine is not None
            and mine != (size, mtime)
            and not parsed.copy
            and _unreadable(folder, rel, size, mtime, device)
        ):
            damaged.append(rel)
        elif parsed.copy or parsed.seq >= next_seq or (mine is not None and mine != (size, mtime)):
            clash = True
        elif mine is None:
            back.append((rel, size, mtime, parsed.seq))
    return clash, back


def _unknown_own_files(
    device: str,
    own: list[tuple[str, ChangeFileName | None]],
    own_snapshot: str | None,
    recorded: dict[str, tuple[int, int]],
) -> bool:
    """Whether the folder holds a file of this device id (``own``: its change files' names,
    parsed; ``own_snapshot``: its snapshot's, if there is one) that this journal has not
    noted as written or read in this folder: it was written by this journal after the backup
    it was restored from, or by a copy of it.  Not the change file numbered with the
    journal's open reservation: a round of its own wrote it and was killed before its commit
    (a later round elsewhere in between made this one a first round here again; attack22c
    F5)."""
    reserved = int(local.get(local.RESERVED) or 0)
    rels = [
        f"{CHANGES}/{device}/{name}"
        for name, parsed in own
        if parsed is not None and parsed.seq != reserved
    ]
    if own_snapshot is not None:
        rels.append(own_snapshot)
    return any(rel not in recorded for rel in rels)


def _take_new_device_id() -> str:
    """A new device id for this journal, numbering its files from 1 again (inside the
    caller's transaction): its old id's files are read as another computer's from now on."""
    device = local.new_device_id()
    local.put(local.DEVICE_ID, device)
    local.put(local.NEXT_SEQ, "1")
    local.put(local.RESERVED, None)
    return device


def _unreadable(folder: Folder, rel: str, size: int, mtime: int, device: str) -> bool:
    try:
        read(folder, rel, size, mtime, device)
    except FileProblem:
        return True
    return False


def snapshot_lost(folder: Folder, device: str, recorded: dict[str, tuple[int, int]]) -> bool:
    """Whether this device's snapshot, which it wrote here, is gone from the folder or no
    longer reads (lost or damaged by the sync program): then it is written again.  Before,
    it never was (until a compaction, 256 change files later), and a computer joining later
    got nothing of this journal.  An older snapshot of its own put back (a sync program's
    "restore previous version", the folder restored from a backup) reads, but a computer
    joining then misses all after it: so what counts is the digest of the one it wrote.  A
    snapshot whose times alone changed (same digest; or, written before digests were kept,
    one that reads) is noted with its new times and left as it is."""
    rel = f"{SNAPSHOTS}/{snapshot_file_name(device, folder.encrypted)}"
    mine = recorded.get(rel)
    if mine is None:
        return False  # not written here (the first round in this folder writes it)
    try:
        stat = (folder.path / rel).stat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    size, mtime = stat.st_size, stat.st_mtime_ns
    if (size, mtime) == mine:
        return False
    kept = local.get(OWN_DIGEST + rel)
    if kept is not None and kept != digest_of(folder.path / rel):
        return True  # not the one it wrote: damaged, or an older one put back (it reads!)
    if kept is None and _unreadable(folder, rel, size, mtime, device):
        return True  # written before its digest was kept
    with database.atomic():
        record_file(folder, rel, size, mtime)
    return False


def _lost_own_files(folder: Folder, device: str, recorded: dict[str, tuple[int, int]]) -> list[str]:
    """This device's change files that it wrote (and did not compact away) but that are no
    longer in the folder: lost by the folder's engine or deleted by hand."""
    prefix = f"{CHANGES}/{device}/"
    there = {f"{prefix}{name}" for name, _size, _mtime in listing(folder.path / CHANGES / device)}
    return sorted(path for path in recorded if path.startswith(prefix) and path not in there)


STALE_AFTER_S = 24 * 3600
"""A temporary file (``.cj-…``) older than this was left by a round that was killed while it
wrote (no writer takes that long); the folder's engine would carry it to every computer."""


def remove_stale_temps(folder: Folder, device: str) -> None:
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


@dataclass
class Own:
    """What a round starts from: this journal's device id (new after a clash), the number of
    its next change file, the files recorded as read or written, its own files to read back
    (written by a round cut short) and those it wrote that are gone."""

    device: str
    next_seq: int
    recorded: dict[str, tuple[int, int]]
    read_back: list[Incoming] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    snapshot_lost: bool = False  # its snapshot is gone or damaged: written again
    copied: bool = False  # a copy writes as this device: a new id, whose first file is the
    # whole state (a snapshot), as what this journal wrote under the old id may be replaced


def prepare(folder: Folder, name: str, first_here: bool, outcome: Outcome) -> Own:
    """Step 1 of a round (see ``round.py``): check this computer's own change folder."""
    device = local.device_id()
    # what the round removes (damaged own files, stale temporary files) and writes is here:
    # never through a link to elsewhere (attack26c), FolderProblem before anything is done
    check_inside(folder, folder.path / CHANGES / device)
    check_inside(folder, folder.path / SNAPSHOTS)
    recorded = recorded_files(folder)
    read_back: list[Incoming] = []
    lost: list[str] = []
    lost_snapshot = False
    clash = False
    if first_here:
        own = [
            (n, parse_change_file_name(n)) for n, _s, _m in listing(folder.path / CHANGES / device)
        ]
        next_seq = max((p.seq for _n, p in own if p is not None), default=0) + 1
        snapshot = f"{SNAPSHOTS}/{snapshot_file_name(device, folder.encrypted)}"
        own_snapshot = snapshot if (folder.path / snapshot).is_file() else None
        if own_snapshot is not None:  # numbered after it: readers take it
            with contextlib.suppress(FileProblem):
                next_seq = max(next_seq, peek_seq(folder, own_snapshot, device) + 1)
        # a first round here cut short after its snapshot left, which it then removed: the
        # sync program may have carried it, and a computer holding it takes only a later
        # number (attack21x F1)
        earlier = local.first_round_started(folder.folder_id)
        if earlier is not None:
            next_seq = max(next_seq, earlier[0] + 1)
        elif _unknown_own_files(device, own, own_snapshot, recorded):
            # restored from a backup taken before those files, or copied: they may hold
            # later values than the journal (its own edits, others' it took): read like
            # another computer's, under a new id (``restored.py``, attack21y F2)
            with database.atomic():
                device = _take_new_device_id()
            next_seq, clash = 1, True
            outcome.problems.append(Problem(COPIED))
    else:
        next_seq = int(local.get(local.NEXT_SEQ) or 1)
        reserved = int(local.get(local.RESERVED) or 0)  # by a round that may not have committed
        retimed: list[str] = []
        damaged: list[str] = []
        clash, back = _own_files(
            folder, device, max(next_seq, reserved + 1), recorded, retimed, damaged
        )
        if damaged and not clash:  # lost: its changes are in the state, a snapshot follows
            for rel in damaged:
                with contextlib.suppress(OSError):
                    (folder.path / rel).unlink()
        if retimed and not clash:
            with database.atomic():
                for rel in retimed:
                    record_file(folder, rel)
            recorded = recorded_files(folder)
        lost = [] if clash else _lost_own_files(folder, device, recorded)
        lost_snapshot = not clash and snapshot_lost(folder, device, recorded)
        if clash:
            old = device
            with database.atomic():
                device = _take_new_device_id()
                local.put(local.FOLDER_ID, None)  # cut short before its snapshot: again
                # the old id's files are read like another device's from now on; those up
                # to the last one this journal wrote are in its state already
                database.execute_sql(
                    "INSERT OR REPLACE INTO sync_device (folder, device, name, upto) "
                    "VALUES (?, ?, ?, ?)",
                    (folder.folder_id, old, name, next_seq - 1),
                )
            next_seq = 1
            outcome.problems.append(Problem(COPIED))
        else:
            for rel, size, mtime, _seq in back:
                try:
                    read_back.append(read(folder, rel, size, mtime, device))
                except FileProblem as problem:
                    outcome.skip(rel, problem)
            if reserved >= next_seq:  # a round was cut short after reserving its number
                written = any(seq == reserved for _rel, _size, _mtime, seq in back)
                written = written or own_snapshot_seq(folder, device) == reserved
                next_seq = reserved + 1 if written else reserved  # else: the number is reused
    return Own(device, next_seq, recorded, read_back, lost, lost_snapshot, copied=clash)
