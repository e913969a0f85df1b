"""Sync through a folder another program carries (Syncthing, Nextcloud, Dropbox): the facade.

The window (``ui/sync``) and the command line (``cli/sync.py``) use only the names below; how a
round works is in ``docs/sync.md``.  Every function works on the open journal
(``clientjournal.store.models.database``) like the rest of ``store``, and takes no lock itself:
the caller holds the journal's lock (the window does; the CLI takes it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

__all__ = [
    "DeviceSeen",
    "DuplicateClients",
    "MergeUndo",
    "NoteConflict",
    "RoundResult",
    "SyncConfig",
    "SyncError",
    "configure",
    "conflicted_note_ids",
    "devices_seen",
    "duplicate_clients",
    "journal_settings",
    "merge_clients",
    "note_conflicts",
    "resolve_conflict",
    "restore_conflict",
    "run_round",
    "set_journal_settings",
    "sync_config",
    "unmerge_clients",
]


class SyncError(Exception):
    """A round or a configuration that cannot go on; its text is one line for the user naming
    the folder or file and the kind of problem, never anything read from a file."""


@dataclass(frozen=True)
class RoundResult:
    sent: int  # changes published by this round
    received: int  # changes from other devices applied by this round
    conflicts: int  # new note conflicts created by this round
    skipped: tuple[str, ...]  # one line per garbled/unreadable file skipped (name + problem)
    clock_warnings: tuple[str, ...]  # e.g. a device whose clock is days ahead
    finished_at: datetime  # aware UTC

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


@dataclass(frozen=True)
class NoteConflict:
    """The other version of ``note_id``'s body, kept when two devices edited it at once."""

    uuid: str
    note_id: int
    body: str
    device_name: str
    at: datetime


@dataclass(frozen=True)
class DuplicateClients:
    keep_id: int
    other_id: int
    reason: str  # "email" or "name_company"


@dataclass(frozen=True)
class MergeUndo:
    """What ``merge_clients`` moved, so ``unmerge_clients`` can put it back (opaque to the UI)."""

    keep_id: int
    other_id: int
    moved: Mapping[str, tuple[int, ...]]  # table -> row ids moved from other to keep
    keep_before: Mapping[str, object]  # keep's fields the merge filled in, as they were
    other_deleted_at: datetime | None


def sync_config() -> SyncConfig:
    """This journal's sync setup; kept in the journal, per device, never synced."""
    raise NotImplementedError


def configure(folder: Path | None, device_name: str | None = None) -> SyncConfig:
    """Set (or, with None, clear) the sync folder and this device's name.  The folder is
    checked first (exists, is a folder, writable, its ``sync.json`` ours and matching this
    journal's encryption): SyncError otherwise, nothing changed."""
    raise NotImplementedError


def run_round(
    folder: Path | None = None, *, progress: Callable[[int, int], None] | None = None
) -> RoundResult:
    """One round: publish this device's changes, then apply every other device's new ones in
    one transaction (nothing half applied).  ``folder`` None: the configured one.  May run in
    a worker thread (peewee gives it its own connection).  ``progress(done, total)`` is
    called now and then while applying.  Raises SyncError for a folder that cannot be used."""
    raise NotImplementedError


def devices_seen() -> list[DeviceSeen]:
    """Every device that has written to the folder, this one included."""
    raise NotImplementedError


def note_conflicts(note_ids: Iterable[int]) -> list[NoteConflict]:
    """The unresolved other versions of these notes' bodies, oldest first."""
    raise NotImplementedError


def conflicted_note_ids(client_id: int) -> set[int]:
    """The client's notes that have an unresolved conflict (for the note pane's banner)."""
    raise NotImplementedError


def resolve_conflict(conflict_uuid: str, keep: Literal["mine", "theirs", "both"]) -> None:
    """mine: drop the other version; theirs: its text becomes the note's body; both: it
    becomes a new note of the same client beside it.  Each syncs like any edit."""
    raise NotImplementedError


def restore_conflict(conflict: NoteConflict, body_before: str) -> None:
    """The undo of ``resolve_conflict``: the conflict is open again and the note's body is
    ``body_before`` (a note made by "both" is removed)."""
    raise NotImplementedError


def duplicate_clients() -> list[DuplicateClients]:
    """Pairs of clients that look like one person (same e-mail, case-insensitive; or same
    name and company), the older one to keep."""
    raise NotImplementedError


def merge_clients(keep_id: int, other_id: int) -> MergeUndo:
    """Move everything of ``other_id`` (notes, agreements, projects, drafts, payments, tags)
    to ``keep_id``, fill keep's empty fields from other, and move other to the trash."""
    raise NotImplementedError


def unmerge_clients(undo: MergeUndo) -> None:
    """The undo step of ``merge_clients``."""
    raise NotImplementedError


def journal_settings() -> dict[str, str]:
    """The synced journal settings (``cooling/morning_hour``, ``cooling/min_rest_hours``,
    ``clients/default_cadence_days``): key -> value text, only those that were ever set."""
    raise NotImplementedError


def set_journal_settings(values: Mapping[str, str]) -> None:
    """Store the synced journal settings (the UI calls it when the user saves Settings);
    a changed value syncs like any edit."""
    raise NotImplementedError
