"""What the exchange modules share: the one-line error, record locations, times, look-ups,
and rows grouped by client for the export."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from clientjournal.core.exchange.schema_check import JsonPath, format_path, shown
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


def read_import_file(path: Path) -> bytes:
    """The file's bytes, or ``ImportFailed`` saying in plain words why it cannot be read."""
    source = str(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFailed(source, "file not found") from None
    except IsADirectoryError:
        raise ImportFailed(source, "is a folder, not a file") from None
    except OSError as error:
        raise ImportFailed(source, f"cannot read the file: {error.strerror or error}") from None


def location(document: Any, path: JsonPath) -> str:
    """``clients[3] notes[12].mood``: the record by its place in the file, never by its content.

    No client name, title or text: the message goes wherever the user's terminal or the
    desktop session sends stderr, and nothing about the user's data may end up in a log.
    ``document`` is kept for the callers; the place alone finds the record.
    """
    if len(path) < 2 or path[0] != "clients" or not isinstance(path[1], int):
        return format_path(path)
    head = f"clients[{path[1]}]"
    rest = format_path(path[2:])
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


def rows_by_client(sql: str, build: Any) -> dict[int, list[dict[str, Any]]]:
    """The rows of ``sql`` (client id first) built into records by ``build``, per client."""
    grouped: dict[int, list[dict[str, Any]]] = {}
    for row in database.execute_sql(sql).fetchall():
        grouped.setdefault(row[0], []).append(build(*row[1:]))
    return grouped
