"""The replicated state (table ``sync_record``): per record, each field's value with its clock
and base, and a note body's versions.  Loaded and saved in bulk; a round works on the records
it touches only."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from clientjournal.core.sync.merge import Fields, Versions
from clientjournal.core.sync.records import BY_NAME, DELETED
from clientjournal.core.sync.snapshots import pack, unpack
from clientjournal.store.models import database

Key = tuple[str, str]  # (kind, uuid)
CHUNK = 500


@dataclass
class Record:
    kind: str
    uuid: str
    fields: Fields = field(default_factory=dict)
    versions: Versions | None = None  # note bodies only
    packed: str | None = None  # the stored text, while nothing changed since it was read

    @property
    def deleted(self) -> bool:
        entry = self.fields.get(DELETED)
        return bool(entry and entry[0])

    def value(self, name: str, default: Any = None) -> Any:
        entry = self.fields.get(name)
        return default if entry is None else entry[0]


def new_record(kind: str, uuid: str) -> Record:
    return Record(kind, uuid, {}, {} if kind == "note" else None)


def _decode(kind: str, uuid: str, text: str) -> Record:
    fields, versions = unpack(json.loads(text))
    return Record(kind, uuid, fields, versions if kind == "note" else None)


def encode(record: Record) -> str:
    if record.packed is not None:
        return record.packed
    return _dumps(pack(record.fields, record.versions))


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def load(keys: Iterable[Key]) -> dict[Key, Record]:
    by_kind: dict[str, list[str]] = {}
    for kind, uuid in keys:
        by_kind.setdefault(kind, []).append(uuid)
    found: dict[Key, Record] = {}
    for kind, uuids in by_kind.items():
        for uuid, text in select(kind, uuids):
            found[(kind, uuid)] = _decode(kind, uuid, text)
    return found


def select(
    kind: str, uuids: Sequence[str], columns: str = "uuid, fields", condition: str = ""
) -> Iterator[tuple[Any, ...]]:
    """``columns`` of the state records of ``kind`` among ``uuids`` (those with
    ``condition`` too, SQL after an AND), ``CHUNK`` UUIDs a statement: a value of one field
    or a test of the versions is read without decoding the whole record (issue 21)."""
    for start in range(0, len(uuids), CHUNK):
        part = uuids[start : start + CHUNK]
        marks = ",".join("?" * len(part))
        yield from database.execute_sql(
            f"SELECT {columns} FROM sync_record WHERE kind = ? AND uuid IN ({marks}){condition}",
            (kind, *part),
        ).fetchall()


def empty() -> bool:
    """Whether the state holds no record (a journal that never synced)."""
    return database.execute_sql("SELECT 1 FROM sync_record LIMIT 1").fetchone() is None


def load_all_packed() -> Iterable[tuple[str, str, str]]:
    """(kind, uuid, packed state as JSON text) of every record, for a snapshot."""
    cursor = database.execute_sql("SELECT kind, uuid, fields FROM sync_record ORDER BY kind, uuid")
    for kind, uuid, text in cursor:
        if kind in BY_NAME:
            yield kind, uuid, text


def save(records: Iterable[Record], progress: Callable[[float], None] | None = None) -> None:
    """``progress(share saved)`` now and then (a first sync saves 165,000 records)."""
    rows = sorted((record.kind, record.uuid, encode(record)) for record in records)
    for start in range(0, len(rows), CHUNK):
        database.connection().executemany(
            "INSERT OR REPLACE INTO sync_record (kind, uuid, fields) VALUES (?, ?, ?)",
            rows[start : start + CHUNK],
        )
        if progress is not None and start % (CHUNK * 16) == 0:
            progress(start / len(rows))


def referring(uuid: str) -> list[Key]:
    rows = database.execute_sql("SELECT kind, uuid FROM sync_ref WHERE ref = ?", (uuid,))
    return [(kind, ref_uuid) for kind, ref_uuid in rows.fetchall()]


def referred_by(kind: str, uuid: str) -> list[str]:
    rows = database.execute_sql(
        "SELECT ref FROM sync_ref WHERE kind = ? AND uuid = ?", (kind, uuid)
    ).fetchall()
    return [ref for (ref,) in rows]
