"""A big snapshot's records in a scratch store while the round waits to take the journal.

A snapshot is read, unpacked, decrypted and checked whole before the round takes the journal
(a damaged one is refused without touching it).  One of more than ``SPOOL_FROM`` records is
not kept in memory meanwhile (a first sync of ten times the demo journal held 6 GB): its
records go, a batch at a time as they are checked, to a scratch database beside the journal,
ATTACHed to the journal's connection: an encrypted journal's key encrypts it too (SQLCipher
gives an attached database the main one's key), and with ``journal_mode = OFF`` and the
journal's ``temp_store = MEMORY`` no other file is made.  Inside the round's transaction
``merging.apply`` takes them a batch at a time, parents' kinds first.  The scratch file goes
when the round ends, however it ends; one a killed round left is removed by the next round
(``scratch``).  Only reads of it take place in the round's transaction.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from clientjournal.core.sync.records import MERGED_INTO, ORDER
from clientjournal.core.sync.snapshots import (
    BATCH_LINES,
    BATCH_TEXT,
    Checked,
    SnapshotRecord,
    check_snapshot,
    line_batches,
    pack,
    read_snapshot,
)
from clientjournal.store.models import database
from clientjournal.store.safety.encryption import attach_sql, connection_errors, passphrase_of
from clientjournal.store.safety.leftovers import SCRATCH_SUFFIX, hold_scratch, scratch_left
from clientjournal.store.sync import state

SPOOL_FROM = 8192
"""A snapshot with more records than this is spooled (``Incoming.spooled``); a smaller one is
held in memory and applied with the round's other changes, as always."""
APPLY_BATCH = 4096
"""Records read back (merged, saved and projected) at a time."""
ALIAS = "cj_spool"
SUFFIX = SCRATCH_SUFFIX


