"""Reading the other computers' files: which are new, in which order, and each one whole.

Per computer in sequence order, stopping at a gap (a file the folder's engine has not
delivered yet: reported once it has been missing for a while), so one computer's changes apply
in the order it made them; its snapshot when this journal is new to it or behind by files it
removed.  A garbled file is reported and skipped whole, tried again next round; one found
unreadable is not read again (a hostile one can take seconds) until it changes.  A round stops
reading once it holds ``ROUND_BUDGET`` changes; the next one goes on from there.  Runs outside
the round's transaction (a big first sync does not hold the journal while it unpacks); a big
snapshot's records wait in a scratch store, not in memory (``spool.py``).
"""

from __future__ import annotations

import gzip
import io
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from clientjournal import __version__
from clientjournal.core.sync import clock as hlc
from clientjournal.core.sync.format import (
    CHANGES,
    CLOCK,
    ELSEWHERE,
    INCOMPLETE,
    MAX_CHANGE_TEXT,
    SNAPSHOTS,
    TOO_FAR_AHEAD,
    TOO_LARGE,
    Change,
    FileProblem,
    Source,
    change_file_name,
    parse_change_file_name,
    parse_json,
    parse_snapshot_file_name,
    printable,
    read_change_file,
    read_snapshot_file,
)
from clientjournal.core.sync.problems import MORE, WAITING, Problem
from clientjournal.core.sync.snapshots import SnapshotRecord, read_snapshot
from clientjournal.store.models import database
from clientjournal.store.sync import local
from clientjournal.store.sync.folder import Folder, device_dirs, listing, open_file, read_file
from clientjournal.store.sync.receive.spool import read_records


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
    part: int = 0  # a big snapshot: its part of the round's scratch store (``spool.py``)
    spooled: int = 0  # and how many records went there instead of ``records``


@dataclass
class Outcome:
    sent: int = 0
    received: int = 0
    new_conflicts: set[str] = field(default_factory=set)
    """the note conflicts the round wrote, and at its end of those the ones still there: a
    big snapshot is written a batch at a time, and a later batch may replace a conflict an
    earlier one wrote (the other version of the note was in it) or delete its note; counted,
    it would be one the user never sees (round.py)"""
    problems: list[Problem] = field(default_factory=list)  # files skipped, then warnings
    bodies: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    """note UUID -> (the body clock it had here, the one the round wrote) for each note whose
    text in the journal the round changed (the window: was it the round, or its own save?)"""

    @property
    def conflicts(self) -> int:
        return len(self.new_conflicts)

    def skip(self, rel: str, problem: FileProblem) -> None:
        self.problems.append(Problem(problem.kind, printable(rel), detail=str(problem)))


_checks = threading.local()


def while_reading(check: Callable[[int, int], None] | None) -> None:
    """``check(packed bytes read, packed size)`` is called now and then while this thread
    reads a snapshot (each megabyte read, and every few thousand records: then with -1 for
    what was read): the round's progress; it may raise to cut the round short before it
    wrote anything (the window's Settings → Sync and closing do).  None: no more."""
    _checks.fn = check


def _reading(data: Source, packed: int) -> Callable[[int], None] | None:
    """What the snapshot's reader calls with the packed bytes read so far: the round's
    ``while_reading`` check, with the snapshot's packed size."""
    check = getattr(_checks, "fn", None)
    if check is None:
        return None
    size = len(data) if isinstance(data, bytes) else packed
    return lambda done: check(done, size)


def _checked(lines: Iterable[str], check: Callable[[int, int], None]) -> Iterator[str]:
    for number, line in enumerate(lines):
        if number % 4096 == 0:
            check(-1, 0)
        yield line


def _now_ms() -> int:
    return int(time.time() * 1000)


def recorded_files(folder: Folder) -> dict[str, tuple[int, int]]:
    rows = database.execute_sql(
        "SELECT path, size, mtime_ns FROM sync_file WHERE folder = ?", (folder.folder_id,)
    ).fetchall()
    return {path: (size, mtime) for path, size, mtime in rows}


