"""The projector's row ids: a record's row in the journal by its uuid, looked up one at a
time or in bulk, with the client of each project and note an optional reference may point
at (see ``project.Projector``, which keeps them for the round)."""

from __future__ import annotations

from clientjournal.core.sync.records import BY_NAME, Kind
from clientjournal.store.models import database
from clientjournal.store.sync import state
from clientjournal.store.sync.state import Key, Record


class RowIds:
    """Row ids by (kind, uuid), None for a record not in the journal; ``records``: the
    round's state records loaded so far."""

    ids: dict[Key, int | None]
    records: dict[Key, Record]
    _clients_of: dict[tuple[str, int], int | None]
    batch = False
    """One batch of many (``merging.apply``): never reads a whole table (each batch would read
    the rows all earlier ones wrote)."""

    def row_id(self, kind_name: str, uuid: str) -> int | None:
        key = (kind_name, uuid)
        if key not in self.ids:
            kind = BY_NAME[kind_name]
            row = database.execute_sql(
                f"SELECT rowid FROM {kind.table} WHERE {kind.key_column} = ?", (uuid,)
            ).fetchone()
            self.ids[key] = None if row is None else row[0]
        return self.ids[key]

    def prefetch_ids(
        self, kind_name: str, uuids: list[str] | None = None, everything: bool = False
    ) -> None:
        """Row ids in bulk (a first sync writes tens of thousands): of ``uuids``, of the
        kind's loaded records, or with ``everything`` of all its rows."""
        kind = BY_NAME[kind_name]
        if uuids is None:
            present = dict(
                database.execute_sql(
                    f"SELECT {kind.key_column}, rowid FROM {kind.table}"
                ).fetchall()
            )
            wanted = [key[1] for key in self.records if key[0] == kind_name]
            if everything:
                wanted += list(present)
        else:
            present = {}
            for start in range(0, len(uuids), state.CHUNK):
                part = uuids[start : start + state.CHUNK]
                marks = ",".join("?" * len(part))
                present.update(
                    database.execute_sql(
                        f"SELECT {kind.key_column}, rowid FROM {kind.table} "
                        f"WHERE {kind.key_column} IN ({marks})",
                        tuple(part),
                    ).fetchall()
                )
            wanted = uuids
        for uuid in wanted:
            self.ids[(kind_name, uuid)] = present.get(uuid)

    def _prefetch_kind(self, kind: Kind, uuids: set[str]) -> None:
        """Row ids of a big kind's records and of the records they refer to, in bulk, with
        the clients of the projects and notes they may refer to.  A whole table is read only
        when the round holds a good share of it (a first sync writes tens of thousands); a
        round of a thousand changes looks up its own, so that its work does not grow with
        the journal (issue 21: a full read of the notes' uuids took half of such a round at
        ten times the demo journal)."""
        if not self.batch and self._most_of(kind.name, len(uuids)):  # as all rounds did before
            self.prefetch_ids(kind.name)
            for ref in kind.refs:
                self.prefetch_ids(ref.kind, everything=True)
                if not ref.required and ref.kind in ("project", "note"):
                    rows = database.execute_sql(
                        f"SELECT rowid, client_id FROM {BY_NAME[ref.kind].table}"
                    ).fetchall()
                    self._clients_of.update(((ref.kind, i), c) for i, c in rows)
            return
        self.prefetch_ids(kind.name, sorted(uuids))
        for ref in kind.refs:
            targets = set()
            for uuid in uuids:
                record = self.records.get((kind.name, uuid))
                target = None if record is None else record.value(ref.field)
                if isinstance(target, str):
                    targets.add(target)
            missing = sorted(t for t in targets if (ref.kind, t) not in self.ids)
            self.prefetch_ids(ref.kind, missing)
            if not ref.required and ref.kind in ("project", "note"):
                self._prefetch_clients(ref.kind, targets)

    def _prefetch_clients(self, kind_name: str, targets: set[str]) -> None:
        """The clients of the records ``targets`` (of a kind an optional reference points
        at), for ``Projector._own_client_only``."""
        table = BY_NAME[kind_name].table
        ids = sorted({i for t in targets if (i := self.ids[(kind_name, t)]) is not None})
        for start in range(0, len(ids), state.CHUNK):
            part = ids[start : start + state.CHUNK]
            marks = ",".join("?" * len(part))
            rows = database.execute_sql(
                f"SELECT rowid, client_id FROM {table} WHERE rowid IN ({marks})", tuple(part)
            ).fetchall()
            self._clients_of.update(((kind_name, i), c) for i, c in rows)

    @staticmethod
    def _most_of(kind_name: str, wanted: int) -> bool:
        """Whether ``wanted`` records are a good share of the kind's table (a quarter of its
        highest row id: an index's last entry, read without counting the rows), so that
        reading the whole table is cheaper than looking each up."""
        table = BY_NAME[kind_name].table
        highest = database.execute_sql(f"SELECT max(rowid) FROM {table}").fetchone()[0]
        return highest is None or wanted * 4 >= highest
