"""Which records a round writes again because a client merge arrived, was made here or was
undone: what refers to the merged client follows it (``Projector.surviving``) and comes back
after the undo.  Split from ``project.py``, which writes them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from clientjournal.core.sync.records import KINDS, MERGED_INTO
from clientjournal.store.models import database
from clientjournal.store.sync import state
from clientjournal.store.sync.state import Key, Record


def merged_into_now(uuids: Iterable[str], records: dict[Key, Record]) -> dict[str, Any]:
    """The ``merged_into`` of these clients' state (``records`` first, else as stored: that
    value alone, not the whole record; a first round asks for every client, issue 21)."""
    found: dict[str, Any] = {}
    stored = []
    for uuid in uuids:
        record = records.get(("client", uuid))
        if record is None:
            stored.append(uuid)
        else:
            found[uuid] = record.value(MERGED_INTO)
    found.update(dict.fromkeys(stored))
    found.update(
        state.select("client", stored, f"uuid, json_extract(fields, '$.f.{MERGED_INTO}[0]')")
    )
    return found


def merge_followers(before: dict[str, Any], records: dict[Key, Record]) -> set[Key]:
    """The records to write again because a merge of their client arrived, was made here or
    was undone (``before``: the clients' ``merged_into`` before the round): everything under
    the merged client or under the client it was (or is now) merged into, so that what refers
    to the merged client follows it (``Projector.surviving``) and comes back after the undo.
    Only records with a state are returned (and loaded into ``records``)."""
    after = merged_into_now(before, records)
    names: set[str] = set()
    for uuid, old in before.items():
        new = after.get(uuid)
        if isinstance(old, str) or isinstance(new, str):
            names |= {uuid} | {into for into in (old, new) if isinstance(into, str)}
    if not names:
        return set()
    marks = ",".join("?" * len(names))
    found: set[Key] = {("client", uuid) for uuid in names}  # a merge cycle: see cycle_keeper
    for kind in KINDS:
        for ref in kind.refs:
            if ref.kind != "client" or not ref.required:
                continue
            rows = database.execute_sql(
                f"SELECT t.{kind.key_column} FROM {kind.table} t JOIN client c "
                f"ON c.id = t.{ref.column} WHERE c.uuid IN ({marks})",
                tuple(sorted(names)),
            ).fetchall()
            found |= {(kind.name, uuid) for (uuid,) in rows}
    records.update(state.load(key for key in found if key not in records))
    return {key for key in found if key in records}
