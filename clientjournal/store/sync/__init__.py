"""Sync through a folder another program carries (Syncthing, Nextcloud, Dropbox): the facade.

The window (``ui/sync``) and the command line (``cli/sync.py``) use only the names below; how a
round works is in ``docs/sync.md``.  Every function works on the open journal
(``clientjournal.store.models.database``) like the rest of ``store``, and takes no lock itself:
the caller holds the journal's lock (the window does; the CLI takes it).
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from peewee import OperationalError

from clientjournal.core.sync import problems as P
from clientjournal.core.sync.problems import TAKING_JOURNAL, Problem
from clientjournal.core.timeutil import from_iso, to_iso, utcnow
from clientjournal.store.models import database

__all__ = [
    "TAKING_JOURNAL",
    "DeviceSeen",
    "DuplicateClients",
    "MergeUndo",
    "NoteConflict",
    "Problem",
    "RoundResult",
    "SyncConfig",
    "SyncError",
    "clear_held_typing",
    "configure",
    "conflicted_note_ids",
    "devices_seen",
    "duplicate_clients",
    "held_fields",
    "journal_settings",
    "keep_held_typing",
    "keep_typing",
    "merge_clients",
    "not_the_same",
    "note_conflicts",
    "resolve_conflict",
    "restore_conflict",
    "restore_held",
    "restore_held_typing",
    "run_round",
    "set_journal_settings",
    "sync_config",
    "unmerge_clients",
]


class SyncError(Exception):
    """A round or a configuration that cannot go on; its text is one line for the command
    line naming the folder or file and the kind of problem, never anything read from a file;
    ``problem`` holds the same as data (its ``kind`` for the window to word)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.line())
        self.problem = problem


@dataclass(frozen=True)
class RoundResult:
    sent: int  # changes published by this round
    received: int  # changes from other devices applied by this round
    conflicts: int  # new note conflicts created by this round
    skipped: tuple[str, ...]  # one line per garbled/unreadable file skipped (name + problem)
    clock_warnings: tuple[str, ...]  # warnings: a clock days ahead, changes waiting for a file
    finished_at: datetime  # aware UTC
    problems: tuple[Problem, ...] = ()
    """The skipped files and the warnings as data (kind, file, computer): what the window
    words in its language; ``skipped`` and ``clock_warnings`` are their English lines."""
    note_bodies: Mapping[str, tuple[str | None, str]] = dataclasses.field(default_factory=dict)
    """note UUID -> (its text's clock before, the clock of the text the round wrote): the
    notes whose text this round wrote into the journal (opaque to the UI; for
    ``keep_typing``)."""

    def summary(self) -> str:
        """The one line the CLI prints and the window shows as the last result."""
        return f"sent {self.sent}, received {self.received}, conflicts {self.conflicts}"


@dataclass(frozen=True)
class DeviceSeen:
    device_id: str
    name: str
    last_change_at: datetime | None
    this_device: bool


@dataclass(frozen=True)
class SyncConfig:
    folder: Path | None
    device_id: str
    device_name: str
    last_round: datetime | None
    last_result: str  # summary() of the last round, or its error line
    last_counts: tuple[int, int, int] | None = None  # sent, received, conflicts of the last
    last_problem: Problem | None = None  # why the last round failed (None: it did not)
    last_warnings: tuple[Problem, ...] = ()  # the last round's warnings (changes waiting, ...)


@dataclass(frozen=True)
class NoteConflict:
    """The other version of ``note_id``'s body, kept when two devices edited it at once."""

    uuid: str
    note_id: int
    body: str
    device_name: str
    at: datetime
    mine: bool = False
    """True when ``body`` was written on this computer and lost to a later edit from another
    one: then ``device_name`` and ``at`` name that other computer and when the note's text was
    written there (the window words the choice from this computer's side)."""
    earlier: bool = False
    """True when ``body`` was written on this computer and the note's text now was written
    here too, since: the user typed on over the text that won.  ``body`` is the user's own
    earlier version (attack-20d D2: the window named this computer as the other one)."""


@dataclass(frozen=True)
class DuplicateClients:
    keep_id: int
    other_id: int
    reason: str  # "email" or "name_company"


@dataclass(frozen=True)
class MergeUndo:
    """What ``merge_clients`` moved, so ``unmerge_clients`` can put it back (opaque to the UI)."""

    keep_uuid: str
    other_uuid: str
    moved: Mapping[str, tuple[str, ...]]  # table -> uuids moved from other to keep (tag names)
    keep_before: Mapping[str, object]  # keep's fields the merge filled in, as they were
    other_deleted_at: datetime | None