class Spool:
    """The scratch database of one round (``path``), attached to this thread's connection."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.parts = 0
        self.line = 0
        path.unlink(missing_ok=True)
        self.lock = hold_scratch(path)  # see leftovers.scratch_left
        passphrase = passphrase_of(database.obj)
        if passphrase is None:
            database.execute_sql(f"ATTACH DATABASE ? AS {ALIAS}", (str(path),))
        else:  # its key, said so (not left to SQLCipher's default)
            database.execute_sql(attach_sql(path, passphrase, ALIAS))
        database.execute_sql(f"PRAGMA {ALIAS}.journal_mode = OFF")
        database.execute_sql(f"PRAGMA {ALIAS}.synchronous = OFF")
        database.execute_sql(
            f"CREATE TABLE {ALIAS}.record (ord INTEGER NOT NULL, uuid TEXT NOT NULL, "
            "line INTEGER NOT NULL, part INTEGER NOT NULL, kind TEXT NOT NULL, "
            "merged INTEGER NOT NULL, state TEXT NOT NULL, PRIMARY KEY (ord, uuid, line)) "
            "WITHOUT ROWID"
        )

    def write(
        self, part: int, records: list[SnapshotRecord] | list[SnapshotRecord | Checked]
    ) -> None:
        """Add checked records of ``part`` (one snapshot), in a transaction of the scratch
        database alone (a deferred BEGIN: the journal is not locked)."""
        rows = []
        line = self.line
        for snap in records:
            if type(snap) is tuple:  # checked, not unpacked (nearly all)
                kind, uuid, text, fields = snap
                merged = kind == "client" and MERGED_INTO in fields
            else:
                assert isinstance(snap, SnapshotRecord)
                kind, uuid = snap.kind, snap.uuid
                if snap.packed_text is None:
                    versions = snap.versions if kind == "note" else None
                    text = state._dumps(pack(snap.fields, versions))
                else:
                    text = snap.packed_text
                merged = kind == "client" and MERGED_INTO in snap.fields
            rows.append((ORDER[kind], uuid, line, part, kind, merged, text))
            line += 1
        self.line = line
        connection = database.connection()
        connection.execute("BEGIN")
        try:
            connection.executemany(
                f"INSERT INTO {ALIAS}.record (ord, uuid, line, part, kind, merged, state) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        except connection_errors() as error:  # a full disk: the round fails as for a file
            if connection.in_transaction:  # SQLite rolls back itself on a full disk
                connection.execute("ROLLBACK")
            full = "full" in str(error)
            reason = os.strerror(errno.ENOSPC) if full else str(error)
            raise OSError(errno.ENOSPC if full else errno.EIO, reason, str(self.path)) from error
        connection.execute("COMMIT")

    def drop(self, part: int) -> None:
        """A snapshot refused halfway: its records go (if that fails too, with the file at
        the round's end)."""
        with contextlib.suppress(Exception):
            database.execute_sql(f"DELETE FROM {ALIAS}.record WHERE part = ?", (part,))

    def batches(self, parts: list[int]) -> Iterator[list[SnapshotRecord]]:
        """The records of ``parts``, ``APPLY_BATCH`` at a time, parents' kinds first."""
        marks = ",".join("?" * len(parts))
        after = (-1, "", -1)
        while True:
            rows = database.execute_sql(
                f"SELECT ord, uuid, line, kind, state FROM {ALIAS}.record "
                f"WHERE (ord, uuid, line) > (?, ?, ?) AND part IN ({marks}) "
                f"ORDER BY ord, uuid, line LIMIT {APPLY_BATCH}",
                (*after, *parts),
            ).fetchall()
            if not rows:
                return
            after = rows[-1][:3]
            yield _decoded(rows)

    def matching(self, parts: list[int], kind: str, uuids: list[str]) -> list[SnapshotRecord]:
        """The records of ``parts`` among ``uuids`` of ``kind``, looked up by their key: a
        first round's look for records its journal holds too (``restored.py``) decodes only
        those, not the whole snapshot (a second computer with a journal of its own holds
        none of the other's)."""
        marks = ",".join("?" * len(parts))
        found: list[SnapshotRecord] = []
        for start in range(0, len(uuids), 500):
            part = uuids[start : start + 500]
            rows = database.execute_sql(
                f"SELECT ord, uuid, line, kind, state FROM {ALIAS}.record "
                f"WHERE ord = ? AND uuid IN ({','.join('?' * len(part))}) "
                f"AND part IN ({marks}) ORDER BY ord, uuid, line",
                (ORDER[kind], *part, *parts),
            ).fetchall()
            if rows:
                found += _decoded(rows)
        return found

    def merge_candidates(self, parts: list[int]) -> set[str]:
        marks = ",".join("?" * len(parts))
        rows = database.execute_sql(
            f"SELECT uuid FROM {ALIAS}.record WHERE merged AND part IN ({marks})", tuple(parts)
        ).fetchall()
        return {uuid for (uuid,) in rows}

    def close(self) -> None:
        with contextlib.suppress(Exception):
            database.execute_sql(f"DETACH DATABASE {ALIAS}")
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        if self.lock is not None:
            os.close(self.lock)


_current = threading.local()


def _decoded(rows: list[tuple[int, str, int, str, str]]) -> list[SnapshotRecord]:
    """Scratch rows (ord, uuid, line, kind, state text) as the records they hold."""
    states = json.loads("[" + ",".join(row[4] for row in rows) + "]")
    batch = []
    for (_ord, uuid, _line, kind, text), packed in zip(rows, states, strict=True):
        clocks = packed["c"]  # snapshots.unpack, inline: it runs for every record
        fields = {
            name: [v, clocks[c], None if b is None else clocks[b]]
            for name, (v, c, b) in packed["f"].items()
        }
        listed = packed.get("v")
        versions = (
            {clocks[c]: [None if b is None else clocks[b], t] for c, b, t in listed}
            if listed
            else {}
        )
        batch.append(SnapshotRecord(kind, uuid, fields, versions, text))
    return batch


def _journal_path() -> Path | None:
    name = database.database
    if not isinstance(name, str) or not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


@contextlib.contextmanager
def scratch() -> Iterator[None]:
    """A round's scratch store: made when a big snapshot is read (``spool_of``), removed when
    the round ends; one left by a killed round is removed first."""
    journal = _journal_path()
    if journal is not None:
        for path in scratch_left(journal):
            with contextlib.suppress(OSError):
                path.unlink()
    _current.spool = None
    _current.enabled = journal is not None
    try:
        yield
    finally:
        spool: Spool | None = _current.spool
        _current.spool = None
        _current.enabled = False
        if spool is not None:
            spool.close()


def spool_of() -> Spool | None:
    """The round's scratch store (made at the first call), None outside a round."""
    if not getattr(_current, "enabled", False):
        return None
    if _current.spool is None:
        journal = _journal_path()
        assert journal is not None
        name = f"{journal.name}{SUFFIX}{os.getpid()}-{threading.get_ident()}"
        _current.spool = Spool(journal.with_name(name))  # a round a thread (the window's)
    spool: Spool = _current.spool
    return spool


def read_records(
    lines: Iterable[str],
    latest: str,
    reader: Callable[[list[str], str], list[SnapshotRecord]] = read_snapshot,
) -> tuple[list[SnapshotRecord], int, int]:
    """A snapshot's records, checked by ``reader`` a batch of lines at a time: (those held,
    the part of the round's scratch store the others went to, how many went there).  All
    held, (.., 0, 0), up to ``SPOOL_FROM`` or outside a round; beyond, all go there: those
    after the first ``SPOOL_FROM`` checked by ``check_snapshot`` (as ``read_snapshot``, but
    not unpacked: ``batches`` unpacks them when it reads them back)."""
    held: list[SnapshotRecord] = []
    spool: Spool | None = None
    part = spooled = 0
    try:
        for chunk in line_batches(lines, BATCH_LINES, BATCH_TEXT):
            records: list[SnapshotRecord] | list[SnapshotRecord | Checked]
            if spool is not None:
                records = check_snapshot(chunk, latest)
            else:
                held += reader(chunk, latest)
                if len(held) <= SPOOL_FROM or (spool := spool_of()) is None:
                    continue
                spool.parts += 1
                part = spool.parts
                records, held = held, []
            spool.write(part, records)
            spooled += len(records)
    except BaseException:
        if spool is not None:
            spool.drop(part)
        raise
    return held, part, spooled