def known_devices(folder: Folder) -> dict[str, tuple[str, int]]:
    rows = database.execute_sql(
        "SELECT device, name, upto FROM sync_device WHERE folder = ?", (folder.folder_id,)
    ).fetchall()
    return {device: (name, upto) for device, name, upto in rows}


_REFUSED: dict[tuple[str, str, int, int], FileProblem] = {}
"""Files this process found unreadable, by (folder id, path, size, mtime): one is not read
again (a hostile one can take seconds and gigabytes) until it changes; it is still reported
at every round."""

REFUSED_PREFIX = "refused/"
"""``sync_local`` keys ``refused/<folder id>/<path>``: the same across processes (each
``clientjournal sync`` from cron or a script is a new process), as ``size mtime version
kind detail``.  Only a file that was read and found wanting is kept so (a file that could
not be read, e.g. for its permissions, is tried again), and only for this version of the
app (another one may take it)."""


def _refused_key(folder: Folder, rel: str) -> str:
    return f"{REFUSED_PREFIX}{folder.folder_id}/{rel}"


def _remembered(folder: Folder, rel: str, size: int, mtime: int) -> FileProblem | None:
    kept = local.get(_refused_key(folder, rel))
    if kept is None:
        return None
    parts = kept.split(" ", 4)
    if len(parts) != 5 or parts[:3] != [str(size), str(mtime), __version__]:
        return None
    return FileProblem(parts[4], parts[3])


def _remember(folder: Folder, rel: str, size: int, mtime: int, problem: FileProblem) -> None:
    value = f"{size} {mtime} {__version__} {problem.kind} {problem}"
    with database.atomic():
        local.put(_refused_key(folder, rel), value)


def forget_refused(folder: Folder, present: set[str]) -> None:
    """Forget the refused files that are no longer in the folder."""
    prefix = f"{REFUSED_PREFIX}{folder.folder_id}/"
    rows = database.execute_sql(
        "SELECT key FROM sync_local WHERE key >= ? AND key < ?", (prefix, prefix + "\uffff")
    ).fetchall()
    gone = [key for (key,) in rows if key[len(prefix) :] not in present]
    if gone:
        with database.atomic():
            for key in gone:
                local.put(key, None)


def read(folder: Folder, rel: str, size: int, mtime: int, device: str) -> Incoming:
    key = (folder.folder_id, rel, size, mtime)
    if key in _REFUSED:
        raise _REFUSED[key]
    remembered = _remembered(folder, rel, size, mtime)
    if remembered is not None:
        _REFUSED[key] = remembered
        raise remembered
    read_it = False
    try:
        snapshot = rel.startswith(SNAPSHOTS + "/")
        if not snapshot and size > MAX_CHANGE_TEXT + MAX_CHANGE_TEXT // 4:
            raise FileProblem(
                "too large when unpacked", TOO_LARGE
            )  # gzip never grows text by that much
        if snapshot:  # read as a stream, also from the disk (see format.Source)
            source, packed = open_file(folder, folder.path / rel)
            read_it = True
            try:
                found = _read_data(source, snapshot, rel, size, mtime, device, packed, folder)
            finally:
                if not isinstance(source, bytes):
                    source.close()
        else:
            data = read_file(folder, folder.path / rel)
            read_it = True
            found = _read_data(data, snapshot, rel, size, mtime, device, -1, folder)
    except FileProblem as problem:
        if len(_REFUSED) > 1000:
            _REFUSED.clear()
        _REFUSED[key] = FileProblem(str(problem), problem.kind)
        if read_it and not str(problem).startswith("cannot be read"):
            _remember(folder, rel, size, mtime, problem)
        raise
    if local.get(_refused_key(folder, rel)) is not None:
        with database.atomic():
            local.put(_refused_key(folder, rel), None)  # refused as it was before
    return found


