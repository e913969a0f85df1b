"""Opening a journal folder: one connection, pragmas, private file modes, migrations."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from peewee import DatabaseError, SqliteDatabase

from clientjournal.paths import ensure_private_dir, journal_file, os_problem, sqlite_problem
from clientjournal.store.migrations import (
    LATEST_VERSION,
    JournalTooNewError,
    migrate,
    schema_version,
)
from clientjournal.store.models import database
from clientjournal.store.safety.encryption import (
    EncryptedDatabase,
    WrongKey,
    check_passphrase,
    looks_encrypted,
    passphrase_for,
    remember,
)
from clientjournal.store.safety.leftovers import remove_scratch_left
from clientjournal.store.safety.reading import companions, io_problem, open_reading, remove_made
from clientjournal.store.search_functions import register_functions

# synchronous=NORMAL in WAL mode, chosen for what each kind of crash may cost:
# - the app killed or crashing (SIGKILL, an exception, the session ending): nothing.  A commit
#   is in the WAL file once it returns, and the operating system keeps it; the next open
#   recovers it.  tests/store/test_kill.py and tests/benchmarks/kill_rounds.py check this.
# - a power cut or a kernel crash: the newest commits may roll back, never older data, and the
#   file is never corrupted (each WAL frame carries a checksum; a torn tail is ignored).  The
#   WAL is fsynced before every checkpoint (after about 1,000 pages, ~4 MB, of writes, and
#   when the app closes), and the system writes its cache out within about 30 s anyway; so in
#   practice the last half minute of edits, at worst the writes since the last checkpoint.
# FULL would fsync on every commit, i.e. every autosave while typing: on a slow laptop disk
# each keystroke pause would wait tens of milliseconds for it, for a loss that only a power cut
# between two checkpoints can cause.  busy_timeout covers a backup or a CLI command reading at
# the same moment.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": 1,
    "cache_size": -16000,
    "temp_store": 2,
}


# Every transaction of a writable journal starts with BEGIN IMMEDIATE, i.e. takes the write lock
# before it reads anything.  A deferred transaction reads first (the full-text index reads its
# own settings on a connection's first write) and then asks for the write lock; when another
# connection (a sync round in its thread, a command) committed in between, SQLite cannot let
# it write on its old snapshot and fails at once with "database is locked", without waiting
# busy_timeout: the window's first note of a session was lost that way while a round ran.
WRITE_LOCK = "IMMEDIATE"


class _QueryValuesHidden(logging.Filter):
    """peewee logs every query with its values at DEBUG: note texts, names, e-mail addresses.
    Nothing about the user's data may reach a log, whoever turns DEBUG on (issue 8), so its
    records keep the SQL (placeholders only) and lose the values."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            record.msg = f"{record.msg[0]} -- {len(record.msg[1] or ())} values not logged"
            record.args = ()
        return True


logging.getLogger("peewee").addFilter(_QueryValuesHidden())


class JournalOpenError(RuntimeError):
    """The journal file could not be opened as a Client Journal (damaged, foreign, locked)."""


class PassphraseRequired(JournalOpenError):
    """The journal is encrypted and no passphrase was given: ask for it (not damage)."""


class WrongPassphrase(JournalOpenError):
    """The passphrase does not open the encrypted journal: ask again (not damage)."""


def _backup_before_migration(db: SqliteDatabase, data_dir: Path, version: int) -> Path:
    """The backup before a migration step.  Its module (with the integrity check and the
    backup policy) is imported here, when a step is due, not with every start (issue 21)."""
    from clientjournal.store.safety.backup import backup_before_migration

    return backup_before_migration(db, data_dir, version)


