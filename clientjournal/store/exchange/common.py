"""What the exchange modules share: the one-line error, record locations, times, look-ups,
and rows grouped by client for the export."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, cast

from clientjournal.core.contacts.contact import MAX_FILE_BYTES, utf16_without_mark
from clientjournal.core.exchange.schema_check import JsonPath, format_path, shown
from clientjournal.core.profile import FIELD_KEYS
from clientjournal.paths import sqlite_problem
from clientjournal.store.exchange.times import CANONICAL_TIME, canonical_time
from clientjournal.store.models import database

CHUNK = 500  # well under SQLite's limit on "?" parameters in one statement
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def one_line(text: str) -> str:
    """One printable line: a lone surrogate from the file (JSON allows "\\ud800") would make
    printing the message fail, so it becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text)).strip()


class ImportFailed(Exception):
    """Nothing was imported; ``str()`` is one line: file, record and field, then the reason."""

    def __init__(self, source: str, reason: str, location: str = "") -> None:
        super().__init__(source, reason, location)
        self.source = one_line(source)
        self.reason = one_line(reason)
        self.location = one_line(location)

    def __str__(self) -> str:
        return ": ".join(part for part in (self.source, self.location, self.reason) if part)


MAX_IMPORT_BYTES = 1024**3
"""No import file is larger: a journal of a million notes exports to about 300 MB."""
_CHUNK_BYTES = 1024 * 1024
_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16 text has NUL bytes, and says so first
_streams: dict[str, bytes] = {}
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # POSIX: a named pipe opened without a writer


class ImportRefused(ImportFailed):
    """The journal's disk refused the write (full, read-only, gone): not the file's fault,
    and nothing was imported."""


def refused(source: str, error: Exception, location: str = "") -> ImportFailed:
    """The error for a database error during an import: the disk's refusal in plain words
    ("cannot rollback - no transaction is active" is SQLite's answer on a full disk), else
    the journal's refusal of the data (a constraint)."""
    words = sqlite_problem(error)
    if words != str(error):
        return ImportRefused(source, words, location)
    return ImportFailed(source, f"the journal refused the data: {error}", location)


def read_import_file(path: Path, utf16: bool = False) -> bytes:
    """The file's bytes, or ``ImportFailed`` saying in plain words why it cannot be read.

    At most ``MAX_IMPORT_BYTES`` are read (``/dev/zero`` would be read until memory runs
    out), and a file whose first megabyte holds NUL bytes is refused there: it is binary
    data, not an export or an address book.  Unless it starts with a UTF-16 byte order mark,
    or ``utf16`` (an address book: Windows tools write "Unicode" text without a mark) and its
    zero bytes are those of UTF-16 text (``utf16_without_mark``); an export is UTF-8, and
    such a file is refused as UTF-16.  A pipe or a device (``/dev/stdin``) is read
    once and its bytes kept for this process: deciding what kind of file it is must not eat
    what the import then reads."""
    source = str(path)
    data = _streams[source] if source in _streams else _read(path, utf16)
    problem = None if utf16 else not_an_export(data[:_CHUNK_BYTES])
    if problem is not None:
        raise ImportFailed(source, problem)
    return data


def not_an_export(head: bytes) -> str | None:
    """Why a file beginning with ``head`` is no export (an export is UTF-8), or None: UTF-16
    text, with or without a byte order mark (an export opened and saved again by a Windows
    editor), is said to be that; the JSON import of a regular file said "not UTF-8 text:
    byte 0xff on line 1" or "invalid JSON at line 1, column 2" (attack26c), a pipe of the
    same bytes the words here.  NUL bytes of no UTF-16 text: ``_read_capped`` says binary."""
    if head.startswith(_BOMS):
        return "UTF-16 text, not an export (an export is UTF-8 text)"
    if b"\x00" in head and _utf16(head):
        return "UTF-16 text without a byte order mark, not an export"
    return None


