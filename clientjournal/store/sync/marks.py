"""Marks: which records a round publishes.  The triggers of migration 8 mark every record a
writer touches in ``sync_dirty`` (with the time it was touched); a first round in a folder
marks everything; a bulk write into an empty journal marks its rows once, at the end.
``capture`` reads the marks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from clientjournal.core.sync.records import BY_NAME, KINDS, NOTE_CONFLICT
from clientjournal.store.models import database

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
"""The triggers' clock (migrations.py): milliseconds since 1970, UTC."""


def mark_everything() -> None:
    """A journal publishing to a folder for the first time publishes all it holds."""
    for kind in KINDS:
        if kind is NOTE_CONFLICT:
            continue
        database.execute_sql(
            "INSERT OR REPLACE INTO sync_dirty (kind, uuid, changed_at) "
            f"SELECT ?, {kind.key_column}, {_NOW_MS} FROM {kind.table}",
            (kind.name,),
        )
    database.execute_sql(
        "INSERT OR REPLACE INTO sync_dirty (kind, uuid, changed_at) "
        f"SELECT kind, uuid, {_NOW_MS} FROM sync_record WHERE kind != 'note_conflict'"
    )  # a record deleted while the journal published nowhere


def dirty_count() -> int:
    return database.execute_sql("SELECT COUNT(*) FROM sync_dirty").fetchone()[0]


# Records written in bulk into an empty journal (a demo fill, an import) are marked for the
# next round once, at the end, instead of by the triggers row by row (issue 21): each insert
# trigger deletes and inserts its key in ``sync_dirty`` in the random order of the UUIDs, whose
# B-tree pages at ten times the demo journal no longer fit the cache.  Here the triggers are
# silenced (``sync_applying``, as a round does) and every row is marked afterwards in UUID
# order, a statement a kind, inside the caller's transaction (a failure or a kill rolls it all
# back).  The marks carry one time, the end of the bulk write, as ``mark_everything``'s do.
@contextmanager
def marked_at_end(kinds: Iterable[str]) -> Iterator[None]:
    """Inside the caller's transaction, while the tables of ``kinds`` (names of
    ``core.sync.records``) hold only rows the block writes: no trigger marks them; when the
    block ends, every row of those tables is marked as the triggers would have (a changed
    record of the link tables, tags and template items, marks its owner, which is marked
    anyway).  When the block raises, nothing is marked: the caller's rollback undoes the rest.
    When a sync round silences the triggers already, nothing is marked either (as before)."""
    silent = database.execute_sql("SELECT EXISTS (SELECT 1 FROM sync_applying)").fetchone()[0]
    if silent:
        yield
        return
    database.execute_sql("INSERT INTO sync_applying (one) VALUES (1)")
    yield
    database.execute_sql("DELETE FROM sync_applying")
    for name in kinds:
        kind = BY_NAME[name]
        database.execute_sql(
            "INSERT OR REPLACE INTO sync_dirty (kind, uuid, changed_at) "
            f"SELECT ?, {kind.key_column}, {_NOW_MS} FROM {kind.table} "
            f"ORDER BY {kind.key_column}",
            (kind.name,),
        )
