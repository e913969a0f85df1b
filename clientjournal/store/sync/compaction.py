"""Snapshots: this computer's whole state in one file, and compacting its change files.

A snapshot is written at a computer's first round in a folder, when a round holds more than a
change file may, when one of its change files was lost, and at each compaction (then the
change files but the newest ``KEEP_RECENT`` go).  A computer behind by files that are gone, or
new, reads the snapshot first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from itertools import chain

from peewee import DatabaseError

from clientjournal.core.files import fsync_folder
from clientjournal.core.sync import format as sync_format
from clientjournal.core.sync.format import (
    CHANGES,
    SNAPSHOTS,
    dumps,
    header,
    parse_change_file_name,
    snapshot_file_name,
)
from clientjournal.core.sync.problems import NOT_TIDIED, TOO_BIG, Problem
from clientjournal.core.sync.snapshots import snapshot_line
from clientjournal.paths import sqlite_problem
from clientjournal.store.models import database
from clientjournal.store.sync import local, state
from clientjournal.store.sync.folder import (
    Folder,
    FolderProblem,
    check_inside,
    listing,
    write_lines,
)
from clientjournal.store.sync.incoming import Outcome, record_file
from clientjournal.store.sync.own import OWN_DIGEST, digest_of


def write_snapshot(folder: Folder, device: str, name: str, seq: int, newest: str) -> None:
    """The state as this device's snapshot, read and packed as it is written (issue 21: the
    whole text was held, a gigabyte at ten times the demo journal)."""
    head = header(device, name, seq, snapshot=True, folder=folder.folder_id)
    head["newest"] = newest
    records = (snapshot_line(*row) for row in state.load_all_packed())
    lines = _within_limits(chain([dumps(head)], records), folder)
    suffix = snapshot_file_name(device, folder.encrypted)
    path = folder.path / SNAPSHOTS / suffix
    write_lines(folder, path, lines, level=1)
    local.put(f"{OWN_DIGEST}{SNAPSHOTS}/{suffix}", digest_of(path))  # see own.snapshot_lost


def _within_limits(lines: Iterator[str], folder: Folder) -> Iterator[str]:
    """A snapshot's ``lines`` (its header first), or FolderProblem once they are more than
    every reader takes of a snapshot (``format.MAX_RECORDS`` records, ``MAX_SNAPSHOT_TEXT``
    bytes of text): published, the other computers refused it at every round while this one
    said nothing (attack21x F3).  The file is then not written (its temporary name goes)
    and no row of the journal changes."""
    most, most_text = sync_format.MAX_RECORDS, sync_format.MAX_SNAPSHOT_TEXT  # the readers'
    text = 0
    for records, line in enumerate(lines):  # the first line is the header
        # its bytes as the reader counts them; an ASCII line (most) without encoding it a
        # second time (write_lines encodes it to pack it)
        text += (len(line) if line.isascii() else len(line.encode("utf-8"))) + 1
        if records > most or text > most_text:
            words = (
                f"this journal is more than one snapshot may hold ({most:,} records, "
                f"{most_text / (1 << 30):g} GiB of text): no other computer could read it, so "
                "nothing was published"
            )
            raise FolderProblem(folder.path, TOO_BIG, words)
        yield line


def replace_lost(folder: Folder, device: str, name: str, seq: int, lost: list[str]) -> None:
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
    check_inside(folder, own)  # its files are removed: never through a link to elsewhere
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
        write_snapshot(folder, device, name, seq, clock)
        record_file(folder, f"{SNAPSHOTS}/{snapshot_file_name(device, folder.encrypted)}")
        for file_name in mine:
            database.execute_sql(
                "DELETE FROM sync_file WHERE folder = ? AND path = ?",
                (folder.folder_id, f"{CHANGES}/{device}/{file_name}"),
            )
            local.put(f"{OWN_DIGEST}{CHANGES}/{device}/{file_name}", None)
    for file_name in mine:
        (own / file_name).unlink(missing_ok=True)
    fsync_folder(own)


@contextlib.contextmanager
def tidying(folder: Folder, outcome: Outcome) -> Iterator[None]:
    """The round has committed: what it does to the folder after that (a compaction, a
    snapshot for lost files) failing on a full or removed folder, a full journal disk or a
    busy journal is a warning of the round (``NOT_TIDIED``), never its failure: it was
    reported as "sync failed, nothing was changed" with every record applied (attack25d).
    Cut short anywhere, the folder and the journal stay whole and a later round does it."""
    try:
        yield
    except FolderProblem as error:
        problem = error.problem
        outcome.problems.append(
            Problem(
                NOT_TIDIED,
                problem.path,
                detail=problem.detail,
                reason=problem.reason,
                cause=problem.kind,
            )
        )
    except OSError as error:
        reason = error.strerror or type(error).__name__
        outcome.problems.append(Problem(NOT_TIDIED, str(folder.path), detail=reason, reason=reason))
    except DatabaseError as error:  # the journal's disk full, or another writer holds it
        words = sqlite_problem(error)  # named: "the disk is full" alone sent the user to the
        journal = str(database.database or "")  # sync folder's disk (attack26c)
        outcome.problems.append(Problem(NOT_TIDIED, journal, detail=words, reason=words))