def _read(path: Path, book: bool) -> bytes:
    """``book``: an address book (``utf16``), of which a regular file larger than the parsers
    take (``MAX_FILE_BYTES``) is refused before it is read: since UTF-16 without a mark is
    read, a gigabyte of it was read (1.9 GB of memory, 4.7 s) to be refused as too big; its
    NUL bytes refused it at the first megabyte before (attack26c).  A pipe keeps the common
    limit: its bytes are kept for whichever import reads them.  A named pipe no program
    writes to is empty: opening it waited for a writer for ever (the window's reading thread
    with it, and the window's close after it)."""
    source = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as stream:
            if _NONBLOCK:  # a pipe with a writer is waited for, as ``cat`` does
                os.set_blocking(fd, True)
            regular = stat.S_ISREG(os.fstat(fd).st_mode)
            most = MAX_FILE_BYTES if book and regular else MAX_IMPORT_BYTES
            if regular and os.fstat(fd).st_size > most:
                raise ImportFailed(source, _too_big(most))
            capped = _Upto(stream, most) if most < MAX_IMPORT_BYTES else stream
            data = _read_capped(source, cast(BinaryIO, capped))
            if len(data) > most:  # it grew while it was read
                raise ImportFailed(source, _too_big(most))
    except FileNotFoundError:
        raise ImportFailed(source, "file not found") from None
    except IsADirectoryError:
        raise ImportFailed(source, "is a folder, not a file") from None
    except OSError as error:
        raise ImportFailed(source, f"cannot read the file: {error.strerror or error}") from None
    if not regular:
        _streams[source] = data
    return data


def read_import_head(path: Path, size: int = 4096) -> bytes:
    """The first ``size`` bytes of an import file, to tell its kind: of a regular file only
    those are read (reading all of it first took 830 MB for a 416 MB export, issue 18); a
    pipe or a device is read once by ``read_import_file`` and kept for the import."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return read_import_file(path, utf16=True)[:size]
        with open(path, "rb") as stream:
            return stream.read(size)
    except OSError:
        return read_import_file(path, utf16=True)[:size]  # it says why in plain words


class _Upto:
    """The first ``most`` bytes of ``stream`` and one more: a file that grows while it is read
    (a program appending to it) is read no further than it takes to tell it is too big."""

    def __init__(self, stream: BinaryIO, most: int) -> None:
        self.stream, self.left = stream, most + 1

    def read(self, size: int) -> bytes:
        chunk = self.stream.read(min(size, self.left)) if self.left > 0 else b""
        self.left -= len(chunk)
        return chunk


def _too_big(most: int = MAX_IMPORT_BYTES) -> str:
    if most == MAX_FILE_BYTES:  # as contact.check_size says it
        return f"the file is larger than {MAX_FILE_BYTES // 1024**2} MB, not an address book"
    return f"the file is larger than {MAX_IMPORT_BYTES // 1024**2:,} MB, no import file"


def _utf16(head: bytes) -> bool:
    """Whether the first megabyte is UTF-16 text, with a byte order mark or without."""
    return head.startswith(_BOMS) or utf16_without_mark(head) is not None


def _read_capped(source: str, stream: BinaryIO) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(_CHUNK_BYTES)
        if not chunk:
            return b"".join(chunks)
        if not chunks and b"\x00" in chunk and not _utf16(chunk):
            raise ImportFailed(source, "binary data (NUL bytes), not an import file")
        total += len(chunk)
        if total > MAX_IMPORT_BYTES:
            raise ImportFailed(source, _too_big())
        chunks.append(chunk)


class ClientBatch(dict):
    """Part of an export read a batch of clients at a time (store/exchange/json_stream.py):
    an export document whose clients are numbered from ``first_client`` in the file, so that
    ``location`` names a record by its place in the whole file."""

    def __init__(self, document: dict[str, Any], first_client: int = 0) -> None:
        super().__init__(document)
        self.first_client = first_client


def location(document: Any, path: JsonPath) -> str:
    """``clients[3] notes[12].mood``: the record by its place in the file, never by its content.

    No client name, title or text: the message goes wherever the user's terminal or the
    desktop session sends stderr, and nothing about the user's data may end up in a log.
    The place alone finds the record; ``document`` says where its clients start in the file
    when it is a ``ClientBatch``.
    """
    if len(path) < 2 or path[0] != "clients" or not isinstance(path[1], int):
        return format_path(path, FIELD_KEYS)
    head = f"clients[{path[1] + getattr(document, 'first_client', 0)}]"
    rest = format_path(path[2:], FIELD_KEYS)
    return f"{head} {rest}" if rest and not rest.startswith("[") else head + rest


def stored_time(source: str, document: Any, value: str | None, path: JsonPath) -> str | None:
    """Times are stored as fixed-width UTC text; an offset in the file is converted here."""
    try:
        stored = canonical_time(value)
    except (ValueError, OverflowError):
        stored = None
    if value is not None and (stored is None or not CANONICAL_TIME.fullmatch(stored)):
        raise ImportFailed(
            source,
            "the time is outside the range of times a journal can hold",
            location(document, path),
        )
    return stored


def find(sql: str, keys: list[str]) -> dict[str, tuple[Any, ...]]:
    """Rows by their first column for ``keys``; ``sql`` has ``{marks}`` for the "?" list."""
    found: dict[str, tuple[Any, ...]] = {}
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        cursor = database.execute_sql(sql.format(marks=", ".join("?" * len(chunk))), chunk)
        for row in cursor.fetchall():
            found[row[0]] = row[1:]
    return found


_FIND_OWNED = (
    "SELECT r.uuid, r.updated_at, c.uuid FROM {table} r "
    "JOIN client c ON c.id = r.client_id WHERE r.uuid IN ({{marks}})"
)


def split_by_journal(
    source: str, document: Any, rows: list[tuple], table: str, updated: int
) -> tuple[list[tuple], list[tuple]]:
    """Rows of one record kind (path, client uuid, uuid, ...) split into those the journal's
    ``table`` does not have and those newer than its copy (``row[updated]`` is the file's
    updated_at); a uuid the journal holds under another client is an error, not a move."""
    kind = table.replace("_", " ")
    known = find(_FIND_OWNED.format(table=table), [row[2] for row in rows])
    for path, client_uuid, uuid, *_ in rows:
        if uuid in known and known[uuid][1] != client_uuid:
            raise ImportFailed(
                source,
                f"this {kind} is already in the journal under another client "
                f"(uuid {shown(known[uuid][1])})",
                location(document, (*path, "uuid")),
            )
    new = [row for row in rows if row[2] not in known]
    newer = [
        row for row in rows if row[2] in known and row[updated] > canonical_time(known[row[2]][0])
    ]
    return new, newer


def ids_by_uuid(table: str, uuids: set[str]) -> dict[str, int]:
    """The journal's ids of the ``table`` rows with these uuids (notes, projects)."""
    found = find(f"SELECT uuid, id FROM {table} WHERE uuid IN ({{marks}})", list(uuids))
    return {uuid: row[0] for uuid, row in found.items()}