def _read_data(
    data: Source,
    snapshot: bool,
    rel: str,
    size: int,
    mtime: int,
    device: str,
    packed: int = -1,
    folder: Folder | None = None,
) -> Incoming:
    if snapshot:
        head, lines = read_snapshot_file(data, packed, _reading(data, packed))  # records below
        changes = None
    else:
        assert isinstance(data, bytes)
        head, changes = read_change_file(data)
    if head["device"] != device:
        raise FileProblem("written by another device than its folder says")
    if head.get("folder") and folder is not None and head["folder"] != folder.folder_id:
        # copied here from another sync folder (another journal's, or this journal's other
        # folder): refused whole (attack-20e E2: merged into every journal of this folder).
        # Files written before headers named their folder name none and are read as before.
        raise FileProblem("written for another sync folder", ELSEWHERE)
    incoming = Incoming(rel, size, mtime, device, head["seq"], str(head.get("name", "")))
    if changes is None:
        latest = f"{hlc.MAX_WALL_MS:013d}"
        newest = head.get("newest", "")
        if newest and not hlc.is_clock(newest):
            raise FileProblem("the header's clock is damaged")
        if newest and newest[:13] > latest:
            raise FileProblem(TOO_FAR_AHEAD, CLOCK)
        check = getattr(_checks, "fn", None)
        checked = lines if check is None else _checked(lines, check)
        incoming.records, incoming.part, incoming.spooled = read_records(
            checked, latest, read_snapshot
        )
        incoming.newest = newest
    else:
        incoming.changes = changes
        newest = max((change.hlc for change in incoming.changes), default="")
        if newest and hlc.wall_ms(newest) > hlc.MAX_WALL_MS:
            raise FileProblem(TOO_FAR_AHEAD, CLOCK)
    return incoming


def _skip(outcome: Outcome, rel: str, problem: FileProblem, known: bool) -> None:
    """Report a skipped file; one of another folder from a computer that has written for
    this one since (sync.json made anew: its older files name the old id) is left quietly."""
    if not (problem.kind == ELSEWHERE and known):
        outcome.skip(rel, problem)


def peek_seq(folder: Folder, rel: str, device: str) -> int:
    """The ``seq`` in a snapshot's header, without reading the whole snapshot."""
    path = folder.path / rel
    try:
        source: Any = io.BytesIO(read_file(folder, path)) if folder.encrypted else path
        with gzip.open(source) as stream:
            first = stream.readline(1 << 16)
        head = parse_json(first)
    except (OSError, EOFError, zlib.error, ValueError) as error:
        raise FileProblem("not a complete gzip file (cut off or damaged)", INCOMPLETE) from error
    if not isinstance(head, dict) or head.get("device") != device or not head.get("snapshot"):
        raise FileProblem("not a snapshot of the computer its name says")
    seq = head.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise FileProblem("the header has no sequence number")
    return seq


def scan(
    folder: Folder,
    device: str,
    recorded: dict[str, tuple[int, int]],
    outcome: Outcome,
    present: set[str],
    seen: list[tuple[str, int, int]],
) -> tuple[list[Incoming], dict[str, int]]:
    """The other devices' files to apply, in order, and each device's new ``upto``
    (``present`` gets every other device's file there is)."""
    known = known_devices(folder)
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
        # A file of it skipped (refused) earlier is a hole: its snapshot is read once it
        # covers the hole, also when the file has gone since (see ``_hole``).
        follows = any(seq == upto + 1 for seq, *_rest in files)
        hole = kept_hole = _hole(folder, other)
        covered = 0  # the seq of its snapshot read in this round
        if other in snapshots and (upto == 0 or not follows or hole):
            rel, size, mtime = snapshots[other]
            if recorded.get(rel) != (size, mtime):
                try:
                    if upto and peek_seq(folder, rel, other) <= (hole - 1 if hole else upto):
                        if not gap and not hole:
                            seen.append((rel, size, mtime))
                    else:
                        snapshot = read(folder, rel, size, mtime, other)
                        found.append(snapshot)
                        upto = max(upto, snapshot.seq)
                        covered = snapshot.seq
                        hole = 0 if snapshot.seq >= hole else hole
                except FileProblem as problem:
                    _skip(outcome, rel, problem, other in known)
        for seq, copy, name, size, mtime in files:
            if seq > upto + 1:
                break  # a gap: the engine has not delivered the file before it yet
            rel = f"{CHANGES}/{other}/{name}"
            if recorded.get(rel) != (size, mtime):
                if _held(found) >= ROUND_BUDGET:
                    if not any(p.kind == MORE for p in outcome.problems):
                        outcome.problems.append(Problem(MORE))
                    break  # enough for one round: the next one goes on from here
                try:
                    found.append(read(folder, rel, size, mtime, other))
                    hole = 0 if seq == hole else hole
                except FileProblem as problem:
                    _skip(outcome, rel, problem, other in known)
                    if seq > covered and not copy:  # a conflict copy: the file is there
                        hole = min(hole or seq, seq)
            upto = max(upto, seq)
        if hole != kept_hole:
            with database.atomic():
                local.put(_hole_key(folder, other), str(hole) if hole else None)
        if upto != start or other not in known:
            upto_of[other] = upto
        numbers = {seq for seq, *_rest in files}
        missing = upto + 1 if upto + 1 not in numbers and any(n > upto + 1 for n in numbers) else 0
        _note_gap(folder, other, known.get(other, ("", 0))[0], missing, outcome)
    return found, upto_of


