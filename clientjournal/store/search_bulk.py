"""Keeping the note index in step with many notes written or deleted at once (demo, import,
sync, the demo's removal): a trigger per row costs several times as much.

Apart from ``store/search.py`` (the search itself): the writers that bring many notes import
this module, not the search.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
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


def merged_at_once(table: str) -> None:
    """Inside the caller's transaction, after it filled the full-text index of ``table`` at
    once: merge that index into one segment above the levels in use.

    FTS5 merges segments on the level where they lie, a few pages a write.  An index built at
    once ends with its big segments on low levels (one on the first, where every later
    one-note save writes a small segment beside it, when it was built in one statement), and
    a merge that takes them in runs through the autosaves: four small segments beside the big
    one start a merge of all of them a few pages a save, and the sixteenth makes FTS5 finish
    it in one go ("crisis merge"). After a demo or a first import the fifteenth autosave
    rewrote the whole note index on the GUI thread (0.42 s at the demo journal, 3.7 s at ten
    times, the window frozen); after a first sync into an empty journal at ten times a merge
    of 27,000 pages ran for hundreds of saves, 320 pages each.  Merged here, on the import's
    or the round's thread, the index is one segment on a level of its own, and the saves'
    small segments merge among themselves.  FTS5's ``optimize`` merges nothing when there is
    one segment (on the first level): ``bulk_note_inserts`` indexes the last note in a
    statement of its own, the statement after a write making FTS5 write what it holds as a
    segment of its own."""
    database.execute_sql(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('optimize')")


@contextmanager
def bulk_note_inserts(
    indexed_step: Callable[[int], None] | None = None, hash_bytes: int = 0
) -> Iterator[None]:
    """Inside the caller's transaction: insert many notes (demo, import) without indexing them
    one by one, then index them all, ``INDEX_CHUNK`` notes a statement.  A trigger per row
    costs nearly three times as much, which would take a 100,000-note import past its 10 s.
    ``indexed_step(notes)`` after each statement: a sync round's progress (the 100,000 notes
    of a first sync took seconds in one statement, the bar standing still: attack-20d D8).

    ``hash_bytes``: the whole index of an empty journal built at once (``store/exchange/
    fresh.py``), FTS5 keeping up to that many bytes of index in memory before it writes a
    segment (1 MB otherwise, its ``hashsize``).  Fewer, bigger segments are fewer merges:
    1,000,000 notes indexed in 7.6 s instead of 11.5 s with 16 MB (issue 21).  The setting is
    put back as it was before the transaction ends.

    When the block's notes (their ids from ``last`` on) are at least as many as the journal
    had (counted: after the demo's removal its ids are sparse), the index ends merged into
    one segment (``merged_at_once``): a first import, a sync round bringing most of the
    journal.  A smaller block leaves it to FTS5, whose merges of a few small segments cost
    the saves little, where rewriting a big index for it would cost the block a multiple of
    its own work."""
    last, had = database.execute_sql("SELECT COALESCE(MAX(id), 0), COUNT(*) FROM note").fetchone()
    with note_trigger_off("note_fts_insert") as indexed:
        yield
    if indexed:
        top = database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM note").fetchone()[0]
        if hash_bytes:  # the last note on its own: see merged_at_once
            bounds = [last, *([top - 1] if top - last > 1 else []), top]
        else:
            bounds = [*range(last, top, INDEX_CHUNK), top]
        with _hash_size(hash_bytes):
            for start, end in itertools.pairwise(bounds):
                database.execute_sql(
                    "INSERT INTO note_fts (rowid, body) SELECT id, cj_index(body) FROM note "
                    "WHERE id > ? AND id <= ?",
                    (start, end),
                )
                if indexed_step is not None:
                    indexed_step(end - start)
            if top > last and (hash_bytes or top - last >= had):
                merged_at_once("note")  # the index is mostly what this block wrote


@contextmanager
def _hash_size(size: int) -> Iterator[None]:
    """The note index's FTS5 ``hashsize`` while the block runs (0: unchanged); afterwards
    its configuration row is as before (none: FTS5's default of 1 MB)."""
    if not size:
        yield
        return
    before = database.execute_sql("SELECT v FROM note_fts_config WHERE k = 'hashsize'").fetchone()
    config = "INSERT INTO note_fts (note_fts, rank) VALUES ('hashsize', ?)"
    database.execute_sql(config, (size,))
    yield
    database.execute_sql(config, (before[0] if before else _FTS5_HASH_SIZE,))
    if before is None:
        database.execute_sql("DELETE FROM note_fts_config WHERE k = 'hashsize'")


_FTS5_HASH_SIZE = 1024 * 1024  # FTS5_DEFAULT_HASHSIZE


INDEX_CHUNK = 4096  # notes indexed in one statement (see bulk_note_inserts)