def rows_by_client(
    sql: str, build: Any, client_ids: Sequence[int] | None = None, column: str = "client_id"
) -> dict[int, list[dict[str, Any]]]:
    """The rows of ``sql`` (client id first) built into records by ``build``, per client.
    ``sql`` has a ``{clients}`` mark where its WHERE clause on ``column`` goes: see
    ``clients_where``."""
    grouped: dict[int, list[dict[str, Any]]] = {}
    where, params = clients_where(column, client_ids)
    for row in database.execute_sql(sql.format(clients=where), params).fetchall():
        grouped.setdefault(row[0], []).append(build(*row[1:]))
    return grouped


def clients_where(column: str, client_ids: Sequence[int] | None) -> tuple[str, tuple[int, ...]]:
    """A WHERE clause on ``column`` and its parameters for the rows of ``client_ids`` (the
    export reads a few hundred clients' records at a time, so that its memory does not grow
    with the journal); None: every row (no clause)."""
    if client_ids is None:
        return "", ()
    return f"WHERE {column} IN ({','.join('?' * len(client_ids)) or 'NULL'})", tuple(client_ids)


def empty(tables: Iterable[str]) -> bool:
    """Whether ``tables`` hold no row.  Read inside an import's transaction before it writes:
    then every record the import meets in the journal is one it wrote itself, from a UUID
    the file had not used before (each is used once: ``json_import._check_document``, and
    across batches ``json_stream.UsedUuids``, whose check before the commit refuses a UUID
    a later batch used again), so looking its records up finds nothing."""
    clauses = " AND ".join(f"NOT EXISTS (SELECT 1 FROM {table})" for table in tables)
    return bool(database.execute_sql(f"SELECT {clauses}").fetchone()[0])


def bad_text(value: object, path: JsonPath = ()) -> JsonPath | None:
    """Where the first text that cannot be stored is; walked only after a write failed."""
    if isinstance(value, str):
        return None if _encodable(value) else path
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        if isinstance(key, str) and not _encodable(key):
            return path
        found = bad_text(item, (*path, key))
        if found is not None:
            return found
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