def open_journal(data_dir: Path, passphrase: str | None = None) -> SqliteDatabase:
    """Open (creating if needed) the journal in ``data_dir`` and bring its schema up to date.

    An encrypted journal needs ``passphrase`` (or the one this process last opened it with):
    without it PassphraseRequired, with a wrong one WrongPassphrase; a plain journal ignores
    it.  A new journal starts plain (store/reencrypt.py encrypts it)."""
    path = journal_file(data_dir)
    foreign = _owned_by_another(data_dir, path)
    if foreign is not None:  # root (sudo) would write root's files into the owner's folder
        raise JournalOpenError(f"{foreign}: not yours (owned by another user): permission denied")
    existed = {one for one in companions(path) if one.exists()}
    created = False
    try:
        ensure_private_dir(data_dir)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            created = True
        os.chmod(path, 0o600)
    except OSError as error:  # a file in the folder's place, read-only, not the user's
        raise JournalOpenError(f"{error.filename or path}: {_os_problem(error)}") from error
    key = _journal_key(data_dir, path, passphrase)
    if key is None:
        db = SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type=WRITE_LOCK)
    else:
        db = EncryptedDatabase(str(path), key, pragmas=PRAGMAS, lock_type=WRITE_LOCK)
    register_functions(db)  # the search index's triggers call them, from migration 6 on
    try:
        db.connect()
        remember(data_dir, key)  # for the backup before a migration, and later ones
        migrate(db, before_step=lambda version: _backup_before_migration(db, data_dir, version))
    except WrongKey as error:  # raised by the first connection, before anything changed
        raise WrongPassphrase(f"{path}: the passphrase is wrong") from error
    except JournalTooNewError as error:
        db.close()
        raise JournalOpenError(f"{path}: {TOO_NEW}") from error
    except DatabaseError as error:
        db.close()
        _left_as_it_was(path, created, existed)
        raise JournalOpenError(f"{path}: {_problem(error, path)}") from error
    database.initialize(db)
    # A sync round killed while it held a big snapshot's records left their scratch store
    # beside the journal (plaintext, when the journal is plain): gone at the next open, not
    # only at the next round, which may never come (sync off, its folder gone; attack22c F3)
    remove_scratch_left(path)
    return db


