"""Is this file a journal this app can open? Asked read-only, so asking never changes it.

Used by ``clientjournal check``, by restore (before a file replaces the journal) and to verify
each backup after writing it.  Every answer is one sentence a user can act on: a damaged file
must be told apart from a foreign one and from one written by a newer version, because the
advice differs (restore a backup, pick another file, update the app).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from clientjournal.paths import os_problem, sqlite_problem
from clientjournal.store.migrations import LATEST_VERSION
from clientjournal.store.safety.encryption import (
    WrongKey,
    connect,
    connection_errors,
    is_plain_sqlite,
    looks_cut_encrypted,
    looks_encrypted,
)
from clientjournal.store.safety.reading import io_problem, refused_by_system

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
ENCRYPTED = "the journal is encrypted: it opens only with its passphrase"
WRONG_PASSPHRASE = "the file is encrypted, and this passphrase does not open it"
REFUSED_STARTS = ("the file cannot be checked now", "the file cannot be read")
THOROUGH_CACHE_KIB = 16_000
"""The page cache of a thorough check (the journal's everyday size, ``connection.PRAGMAS``)."""


@dataclass(frozen=True)
class Inspection:
    """What a journal file holds, or (``problem``) why it cannot be used."""

    path: Path
    size: int
    problem: str | None = None
    schema: int | None = None
    clients: int | None = None
    notes: int | None = None
    encrypted: bool = False  # an SQLCipher file (store/encryption.py says how that is told)

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def refused(self) -> bool:
        """The system refused the reading (a full disk, no permission): the file itself may
        well be fine, and a backup in its place would meet the same refusal."""
        return self.problem is not None and self.problem.startswith(REFUSED_STARTS)

    def summary(self) -> str:
        return f"{self.clients} clients, {self.notes} notes, schema {self.schema}"


def connect_read_only(path: Path, passphrase: str | None = None) -> sqlite3.Connection:
    """A connection that can neither write ``path`` nor create it when it is missing; keyed
    with ``passphrase`` when the file is encrypted (raises WrongKey when it does not fit)."""
    if passphrase is not None and not is_plain_sqlite(path):
        return connect(path, passphrase, read_only=True)
    return connect(path, None, read_only=True)


def integrity_check(connection: sqlite3.Connection, limit: int = 100) -> list[str]:
    """``PRAGMA integrity_check`` (["ok"], or up to ``limit`` problems) with the everyday
    page cache rather than SQLite's default 2 MB: it looks every row up in each index of its
    table, in row order, and for random uuids that is another page of the index each time;
    with 2 MB most of them were read again (and, in an encrypted file, decrypted again).
    Ten times the demo journal: 15.7 s CPU with 2 MB, 8.2 s with 16 MB (no gain beyond:
    the rest waits on the memory, not on reads); the demo journal 1.04 s, 0.50 s."""
    connection.execute(f"PRAGMA cache_size = -{THOROUGH_CACHE_KIB}")
    return [row[0] for row in connection.execute(f"PRAGMA integrity_check({limit})").fetchall()]


def _expected_size(header: bytes) -> int | None:
    """The size the header says the file has, when the header vouches for that number."""
    if len(header) < HEADER_SIZE:
        return None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96]
    return page_size * pages if valid and pages else None


def _header_problem(path: Path, size: int, header: bytes, has_wal: bool) -> str | None:
    if size == 0:
        return "the file is empty (0 bytes)"
    if not header.startswith(SQLITE_MAGIC) and looks_cut_encrypted(path):
        return f"the file is truncated: an encrypted journal cut short ({size:,} bytes)"
    if not header.startswith(SQLITE_MAGIC):
        kind = "text" if all(b in b"\t\n\r" or b >= 32 for b in header[:64]) else "data"
        return f"this is not a journal: the file holds {kind}, not an SQLite database"
    expected = _expected_size(header)
    if expected is not None and size < expected and not has_wal:
        return f"the file is truncated: {size:,} bytes of {expected:,}"
    return None


