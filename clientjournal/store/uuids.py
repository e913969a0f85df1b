"""A record's row id now, from its uuid, and back: for what holds on to a record for a while.

Row ids are not a record's lasting name.  The tables' ids are SQLite's rowids (no
AUTOINCREMENT): a new row gets the highest id plus one, so the id of the newest row, once
deleted, goes to the next row written (a new note, an import, a sync round, which may delete
a row and insert another in one go), and a record put back by an undo may come back under a
new id.  The uuid stays with the record on every computer: an undo step keeps it and finds
the id when it acts (``ui/common/undo_commands``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from clientjournal.store.models import database

TABLES = frozenset({"client", "note", "agreement", "draft", "payment"})
_BATCH = 500


def _table(table: str) -> str:
    if table not in TABLES:
        raise ValueError(f"no uuids kept for {table!r}")
    return table


def id_of(table: str, uuid: str) -> int | None:
    """The id of ``table``'s row with ``uuid``; None when there is none (deleted)."""
    if not uuid:
        return None
    row = database.execute_sql(f"SELECT id FROM {_table(table)} WHERE uuid = ?", (uuid,)).fetchone()
    return None if row is None else int(row[0])


def ids_of(table: str, uuids: Iterable[str]) -> dict[str, int]:
    """uuid -> id of those of ``uuids`` in ``table`` (the others are gone)."""
    pairs = _pairs(table, "uuid", "id", [uuid for uuid in dict.fromkeys(uuids) if uuid])
    return {uuid: int(row_id) for uuid, row_id in pairs}


def uuids_of(table: str, ids: Iterable[int]) -> dict[int, str]:
    """id -> uuid of those of ``ids`` in ``table``."""
    return {
        int(row_id): uuid for row_id, uuid in _pairs(table, "id", "uuid", list(dict.fromkeys(ids)))
    }


def _pairs(table: str, key: str, value: str, wanted: list[Any]) -> list[tuple[Any, Any]]:
    """(key, value) of ``table``'s rows whose ``key`` is in ``wanted``, ``_BATCH`` a query."""
    found: list[tuple[Any, Any]] = []
    for start in range(0, len(wanted), _BATCH):
        part = wanted[start : start + _BATCH]
        found += database.execute_sql(
            f"SELECT {key}, {value} FROM {_table(table)} "
            f"WHERE {key} IN ({', '.join('?' * len(part))})",
            part,
        ).fetchall()
    return found
