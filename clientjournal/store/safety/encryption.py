"""Encryption at rest with SQLCipher: telling an encrypted file apart, and opening one.

Rule for "encrypted" (no marker file, so that it also holds for a backup or a journal copied
alone to another machine): a file is plain SQLite when it starts with SQLite's header (or is
empty, a journal not written yet).  A file without that header is taken for an SQLCipher
file when it looks like one: whole pages (a multiple of 512 bytes, at least one page) that do
not start with text or with one repeated byte (SQLCipher begins every file with 16 random salt
bytes).  Anything else without the header (a text file, a zeroed or cut-off file) is "not a
journal", as before.  Damage inside a plain journal keeps its header and stays "damaged".
A garbled file that happens to look like whole random pages is asked for a passphrase, and no
passphrase opens it; SQLCipher cannot tell a wrong passphrase from a destroyed first page.

``sqlcipher3`` is imported only when an encrypted file is opened: plain journals keep using
the standard library's ``sqlite3`` and pay nothing at start.  SQLCipher 4's defaults are kept
(AES-256, PBKDF2-HMAC-SHA512 with 256,000 iterations, HMAC per page): deriving the key costs
about 0.1 s per connection, once at start and once per thread that reads the journal.

The passphrase lives in this process's memory only (``remember``), never in a file, a log or
the settings: the backups of the open journal need it without every caller passing it on.
"""

from __future__ import annotations

import datetime
import decimal
import sqlite3
import sys
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from clientjournal.paths import journal_file

SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_SIZE = 16
PAGE_MULTIPLE = 512

_passphrases: dict[Path, str] = {}


class WrongKey(RuntimeError):
    """The passphrase does not open the file (or its first page is destroyed)."""


def _header(path: Path) -> bytes:
    """The first bytes; empty when the file cannot be read (not the user's, mode 000): the
    caller that opens it next says why, in its own words."""
    try:
        with open(path, "rb") as stream:
            return stream.read(SALT_SIZE)
    except OSError:
        return b""


def is_plain_sqlite(path: Path) -> bool:
    """True for an SQLite file without encryption, and for a missing or empty file (new)."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return True
    return _header(path) == SQLITE_MAGIC


def looks_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an SQLCipher file (see the rule above)."""
    path = Path(path)
    if not path.is_file():
        return False
    size = path.stat().st_size
    if size < PAGE_MULTIPLE or size % PAGE_MULTIPLE:
        return False
    salt = _header(path)
    if salt == SQLITE_MAGIC or len(set(salt)) <= 1:
        return False
    return not all(byte in b"\t\n\r" or 32 <= byte < 127 for byte in salt)


def looks_cut_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like an SQLCipher file cut short: no SQLite header, a salt like
    one, but not whole pages (a copy or a write that stopped half way).  No passphrase opens
    it, and it is no plain journal either: it is damaged."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        return False
    if not path.is_file() or size < PAGE_MULTIPLE or size % PAGE_MULTIPLE == 0:
        return False
    salt = _header(path)
    if len(salt) < SALT_SIZE or salt == SQLITE_MAGIC or len(set(salt)) <= 1:
        return False
    return not all(byte in b"\t\n\r" or 32 <= byte < 127 for byte in salt)


def check_passphrase(passphrase: str) -> None:
    """A passphrase SQLCipher can take: not empty, no NUL character."""
    if not passphrase:
        raise ValueError("the passphrase is empty")
    if "\x00" in passphrase:
        raise ValueError("the passphrase contains a NUL character")


def key_pragma(passphrase: str, schema: str = "main") -> str:
    """``PRAGMA key`` cannot take a bound parameter; the quote is doubled, nothing else."""
    check_passphrase(passphrase)
    quoted = passphrase.replace("'", "''")
    return f"PRAGMA {schema}.key = '{quoted}'"


def attach_sql(path: Path, passphrase: str | None, schema: str) -> str:
    """``ATTACH … KEY`` for an export target; an empty key makes the target plain."""
    target = str(path).replace("'", "''")
    key = "" if passphrase is None else passphrase
    if passphrase is not None:
        check_passphrase(passphrase)
    return f"ATTACH DATABASE '{target}' AS {schema} KEY '{key.replace(chr(39), chr(39) * 2)}'"


def _sqlcipher() -> Any:
    from sqlcipher3 import dbapi2

    # the adapters the standard library has built in (dates as ISO text), as peewee expects
    dbapi2.register_adapter(decimal.Decimal, str)
    dbapi2.register_adapter(datetime.date, str)
    dbapi2.register_adapter(datetime.time, str)
    return dbapi2


def unlock(connection: Any, passphrase: str) -> None:
    """Give ``connection`` its key and prove it by reading the first page; raises WrongKey.

    SQLCipher's own error log (a line on stderr per failed page) is switched off: a wrong
    passphrase is an answer for the user, not a fault to log.
    """
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(key_pragma(passphrase))
    try:
        connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except connection_errors() as error:
        if not _not_a_database(error):
            raise  # the key fits (page 1 decrypts): the file is damaged, e.g. cut short
        raise WrongKey("the passphrase does not open this file") from error