def sync_folder_or_none() -> Path | None:
    """The folder this journal syncs through, or None, also for a journal that cannot say
    (damaged, or from before sync): for warnings about what stays in that folder."""
    from peewee import DatabaseError

    from clientjournal.store.sync import local

    try:
        folder = local.get(local.FOLDER)
    except DatabaseError:
        return None
    return None if folder is None else Path(folder)


def sync_config() -> SyncConfig:
    """This journal's sync setup; kept in the journal, per device, never synced."""
    from clientjournal.store.sync import local

    folder = local.get(local.FOLDER)
    last = local.get(local.LAST_ROUND)
    counts, problem, warnings = local.last_outcome()
    return SyncConfig(
        folder=None if folder is None else Path(folder),
        device_id=local.device_id(),
        device_name=local.device_name(),
        last_round=None if last is None else from_iso(last),
        last_result=local.get(local.LAST_RESULT) or "",
        last_counts=counts,
        last_problem=problem,
        last_warnings=warnings,
    )


def _check_apart(folder: Path, backups: Iterable[Path]) -> None:
    """FolderProblem for the journal's own folder, its backup folders (the default one, the
    one ``$CLIENTJOURNAL_BACKUP_DIR`` names, and ``backups``), or one inside or around them."""
    from clientjournal.paths import backup_dir
    from clientjournal.store.sync.folder import check_apart

    name = database.database
    if not name or name == ":memory:" or str(name).startswith("file:"):
        return
    journal_dir = Path(name).absolute().parent
    check_apart(folder, journal_dir, [backup_dir(journal_dir), *backups])


def configure(
    folder: Path | None,
    device_name: str | None = None,
    *,
    backups: Iterable[Path] = (),
    chosen: bool = True,
) -> SyncConfig:
    """Set (or, with None, clear) the sync folder and this device's name.  The folder is
    checked first (exists, is a folder, writable, not the journal's own folder nor a backup
    folder — ``backups`` names those the settings add — nor inside or around one, its
    ``sync.json`` ours and matching this journal's encryption): SyncError otherwise, nothing
    changed.  A new folder gets the whole journal at its first round.  ``chosen``: the user
    chose the folder (not only renamed this computer): a folder used before that has lost
    its ``sync.json`` is then taken as new; a round refuses it otherwise (an unmounted disk's
    empty mount point, ``problems.EMPTY``)."""
    from clientjournal.store.safety.encryption import passphrase_of
    from clientjournal.store.sync import local
    from clientjournal.store.sync.folder import FolderProblem, open_folder

    if folder is not None:
        folder = Path(folder).expanduser().absolute()
        try:
            _check_apart(folder, backups)
            open_folder(folder, passphrase_of(database.obj), create=False)
        except FolderProblem as problem:
            raise SyncError(problem.problem) from problem
    with database.atomic():
        local.put(local.FOLDER, None if folder is None else str(folder))
        if folder is not None and chosen:
            local.put(local.used_key(folder), None)
        if device_name is not None:
            name = " ".join(device_name.split())[:100]
            local.put(local.DEVICE_NAME, name or None)
    return sync_config()


