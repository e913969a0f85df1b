"""Writing the merged state into the journal's tables, record by record, parents first.

A record is in the journal when its state is not a tombstone, holds the fields a row needs
(NOT NULL columns) and its parent is in the journal (a note's client, an event's agreement).
Otherwise it waits: when the parent arrives (or comes back from a tombstone), the records that
refer to it are written too (``sync_ref``).  An optional reference (an agreement's project) is
null until its record is there, then filled in the same way.  The journal's own cascades
remove the children of a deleted parent; their state stays, so an undo anywhere brings them
back.  Only columns that differ are written, so the search index is not touched needlessly.

Runs inside the round's transaction with ``sync_applying`` set: the triggers stay silent, the
round's writes are not published back.

A setting this version does not know (a later version's) is written to ``journal_setting``
like the others, where nothing reads it (``local.journal_settings`` returns the known ones):
kept only in the state, the first round in another folder (which publishes the journal's
records again) sent it as deleted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from typing import Any

from clientjournal.core.sync.clock import device_of, wall_ms
from clientjournal.core.sync.merge import conflict_uuid, losers
from clientjournal.core.sync.records import (
    BY_NAME,
    ITEMS,
    KINDS,
    MERGED_INTO,
    NOTE_CONFLICT,
    ORDER,
    PROFILE_PREFIX,
    TAGS,
    Kind,
)
from clientjournal.core.sync.values import FOREIGN_REFERENCE, repair_row
from clientjournal.core.timeutil import to_iso
from clientjournal.store.models import database
from clientjournal.store.search_bulk import bulk_note_inserts
from clientjournal.store.sync import state
from clientjournal.store.sync.row_ids import RowIds
from clientjournal.store.sync.state import Key, Record

STEP = 4096  # records between two progress reports of a big kind
BULK_NOTES = 500
"""From this many new notes on, the search index takes them after they are written, 4,096 a
statement (a quarter of their progress, attack-20d D8), instead of a trigger one by one."""


def _iso_of_ms(ms: int) -> str:
    from datetime import UTC, datetime, timedelta

    return to_iso(datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=ms))


class Projector(RowIds):
    """One round's writer; ``records``: the state records loaded (more as they are reached)."""

    def __init__(self, records: dict[Key, Record], survivors: dict[str, str] | None = None) -> None:
        """``survivors``: ``surviving``'s answers, shared by the projectors of one round's
        batches (``merging.apply``: its clients are all written before the first batch of
        anything that refers to them, so an answer stays; asked again, each batch loaded
        each client's state anew, 40,000 loads at the demo journal)."""
        self.records = records
        self.ids: dict[Key, int | None] = {}
        self.new_conflicts: set[str] = set()  # note conflicts written (Outcome.new_conflicts)
        self.bodies_written: set[str] = set()  # notes whose text in the journal changed
        self.repaired: list[tuple[str, str, str]] = []  # (kind, uuid, what): see repair_row
        self.step: Callable[[int, int], None] | None = None  # see run()
        self._all = self._done = 0
        self._clients_of: dict[tuple[str, int], int | None] = {}  # (kind, row id): its client
        self._conflict_notes: set[str] = set()
        self._tag_ids: dict[str, int] = {}
        self.waiting: set[tuple[str, str, str]] = set()  # (missing uuid, kind, uuid): sync_ref
        self._survivors = {} if survivors is None else survivors  # client uuid -> where to

    # -- lookups -------------------------------------------------------------------------
    def surviving(self, client_uuid: str) -> str:
        """The client that what refers to ``client_uuid`` belongs to: the client a merge
        kept, while the merged one is in the trash or deleted (a note another computer wrote
        for it, not yet knowing of the merge, follows it there; after the undo of the merge it
        is back with its own client)."""
        found = self._survivors.get(client_uuid)
        if found is not None:
            return found
        uuid, seen = client_uuid, {client_uuid}
        while True:
            record = self.record(("client", uuid))
            if record is None or not (record.deleted or record.value("deleted_at")):
                break
            if self.cycle_keeper(uuid) == uuid:
                break  # kept out of the trash (see cycle_keeper)
            into = record.value(MERGED_INTO)
            if not isinstance(into, str) or into in seen or self.row_id("client", into) is None:
                break
            uuid = into
            seen.add(uuid)
        self._survivors[client_uuid] = uuid  # clients are written first: it stays so
        return uuid

    def cycle_keeper(self, client_uuid: str) -> str | None:
        """The client every computer keeps when ``client_uuid`` is in a merge cycle (each
        client in the trash, merged into the next, the last into the first: two computers
        merged a pair the opposite way round before either saw the other's merge), else None.
        The oldest is kept (then the smaller UUID), as ``duplicate_clients`` offers it: it is
        written out of the trash here, and what belongs to the others follows it; its state
        keeps the trash until it is next edited somewhere (then the edit publishes it).  A
        client of the cycle put in the trash apart from its merge (a later clock) breaks the
        cycle: the user's own trash is kept."""
        chain, uuid = [client_uuid], client_uuid
        while True:
            record = self.record(("client", uuid))
            if record is None or record.deleted or not record.value("deleted_at"):
                return None
            trashed, merged = record.fields["deleted_at"], record.fields.get(MERGED_INTO)
            if merged is None or trashed[1] != merged[1]:
                return None  # put in the trash apart from its merge: it stays there
            into = merged[0]
            if into == client_uuid:
                break
            if not isinstance(into, str) or into in chain:
                return None
            chain.append(into)
            uuid = into
        if len(chain) < 2:
            return None

        def age(uuid: str) -> tuple[str, str]:
            record = self.record(("client", uuid))
            created = record.value("created_at") if record is not None else None
            return (created if isinstance(created, str) else "", uuid)

        return min(chain, key=age)

    def record(self, key: Key) -> Record | None:
        if key not in self.records:
            self.records.update(state.load([key]))
        return self.records.get(key)

    # -- the walk ------------------------------------------------------------------------
    def run(self, keys: Iterable[Key], here: Iterable[Key] = ()) -> None:
        """Kind by kind in dependency order: a record written here can only let records of
        later kinds in (children, references), which are then taken in their kind's turn.

        ``here`` are the records this round published (written in this journal since the last
        round): one of them may be back (an undo) while records of other computers wait for
        it.  Where the round writes it, those are let in; here nobody does, so they are
        let in as for a record that arrived, or the journals would stay different.

        ``self.step(records done, records)``, when set, now and then (the round's
        progress: every ``STEP`` records, and before each kind)."""
        pending: dict[str, set[str]] = {}
        for kind_name, uuid in keys:
            pending.setdefault(kind_name, set()).add(uuid)
        self._all = sum(len(uuids) for uuids in pending.values())
        self._done = 0
        back: dict[str, set[str]] = {}
        for kind_name, uuid in here:
            back.setdefault(kind_name, set()).add(uuid)
        for kind in KINDS:
            self._advance(0)
            uuids = pending.pop(kind.name, set())
            here_too = back.pop(kind.name, set())
            if not uuids and not here_too:
                continue
            if kind is NOTE_CONFLICT:
                for uuid in uuids:
                    self._conflict_notes.update(state.referred_by(kind.name, uuid))
                continue
            self.records.update(
                state.load((kind.name, u) for u in uuids if (kind.name, u) not in self.records)
            )
            if len(uuids) > 200:
                self._prefetch_kind(kind, uuids)
            arrived = self._project_kind(kind, sorted(uuids)) if uuids else []
            local = self._present(kind, here_too - set(arrived))  # also those written anew
            arrived += local
            if kind.name == "note":  # its conflicts went with it (ON DELETE CASCADE)
                self._conflicts_of(local)
            for start in range(0, len(arrived), state.CHUNK):
                part = arrived[start : start + state.CHUNK]
                marks = ",".join("?" * len(part))
                rows = database.execute_sql(
                    f"SELECT kind, uuid FROM sync_ref WHERE ref IN ({marks})", tuple(part)
                ).fetchall()
                for child_kind, child in rows:
                    if ORDER.get(child_kind, -1) > ORDER[kind.name]:
                        pending.setdefault(child_kind, set()).add(child)
        for note_uuid in sorted(self._conflict_notes):
            self._project_conflicts(note_uuid)
        database.connection().executemany(
            "INSERT OR IGNORE INTO sync_ref (ref, kind, uuid) VALUES (?, ?, ?)",
            sorted(self.waiting),
        )

    def _conflicts_of(self, notes: list[str]) -> None:
        """Note which of these notes have other versions of their text: those loaded as they
        are, the others as their state says, without loading them (a round after an import
        publishes every note as new: loaded, the demo journal's 100,000 held 300 MB, and
        parsed took 2 s, issue 21)."""
        stored = []
        for uuid in notes:
            record = self.records.get(("note", uuid))
            if record is None:
                stored.append(uuid)
            elif record.versions and len(record.versions) > 1:
                self._conflict_notes.add(uuid)
        several = " AND json_array_length(fields, '$.v') > 1"
        self._conflict_notes.update(u for (u,) in state.select("note", stored, "uuid", several))

    def _advance(self, records: int) -> None:
        """``records`` more are done (part of a kind's, see ``_project_kind``)."""
        self._done += records
        if self.step is not None:
            self.step(min(self._done, self._all), self._all)

    def _present(self, kind: Kind, uuids: set[str]) -> list[str]:
        """Of ``uuids``, those in the journal (sorted)."""
        if kind is NOTE_CONFLICT or not uuids:
            return []
        self.prefetch_ids(kind.name, sorted(uuids))
        return [uuid for uuid in sorted(uuids) if self.ids[(kind.name, uuid)] is not None]

    def _project_kind(self, kind: Kind, uuids: list[str]) -> list[str]:
        """Write the kind's records; returns those that arrived (were not in the journal)."""
        inserts: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        new_records: list[Record] = []
        # progress: a quarter of a record for its values, half its row, a quarter its extras
        for number, uuid in enumerate(uuids):
            if number % STEP == STEP - 1:
                self._advance(STEP // 4)
            key = (kind.name, uuid)
            record = self.records.get(key)
            row_id = self.row_id(*key)
            values = self._row_values(kind, record) if record is not None else None
            if values is None:
                if row_id is not None:
                    self._note_children(kind, row_id, uuid)
                    database.execute_sql(
                        f"DELETE FROM {kind.table} WHERE rowid = ?", (row_id,)
                    )  # its children go with it (ON DELETE CASCADE), their state stays
                    self._forget_below(kind)
                    self.ids[key] = None
                continue
            assert record is not None
            if row_id is None:
                inserts.setdefault(tuple(values), []).append((uuid, *values.values()))
                new_records.append(record)
            else:
                self._update(kind, record, row_id, values)
        self._advance((len(uuids) % STEP) // 4)
        bulk = kind.name == "note" and len(new_records) >= BULK_NOTES
        with bulk_note_inserts(lambda n: self._advance(n // 4)) if bulk else nullcontext():
            for columns, rows in inserts.items():
                marks = ", ".join("?" * (len(columns) + 1))
                for start in range(0, len(rows), STEP):
                    database.connection().executemany(
                        f"INSERT INTO {kind.table} ({kind.key_column}, {', '.join(columns)}) "
                        f"VALUES ({marks})",
                        rows[start : start + STEP],
                    )
                    self._advance(len(rows[start : start + STEP]) // (4 if bulk else 2))
        # Their row ids are read where they are needed (``row_id``, ``prefetch_ids``): here
        # only for the tags or items of a new record (a first sync's 165,000 rows looked up
        # again after they were written, for the few that have any).
        for record in new_records:
            self.ids.pop((kind.name, record.uuid), None)  # None, if looked up before
        extras = [record for record in new_records if self._has_extras(kind, record)]
        self.prefetch_ids(kind.name, [record.uuid for record in extras])
        for number, record in enumerate(new_records):
            if number % STEP == STEP - 1:
                self._advance(STEP // 4)
            if kind.name == "note" and record.versions and len(record.versions) > 1:
                self._conflict_notes.add(record.uuid)
        for record in extras:
            row_id = self.ids[(kind.name, record.uuid)]
            assert row_id is not None
            self._write_extras(kind, record, row_id, new=True)
        return [record.uuid for record in new_records]

    @staticmethod
    def _has_extras(kind: Kind, record: Record) -> bool:
        """Whether ``_write_extras`` writes anything for a new record: tags or items (an
        empty list writes nothing)."""
        return bool(
            (kind.tags_table and record.value(TAGS)) or (kind.items and record.value(ITEMS))
        )

    def _note_children(self, kind: Kind, row_id: int, uuid: str) -> None:
        """Before a record leaves the journal: who refers to it (and, for the children that
        go with it, to them), so that they come back with it (``sync_ref``)."""
        for child in KINDS[ORDER[kind.name] + 1 :]:
            for ref in child.refs:
                if ref.kind != kind.name:
                    continue
                rows = database.execute_sql(
                    f"SELECT rowid, {child.key_column} FROM {child.table} WHERE {ref.column} = ?",
                    (row_id,),
                ).fetchall()
                for child_id, child_uuid in rows:
                    self.waiting.add((uuid, child.name, child_uuid))
                    if ref.required:
                        self._note_children(child, child_id, child_uuid)

    def _forget_below(self, kind: Kind) -> None:
        """A delete cascades to later kinds: their cached row ids may be gone."""
        for key in [key for key in self.ids if ORDER[key[0]] > ORDER[kind.name]]:
            del self.ids[key]

    def _update(self, kind: Kind, record: Record, row_id: int, values: dict[str, Any]) -> None:
        current = database.execute_sql(
            f"SELECT {', '.join(values)} FROM {kind.table} WHERE rowid = ?", (row_id,)
        ).fetchone()
        differing = {
            column: value
            for (column, value), old in zip(values.items(), current, strict=True)
            if value != old or type(value) is not type(old)
        }
        if differing:
            database.execute_sql(
                f"UPDATE {kind.table} SET {', '.join(f'{c} = ?' for c in differing)} "
                "WHERE rowid = ?",
                (*differing.values(), row_id),
            )
        self._write_extras(kind, record, row_id, new=False)
        if kind.name == "note":
            self._conflict_notes.add(record.uuid)
            if "body" in differing:
                self.bodies_written.add(record.uuid)

    def _row_values(self, kind: Kind, record: Record) -> dict[str, Any] | None:
        """The row's columns (without its key), or None: the record is not to be there."""
        if record.deleted or not record.fields:
            return None
        fields = record.fields
        for name in kind.required:
            entry = fields.get(name)
            if entry is None or entry[0] is None:
                return None
        values = {column: fields[column][0] for column in kind.columns if column in fields}
        if (
            kind.name == "client"
            and values.get("deleted_at")
            and self.cycle_keeper(record.uuid) == record.uuid
        ):
            values["deleted_at"] = None  # two computers merged it into each other
        for ref in kind.refs:
            target = record.value(ref.field)
            if ref.kind == "client" and isinstance(target, str):
                target = self.surviving(target)
            target_id = self.row_id(ref.kind, target) if isinstance(target, str) else None
            if target_id is None and isinstance(target, str):
                self.waiting.add((target, kind.name, record.uuid))  # written again once it is
                if ref.required:
                    return None  # waits for its parent
            values[ref.column] = target_id
        self._own_client_only(kind, record, values)
        profile = None
        if kind.profile:
            profile = {
                name[len(PROFILE_PREFIX) :]: entry[0]
                for name, entry in record.fields.items()
                if name.startswith(PROFILE_PREFIX) and entry[0] is not None
            }
        for what in repair_row(kind.name, values, profile):
            self.repaired.append((kind.name, record.uuid, what))
        if profile is not None:
            values["profile"] = json.dumps(profile, ensure_ascii=False, sort_keys=True)
        return values

    def _own_client_only(self, kind: Kind, record: Record, values: dict[str, Any]) -> None:
        """An optional reference to another client's project or note is left empty: the
        import refuses it, so the export would not import (as ``values.repair_row``)."""
        client_id = values.get("client_id")
        if client_id is None:
            return
        for ref in kind.refs:
            target = values.get(ref.column)
            if ref.required or target is None or ref.kind not in ("project", "note"):
                continue
            key = (ref.kind, target)
            if key not in self._clients_of:
                row = database.execute_sql(
                    f"SELECT client_id FROM {BY_NAME[ref.kind].table} WHERE id = ?", (target,)
                ).fetchone()
                self._clients_of[key] = None if row is None else row[0]
            if self._clients_of[key] != client_id:
                values[ref.column] = None
                self.repaired.append((kind.name, record.uuid, FOREIGN_REFERENCE))

    def _write_extras(self, kind: Kind, record: Record, row_id: int, new: bool) -> None:
        if kind.tags_table and (TAGS in record.fields or not new):
            self._write_tags(kind, row_id, record.value(TAGS) or [], new)
        if kind.items and (ITEMS in record.fields or not new):
            self._write_items(row_id, record.value(ITEMS) or [], new)

    def _tag_id(self, name: str) -> int:
        if name not in self._tag_ids:
            database.execute_sql("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
            row = database.execute_sql("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
            self._tag_ids[name] = row[0]
        return self._tag_ids[name]

    def _write_tags(self, kind: Kind, row_id: int, names: list[str], new: bool) -> None:
        assert kind.tags_table is not None
        owner = f"{kind.tags_table.removesuffix('_tag')}_id"
        wanted = {self._tag_id(name) for name in names}
        current: set[int] = set()
        if not new:
            rows = database.execute_sql(
                f"SELECT tag_id FROM {kind.tags_table} WHERE {owner} = ?", (row_id,)
            ).fetchall()
            current = {tag_id for (tag_id,) in rows}
        for tag_id in current - wanted:
            database.execute_sql(
                f"DELETE FROM {kind.tags_table} WHERE {owner} = ? AND tag_id = ?",
                (row_id, tag_id),
            )
        for tag_id in wanted - current:
            database.execute_sql(
                f"INSERT OR IGNORE INTO {kind.tags_table} ({owner}, tag_id) VALUES (?, ?)",
                (row_id, tag_id),
            )

    def _write_items(self, row_id: int, items: list[list[Any]], new: bool) -> None:
        if not new:
            current = database.execute_sql(
                "SELECT position, title, category, details FROM agreement_template_item "
                "WHERE template_id = ? ORDER BY position, id",
                (row_id,),
            ).fetchall()
            if [list(row) for row in current] == items:
                return
            database.execute_sql(
                "DELETE FROM agreement_template_item WHERE template_id = ?", (row_id,)
            )
        for position, title, category, details in items:
            database.execute_sql(
                "INSERT INTO agreement_template_item (template_id, position, title, category, "
                "details) VALUES (?, ?, ?, ?, ?)",
                (row_id, position, title, category, details),
            )

    # -- note conflicts ------------------------------------------------------------------
    def _project_conflicts(self, note_uuid: str) -> None:
        note_id = self.row_id("note", note_uuid)
        record = self.record(("note", note_uuid))
        if note_id is None or record is None or record.versions is None:
            return
        wanted = {
            conflict_uuid(note_uuid, clock): (clock, text)
            for clock, text in losers(record.versions, record.fields.get("body"))
        }
        if wanted:
            resolved = state.load(("note_conflict", uuid) for uuid in wanted)
            for key, conflict in resolved.items():
                if conflict.deleted:
                    wanted.pop(key[1], None)
                    # noted all the same: an undo elsewhere (the conflict no longer deleted)
                    # must find its note here, also where it was resolved before it was shown
                    database.execute_sql(
                        "INSERT OR IGNORE INTO sync_ref (ref, kind, uuid) "
                        "VALUES (?, 'note_conflict', ?)",
                        (note_uuid, key[1]),
                    )
        rows = database.execute_sql(
            "SELECT uuid FROM note_conflict WHERE note_id = ?", (note_id,)
        ).fetchall()
        present = {uuid for (uuid,) in rows}
        for uuid in present - set(wanted):
            database.execute_sql("DELETE FROM note_conflict WHERE uuid = ?", (uuid,))
        for uuid in sorted(set(wanted) - present):
            clock, text = wanted[uuid]
            database.execute_sql(
                "INSERT INTO note_conflict (uuid, note_id, body, device_id, at) "
                "VALUES (?, ?, ?, ?, ?)",
                (uuid, note_id, text, device_of(clock), _iso_of_ms(wall_ms(clock))),
            )
            database.execute_sql(
                "INSERT OR IGNORE INTO sync_ref (ref, kind, uuid) VALUES (?, 'note_conflict', ?)",
                (note_uuid, uuid),
            )
            self.new_conflicts.add(uuid)