def inspect_file(path: Path, thorough: bool = False, passphrase: str | None = None) -> Inspection:
    """Check ``path`` without writing it: ``PRAGMA quick_check`` (``integrity_check`` when
    ``thorough``, for a fresh backup), the schema version and the number of clients and notes.
    An encrypted file is checked with ``passphrase``; without it (or with a wrong one) the
    answer says it is encrypted, never that it is damaged.
    """
    path = Path(path)
    if not path.is_file():
        return Inspection(path, 0, "there is no journal file")
    size = path.stat().st_size
    try:
        with path.open("rb") as stream:
            header = stream.read(HEADER_SIZE)
    except OSError as error:  # not the user's, or mode 000: not damage, and nothing to restore
        return Inspection(path, size, f"the file cannot be read: {os_problem(error)}")
    if looks_encrypted(path):
        return _inspect_encrypted(path, size, thorough, passphrase)
    wal = Path(f"{path}-wal")
    has_wal = wal.exists() and wal.stat().st_size > 32  # frames beyond the WAL's header
    problem = _header_problem(path, size, header, has_wal)
    if problem is not None:
        return Inspection(path, size, problem)
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        if refused_by_system(error):  # a full disk, a failing one: not the file's fault
            return Inspection(path, size, _read_problem(error, path))
        return Inspection(path, size, f"the file cannot be opened: {error}")
    try:
        return _inspect_open(path, size, connection, thorough)
    except sqlite3.Error as error:
        return Inspection(path, size, _read_problem(error, path))
    finally:
        connection.close()


def _inspect_encrypted(path: Path, size: int, thorough: bool, passphrase: str | None) -> Inspection:
    if passphrase is None:
        return Inspection(path, size, ENCRYPTED, encrypted=True)
    try:
        connection = connect(path, passphrase, read_only=True)
    except WrongKey:
        return Inspection(path, size, WRONG_PASSPHRASE, encrypted=True)
    except ValueError as error:
        return Inspection(path, size, f"the file cannot be opened: {error}", encrypted=True)
    except connection_errors() as error:  # the key fits, the rest does not: damage
        return Inspection(path, size, _read_problem(error, path), encrypted=True)
    try:
        found = _inspect_open(path, size, connection, thorough)
    except connection_errors() as error:
        found = Inspection(path, size, _read_problem(error, path))
    finally:
        connection.close()
    return dataclasses.replace(found, encrypted=True)


def _read_problem(error: BaseException, path: Path) -> str:
    """Damage, or the system refusing (a full disk for the check's temporary space, a disk
    that fails): a healthy journal is never called damaged for the latter."""
    words = io_problem(error, path) or sqlite_problem(error)
    if words != str(error):
        return f"the file cannot be checked now: {words}"
    return f"the file is damaged: {error}"


def _inspect_open(
    path: Path, size: int, connection: sqlite3.Connection, thorough: bool
) -> Inspection:
    schema = connection.execute("PRAGMA user_version").fetchone()[0]
    if schema > LATEST_VERSION:
        return Inspection(
            path,
            size,
            f"the journal was written by a newer Client Journal (schema {schema}; this "
            f"version reads up to {LATEST_VERSION}): update the app to open it",
            schema=schema,
        )
    if thorough:
        rows = integrity_check(connection, 5)
    else:
        rows = [row[0] for row in connection.execute("PRAGMA quick_check(5)").fetchall()]
    if rows != ["ok"]:
        first = [line for line in rows[0].splitlines() if not line.startswith("***")]
        detail = first[0] if first else rows[0]
        return Inspection(path, size, f"the file is damaged: {detail}", schema=schema)
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if schema == 0 or not {"client", "note"} <= tables:
        return Inspection(
            path, size, "this is an SQLite database, but not a Client Journal", schema=schema
        )
    clients = connection.execute("SELECT COUNT(*) FROM client").fetchone()[0]
    notes = connection.execute("SELECT COUNT(*) FROM note").fetchone()[0]
    return Inspection(path, size, None, schema, clients, notes)
