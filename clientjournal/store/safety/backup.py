"""Copies of the journal made with SQLite's online backup, safe while the journal is open.

Every copy is written aside (``.partial``, 0600), made a self-contained single file (rollback
journal mode, so it opens without ``-wal``/``-shm`` companions and read-only), renamed into
place only when complete, and then verified by opening it again: a backup nobody checked is a
hope, not a backup.  The daily backup reads the journal through its own connection, so it can
run in a thread after the window is up without touching the UI's connection.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from clientjournal.core.safety.backup_policy import (
    DEFAULT_DAILY,
    DEFAULT_WEEKLY,
    BackupName,
    backup_file_name,
    backups_to_keep,
    daily_is_due,
    parse_backup_name,
)
from clientjournal.core.timeutil import utcnow
from clientjournal.paths import (
    backup_dir,
    ensure_private_dir,
    journal_file,
    os_problem,
)
from clientjournal.store.safety.encryption import (
    WrongKey,
    connect,
    connection_errors,
    looks_encrypted,
    passphrase_for,
    passphrase_of,
)
from clientjournal.store.safety.integrity import Inspection, connect_read_only, inspect_file
from clientjournal.store.safety.partial_copies import (
    claim,
    claim_new,
    claimed_here,
    partial_of,
    release,
    sweep_unfinished,
    unclaim,
)
from clientjournal.store.safety.reading import problem_words

if TYPE_CHECKING:  # the CLI's backup and check need no ORM
    from peewee import SqliteDatabase


class BackupError(RuntimeError):
    """A backup could not be written or did not verify; the message says which and why."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup as a list shows it: when, how big, what it holds (None: unreadable)."""

    path: Path
    taken_at: datetime
    label: str
    size: int
    clients: int | None
    notes: int | None
    encrypted: bool = False  # with the journal's passphrase; counts None: another passphrase

    @property
    def readable(self) -> bool:
        return self.clients is not None

    def summary(self) -> str:
        when = self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if not self.readable:
            state = "encrypted" if self.encrypted else "unreadable"
            return f"{self.path} ({when}, {self.size:,} bytes, {state})"
        return (
            f"{self.path} ({when}, {self.size / 1e6:.1f} MB, "
            f"{self.clients} clients, {self.notes} notes)"
        )


def resolve_folder(data_dir: Path, folder: Path | None = None) -> Path:
    """Where backups go: ``folder`` if given, else ``$CLIENTJOURNAL_BACKUP_DIR``, else the
    journal folder's ``backups/`` (paths.backup_dir knows the last two)."""
    return Path(folder).expanduser() if folder is not None else backup_dir(data_dir)


BUSY_WAIT_S = 20.0
"""How long a backup waits for a lock on the journal or its copy before it fails: Python's
``Connection.backup`` sleeps and tries again for ever while a step is busy or locked, and a
backup that never ends holds the window's operation on the journal (a close waits for it)."""
BUSY_SLEEP_S = 0.05


def _patience() -> Callable[[int, int, int], None]:
    """``Connection.backup``'s progress callback: raises once the steps have been busy or
    locked for ``BUSY_WAIT_S`` in all (the backup is abandoned, its copy removed)."""
    waited = [0.0]

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            waited[0] += BUSY_SLEEP_S
            if waited[0] >= BUSY_WAIT_S:
                raise sqlite3.OperationalError(
                    f"database is locked (by another program for {BUSY_WAIT_S:.0f} s)"
                )

    return progress


def write_copy(source: sqlite3.Connection, target: Path, passphrase: str | None = None) -> None:
    """Copy the database behind ``source`` to ``target``: aside, 0600, single file, fsynced,
    renamed into place when complete (not verified: callers verify).  An encrypted source
    (``passphrase``) gives a copy encrypted with the same passphrase.  Its partial copy is
    the one this thread claimed (``claim_new``), else it is claimed here: one another backup
    is writing is never replaced (FileExistsError), one a killed backup left is."""
    partial = partial_of(target)
    if not claimed_here(partial):
        claim(target, replace_left=True)
    try:
        destination = connect(partial, passphrase)
        try:
            # all pages in one step: one consistent read snapshot; a lock in the way is
            # waited for BUSY_WAIT_S at most (sqlite3's backup retries a busy step for ever)
            source.backup(destination, progress=_patience(), sleep=BUSY_SLEEP_S)
            destination.execute("PRAGMA journal_mode=DELETE")
            destination.commit()
        finally:
            destination.close()
        with open(partial, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, target)  # fails onto a folder: the copy must not stay beside it
    except BaseException:
        with contextlib.suppress(OSError):  # the error that brought us here is the one to tell
            partial.unlink(missing_ok=True)
        raise
    finally:
        release(partial)