def _left_as_it_was(path: Path, created: bool, existed: set[Path]) -> None:
    """After a failed open (a full disk): a journal this open created (nothing of the user's
    in it, half migrated at most) is removed again, with its companions; of an existing one,
    the ``-wal``/``-shm`` SQLite began to make (store/safety/reading.py)."""
    if not created:
        remove_made(path, existed)
        return
    for one in (path, *companions(path), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            one.unlink(missing_ok=True)


TOO_NEW = "the journal is from a newer version of Client Journal; update the app to open it"


class SchemaOutdated(JournalOpenError):
    """The journal needs a migration, which only a command that writes (and locks) may run."""


def open_journal_read_only(data_dir: Path, passphrase: str | None = None) -> SqliteDatabase:
    """Open the journal in ``data_dir`` for reading only (export, search): nothing is created
    or changed, not even a ``-wal`` or ``-shm`` left behind (see ``encryption.connect``).
    Raises JournalOpenError when there is no journal or it does not open, SchemaOutdated when
    it needs a migration first (the caller opens it with ``open_journal`` under the lock)."""
    path = journal_file(data_dir)
    if not path.is_file() or path.stat().st_size == 0:
        raise JournalOpenError(f"{path}: there is no journal yet")
    key = _journal_key(data_dir, path, passphrase)
    pragmas = {"query_only": 1, "foreign_keys": 1, "busy_timeout": 5000, "temp_store": 2}

    def attempt(target: str) -> tuple[SqliteDatabase, int]:
        if key is None:
            db = SqliteDatabase(target, uri=True, pragmas=pragmas)
        else:
            db = EncryptedDatabase(target, key, uri=True, pragmas=pragmas)
        register_functions(db)
        try:
            db.connect()
            return db, schema_version(db)
        except BaseException:
            db.close()
            raise

    try:  # never leaves a -wal or -shm, reads a journal on a full disk (safety/reading.py)
        db, version = open_reading(path, attempt, passes=(WrongKey,))
    except WrongKey as error:
        raise WrongPassphrase(f"{path}: the passphrase is wrong") from error
    except DatabaseError as error:
        raise JournalOpenError(f"{path}: {_problem(error, path)}") from error
    if version > LATEST_VERSION:
        db.close()
        raise JournalOpenError(f"{path}: {TOO_NEW}")
    if version < LATEST_VERSION:
        db.close()
        raise SchemaOutdated(f"{path}: the journal needs its schema brought up to date")
    remember(data_dir, key)
    database.initialize(db)
    return db


def _owned_by_another(data_dir: Path, path: Path) -> Path | None:
    """The journal folder or file when another user owns it, or None: the kernel refuses
    writing it to a user, but not to root, whose files (the -wal, a migration's backup, a
    re-encrypted journal) would then lock the owner out of their own journal (issue 18)."""
    if not hasattr(os, "geteuid"):
        return None
    for place in (Path(data_dir), path):
        try:
            if place.stat().st_uid != os.geteuid():
                return place
        except OSError:
            continue  # not there yet, or not reachable: opening it says why
    return None


def _os_problem(error: OSError) -> str:
    if error.errno == errno.EPERM:  # chmod of a journal that is another user's
        return "not yours (owned by another user): permission denied"
    return os_problem(error)


def _problem(error: Exception, path: Path) -> str:
    """SQLite's words for what went wrong, for a message that names no content; an I/O
    error on a full disk is the disk being full, never damage."""
    return io_problem(error, path) or sqlite_problem(error)


def _journal_key(data_dir: Path, path: Path, passphrase: str | None) -> str | None:
    """The key to open ``path`` with: None for a plain journal (and for a file that is not
    a journal at all: that is reported as damage, as before)."""
    if not looks_encrypted(path):  # plain, new (empty) or not a journal at all
        return None
    key = passphrase if passphrase is not None else passphrase_for(data_dir)
    if not key:
        raise PassphraseRequired(f"{path}: the journal is encrypted; enter its passphrase")
    try:
        check_passphrase(key)
    except ValueError as error:
        raise WrongPassphrase(f"{path}: the passphrase is wrong ({error})") from error
    return key


def close_journal() -> None:
    """Close the calling thread's connection to the journal (peewee keeps one per thread, so
    a worker thread calls this too when its store work is done)."""
    db = database.obj
    if db is not None and not db.is_closed():
        db.close()


BULK_CACHE_KIB = 65_536
"""Page cache (KiB) of a connection while it writes in bulk: a demo fill, a JSON import, a
sync round.  Their notes arrive in no order of their random uuids, so every insert lands on
another leaf of the uuid indexes; once those outgrow the everyday cache (16 MB: a journal of
2,000 clients fits it) each insert spilled a dirty page to the WAL and read another back, and
the work grew faster than the journal (issue 21: a demo or an import of ten times the
journal took 18-22 times the CPU).  SQLite takes the pages only as it needs them, so a small
round costs no memory; the cache goes back to its size (and its memory to the allocator)
when the bulk work ends."""


@contextlib.contextmanager
def bulk_cache() -> Iterator[None]:
    """A bigger page cache for the calling thread's connection while the block runs (see
    ``BULK_CACHE_KIB``); nestable, only the outermost block changes it."""
    db = database.obj
    outermost = getattr(_bulk, "depth", 0) == 0
    _bulk.depth = getattr(_bulk, "depth", 0) + 1
    try:
        if outermost and db is not None:
            db.execute_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
        yield
    finally:
        _bulk.depth -= 1
        if outermost and db is not None and not db.is_closed():
            with contextlib.suppress(DatabaseError):  # a connection that broke: nothing to undo
                db.execute_sql(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")
                db.execute_sql("PRAGMA shrink_memory")


_bulk = threading.local()  # bulk_cache's nesting, per thread (each has its own connection)
