"""Two clients created separately for one person (typically on two computers before they
synced): finding them, and merging them in one undoable step."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from clientjournal.core.collation import sort_key
from clientjournal.core.sync.clock import device_of
from clientjournal.core.sync.records import KINDS, MERGED_INTO
from clientjournal.core.timeutil import from_iso, to_iso, utcnow
from clientjournal.store.models import database
from clientjournal.store.sync import local, state

CHILD_TABLES = ("note", "project", "agreement", "draft", "payment")
FILLED = ("company", "email", "phone")


def find() -> list[tuple[int, int, str]]:
    """(keep_id, other_id, reason): the older client is kept; of two created at the same
    moment the one with the smaller UUID, the same on every computer (row ids are each
    journal's own: two computers merging such twins kept one each, and both ended in the
    trash)."""
    rows = database.execute_sql(
        "SELECT id, name, company, email, uuid FROM client WHERE deleted_at IS NULL "
        "ORDER BY created_at, uuid"
    ).fetchall()
    pairs: list[tuple[int, int, str]] = []
    seen: set[tuple[int, int]] = set()
    first_of: dict[Any, int] = {}
    for client_id, _name, _company, email, _uuid in rows:
        mail = (email or "").strip().casefold()
        if not mail:
            continue
        if mail in first_of:
            pairs.append((first_of[mail], client_id, "email"))
            seen.add((first_of[mail], client_id))
        else:
            first_of[mail] = client_id
    first_of = {}
    for client_id, name, company, _email, _uuid in rows:
        if not (name or "").strip():
            continue
        key = (sort_key(name)[0], sort_key(company or "")[0])
        if key in first_of:
            if (first_of[key], client_id) not in seen:
                pairs.append((first_of[key], client_id, "name_company"))
        else:
            first_of[key] = client_id
    return _from_two_computers(pairs, {row[0]: row[4] for row in rows})


def _from_two_computers(
    pairs: list[tuple[int, int, str]], uuid_of: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Only pairs created on two computers (the device of the clock the client was first
    published with; one never published was created here): two look-alikes entered on one
    computer are two people its user told apart (the demo's Thomas and Tobias Meier, one
    firm's e-mail), and the offer says the clients were created on different computers."""
    if not pairs:
        return pairs
    wanted = {uuid_of[c] for pair in pairs for c in pair[:2]}
    records = state.load(("client", uuid) for uuid in wanted)
    own = local.device_id()

    def creator(client_id: int) -> str:
        record = records.get(("client", uuid_of[client_id]))
        entry = record.fields.get("created_at") if record is not None else None
        return device_of(entry[1]) if entry and entry[1] else own

    told_apart = _told_apart()
    return [
        pair
        for pair in pairs
        if creator(pair[0]) != creator(pair[1])
        and _pair_key(uuid_of[pair[0]], uuid_of[pair[1]]) not in told_apart
    ]


NOT_SAME = "not_same/"  # sync_local not_same/<uuid>/<uuid>: a pair the user told apart


def _pair_key(first: str, second: str) -> str:
    low, high = sorted((first, second))
    return f"{NOT_SAME}{low}/{high}"


def _told_apart() -> set[str]:
    rows = database.execute_sql(
        "SELECT key FROM sync_local WHERE key >= ? AND key < ?", (NOT_SAME, NOT_SAME + "\uffff")
    ).fetchall()
    return {key for (key,) in rows}


def not_the_same(first_id: int, second_id: int) -> None:
    """The user said these two clients are two people: not offered again on this computer
    (attack-20b finding 3: the answer was forgotten when the window closed)."""
    rows = database.execute_sql(
        "SELECT uuid FROM client WHERE id IN (?, ?)", (first_id, second_id)
    ).fetchall()
    if len(rows) == 2:
        with database.atomic():
            local.put(_pair_key(rows[0][0], rows[1][0]), "1")


Moved = dict[str, tuple[str, ...]]
"""What a merge moved, by lasting names: table -> the uuids of its rows moved from the other
client to the kept one, and "client_tag" -> the names of the tags the kept one got.  Row ids
were kept before: one may go to another record before the undo (the newest row's id, once
deleted, is the next row's), and the undo then moved someone else's note to the other
client."""