def verify(path: Path, passphrase: str | None = None) -> Inspection:
    """Open a fresh backup again: integrity_check must say ok and the counts must be readable."""
    found = inspect_file(path, thorough=True, passphrase=passphrase)
    if not found.ok:
        raise BackupError(f"the backup {path} did not verify: {found.problem}")
    return found


def backup_to(db: SqliteDatabase, target: Path) -> Path:
    """Write a verified copy of the open ``db`` to ``target`` (replaced atomically if it exists)."""
    write_copy(db.connection(), target, passphrase_of(db))
    verify(target, passphrase_of(db))
    return target


def backup_before_migration(db: SqliteDatabase, data_dir: Path, to_version: int) -> Path:
    folder = ensure_private_dir(backup_dir(data_dir))
    target = claim_new(folder, utcnow(), f"before-v{to_version}")
    try:
        return backup_to(db, target)
    finally:
        unclaim(target)


def backup_journal(
    data_dir: Path,
    target: Path | None = None,
    label: str = "manual",
    folder: Path | None = None,
    now: datetime | None = None,
    make_folder: bool = True,
) -> BackupInfo:
    """Back up the journal in ``data_dir`` to ``target`` (or a new file in the backup folder)
    through a read-only connection of its own; verified, 0600.  Raises BackupError.
    ``make_folder``: False for a folder the user picked (``settings.backup_folder_picked``):
    missing now, it is not made anew (see there), the backup fails."""
    source_path = journal_file(data_dir)
    key = passphrase_for(data_dir) if looks_encrypted(source_path) else None
    found = inspect_file(source_path, passphrase=key)
    if not found.ok:
        raise BackupError(f"cannot back up {source_path}: {found.problem}")
    now = now or utcnow()
    place = None if target is not None else resolve_folder(data_dir, folder)
    made_folder = None if place is None or place.exists() else place
    if made_folder is not None and not make_folder:
        raise BackupError(f"the backup folder {place} is not available (is its disk plugged in?)")
    if place is not None:
        try:
            sweep_unfinished(ensure_private_dir(place))  # copies of backups killed before
        except OSError as error:
            raise BackupError(
                f"cannot make the backup folder {place}: {os_problem(error)}"
            ) from error
        target = place / backup_file_name(now, label)  # for a message before it is claimed
    assert target is not None
    try:
        source = connect_read_only(source_path, key)
        try:
            if place is not None:  # claimed now: nothing but the copy can fail after it
                target = claim_new(place, now, label)
            write_copy(source, Path(target), key)
        finally:
            unclaim(Path(target))
            source.close()
    except connection_errors(OSError, WrongKey) as error:
        if isinstance(error, FileExistsError) and str(error.filename).endswith(".partial"):
            raise BackupError(
                f"cannot write the backup {target}: another backup is writing it now"
            ) from error
        if made_folder is not None:  # a full disk: the folder this backup made goes again
            with contextlib.suppress(OSError):
                made_folder.rmdir()
        words = problem_words(error, Path(target).parent)
        if isinstance(error, OSError) and str(error.filename or "").endswith(".partial"):
            words = f"its copy cannot be made beside it, as {error.filename} ({words})"
        raise BackupError(f"cannot write the backup {target}: {words}") from error
    checked = verify(Path(target), key)
    if looks_encrypted(source_path) != (key is not None):
        Path(target).unlink(missing_ok=True)  # a copy in the old state would outlive the change
        raise BackupError(
            f"the journal was re-encrypted while {target} was written; it was deleted, "
            "make the backup again"
        )
    return BackupInfo(
        Path(target), now, label, checked.size, checked.clients, checked.notes, key is not None
    )


