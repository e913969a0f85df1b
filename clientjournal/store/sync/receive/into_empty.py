"""A round into an empty journal (a first sync) writes its records as an import into an empty
journal does (``exchange.fresh``), without the work a writer of a few rows needs: the
search index is filled once at the end of the projection (``searched_later``), and the
triggers that mark changed records for the next round, silent while a round applies, are
not run for every row (``silent_while_applying``).  Both inside the round's transaction: a
failure or a kill puts back all they changed with the rest."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator

from clientjournal.store.models import database
from clientjournal.store.search_bulk import merged_at_once, note_trigger_off

SEARCHED = ("client", "note", "agreement", "draft")
"""The tables with a full-text index, each kept by triggers (migration 6)."""
SEARCHED_LATER = 4096
"""Rows indexed a statement (as ``search_bulk.INDEX_CHUNK``; 32,768 held 5 MB more at the peak)."""
_INDEXED_ON_INSERT = re.compile(
    r"CREATE TRIGGER (\w+)_fts_insert AFTER INSERT ON (\w+) BEGIN "
    r"INSERT INTO (\w+)_fts \(rowid, body\) VALUES \(new\.id, ([\w.(), |']+)\); END"
)


@contextlib.contextmanager
def searched_later(progress: Callable[[float], None]) -> Iterator[None]:
    """Inside the round's transaction, into an empty journal (``round``'s
    ``_indexes_later_when_empty``): the search index of the tables ``SEARCHED`` is filled
    once at the end, ``SEARCHED_LATER`` rows a statement, from the text each one's insert
    trigger indexes (its ``new.`` columns read from the rows), instead of by that trigger row
    by row: each row's statement flushed FTS5's index to a segment of one row, which it then
    merged (the demo journal's 12,541 agreements 0.7-0.9 s, written so 0.25 s).  The tables
    were empty, so every row there at the end is one the round wrote; the triggers that
    change or delete an index row find none for a row written meanwhile, and its text at the
    end is indexed.  A trigger not written as migration 6 wrote it is left to work as it
    does.  Each index ends merged into one segment (``search_bulk.merged_at_once``: the
    autosaves after a first sync at ten times merged 27,000 pages of it, 320 a save).
    ``progress(share done)`` after each statement (the round's check: it may be cut short
    there).  A failure or a kill before the end: the round's rollback puts all back."""
    later: list[tuple[str, str]] = []  # (table, the indexed text as SQL of its columns)
    with contextlib.ExitStack() as triggers:
        for table in SEARCHED:
            name = f"{table}_fts_insert"
            row = database.execute_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
            ).fetchone()
            found = None if row is None else _INDEXED_ON_INSERT.fullmatch(row[0])
            if found is None or {found[1], found[2], found[3]} != {table}:
                continue
            if triggers.enter_context(note_trigger_off(name)):
                later.append((table, found[4].replace("new.", "")))
        yield
    tops = [
        database.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]
        for table, _text in later
    ]
    done, total = 0, max(sum(tops), 1)
    for (table, text), top in zip(later, tops, strict=True):
        for start in range(0, top, SEARCHED_LATER):
            database.execute_sql(
                f"INSERT INTO {table}_fts (rowid, body) SELECT id, {text} FROM {table} "
                "WHERE id > ? AND id <= ?",
                (start, start + SEARCHED_LATER),
            )
            done += min(SEARCHED_LATER, top - start)
            progress(done / total)
        if top:
            merged_at_once(table)
    progress(1.0)


SILENT = " WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN "
"""The whole condition of the triggers of migration 8 that mark what a writer changed: none
of them does anything while a round applies (``sync_applying`` holds its row)."""


@contextlib.contextmanager
def silent_while_applying(tables: tuple[str, ...]) -> Iterator[None]:
    """While ``sync_applying`` is set (the round's projection, into an empty journal): the
    triggers of ``tables`` whose only condition is ``SILENT`` are dropped and created again,
    the same text, at the end.  They would do nothing, but each row written ran its
    trigger's condition, a subquery in a program of its own: a third of a note's insert
    (the demo's 100,000 notes 1.03-1.22 s, without 0.61-0.79 s).  When the body raises,
    nothing is created: the caller's rollback puts them back (as ``indexes_later``)."""
    marks = ", ".join("?" * len(tables))
    triggers = [
        (name, sql)
        for name, sql in database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            tables,
        ).fetchall()
        if SILENT in sql
    ]
    for name, _sql in triggers:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in triggers:
        database.execute_sql(sql)
