"""An import into an empty journal: the secondary indexes of the tables it fills are built
once at its end instead of row by row (issue 21).

SQLite builds an index by sorting its table, sequential work; a million inserts into an
index in the order of the file touch its pages at random, and at ten times the demo journal
those pages no longer fit the bulk cache.  The indexes are dropped and created again from
their own ``CREATE INDEX`` text inside the import's one transaction: an error or a kill at
any step rolls back the drop too, and the journal keeps the indexes it had.  The UUID indexes
come from ``UNIQUE`` column constraints (``sqlite_autoindex_*``), which cannot be dropped
without rebuilding their table; they stay and are filled as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from clientjournal.store.models import database
from clientjournal.store.search_bulk import bulk_note_inserts
from clientjournal.store.sync.marks import marked_at_end

FILLED = (
    "client",
    "note",
    "note_tag",
    "client_tag",
    "note_conflict",
    "project",
    "agreement",
    "agreement_event",
    "agreement_template",
    "agreement_template_item",
    "draft",
    "payment",
)
"""The tables an import fills.  When its record tables are empty (``common.empty``), these
are too: the others' rows each belong to a record (foreign keys)."""

MARKED = (
    "client",
    "note",
    "project",
    "agreement",
    "agreement_event",
    "agreement_template",
    "draft",
    "payment",
    "note_conflict",
)
"""The sync kinds of the records in ``FILLED`` (the link tables mark their owners)."""


@contextmanager
def indexes_later(tables: tuple[str, ...] = FILLED) -> Iterator[None]:
    """Inside the caller's transaction: while the body runs, ``tables`` have no secondary
    index (only for a journal that was empty: no look-up of the import needs one); they are
    created again, the same text, when it ends.  When the body raises, nothing is created:
    the caller's rollback puts them back."""
    marks = ", ".join("?" * len(tables))
    indexes = database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tables,
    ).fetchall()
    for name, _ in indexes:
        database.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        database.execute_sql(sql)


NOTE_INDEX_BYTES = 16 * 1024 * 1024
"""How much of the note index FTS5 keeps in memory before it writes a segment, when all the
notes of an import into an empty journal are indexed at its end (``bulk_note_inserts``)."""


@contextmanager
def built_at_end(fresh: bool, marked: tuple[str, ...] = MARKED) -> Iterator[None]:
    """Inside the caller's transaction: when ``fresh``, the secondary indexes
    (``indexes_later``) and the notes' full-text index of the whole import are built once at
    its end, not per batch of notes (each statement flushed FTS5's index to new segments,
    which it then merged: an eighth of the import at ten times the demo journal), and its
    records marked for the next sync round once, in UUID order (``marked_at_end``: the kinds
    ``marked``, whose tables the caller knows were empty)."""
    if not fresh:
        yield
        return
    with (
        indexes_later(),
        bulk_note_inserts(hash_bytes=NOTE_INDEX_BYTES),
        marked_at_end(marked),
    ):
        yield