def run_round(
    folder: Path | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
    backups: Iterable[Path] = (),
) -> RoundResult:
    """One round: publish this device's changes, then apply every other device's new ones in
    one transaction (nothing half applied).  ``folder`` None: the configured one.  May run in
    a worker thread (peewee gives it its own connection).  ``progress(done, total)`` is
    called now and then: for a big round (a big snapshot to read, or many changes) with
    ``done`` rising steadily to ``total`` (reading the snapshot by its bytes, then applying
    record by record); for a small one as ``(-1, 0)`` while reading and ``(0, 0)`` at its
    steps; and once as ``(TAKING_JOURNAL, 0)`` just before the round takes the journal's write
    lock (it holds it until it returns).  It may raise to cut the round short: nothing is
    written then.  ``backups`` as for ``configure``.  Raises SyncError for a folder that
    cannot be used (the error line is also kept as the last result)."""
    from clientjournal.store.sync.folder import FolderProblem
    from clientjournal.store.sync.round import RoundFailed, run

    target = folder if folder is not None else sync_config().folder
    if target is None:
        raise SyncError(Problem(P.NOT_SET_UP, detail="no sync folder is set up (Settings → Sync)"))
    target = Path(target).expanduser().absolute()
    try:
        _check_apart(target, backups)
        outcome = run(target, progress)
    except FolderProblem as error:
        _remember_failure(error.problem)
        raise SyncError(error.problem) from error
    except RoundFailed as error:
        _remember_failure(error.problem)
        raise SyncError(error.problem) from error
    except OSError as error:
        reason = error.strerror or type(error).__name__
        problem = Problem(P.SYSTEM, str(error.filename or target), detail=reason, reason=reason)
        _remember_failure(problem)
        raise SyncError(problem) from error
    except OperationalError as error:  # another writer held the journal past busy_timeout
        if "locked" not in str(error) and "busy" not in str(error):
            raise
        line = "the journal is busy (another program writes to it); the round is tried again later"
        raise SyncError(Problem(P.BUSY, detail=line)) from error
    problems = tuple(outcome.problems)
    result = RoundResult(
        sent=outcome.sent,
        received=outcome.received,
        conflicts=outcome.conflicts,
        skipped=tuple(p.line() for p in problems if p.skipped_file),
        clock_warnings=tuple(p.line() for p in problems if not p.skipped_file),
        finished_at=utcnow(),
        problems=problems,
        note_bodies=dict(outcome.bodies),
    )
    counts = (result.sent, result.received, result.conflicts)
    warnings = [p for p in problems if not p.skipped_file]
    # The round has committed: it is done, whatever follows.  A disk its commit filled (or
    # another writer) may refuse the line kept about it; then the last result shown stays
    # the one before, and the round is not reported as failed with its records applied
    # ("sync failed, nothing was changed", attack25d).
    with contextlib.suppress(OperationalError, OSError):
        _remember(result.summary(), result.finished_at, counts=counts, warnings=warnings)
    return result


def _remember_failure(problem: Problem) -> None:
    _remember(problem.line(), problem=problem)


def _remember(
    line: str,
    at: datetime | None = None,
    counts: tuple[int, int, int] | None = None,
    problem: Problem | None = None,
    warnings: Iterable[Problem] = (),
) -> None:
    from clientjournal.store.sync import local

    with database.atomic():
        local.put(local.LAST_RESULT, line)
        local.put(local.LAST_ROUND, to_iso(at or utcnow()))
        local.put_last_outcome(counts, problem, list(warnings))


def devices_seen() -> list[DeviceSeen]:
    """Every device that has written to the folder, this one included (this one first)."""
    from clientjournal.store.sync import local

    config = sync_config()
    seen = [DeviceSeen(config.device_id, config.device_name, config.last_round, True)]
    folder_id = local.get(local.FOLDER_ID)
    rows = database.execute_sql(
        "SELECT device, name, last_change_at FROM sync_device WHERE folder = ? "
        "AND (last_change_at IS NOT NULL OR name != '') "  # not files never read (garbage)
        "ORDER BY last_change_at DESC, device",
        (folder_id or "",),
    ).fetchall()
    for device, name, at in rows:
        if device != config.device_id:
            when = from_iso(at) if at else None
            seen.append(DeviceSeen(device, name or "", when, False))
    return seen


def note_conflicts(note_ids: Iterable[int]) -> list[NoteConflict]:
    """The unresolved other versions of these notes' bodies, oldest first."""
    from clientjournal.store.sync import conflicts, local

    names = conflicts.device_names()
    own = local.device_id()
    found = []
    for uuid, note_id, body, device, at in conflicts.rows(note_ids):
        earlier = False
        if device and device == own:
            winner, when = conflicts.body_writer(note_id)
            if winner and winner != own:
                found.append(
                    NoteConflict(
                        uuid, note_id, body, conflicts.name_of(winner, names), when, mine=True
                    )
                )
                continue
            earlier = winner == own
        found.append(
            NoteConflict(
                uuid,
                note_id,
                body,
                conflicts.name_of(device, names),
                from_iso(at),
                earlier=earlier,
            )
        )
    return found


def conflicted_note_ids(client_id: int) -> set[int]:
    """The client's notes that have an unresolved conflict (for the note pane's banner)."""
    from clientjournal.store.sync import conflicts

    return conflicts.conflicted_note_ids(client_id)


def resolve_conflict(conflict_uuid: str, keep: Literal["mine", "theirs", "both"]) -> None:
    """mine: drop the other version; theirs: its text becomes the note's body; both: it
    becomes a new note of the same client beside it.  Each syncs like any edit."""
    from clientjournal.store.sync import conflicts

    conflicts.resolve(conflict_uuid, keep)


