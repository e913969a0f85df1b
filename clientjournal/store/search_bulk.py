"""Keeping the note index in step with many notes written or deleted at once (demo, import,
sync, the demo's removal): a trigger per row costs several times as much.

Apart from ``store/search.py`` (the search itself, which re-exports ``bulk_note_deletes``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from clientjournal.store.models import database


@contextmanager
def note_trigger_off(name: str) -> Iterator[bool]:
    """Inside the caller's transaction: the note index's trigger ``name`` dropped while the
    body runs and put back after it; yields whether there is one (always after migration 6)."""
    trigger = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
    ).fetchone()
    if trigger is None:
        yield False
        return
    database.execute_sql(f"DROP TRIGGER {name}")
    try:
        yield True
    finally:
        database.execute_sql(trigger[0])


@contextmanager
def bulk_note_deletes(removing: int) -> Iterator[None]:
    """Inside the caller's transaction: delete ``removing`` notes.  When fewer notes stay than
    go (removing the demo, usually most of the journal), the index is emptied and the notes
    that stay indexed again, instead of the trigger deleting 100,000 index rows one by one
    (2.5 s -> 1.5 s on the big demo journal)."""
    total = database.execute_sql("SELECT COUNT(*) FROM note").fetchone()[0]
    if total - removing >= removing:
        yield
        return
    with note_trigger_off("note_fts_delete") as indexed:
        yield
    if not indexed:
        return
    table = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'note_fts'"
    ).fetchone()
    database.execute_sql("DROP TABLE note_fts")  # FTS5 would delete row by row, as the trigger
    database.execute_sql(table[0])
    database.execute_sql("INSERT INTO note_fts (rowid, body) SELECT id, cj_index(body) FROM note")