def _hole_key(folder: Folder, device: str) -> str:
    return f"hole/{folder.folder_id}/{device}"


def _hole(folder: Folder, device: str) -> int:
    """The lowest file of ``device`` that was skipped (refused) while later ones were read,
    0 for none (``sync_local``).  Reading goes on past a skipped file, so the number read up
    to says nothing of it; a file damaged in the folder (cut off by the sync program or a
    full disk) was then never read, even after its writer replaced it by a snapshot: that
    snapshot did not go beyond what was read.  Kept until the file or a snapshot covering it
    is read (the file may be gone by then: its writer removes it)."""
    kept = local.get(_hole_key(folder, device)) or ""
    return int(kept) if kept.isdigit() else 0


ROUND_BUDGET = 1_000_000
"""A round stops reading further change files once it holds this many changes and records
(a folder with a year of files from many computers is taken in several rounds, each with
bounded memory); a single file is bounded by ``MAX_CHANGES`` or ``MAX_RECORDS``."""


def _held(found: list[Incoming]) -> int:
    return sum(len(item.changes) + len(item.records) for item in found)


GAP_WARNING_AFTER_MS = 10 * 60_000
"""A computer's change file missing (the next one is there) this long is reported: the sync
program may have lost it, or not carry it (an ignore pattern, a full disk); until it comes,
or that computer writes a new snapshot, its later changes wait."""


def _note_gap(folder: Folder, device: str, name: str, missing: int, outcome: Outcome) -> None:
    """Remember since when ``device``'s change file ``missing`` (0: none) is awaited, and
    warn once it has been so for ``GAP_WARNING_AFTER_MS``."""
    key = f"gap/{folder.folder_id}/{device}"
    kept = local.get(key)
    if not missing:
        if kept is not None:
            with database.atomic():
                local.put(key, None)
        return
    seq, _space, since = (kept or "").partition(" ")
    if seq != str(missing) or not since.isdigit():
        with database.atomic():
            local.put(key, f"{missing} {_now_ms()}")
        return
    if _now_ms() - int(since) >= GAP_WARNING_AFTER_MS:
        rel = f"{CHANGES}/{device}/{change_file_name(missing, folder.encrypted)}"
        outcome.problems.append(Problem(WAITING, rel, device=name, device_id=device))


def record_file(folder: Folder, rel: str, size: int = -1, mtime_ns: int = -1) -> None:
    """Note a file as read (or seen).  A file of another computer is noted with the size and
    time it had when it was listed, before it was read: stat again at the commit, a snapshot
    that its computer replaced meanwhile counted as read without being read (its changes
    never arrived), and a file removed meanwhile failed the round.  This journal's own files
    are stat'ed (``size`` -1)."""
    if size < 0:
        stat = (folder.path / rel).stat()
        size, mtime_ns = stat.st_size, stat.st_mtime_ns
    database.execute_sql(
        "INSERT OR REPLACE INTO sync_file (folder, path, size, mtime_ns) VALUES (?, ?, ?, ?)",
        (folder.folder_id, rel, size, mtime_ns),
    )
