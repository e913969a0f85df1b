"""Putting a backup back in place of the journal, without ever losing the journal it replaces.

The order matters: the chosen file is checked, then copied next to the journal (so a bad
disk or a full one fails before anything moved); the copy's schema is brought up to date
and sync's baseline of the restored values written into it (``_settle_copy``); the current
journal is backed up (when it can still be read) and then moved aside under a timestamped
name together with its ``-wal`` and ``-shm`` (the WAL may hold its last commits); only then
is the copy renamed into place, which is atomic.  Nothing is deleted or overwritten on the
way.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clientjournal.core.timeutil import utcnow
from clientjournal.paths import (
    BACKUP_DIR,
    ensure_private_dir,
    error_words,
    journal_file,
    os_problem,
)
from clientjournal.store.safety.encryption import (
    WrongKey,
    connect,
    connection_errors,
    is_plain_sqlite,
    looks_encrypted,
    passphrase_for,
    remember,
)
from clientjournal.store.safety.leftovers import incoming_path, restore_leftovers

if TYPE_CHECKING:
    from clientjournal.store.safety.backup import BackupInfo
    from clientjournal.store.safety.integrity import Inspection

# The backup and integrity modules (and the backup policy) are imported where a restore, or
# a journal found missing, needs them: every window start calls ``finish_interrupted_restore``
# (or looks for its leftovers), which needs none of them (issue 21).

COMPANIONS = ("-wal", "-shm", "-journal")

STEPS = ("checking", "copying", "preparing", "saving", "placing")
"""The steps a restore reports to its ``progress`` (``restore``), in order; "done" ends them.
checking: the backup read through (the longest part); copying: it copied next to the
journal (and encrypted); preparing: the copy's schema and sync baseline (``_settle_copy``);
saving: the current journal backed up; placing: moved aside, the copy renamed into place."""

Progress = Callable[[str, int, int], None]  # the step, steps done, steps in all


class RestoreError(RuntimeError):
    """The file cannot replace the journal; nothing was changed."""


class RestoreRefused(RestoreError):
    """The system refused (a full or read-only disk, a folder that is not the user's), not
    the file; nothing was changed."""


@dataclass(frozen=True)
class Restored:
    restored: Inspection
    safety_backup: BackupInfo | None  # None when the current journal was unreadable or missing
    moved_aside: Path | None  # None when there was no journal to move
    encrypted_now: bool = False  # a plain backup got the encrypted journal's passphrase
    plain_now: bool = False  # a plain backup replaced an encrypted journal whose key was unknown
    # an encrypted backup replaced a plain journal: the journal needs the backup's passphrase
    # now, and the plain copies beside it (the journal moved aside, its before-restore backup)
    # got that passphrase too (``sealed``), or could not (``left_plain``)
    keyed_now: bool = False
    sealed: tuple[Path, ...] = ()
    left_plain: tuple[Path, ...] = ()


def _aside_name(path: Path, now: datetime) -> Path:
    from clientjournal.core.safety.backup_policy import STAMP_FORMAT

    stamp = now.astimezone(UTC).strftime(STAMP_FORMAT)
    candidate = path.with_name(f"{path.stem}-replaced-{stamp}{path.suffix}")
    number = 2
    while any(Path(f"{candidate}{end}").exists() for end in ("", *COMPANIONS)):
        candidate = path.with_name(f"{path.stem}-replaced-{stamp}-{number}{path.suffix}")
        number += 1
    return candidate


def move_aside(path: Path, now: datetime | None = None) -> Path | None:
    """Rename ``path`` and its companions (``-wal``, ``-shm``: the WAL may hold the last
    commits) to one new timestamped name beside it; None when there was nothing to move."""
    present = [end for end in ("", *COMPANIONS) if Path(f"{path}{end}").exists()]
    if not present:
        return None
    target = _aside_name(path, now or utcnow())
    for end in sorted(present, reverse=True):  # the main file ("") last: it marks the move
        os.rename(f"{path}{end}", f"{target}{end}")
    return target


def restore(
    data_dir: Path,
    source: Path,
    now: datetime | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> Restored:
    """Replace the journal in ``data_dir`` by a copy of ``source``; raises RestoreError.

    An encrypted ``source`` opens with ``passphrase`` (default: the journal's); the restored
    journal keeps the backup's encryption, and that passphrase becomes the journal's.  A
    plain ``source`` that replaces an encrypted journal is encrypted with the journal's
    passphrase on the way in (``encrypted_now``): a restore never removes the encryption
    unnoticed; only when that passphrase is not known (the journal does not open) does the
    journal become plain, and ``plain_now`` says so.  ``progress`` (called in the calling
    thread) hears each of ``STEPS`` as it begins, then ("done", n, n)."""
    from clientjournal.store.safety.backup import BackupError, backup_journal
    from clientjournal.store.safety.integrity import inspect_file

    def step(name: str) -> None:
        if progress is not None:
            done = STEPS.index(name) if name in STEPS else len(STEPS)
            progress(name, done, len(STEPS))

    step("checking")
    now = now or utcnow()
    source = Path(source)
    current_key = passphrase_for(data_dir) or passphrase  # the journal's, for its safety copy
    key = None if is_plain_sqlite(source) else passphrase or current_key
    found = inspect_file(source, thorough=True, passphrase=key)
    if not found.ok:
        raise RestoreError(f"{source}: {found.problem}; nothing was changed")
    current = journal_file(data_dir)
    incoming = current.with_name(current.name + ".restoring")
    was_encrypted = current.exists() and looks_encrypted(current)
    step("copying")
    try:
        ensure_private_dir(data_dir)
        _copy_in(source, incoming, key)
    except OSError as error:
        raise RestoreRefused(
            f"cannot copy {source} into {data_dir}: {os_problem(error)}; nothing was changed"
        ) from error
    encrypted_now = key is None and was_encrypted and current_key is not None
    if encrypted_now:
        from clientjournal.store.safety.reencrypt import ReencryptError, reencrypt_file

        try:
            reencrypt_file(incoming, None, current_key)
        except connection_errors(OSError, ReencryptError, WrongKey) as error:
            incoming.unlink(missing_ok=True)
            raise RestoreError(
                f"cannot encrypt the copy of {source} with the journal's passphrase: {error}; "
                "nothing was changed"
            ) from error
        key = current_key
    step("preparing")
    synced = _syncs(current, current_key)
    _settle_copy(incoming, key, data_dir, now, synced)  # as .restoring.partial meanwhile
    safety = None
    step("saving")
    if current.exists() and inspect_file(current, passphrase=current_key).ok:
        remember(data_dir, None if is_plain_sqlite(current) else current_key)
        try:
            safety = backup_journal(data_dir, label="before-restore", now=now)
        except BackupError as error:
            incoming.unlink(missing_ok=True)
            raise RestoreError(f"{error}; nothing was changed") from error
    step("placing")
    aside = move_aside(current, now)
    os.replace(incoming, current)
    remember(data_dir, key)
    plain_now = was_encrypted and key is None
    keyed_now = key is not None and not was_encrypted and not encrypted_now
    sealed, left = _seal_plain_copies(data_dir, key) if keyed_now and key else ([], [])
    step("done")
    return Restored(
        found, safety, aside, encrypted_now, plain_now, keyed_now, tuple(sealed), tuple(left)
    )


def _seal_plain_copies(data_dir: Path, passphrase: str) -> tuple[list[Path], list[Path]]:
    """An encrypted backup now stands for the journal: the plain copies of the journal it
    replaced (moved aside, backed up before the restore) get its passphrase, as ``encrypt``
    would give them, so that nothing readable without it stays beside it.  Returns the
    copies encrypted and those that could not be (a full disk: the caller names them)."""
    from clientjournal.store.safety.reencrypt import ReencryptError, plain_copies, reencrypt_file

    sealed, left = [], []
    for copy in plain_copies(data_dir):
        try:
            reencrypt_file(copy.resolve(), None, passphrase)
            sealed.append(copy)
        except connection_errors(OSError, ReencryptError, WrongKey):
            left.append(copy)
    return sealed, left


def _syncs(current: Path, passphrase: str | None) -> bool:
    """Whether the journal a restore replaces syncs, or may: none there yet or one without a
    client of the user's (a new computer, the old one's disk gone, whose user will sync
    again; demo clients do not count), or one that cannot be read.  False for a journal of
    the user's that syncs nowhere."""
    from clientjournal.store.sync import restored

    if not current.exists():
        return True
    try:
        connection = connect(current, passphrase, read_only=True)
        try:
            empty = connection.execute(  # demo clients are not the user's (attack23c R1b)
                "SELECT NOT EXISTS (SELECT 1 FROM client WHERE demo = 0)"
            ).fetchone()
            return bool(empty[0]) or restored.syncs(connection.execute)
        finally:
            connection.close()
    except connection_errors(OSError, WrongKey):  # damaged, of an older version: it may
        return True


def _settle_copy(
    incoming: Path, key: str | None, data_dir: Path, now: datetime, replaced_syncs: bool
) -> None:
    """Before the copy takes the journal's place: its schema brought up to date (an older
    backup; the backup before a migration made as at any open), and the values it holds
    noted for the journal's next sync round where it syncs (``store/sync/restored.py``: a
    value typed after the restore is then told from one as restored).  Both inside the
    copy, so a restore cut short leaves the journal as it was or the restored one with its
    baseline: meanwhile the copy is ``journal.sqlite3.restoring.partial``, which an
    interrupted restore's next start removes (``UNFINISHED_ENDS``, with its ``-journal``),
    and only complete is it renamed back.  Raises RestoreError (the copy removed: nothing
    was changed)."""
    from peewee import DatabaseError, SqliteDatabase

    from clientjournal.store.migrations import migrate
    from clientjournal.store.safety.backup import BackupError, backup_before_migration
    from clientjournal.store.safety.encryption import EncryptedDatabase
    from clientjournal.store.search_functions import register_functions
    from clientjournal.store.sync import restored

    settling = incoming.with_name(incoming.name + ".partial")
    pragmas = {"foreign_keys": 1, "busy_timeout": 5000}
    copy = (
        SqliteDatabase(str(settling), pragmas=pragmas)
        if key is None
        else EncryptedDatabase(str(settling), key, pragmas=pragmas)
    )
    register_functions(copy)  # the search index's triggers call them
    try:
        os.replace(incoming, settling)
        copy.connect()
        had_sync = copy.table_exists("sync_dirty")
        migrate(copy, before_step=lambda version: backup_before_migration(copy, data_dir, version))
        with copy.atomic():  # on the copy only: the models' database is left as it is
            if not had_sync:  # a backup from before sync: every value older than any synced
                restored.mark_all_as_old(copy)
            restored.note_restored_values(copy, int(now.timestamp() * 1000), replaced_syncs)
        copy.close()
        with open(settling, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(settling, incoming)
    except OSError as error:
        _remove_copy(copy, incoming, settling)
        raise RestoreRefused(
            f"cannot prepare the copy in the journal folder: {os_problem(error)}; "
            "nothing was changed"
        ) from error
    except connection_errors(DatabaseError, BackupError, WrongKey) as error:
        _remove_copy(copy, incoming, settling)
        words = error_words(error)
        refused = RestoreRefused if words == "the disk is full" else RestoreError
        raise refused(f"cannot bring the copy up to date: {words}; nothing was changed") from error


def _remove_copy(db: Any, *paths: Path) -> None:
    with contextlib.suppress(Exception):  # a connection that broke: nothing to keep
        db.close()
    for path in paths:
        for end in ("", *COMPANIONS):
            with contextlib.suppress(OSError):
                Path(f"{path}{end}").unlink(missing_ok=True)


def _copy_in(source: Path, incoming: Path, passphrase: str | None) -> None:
    """Copy with the backup API (not a byte copy: ``source`` may have a WAL of its own)."""
    from clientjournal.store.safety.backup import BackupError, verify, write_copy
    from clientjournal.store.safety.integrity import connect_read_only

    try:
        reader = connect_read_only(source, passphrase)
        try:
            write_copy(reader, incoming, passphrase)
        finally:
            reader.close()
        verify(incoming, passphrase)
    except OSError as error:
        with contextlib.suppress(OSError):
            incoming.unlink(missing_ok=True)
        raise RestoreRefused(
            f"cannot copy {source} into the journal folder: {os_problem(error)}"
        ) from error
    except connection_errors(BackupError, WrongKey) as error:
        with contextlib.suppress(OSError):
            incoming.unlink(missing_ok=True)
        raise RestoreError(
            f"cannot copy {source} into the journal folder: {error_words(error)}"
        ) from error


def finish_interrupted_restore(data_dir: Path) -> str | None:
    """A restore cut short (the app killed, the power gone) is finished or rolled back; call
    it under the journal's lock before opening the journal.  Returns what was done, or None.

    ``restore`` copies and verifies the backup as ``journal.sqlite3.restoring`` first, then
    moves the journal aside (its ``-wal``/``-shm`` first, the file itself last), then renames
    the copy into place.  So: a journal still in place means the swap never began: the copy
    goes, and companions already moved come back.  No journal but a copy means the journal
    was moved aside and the verified copy only needs its rename."""
    current = journal_file(data_dir)
    incoming = incoming_path(data_dir)
    unfinished = restore_leftovers(data_dir)
    for path in unfinished:  # never complete, perhaps plaintext beside an encrypted journal
        path.unlink(missing_ok=True)
    if not os.path.exists(incoming):  # False also where the folder cannot be reached
        if unfinished:
            return "a restore was interrupted before it changed anything; the journal is as it was"
        return None
    if current.exists():
        for end in COMPANIONS:  # moved before the journal itself: they belong to it
            if Path(f"{current}{end}").exists():
                continue
            for aside in current.parent.glob(f"{current.stem}-replaced-*{current.suffix}{end}"):
                if not Path(str(aside)[: -len(end)]).exists():
                    os.rename(aside, f"{current}{end}")
        incoming.unlink()
        return "a restore was interrupted before it changed anything; the journal is as it was"
    os.replace(incoming, current)
    from clientjournal.store.safety.backup import replaced_journals

    replaced = replaced_journals(data_dir)
    kept = f"; the journal it replaced is kept as {replaced[0]}" if replaced else ""
    return f"a restore was interrupted; it is finished now{kept}"


def missing_journal_problem(data_dir: Path, backups: list[Path]) -> str | None:
    """Why the journal must not be taken for a new one, or None: an empty (0-byte) file while
    ``backups`` exist, or no file while an earlier restore's ``journal-replaced-*`` or a backup
    in the journal folder's own ``backups/`` is there (the file deleted, a data disk not
    mounted with the folder left: an import or ``demo`` would start afresh beside them).
    Only the folder's own ``backups/`` counts for a missing file: another backup folder may
    be shared with other journals, and a new journal must stay possible there."""
    current = journal_file(data_dir)
    try:
        size = current.stat().st_size if current.exists() else None
    except OSError:
        return None
    if size == 0 and backups:
        return f"the journal {current} is empty (0 bytes) while backups exist"
    if size is None:
        from clientjournal.store.safety.backup import backup_files, replaced_journals

        replaced = replaced_journals(data_dir)
        if replaced:
            return (
                f"the journal {current} is missing while {replaced[0].name}, the journal an "
                "earlier restore replaced, is there"
            )
        own = Path(data_dir) / BACKUP_DIR
        if backup_files(own):
            return (
                f"the journal {current} is missing while {own} holds backups of it (to start "
                "a new journal there instead, move that folder away first)"
            )
    return None
