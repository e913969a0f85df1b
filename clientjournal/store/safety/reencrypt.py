"""Setting, changing or removing the journal's passphrase, always through a new file.

For the journal and then for each backup: the file is switched to rollback-journal mode (that
checkpoints and removes its ``-wal``, and fails while another connection has it open, so a
running app or command is never pulled out from under), exported with SQLCipher's
``sqlcipher_export`` into a new private file beside it (``.rekeying``, 0600) under the new
key, the new file is opened again with the new key and must pass ``integrity_check`` with the
same schema version and the same number of rows in every table, is fsynced, and only then
renamed over the old one (atomic).  A crash or an error before the rename leaves the old file
as it was (only its journal mode changed; opening it switches WAL back on) and a stray
``.rekeying`` that the next attempt removes.

Backups follow the journal (a passphrase that protects the journal but not its copies protects
nothing): those that open with the old passphrase (or are plain, when the journal was plain)
are re-encrypted the same way; any other backup (one made under an older passphrase) is left as
it is and reported.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from clientjournal.paths import journal_file
from clientjournal.store.models import database
from clientjournal.store.safety.backup import backup_files, resolve_folder
from clientjournal.store.safety.encryption import (
    EncryptedDatabase,
    WrongKey,
    attach_sql,
    check_passphrase,
    connect,
    connection_errors,
    is_plain_sqlite,
    open_cipher,
    remember,
)

SUFFIX = ".rekeying"
Progress = Callable[[str, int, int], None]
"""(what, done, total): "journal" 0/1 … 1/1, then "backups" 0/N … N/N."""


class ReencryptError(RuntimeError):
    """The file could not be re-encrypted; it is unchanged.  The message says why."""


@dataclass
class Reencrypted:
    journal: Path
    backups: list[Path] = field(default_factory=list)  # re-encrypted with the journal
    skipped: list[Path] = field(default_factory=list)  # another passphrase: left as they were


def change_passphrase(
    data_dir: Path,
    old: str | None,
    new: str | None,
    progress: Progress | None = None,
    folders: Iterable[Path] = (),
) -> Reencrypted:
    """Encrypt (``old`` None), re-key, or decrypt (``new`` None) the journal in ``data_dir``
    and its backups (in the journal's ``backups/`` and in ``folders``, e.g. the one picked in
    the settings).  The journal must not be open (close it first); raises ReencryptError
    (nothing changed) or WrongKey (``old`` does not open the journal)."""
    report = progress or (lambda what, done, total: None)
    if new is not None:
        check_passphrase(new)
    path = journal_file(data_dir)
    if not path.is_file():
        raise ReencryptError(f"there is no journal in {data_dir}")
    if old is None and not is_plain_sqlite(path):
        raise ReencryptError("the journal is encrypted: its current passphrase is needed")
    report("journal", 0, 1)
    reencrypt_file(path, old, new)
    remember(data_dir, new)
    report("journal", 1, 1)
    done = Reencrypted(path)
    places = dict.fromkeys([resolve_folder(data_dir), *(Path(f) for f in folders)])
    backups = [backup for place in places for backup in backup_files(place)]
    for number, backup in enumerate(backups):
        report("backups", number, len(backups))
        try:
            reencrypt_file(backup, old, new)
            done.backups.append(backup)
        except connection_errors(WrongKey, ReencryptError, OSError):
            done.skipped.append(backup)  # the journal is done: a backup never undoes that
    report("backups", len(backups), len(backups))
    return done


def reencrypt_file(
    path: Path, old: str | None, new: str | None, step: Callable[[str], None] | None = None
) -> None:
    """Re-encrypt one file from ``old`` to ``new`` (None: plain) through a new file and an
    atomic rename (see the module's docstring).  ``step`` is told "exported", "verified" and
    "renamed" (tests fail there to prove that a crash leaves the old file intact)."""
    told = step or (lambda name: None)
    if old is None and not is_plain_sqlite(path):
        raise WrongKey("the file is encrypted")
    fresh = path.with_name(path.name + SUFFIX)
    fresh.unlink(missing_ok=True)
    try:
        source = open_cipher(path, old)
    except connection_errors() as error:
        raise ReencryptError(f"{path} cannot be read: {error}") from error
    try:
        expected = _export(source, path, fresh, new)
        told("exported")
        _verify(fresh, new, expected)
        _fsync(fresh)
        told("verified")
    except BaseException:
        source.close()
        fresh.unlink(missing_ok=True)
        raise
    source.close()
    os.replace(fresh, path)
    _fsync_folder(path.parent)
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
        raise ReencryptError(f"cannot write {fresh}: {error}") from error
    return expected


def _leave_wal(connection: Any, path: Path) -> None:
    """Checkpoint and remove the ``-wal``: after the rename it would belong to another file.
    Fails while another connection has the journal open in WAL mode (another window or
    command): that one could write to the old file after the rename."""
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except connection_errors() as error:
        raise ReencryptError(f"{path} is in use (close the other window or command)") from error
    if mode != "delete":
        raise ReencryptError(f"{path} is in use (close the other window or command)")


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
        raise ReencryptError(f"the new file {fresh} does not open: {error}") from error
    try:
        result = check.execute("PRAGMA integrity_check").fetchall()
        shape = _shape(check, "main")
    except connection_errors() as error:
        raise ReencryptError(f"the new file {fresh} cannot be read: {error}") from error
    finally:
        check.close()
    if result != [("ok",)]:
        raise ReencryptError(f"the new file {fresh} failed its integrity check")
    if shape != expected:
        raise ReencryptError(f"the new file {fresh} does not hold the same rows")


def _fsync(path: Path) -> None:
    with open(path, "rb") as stream:
        os.fsync(stream.fileno())


def _fsync_folder(folder: Path) -> None:
    """The rename itself survives a power cut only once the folder is synced (POSIX)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