def _not_a_database(error: BaseException) -> bool:
    """SQLite's "file is not a database" (SQLITE_NOTADB): what a wrong key gives, and a
    destroyed first page; any other error comes from a file the key opens."""
    code = getattr(error, "sqlite_errorcode", None)
    return code == 26 if code is not None else "not a database" in str(error)


def _damaged(error: BaseException) -> bool:
    """SQLite's "database disk image is malformed" (SQLITE_CORRUPT)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code == 11 if code is not None else "malformed" in str(error)


def connection_errors(*others: type[Exception]) -> tuple[type[Exception], ...]:
    """The errors of both drivers and ``others``, as one tuple for ``except`` (evaluated only
    when an error is raised; SQLCipher's count only once it was loaded, so plain journals never
    load it)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error, *others) if cipher is None else (sqlite3.Error, cipher.Error, *others)


def connect(path: Path, passphrase: str | None, read_only: bool = False, timeout: float = 5) -> Any:
    """A DB-API connection to ``path``: the standard library's without a passphrase, a keyed
    SQLCipher one with it (raises WrongKey).  ``read_only`` neither writes nor creates it."""
    path = Path(path)
    if read_only:
        return _connect_reading(path, passphrase, timeout)
    if passphrase is None:
        return sqlite3.connect(str(path), timeout=timeout)
    connection = _sqlcipher().connect(str(path), timeout=timeout)
    try:
        unlock(connection, passphrase)
    except BaseException:
        connection.close()
        raise
    return connection


def _connect_reading(path: Path, passphrase: str | None, timeout: float) -> Any:
    """A connection that only reads (``query_only``) and never creates the file, nor leaves
    a ``-wal`` or ``-shm`` behind (store/safety/reading.py: read-write where the file allows
    it, so that SQLite removes them on closing; ``immutable`` where they cannot be made)."""
    from clientjournal.store.safety.reading import open_reading

    driver = sqlite3 if passphrase is None else _sqlcipher()

    def attempt(target: str) -> Any:
        connection = driver.connect(target, uri=True, timeout=timeout)
        try:
            if passphrase is not None:
                unlock(connection, passphrase)
            else:
                connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            connection.execute("PRAGMA query_only = 1")
        except BaseException:
            connection.close()
            raise
        return connection

    return open_reading(path, attempt, passes=(WrongKey,))


def open_cipher(path: Path, passphrase: str | None, timeout: float = 2) -> Any:
    """An SQLCipher connection in autocommit mode, keyed when ``passphrase`` is given (a
    plain file otherwise): re-encrypting needs SQLCipher's ``sqlcipher_export`` either way."""
    connection = _sqlcipher().connect(str(path), timeout=timeout, isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            unlock(connection, passphrase)
        else:
            connection.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


class EncryptedDatabase(SqliteDatabase):
    """Peewee's SqliteDatabase on SQLCipher: every connection (one per thread) gets the key
    before the pragmas are set; a wrong key raises WrongKey, not a database error."""

    def __init__(self, database: str, passphrase: str, **kwargs: Any) -> None:
        check_passphrase(passphrase)
        self._passphrase = passphrase
        super().__init__(database, **kwargs)

    @property
    def passphrase(self) -> str:
        return self._passphrase

    def _connect(self) -> Any:
        connection = _sqlcipher().connect(
            self.database,
            timeout=self._timeout,  # type: ignore[attr-defined]  # peewee's own, not in its stubs
            isolation_level=None,
            **self.connect_params,
        )
        try:
            unlock(connection, self._passphrase)
            self._add_conn_hooks(connection)  # type: ignore[attr-defined]  # peewee's own, not in its stubs
        except BaseException:
            connection.close()
            raise
        return connection


def passphrase_of(db: SqliteDatabase) -> str | None:
    """The passphrase of an open peewee database (None: a plain one)."""
    return db.passphrase if isinstance(db, EncryptedDatabase) else None


def remember(data_dir: Path, passphrase: str | None) -> None:
    """The passphrase of the journal in ``data_dir``, for its backups and restores (None:
    the journal is plain)."""
    key = Path(data_dir).absolute()
    if passphrase is None:
        _passphrases.pop(key, None)
    else:
        _passphrases[key] = passphrase


def passphrase_for(data_dir: Path) -> str | None:
    return _passphrases.get(Path(data_dir).absolute())


def opens(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the encrypted file ``path`` (read-only: nothing changes).
    True also for a file the key fits but that is damaged (cut short): opening it then says
    that it is damaged, which a wrong passphrase would hide."""
    try:
        connect(path, passphrase, read_only=True).close()
    except (WrongKey, ValueError):
        return False
    except connection_errors() as error:
        if _damaged(error):
            return True
        raise  # the file cannot be read at all (not the user's, gone): not an answer
    return True


def unlock_journal(data_dir: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the journal in ``data_dir``; remembered for this process
    when it does, so that opening the journal needs no more."""
    if not opens(journal_file(data_dir), passphrase):
        return False
    remember(data_dir, passphrase)
    return True