def merge(keep_id: int, other_id: int) -> tuple[str, str, Moved, dict[str, Any], Any]:
    """Returns the two clients' uuids, what moved, keep's fields as they were and other's
    ``deleted_at`` before (all that ``unmerge`` needs)."""
    if keep_id == other_id:
        raise ValueError("a client cannot be merged with itself")
    keep = database.execute_sql(
        "SELECT company, email, phone, profile, uuid FROM client WHERE id = ?", (keep_id,)
    ).fetchone()
    other = database.execute_sql(
        "SELECT company, email, phone, profile, deleted_at, uuid FROM client WHERE id = ?",
        (other_id,),
    ).fetchone()
    if keep is None or other is None:
        raise LookupError("no such client")
    moved: Moved = {}
    before: dict[str, Any] = {}
    now = to_iso(utcnow())
    with database.atomic():
        for table in CHILD_TABLES:
            uuids = tuple(
                uuid
                for (uuid,) in database.execute_sql(
                    f"SELECT uuid FROM {table} WHERE client_id = ? ORDER BY id", (other_id,)
                ).fetchall()
            )
            if uuids:
                database.execute_sql(
                    f"UPDATE {table} SET client_id = ? WHERE client_id = ?", (keep_id, other_id)
                )
            moved[table] = uuids
        tags = database.execute_sql(
            "SELECT c.tag_id, t.name FROM client_tag c JOIN tag t ON t.id = c.tag_id "
            "WHERE c.client_id = ? AND c.tag_id NOT IN "
            "(SELECT tag_id FROM client_tag WHERE client_id = ?)",
            (other_id, keep_id),
        ).fetchall()
        for tag_id, _name in tags:
            database.execute_sql(
                "INSERT INTO client_tag (client_id, tag_id) VALUES (?, ?)", (keep_id, tag_id)
            )
        moved["client_tag"] = tuple(name for _tag_id, name in tags)
        updates: dict[str, Any] = {}
        for i, column in enumerate(FILLED):
            if not (keep[i] or "").strip() and (other[i] or "").strip():
                before[column], updates[column] = keep[i], other[i]
        keep_profile = json.loads(keep[3] or "{}")
        other_profile = json.loads(other[3] or "{}")
        added = {k: v for k, v in other_profile.items() if k not in keep_profile and v}
        if added:
            before["profile"] = keep[3]
            updates["profile"] = json.dumps(
                {**keep_profile, **added}, ensure_ascii=False, sort_keys=True
            )
        if updates:
            updates["updated_at"] = now
            database.execute_sql(
                f"UPDATE client SET {', '.join(f'{c} = ?' for c in updates)} WHERE id = ?",
                (*updates.values(), keep_id),
            )
        database.execute_sql(
            "UPDATE client SET deleted_at = ?, updated_at = ? WHERE id = ?", (now, now, other_id)
        )
        _set_merged_into(other_id, keep_id)
    deleted = None if other[4] is None else from_iso(other[4])
    return keep[4], other[5], moved, before, deleted


def _client_id(uuid: str) -> int:
    row = database.execute_sql("SELECT id FROM client WHERE uuid = ?", (uuid,)).fetchone()
    if row is None:
        raise LookupError("no such client")
    return int(row[0])


def unmerge(
    keep_uuid: str, other_uuid: str, moved: Mapping[str, tuple[str, ...]],
    before: Mapping[str, Any], other_deleted_at: Any,
) -> None:  # fmt: skip
    """The undo of ``merge``, on the records it moved as they are now (by uuid: a row id
    may have gone to another record since).  LookupError when either client is gone."""
    now = to_iso(utcnow())
    with database.atomic():
        keep_id, other_id = _client_id(keep_uuid), _client_id(other_uuid)
        for table in CHILD_TABLES:
            uuids = moved.get(table, ())
            for start in range(0, len(uuids), 500):
                part = uuids[start : start + 500]
                marks = ",".join("?" * len(part))
                database.execute_sql(
                    f"UPDATE {table} SET client_id = ? WHERE uuid IN ({marks}) AND client_id = ?",
                    (other_id, *part, keep_id),
                )
        for name in moved.get("client_tag", ()):
            database.execute_sql(
                "DELETE FROM client_tag WHERE client_id = ? AND tag_id = "
                "(SELECT id FROM tag WHERE name = ?)",
                (keep_id, name),
            )
        if before:
            database.execute_sql(
                f"UPDATE client SET {', '.join(f'{c} = ?' for c in before)} WHERE id = ?",
                (*before.values(), keep_id),
            )
        _followers_back(keep_id, other_id, moved)
        deleted = None if other_deleted_at is None else to_iso(other_deleted_at)
        database.execute_sql(
            "UPDATE client SET deleted_at = ?, updated_at = ? WHERE id = ?",
            (deleted, now, other_id),
        )
        _set_merged_into(other_id, None)


def _followers_back(keep_id: int, other_id: int, moved: Mapping[str, tuple[str, ...]]) -> None:
    """What another computer wrote for the merged client meanwhile (its state names that
    client; the round put it under the kept one, ``Projector.surviving``) goes back with the
    undo at once, like what the merge moved.  Before, it stayed under the kept client until
    the next round, and an edit of it in that time filed it there on every computer."""
    (other_uuid,) = database.execute_sql(
        "SELECT uuid FROM client WHERE id = ?", (other_id,)
    ).fetchone()
    for kind in KINDS:
        for ref in kind.refs:
            if ref.kind != "client" or kind.table not in CHILD_TABLES:
                continue
            rows = database.execute_sql(
                f"SELECT id, {kind.key_column} FROM {kind.table} WHERE {ref.column} = ?",
                (keep_id,),
            ).fetchall()
            done = set(moved.get(kind.table, ()))
            candidates = {uuid: row_id for row_id, uuid in rows if uuid not in done}
            if not candidates:
                continue
            records = state.load((kind.name, uuid) for uuid in candidates)
            back = [
                row_id
                for uuid, row_id in candidates.items()
                if (record := records.get((kind.name, uuid))) is not None
                and (record.fields.get(ref.field) or [None])[0] == other_uuid
            ]
            for start in range(0, len(back), 500):
                part = back[start : start + 500]
                marks = ",".join("?" * len(part))
                database.execute_sql(
                    f"UPDATE {kind.table} SET {ref.column} = ? WHERE id IN ({marks})",
                    (other_id, *part),
                )


def _set_merged_into(other_id: int, keep_id: int | None) -> None:
    """What the merged client syncs as ``merged_into`` (the kept client's UUID; "" after the
    undo: published as null): what another computer writes for it meanwhile (a note on the
    other client, not yet knowing of the merge) then follows it to the kept one there and
    here (``project.py``).  The UPDATE of the client marked it for the next round."""
    (other,) = database.execute_sql("SELECT uuid FROM client WHERE id = ?", (other_id,)).fetchone()
    keep = ""
    if keep_id is not None:
        (keep,) = database.execute_sql(
            "SELECT uuid FROM client WHERE id = ?", (keep_id,)
        ).fetchone()
    local.put(local.extra_key("client", other, MERGED_INTO), keep)
