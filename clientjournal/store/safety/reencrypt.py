"""Setting, changing or removing the journal's passphrase, always through a new file.

For each file: it is switched to rollback-journal mode (that checkpoints and removes its
``-wal``, and fails while another connection has it open, so a running app or command is never
pulled out from under), exported with SQLCipher's ``sqlcipher_export`` into a new private file
beside it (``.rekeying``, 0600) under the new key, the new file is opened again with the new key
and must pass ``integrity_check`` with the same schema version and the same number of rows in
every table, is fsynced, and only then renamed over the old one (atomic).  A crash or an error
before the rename leaves the old file as it was (only its journal mode changed; opening it
switches WAL back on) and a stray ``.rekeying`` that the next attempt removes.

Copies follow the journal (a passphrase that protects the journal but not its copies protects
nothing): the backups (in the backup folders and the journal's own ``backups/``) and the
journals earlier restores moved aside (``journal-replaced-*``).  The copies go first and the
journal last, so that a run cut short (killed, power gone, disk full) leaves the journal as it
was and running the same command again finishes the work: a copy already under the new
passphrase is recognised and left, a plain one or one under the old passphrase is re-encrypted,
and stray partial copies (``.partial``, ``.rekeying``: plaintext, perhaps) are deleted.  After
the journal, the copies are looked at once more (a backup command may have written one
meanwhile).  A copy that opens with neither passphrase (made under an older one, or damaged)
is left as it is and reported.  A symbolic link to the journal is followed: its target is
re-encrypted, where the plaintext is.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from clientjournal.core.files import fsync_folder
from clientjournal.paths import BACKUP_DIR, error_words, journal_file
from clientjournal.store.models import database
from clientjournal.store.safety.backup import backup_files, replaced_journals, resolve_folder
from clientjournal.store.safety.encryption import (
    EncryptedDatabase,
    WrongKey,
    attach_sql,
    check_passphrase,
    connect,
    connection_errors,
    is_plain_sqlite,
    open_cipher,
    opens,
    remember,
)
from clientjournal.store.safety.integrity import integrity_check
from clientjournal.store.safety.leftovers import remove_scratch_left
from clientjournal.store.safety.partial_copies import being_written
from clientjournal.store.safety.reading import (
    companions,
    problem_words,
    refused_by_system,
    remove_made,
)

SUFFIX = ".rekeying"
STRAYS = (
    "*.rekeying",
    "*.rekeying-journal",
    "journal-*.sqlite3.partial",
    "journal-*.sqlite3.partial-journal",
    "*.restoring.partial",
    "*.restoring.partial-journal",
    "journal*.sqlite3-mj*",
)
"""Leftovers of copies cut short: never complete, perhaps plaintext; deleted by each run (not
a copy a backup is writing now: ``partial_copies.being_written``; a backup whose journal was
re-encrypted meanwhile deletes its own copy).  The
``-mj…`` files are SQLite's super-journals of a re-encryption (its transaction spans the file
and its new copy) that a kill left behind; nothing else makes them here, and the lock keeps
other writers out meanwhile."""
Progress = Callable[[str, int, int], None]
"""(what, done, total): "backups" 0/N … N/N, then "journal" 0/1 … 1/1."""
Step = Callable[[Path, str], None]

PLAIN, OLD, DONE, OTHER = "plain", "old", "done", "other"


class ReencryptError(RuntimeError):
    """The file could not be re-encrypted; it is unchanged.  The message says why;
    ``copies_done`` counts the copies that have the new state already (running the same
    change again finishes the rest)."""

    copies_done = 0


@dataclass
class Reencrypted:
    journal: Path
    backups: list[Path] = field(default_factory=list)  # copies re-encrypted with the journal
    skipped: list[Path] = field(default_factory=list)  # another passphrase: left as they were
    already: list[Path] = field(default_factory=list)  # under the new passphrase before this run
    removed: list[Path] = field(default_factory=list)  # partial copies of interrupted runs
    journal_changed: bool = True  # False: it was under the new passphrase already


def state_of(path: Path, old: str | None, new: str | None) -> str:
    """How ``path`` stands towards a change from ``old`` to ``new`` (None: plain): DONE (it
    opens as the new state asks), PLAIN or OLD (it opens plain, or with ``old``: to be
    re-encrypted), OTHER (neither: another passphrase, or damaged).  Raises OSError when
    the file cannot be read at all (not the user's): that is no answer about its key."""
    with open(path, "rb"):
        pass
    plain = is_plain_sqlite(path) and _opens_plain(path)
    if plain:
        return DONE if new is None else PLAIN
    if new is not None and opens(path, new):
        return DONE
    if old is not None and opens(path, old):
        return OLD
    return OTHER


def _opens_plain(path: Path) -> bool:
    """Whether ``path`` opens without a key; a refusal by the system (a full disk, no
    permission) is raised: it says nothing about a key, and must never be called one."""
    try:
        connect(path, None, read_only=True).close()
    except connection_errors() as error:
        if refused_by_system(error):
            raise
        return False
    return True


def copies_of(data_dir: Path, folders: Iterable[Path] = ()) -> list[Path]:
    """Every copy of the journal that must follow its passphrase: the backups in the backup
    folders (the chosen ones and the journal's own ``backups/``) and the journals earlier
    restores moved aside; each once, the journal itself never."""
    places = dict.fromkeys(
        [resolve_folder(data_dir), Path(data_dir) / BACKUP_DIR, *(Path(f) for f in folders)]
    )
    found = [*replaced_journals(data_dir)]
    found += [backup for place in places for backup in backup_files(place)]
    journal = journal_file(data_dir).resolve()
    unique: dict[Path, Path] = {}
    for path in found:
        real = path.resolve()
        if real != journal:
            unique.setdefault(real, path)
    return list(unique.values())


def remove_strays(data_dir: Path, folders: Iterable[Path] = ()) -> list[Path]:
    """Delete what interrupted copies left (see STRAYS) in the journal's folder (also the one
    a symbolic link points into) and the backup folders; returns what was deleted."""
    journal = journal_file(data_dir)
    places = dict.fromkeys(
        [
            journal.parent,
            journal.resolve().parent,
            resolve_folder(data_dir),
            Path(data_dir) / BACKUP_DIR,
            *(Path(f) for f in folders),
        ]
    )
    # a killed sync round's scratch store (plaintext beside a plain journal, or under the
    # passphrase being replaced): no running round's (attack22c F3)
    removed = remove_scratch_left(journal)
    for place in places:
        if not place.is_dir():
            continue
        for pattern in STRAYS:
            for stray in place.glob(pattern):
                if being_written(stray):  # a running backup's: it deletes it if it fails
                    continue
                with contextlib.suppress(OSError):  # gone meanwhile, or a read-only disk
                    stray.unlink()
                    removed.append(stray)
    return removed


def plain_copies(data_dir: Path, folders: Iterable[Path] = ()) -> list[Path]:
    """The copies that still open without a passphrase (an encrypt cut short, an earlier
    restore's replaced journal), found without asking for one."""
    found = []
    for path in copies_of(data_dir, folders):
        with contextlib.suppress(*connection_errors(OSError)):
            if is_plain_sqlite(path) and path.stat().st_size and _opens_plain(path):
                found.append(path)
    return found


def change_passphrase(
    data_dir: Path,
    old: str | None,
    new: str | None,
    progress: Progress | None = None,
    folders: Iterable[Path] = (),
    step: Step | None = None,
) -> Reencrypted:
    """Encrypt (``old`` None), re-key, or decrypt (``new`` None) the journal in ``data_dir``
    and its copies (see the module's docstring; ``folders``: more backup folders, e.g. the one
    picked in the settings).  Running it again after it was cut short finishes it.  The
    journal must not be open (close it first); raises ReencryptError (the journal unchanged)
    or WrongKey (``old`` does not open the journal).  ``step(path, name)`` is told each step
    of each file (tests stop there)."""
    report = progress or (lambda what, done, total: None)
    if new is not None:
        check_passphrase(new)
    path = journal_file(data_dir)
    if not path.is_file():
        raise ReencryptError(f"there is no journal in {data_dir}")
    try:
        journal_state = state_of(path.resolve(), old, new)
    except connection_errors(OSError) as error:
        raise ReencryptError(f"{path} cannot be read: {problem_words(error, path)}") from error
    if journal_state == OTHER and old is None and not is_plain_sqlite(path):
        raise ReencryptError("the journal is encrypted: its current passphrase is needed")
    if journal_state == OTHER:
        raise WrongKey("the passphrase does not open the journal")
    home = path.resolve().parent
    if journal_state != DONE and not os.access(home, os.W_OK):  # before any copy changes
        raise ReencryptError(
            f"{home} cannot be written (a read-only file system, or not your folder)"
        )
    folders = list(folders)
    done = Reencrypted(path, journal_changed=journal_state != DONE)
    done.removed = remove_strays(data_dir, folders)
    _follow(done, copies_of(data_dir, folders), old, new, report, step)
    report("journal", 0, 1)
    if journal_state != DONE:
        try:
            try:
                reencrypt_file(path.resolve(), None if journal_state == PLAIN else old, new, step)
            except OSError as error:  # the journal is as it was (see reencrypt_file)
                raise ReencryptError(f"{path}: {problem_words(error, path)}") from error
        except ReencryptError as error:
            error.copies_done = len(done.backups)
            raise
    remember(data_dir, new)
    from clientjournal.store.sync.held import reseal

    reseal(home, None if journal_state == PLAIN else old, new)
    report("journal", 1, 1)
    seen = {*done.backups, *done.skipped, *done.already}
    late = [copy for copy in copies_of(data_dir, folders) if copy not in seen]
    _follow(done, late, old, new, report, step)  # written by a backup while this ran
    return done


def _follow(
    done: Reencrypted,
    copies: list[Path],
    old: str | None,
    new: str | None,
    report: Progress,
    step: Step | None,
) -> None:
    """Re-encrypt ``copies`` from whatever of plain and ``old`` opens them to ``new``; a copy
    that fails never undoes the rest (it is reported)."""
    for number, copy in enumerate(copies):
        report("backups", number, len(copies))
        try:
            state = state_of(copy, old, new)
            if state == DONE:
                done.already.append(copy)
                continue
            if state == OTHER:
                done.skipped.append(copy)
                continue
            reencrypt_file(copy.resolve(), None if state == PLAIN else old, new, step)
            done.backups.append(copy)
        except connection_errors(WrongKey, ReencryptError, OSError):
            done.skipped.append(copy)
    report("backups", len(copies), len(copies))


def reencrypt_file(path: Path, old: str | None, new: str | None, step: Step | None = None) -> None:
    """Re-encrypt one file from ``old`` to ``new`` (None: plain) through a new file and an
    atomic rename (see the module's docstring).  ``step`` is told (path, "exported"),
    "verified" and "renamed" (tests stop there to prove that a crash leaves the old file
    intact)."""

    def told(name: str) -> None:
        if step is not None:
            step(path, name)

    if old is None and not is_plain_sqlite(path):
        raise WrongKey("the file is encrypted")
    fresh = path.with_name(path.name + SUFFIX)
    fresh.unlink(missing_ok=True)
    existed = {one for one in companions(path) if one.exists()}
    try:
        source = open_cipher(path, old)
    except connection_errors() as error:
        remove_made(path, existed)  # a full disk: the -wal/-shm SQLite began to make
        raise ReencryptError(f"{path} cannot be read: {problem_words(error, path)}") from error
    try:
        was = source.execute("PRAGMA journal_mode").fetchone()[0]
    except connection_errors() as error:
        source.close()
        remove_made(path, existed)
        raise ReencryptError(f"{path} cannot be read: {problem_words(error, path)}") from error
    try:
        expected = _export(source, path, fresh, new)
        told("exported")
        _verify(fresh, new, expected)
        _fsync(fresh)
        told("verified")
    except BaseException:
        with contextlib.suppress(*connection_errors()):  # the file as it was, its mode too
            source.execute(f"PRAGMA journal_mode = {was}")
        source.close()
        with contextlib.suppress(OSError):
            fresh.unlink(missing_ok=True)
        raise
    source.close()
    os.replace(fresh, path)
    fsync_folder(path.parent)
    told("renamed")


def _export(source: Any, path: Path, fresh: Path, new: str | None) -> dict[str, int]:
    """The export under one write lock, so that nothing changes between the counts and the
    copy; returns what the copy must hold."""
    _leave_wal(source, path)
    os.close(os.open(fresh, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        source.execute(attach_sql(fresh, new, "fresh"))
        source.execute("BEGIN IMMEDIATE")
        try:
            expected = _shape(source, "main")
            source.execute("SELECT sqlcipher_export('fresh')")
            source.execute(f"PRAGMA fresh.user_version = {expected['user_version']}")
            source.execute("COMMIT")
        except BaseException:
            source.execute("ROLLBACK")
            raise
        finally:
            source.execute("DETACH DATABASE fresh")
    except connection_errors() as error:
        raise ReencryptError(f"cannot write {fresh}: {problem_words(error, fresh)}") from error
    return expected


IN_USE_WAIT_S = 5.0
"""How long a file another connection has open is waited for: a reader (``backup``, ``export``,
``check``) is done in seconds; a window or a writer holds the journal's lock instead."""


def _leave_wal(connection: Any, path: Path) -> None:
    """Checkpoint and remove the ``-wal``: after the rename it would belong to another file.
    Fails while another connection has the journal open in WAL mode (another window or
    command): that one could write to the old file after the rename.  A reader that is done
    soon is waited for (``IN_USE_WAIT_S``)."""
    deadline = time.monotonic() + IN_USE_WAIT_S
    while True:
        try:
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except connection_errors():
            mode = None
        if mode == "delete":
            return
        if time.monotonic() > deadline:
            raise ReencryptError(f"{path} is in use (close the other window or command)")
        time.sleep(0.05)


def hold_for_reencryption(data_dir: Path, passphrase: str | None) -> None:
    """For a window that stays open while its journal is re-encrypted (after close_journal):
    the journal leaves WAL mode, and the models read it through a read-only connection opened
    now, which keeps reading the old file (same content) until ``open_journal`` replaces it.
    Any write meanwhile fails loudly (``query_only``) instead of going to the old file."""
    path = journal_file(data_dir)
    try:
        connection = connect(path, passphrase)
    except connection_errors() as error:
        raise ReencryptError(f"{path} cannot be read: {error}") from error
    try:
        _leave_wal(connection, path)
    finally:
        connection.close()
    pragmas = {"query_only": 1, "busy_timeout": 5000}
    if passphrase is None:
        reader = SqliteDatabase(str(path), pragmas=pragmas)
    else:
        reader = EncryptedDatabase(str(path), passphrase, pragmas=pragmas)
    from clientjournal.store.search import register_functions

    register_functions(reader)  # the collation and functions every query may use
    reader.connect()
    database.initialize(reader)


def _shape(connection: Any, schema: str) -> dict[str, int]:
    """The schema version and the row count of every table: what a faithful copy keeps."""
    run = connection.execute
    tables = [
        row[0]
        for row in run(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    shape = {"user_version": run(f"PRAGMA {schema}.user_version").fetchone()[0]}
    for table in tables:
        quoted = table.replace('"', '""')
        shape[table] = run(f'SELECT COUNT(*) FROM {schema}."{quoted}"').fetchone()[0]
    return shape


def _verify(fresh: Path, new: str | None, expected: dict[str, int]) -> None:
    try:
        check = open_cipher(fresh, new)
    except connection_errors(WrongKey) as error:
        raise ReencryptError(f"the new file {fresh} does not open: {error_words(error)}") from error
    try:
        result = integrity_check(check)
        shape = _shape(check, "main")
    except connection_errors() as error:
        raise ReencryptError(
            f"the new file {fresh} cannot be read: {error_words(error)}"
        ) from error
    finally:
        check.close()
    if result != ["ok"]:
        raise ReencryptError(f"the new file {fresh} failed its integrity check")
    if shape != expected:
        raise ReencryptError(f"the new file {fresh} does not hold the same rows")


def _fsync(path: Path) -> None:
    with open(path, "rb") as stream:
        os.fsync(stream.fileno())
