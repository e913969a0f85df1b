"""Records written in bulk into an empty journal are marked for the next sync round once, at
the end of the bulk write, instead of by the triggers row by row (issue 21).

Each record's insert trigger deletes and inserts its key in ``sync_dirty`` (a ``WITHOUT
ROWID`` table keyed by kind and UUID): a trigger program per row and two look-ups in a
B-tree in the random order of the UUIDs, whose pages at ten times the demo journal no longer
fit the cache.  When every row of the written tables is new (a demo fill, an import into an
empty journal), the triggers would mark exactly every row of them; here the triggers are
silenced (``sync_applying``, as a sync round does) and the rows marked afterwards, each kind
in UUID order, in one statement per kind.  All of it happens inside the caller's
transaction: a failure or a kill rolls the silencing back with the rest.

The marks carry one time, the end of the bulk write (the triggers gave each row the time of
its own insert, seconds apart); a first publish (``capture.mark_everything``) marks a whole
journal with one time the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from clientjournal.core.sync.records import BY_NAME
from clientjournal.store.models import database

_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
"""The triggers' clock (migrations.py): milliseconds since 1970, UTC."""


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