def restore_conflict(conflict: NoteConflict, body_before: str, choice: bool = True) -> None:
    """The undo of ``resolve_conflict``: the conflict is open again and the note's body is
    ``body_before`` (a note made by "both" is removed).  ``choice`` False: the conflict comes
    back with its note (the undo of Delete note), not by the undo of a choice."""
    from clientjournal.store.sync import conflicts

    conflicts.restore(
        conflict.uuid, conflict.note_id, conflict.body, to_iso(conflict.at), body_before, choice
    )


def keep_typing(result: RoundResult, note_uuid: str) -> bool:
    """The window kept what was typed in a note while ``result``'s round wrote another
    computer's text into it: the typing becomes an edit concurrent to that text (published
    at the next round), and that text a conflict beside it, the same on every computer.
    False (nothing done) when the round did not write the note's text: what changed it
    was the window's own saves."""
    from clientjournal.store.sync import conflicts

    wrote = result.note_bodies.get(note_uuid)
    if wrote is None:
        return False
    replaced, written = wrote
    if replaced is None:
        return False
    conflicts.typed_over(note_uuid, replaced, written)
    return True


def duplicate_clients() -> list[DuplicateClients]:
    """Pairs of clients that look like one person (same e-mail, case-insensitive; or same
    name and company, compared as the list sorts them), the older one to keep."""
    from clientjournal.store.sync import duplicates

    return [DuplicateClients(keep, other, reason) for keep, other, reason in duplicates.find()]


def keep_held_typing(
    notes: list[dict[str, object]], records: list[dict[str, object]] | None = None
) -> None:
    """While a round holds the journal: what the window holds unsaved (``held.keep``: notes,
    and agreements', replies' and profiles' text fields), beside the journal, so a crash
    loses no more than an autosave would."""
    from clientjournal.store.sync import held

    held.keep(notes, records)


def held_fields(kind: str, record_id: int, names: list[str]) -> dict[str, str] | None:
    """The text fields of a record (agreement, draft, client: ``profile/<key>``) as stored
    now, the base of what the window holds of it during a round (``held.stored_fields``)."""
    from clientjournal.store.sync import held

    return held.stored_fields(kind, record_id, names)


def clear_held_typing() -> None:
    """The round ended and the held saves are made."""
    from clientjournal.store.sync import held

    held.clear()


def restore_held_typing() -> int:
    """At the window's start: what a window held when it ended during a round, put back
    (``held.restore``); how many notes and other records."""
    return sum(restore_held())


def restore_held() -> tuple[int, int]:
    """``restore_held_typing``, told apart: how many notes, how many agreements, replies and
    client profiles."""
    from clientjournal.store.sync import held

    return held.restore()


def not_the_same(keep_id: int, other_id: int) -> None:
    """The user answered "Not the same" for this pair: ``duplicate_clients`` leaves it out
    from now on (kept in the journal, for this computer)."""
    from clientjournal.store.sync import duplicates

    duplicates.not_the_same(keep_id, other_id)


def merge_clients(keep_id: int, other_id: int) -> MergeUndo:
    """Move everything of ``other_id`` (notes, agreements, projects, drafts, payments, tags)
    to ``keep_id``, fill keep's empty company, e-mail, phone and profile entries from other,
    and move other to the trash.  One transaction; syncs like any edit."""
    from clientjournal.store.sync import duplicates

    return MergeUndo(*duplicates.merge(keep_id, other_id))


def unmerge_clients(undo: MergeUndo) -> None:
    """The undo step of ``merge_clients``, on the records it moved as they are now (by
    uuid); LookupError when either client is no longer in the journal."""
    from clientjournal.store.sync import duplicates

    duplicates.unmerge(
        undo.keep_uuid, undo.other_uuid, undo.moved, undo.keep_before, undo.other_deleted_at
    )


def journal_settings() -> dict[str, str]:
    """The synced journal settings (``cooling/morning_hour``, ``cooling/min_rest_hours``,
    ``clients/default_cadence_days``): key -> value text, only those that were ever set."""
    from clientjournal.store.sync import local

    return local.journal_settings()


def set_journal_settings(values: Mapping[str, str]) -> None:
    """Store the synced journal settings (the UI calls it when the user saves Settings);
    a changed value syncs like any edit.  ValueError for a key that is not one of them."""
    from clientjournal.store.sync import local

    local.set_journal_settings(values)