def daily_if_due(
    data_dir: Path,
    now: datetime | None = None,
    folder: Path | None = None,
    daily: int = DEFAULT_DAILY,
    weekly: int = DEFAULT_WEEKLY,
    tz: tzinfo | None = None,
    make_folder: bool = True,
) -> BackupInfo | None:
    """The first call of a local day makes the daily backup and rotates; later calls only
    list a folder (well under a millisecond).  Returns the new backup, or None."""
    now = now or utcnow()
    folder = resolve_folder(data_dir, folder)
    dailies = _dailies(folder)
    if not daily_is_due(dailies.values(), now, tz) or not journal_file(data_dir).exists():
        return None
    made = backup_journal(data_dir, label="", folder=folder, now=now, make_folder=make_folder)
    rotate(folder, now, daily, weekly, tz)
    return made


def backup_files(folder: Path) -> dict[Path, BackupName]:
    """The backups in ``folder`` by their names alone (none is opened), in path order; other
    files in the folder are the user's and never listed."""
    if not folder.is_dir():
        return {}
    found = {}
    for path in sorted(folder.iterdir()):
        name = parse_backup_name(path.name)
        if name is not None and path.is_file():
            found[path] = name
    return found


def _dailies(folder: Path) -> dict[Path, datetime]:
    return {path: name.taken_at for path, name in backup_files(folder).items() if name.daily}


def rotate(
    folder: Path,
    now: datetime,
    daily: int = DEFAULT_DAILY,
    weekly: int = DEFAULT_WEEKLY,
    tz: tzinfo | None = None,
) -> list[Path]:
    """Delete the daily backups the policy no longer keeps (and leftovers of interrupted
    copies); labelled backups and files that are not ours are left alone.  Returns the
    deleted paths."""
    dailies = _dailies(folder)
    keep = backups_to_keep(dailies.values(), now, daily, weekly, tz)
    removed = [path for path, taken in sorted(dailies.items()) if taken not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    sweep_unfinished(folder)
    return removed


def list_backups(data_dir: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Every backup in the backup folder, newest first, with date, size and counts (for the
    restore list and for ``clientjournal check``); counting opens each one read-only."""
    found = []
    for path, name in backup_files(resolve_folder(data_dir, folder)).items():
        counted = _count(path, passphrase_for(data_dir))
        size = path.stat().st_size
        encrypted = looks_encrypted(path)
        found.append(BackupInfo(path, name.taken_at, name.label, size, *counted, encrypted))
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def list_backups_in(data_dir: Path, folders: Iterable[Path]) -> list[BackupInfo]:
    """``list_backups`` over several folders (the one picked in the settings and the
    journal's own ``backups/``), newest first."""
    found = [info for folder in folders for info in list_backups(data_dir, folder)]
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def _count(path: Path, passphrase: str | None) -> tuple[int | None, int | None]:
    try:
        connection = connect_read_only(path, passphrase)
        try:
            clients = connection.execute("SELECT COUNT(*) FROM client").fetchone()[0]
            notes = connection.execute("SELECT COUNT(*) FROM note").fetchone()[0]
        finally:
            connection.close()
    except connection_errors(WrongKey):
        return None, None
    return clients, notes


def daily_in_background(
    data_dir: Path,
    folder: Path | None = None,
    daily: int = DEFAULT_DAILY,
    weekly: int = DEFAULT_WEEKLY,
    make_folder: bool = True,
) -> threading.Thread:
    """For the window, after it is shown: the daily backup in a thread, so start-up and typing
    never wait for it.  A failure is reported on stderr by path only, never by content.
    ``folder`` and the counts are the user's settings (the caller reads them)."""

    def work() -> None:
        try:
            daily_if_due(
                Path(data_dir), folder=folder, daily=daily, weekly=weekly, make_folder=make_folder
            )
        except connection_errors(BackupError, OSError) as error:
            with contextlib.suppress(OSError):
                print(f"clientjournal: the daily backup failed: {error}", file=sys.stderr)

    thread = threading.Thread(target=work, name="daily-backup", daemon=True)
    thread.start()
    return thread


def replaced_journals(data_dir: Path) -> list[Path]:
    """The journals earlier restores moved aside, newest first."""
    current = journal_file(data_dir)
    if not current.parent.is_dir():
        return []
    found = current.parent.glob(f"{current.stem}-replaced-*{current.suffix}")
    return sorted((path for path in found if path.is_file()), reverse=True)
