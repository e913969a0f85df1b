"""Full-text search over notes, client profiles, agreements and drafts (SQLite FTS5).

The index is kept by triggers (migration 6) that call the folding functions registered here on
every connection.  A search asks each kind's index for its best matches by bm25 rank, then
joins them to their records, applies the filters and merges the kinds by rank; trashed
clients are never found.
"""

from __future__ import annotations

import heapq
import itertools
import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from peewee import DatabaseError

from clientjournal.core.collation import binary_key
from clientjournal.core.search_text import (
    has_all_terms,
    match_expression,
    plain_text,
    query_terms,
    snippet,
)
from clientjournal.core.timeutil import from_iso, to_iso
from clientjournal.store.models import database
from clientjournal.store.search_functions import register_functions as register_functions

KINDS = ("note", "client", "agreement", "draft")
RANKED_WINDOW = 1000
"""A word in thousands of notes ("budget") is ranked among its newest RANKED_WINDOW matches
only: bm25 over all of them would cost more than the 10 ms a query may take, and of two equal
matches the newer note is the one wanted.  With a filter, all matches are ranked."""


@dataclass(frozen=True, slots=True)
class SearchFilters:
    client_id: int | None = None
    note_kind: str | None = None  # call, meeting, ...: only notes then
    since: date | None = None  # local dates, both included
    until: date | None = None
    mood: int | None = None  # only notes then
    tag: str = ""  # a note's tag for notes, the client's for the rest


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # note, client, agreement, draft
    record_id: int
    client_id: int
    client_name: str
    at: datetime  # when the note was written, else when the record last changed
    text: str  # the record's text, as a person reads it
    terms: tuple[str, ...]  # what was searched for, folded
    rank: float  # bm25: lower is better
    note_kind: str = ""  # a note's kind (call, meeting, ...); empty for the other kinds

    @property
    def snippet(self) -> str:
        """HTML: an excerpt around the first match, the matching words in <b>.  Built when a
        row is shown, not for every hit: a list of results only pays for what is visible."""
        return snippet(_readable(self.kind, self.text), list(self.terms))


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: list[SearchHit]
    terms: list[str]
    query_ms: float
    total: int = 0
    """How many matches the same search finds without a limit (what the command line lists
    with a --limit high enough), so a list cut at ``limit`` can say how much more there is.
    Counted only for a kind that filled its limit; ``query_ms`` does not include it."""


_FIELDS = "\x1f"  # between a client's fields in its hit's text (char(31))
_CLIENT_TEXT = (
    "c.name || char(31) || c.company || char(31) || IFNULL(c.email, '') || char(31) || c.profile"
)
"""A client's hit text: the fields its index holds (name, company, e-mail, profile), so that
the excerpt shows the one that matched."""

# "+c.deleted_at" keeps the planner from driving the client query by an index on deleted_at:
# SQLite 3.51 (the SQLCipher build for encrypted journals) otherwise scans every client and
# probes the FTS index once per client, 30 ms instead of 0.2 ms.
_SQL = {
    "note": (
        "SELECT n.id, n.client_id, c.name, n.created_at, n.body, f.rank, n.kind FROM note_fts f "
        "JOIN note n ON n.id = f.rowid JOIN client c ON c.id = n.client_id "
        "WHERE note_fts MATCH ? AND c.deleted_at IS NULL",
        "n.created_at",
        "n.client_id",
    ),
    "client": (
        f"SELECT c.id, c.id, c.name, c.updated_at, {_CLIENT_TEXT}, f.rank, '' FROM client_fts f "
        "JOIN client c ON c.id = f.rowid WHERE client_fts MATCH ? AND +c.deleted_at IS NULL",
        "c.updated_at",
        "c.id",
    ),
    "agreement": (
        "SELECT a.id, a.client_id, c.name, a.updated_at, a.title || ' — ' || a.details, f.rank, '' "
        "FROM agreement_fts f JOIN agreement a ON a.id = f.rowid "
        "JOIN client c ON c.id = a.client_id WHERE agreement_fts MATCH ? AND c.deleted_at IS NULL",
        "a.updated_at",
        "a.client_id",
    ),
    "draft": (
        "SELECT d.id, d.client_id, c.name, d.updated_at, d.subject || ' — ' || d.body, f.rank, '' "
        "FROM draft_fts f JOIN draft d ON d.id = f.rowid JOIN client c ON c.id = d.client_id "
        "WHERE draft_fts MATCH ? AND c.deleted_at IS NULL AND d.status != 'discarded'",
        "d.updated_at",
        "d.client_id",
    ),
}
_TAG_SQL = {
    "note": "n.id IN (SELECT nt.note_id FROM note_tag nt JOIN tag t ON t.id = nt.tag_id "
    "WHERE t.name = ?)",
    "other": "c.id IN (SELECT ct.client_id FROM client_tag ct JOIN tag t ON t.id = ct.tag_id "
    "WHERE t.name = ?)",
}

# A ranked window's records by id (see _windows_hits): the same columns as _SQL without the
# rank, for the same records (trashed clients and discarded drafts left out).
_RECORD_SQL = {
    "note": "SELECT n.id, n.client_id, c.name, n.created_at, n.body, n.kind FROM note n "
    "JOIN client c ON c.id = n.client_id WHERE n.id IN ({marks}) AND +c.deleted_at IS NULL",
    "client": f"SELECT c.id, c.id, c.name, c.updated_at, {_CLIENT_TEXT}, '' FROM client c "
    "WHERE c.id IN ({marks}) AND +c.deleted_at IS NULL",
    "agreement": "SELECT a.id, a.client_id, c.name, a.updated_at, a.title || ' — ' || a.details, "
    "'' FROM agreement a JOIN client c ON c.id = a.client_id "
    "WHERE a.id IN ({marks}) AND +c.deleted_at IS NULL",
    "draft": "SELECT d.id, d.client_id, c.name, d.updated_at, d.subject || ' — ' || d.body, '' "
    "FROM draft d JOIN client c ON c.id = d.client_id "
    "WHERE d.id IN ({marks}) AND +c.deleted_at IS NULL AND d.status != 'discarded'",
}
_LIVE_SQL = {kind: "SELECT COUNT(*) FROM (" + sql + ")" for kind, sql in _RECORD_SQL.items()}
_TRASHED = "SELECT id FROM client WHERE deleted_at IS NOT NULL"
# The ids of a kind's records that _RECORD_SQL leaves out, from indexes only (client_deleted_name,
# note_client_created, agreement_client_position, draft_status_hold, draft_client_updated):
# usually none or a few, where counting the found ones reads every record of a window.
_UNLISTED_SQL = {
    "note": f"SELECT id FROM note WHERE client_id IN ({_TRASHED}) LIMIT ?",
    "client": f"{_TRASHED} LIMIT ?",
    "agreement": f"SELECT id FROM agreement WHERE client_id IN ({_TRASHED}) LIMIT ?",
    "draft": f"SELECT id FROM draft WHERE client_id IN ({_TRASHED}) "
    "UNION ALL SELECT id FROM draft WHERE status = 'discarded' LIMIT ?",
}
UNLISTED_AT_MOST = 5000
"""More records than this in the trash (or discarded drafts) of a kind: its total is counted
from the window's records instead (a set of this many ids costs about as much)."""


def _readable(kind: str, text: str) -> str:
    """The record's text as a person reads it: Markdown marks dropped, a profile's values
    without their JSON."""
    if kind != "client":
        return plain_text(text)
    head, _, profile = text.rpartition(_FIELDS)  # the profile's JSON escapes the mark
    try:
        values = json.loads(profile) if head and profile else {}
    except ValueError:
        values = {}
    texts = [str(v) for v in values.values()] if isinstance(values, dict) else []
    fields = [*head.split(_FIELDS), *texts]
    return " · ".join(" ".join(part.split()) for part in fields if part.strip())


def _day_start(day: date) -> str:
    return to_iso(datetime.combine(day, datetime.min.time()).astimezone())


def _single_term(kind: str, prefix: str) -> str | None:
    """The one word of ``kind``'s index that starts with ``prefix``; None when there are more
    (or the index's word list cannot be read here); "" when there is none.

    A prefix query merges the doclists of every word it matches into one, and does it once
    per pass (the rank's document frequencies need a pass of their own): 2.4 ms of CPU for
    "budget"* on the ten-times journal, against 0.1 ms for the word "budget".  When the prefix
    matches one word only, the word matches the same rows, at the same places, so it ranks
    them the same.  The word list (fts5vocab, in the connection's temp schema; a read-only
    connection may not create it and keeps the prefix) answers with two seeks."""
    terms = f"temp.cj_{kind}_terms"
    # The last word that starts with the prefix: the word list stops reading after it (with
    # "< the next prefix" it would read every place of a word that is exactly that one).
    # U+10FFFF is no letter, so no indexed word holds it.
    last = prefix + "\U0010ffff"
    try:
        database.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {terms} USING fts5vocab(main, {kind}_fts, "
            "instance)"
        )
        first = database.execute_sql(
            f"SELECT term FROM {terms} WHERE term >= ? AND term <= ? LIMIT 1", (prefix, last)
        ).fetchone()
        if first is None:
            return ""
        after = first[0] + "\x00"  # the first word after it: words hold no NUL
        more = database.execute_sql(
            f"SELECT 1 FROM {terms} WHERE term >= ? AND term <= ? LIMIT 1", (after, last)
        ).fetchone()
    except DatabaseError:
        return None
    return None if more else first[0]


def _window_expression(kind: str, terms: list[str]) -> str | None:
    """``match_expression(terms)`` for ``kind``'s index, each prefix that matches one word
    only (four letters or more: shorter ones have a prefix index) as that word; None when a
    term matches no word, so nothing can match."""
    phrases = []
    for term in terms:
        if len(term) >= 4 and term.isascii() and term.isalnum():  # tokenized as it is
            word = _single_term(kind, term)
            if word == "":
                return None
            if word is not None:
                phrases.append(f'"{word}"')
                continue
        phrases.append(match_expression([term]))
    return " ".join(phrases)


def _window(kind: str, terms: list[str]) -> list[tuple[float, int]]:
    """The newest RANKED_WINDOW matches of ``kind`` (trashed or not), best first: (rank, rowid).

    One pass over the index, newest first, with the rank computed as it goes; sorted here by
    (rank, rowid), the order in which ``... AND f.rowid >= <the window's oldest> ORDER BY
    f.rank`` returns them (SQLite sorts FTS5's equal ranks by rowid).  That query needed
    another pass to find the window's oldest match first, and FTS5's rank-ordered plan set
    the index up once more for its sorter: on the ten-times journal (a million notes) each
    pass over a common word's prefix ("budget"*: 86,000 notes) costs milliseconds.  The rows
    come as (rank, rowid), so that the sort compares the tuples themselves: a key function
    called for each of a thousand rows took ~0.3 ms a kind (issue 21)."""
    expression = _window_expression(kind, terms)
    if expression is None:
        return []
    rows = database.execute_sql(
        f"SELECT rank, rowid FROM {kind}_fts WHERE {kind}_fts MATCH ? ORDER BY rowid DESC LIMIT ?",
        (expression, RANKED_WINDOW),
    ).fetchall()
    rows.sort()
    return rows


NAMED_FIRST = 1000.0
"""Subtracted from the rank of a client whose name or company has every word of the query:
such clients come before every other match.  bm25 compares each kind's matches with its own
statistics; a surname in a hundred notes outranked the client of that name, who was then not
among the first 50 hits (attack21 A3).  Someone typing a name wants that client first."""

NAME_LOOKUPS = 100
"""The best matches of the client window whose names are looked at: a name that has the
query's words ranks near the top of the clients (names are short), and a query that matches
thousands of clients is not a name."""


def _named_first(window: list[tuple[float, int]], terms: list[str]) -> list[tuple[float, int]]:
    """The client ``window`` with the clients the query names moved first (``NAMED_FIRST``)."""
    rowids = [rowid for _, rowid in window[:NAME_LOOKUPS]]
    if not rowids:
        return window
    rows = database.execute_sql(
        f"SELECT id, name, company FROM client WHERE id IN ({', '.join('?' * len(rowids))})",
        rowids,
    )
    named = {row[0] for row in rows if has_all_terms(f"{row[1]} {row[2] or ''}", terms)}
    if not named:
        return window
    return sorted((rank - NAMED_FIRST if rowid in named else rank, rowid) for rank, rowid in window)


def _numbered(window: list[tuple[float, int]], number: int) -> Iterator[tuple[float, int, int]]:
    """``window``'s rows as (rank, the kind's number in KINDS, rowid), for the merge."""
    for rank, rowid in window:
        yield rank, number, rowid


def _windows_hits(
    windows: dict[str, list[tuple[float, int]]], limit: int
) -> tuple[list[tuple[str, tuple]], dict[str, int]]:
    """The first ``limit`` records of all ``windows`` together that are found (not in the
    trash, not a discarded draft), best first, as (kind, row of _SQL's columns); and for each
    kind whose window was looked through to its end, how many of its records were found.

    The windows are merged by rank first (equal ranks: the kinds in KINDS' order, then by
    rowid, as a stable sort of the kinds' lists one after the other gives them), and only the
    records that can be among the first ``limit`` are read: one query for each kind among
    them, instead of ``limit`` records of every kind, most of them cut off afterwards."""
    merged = heapq.merge(
        *(_numbered(window, KINDS.index(kind)) for kind, window in windows.items())
    )
    left = {kind: len(window) for kind, window in windows.items()}
    live = dict.fromkeys(windows, 0)
    found: list[tuple[str, tuple]] = []
    while len(found) < limit:
        chunk = list(itertools.islice(merged, limit - len(found)))
        if not chunk:
            break
        wanted: dict[str, list[int]] = {}
        for _, number, rowid in chunk:
            wanted.setdefault(KINDS[number], []).append(rowid)
        records: dict[tuple[str, int], tuple] = {}
        for kind, rowids in wanted.items():
            sql = _RECORD_SQL[kind].format(marks=", ".join("?" * len(rowids)))
            for row in database.execute_sql(sql, rowids):
                records[kind, row[0]] = row
            left[kind] -= len(rowids)
        for rank, number, rowid in chunk:
            kind = KINDS[number]
            record = records.get((kind, rowid))
            if record is not None:
                found.append((kind, (*record[:5], rank, record[5])))
                live[kind] += 1
    return found, {kind: live[kind] for kind in windows if left[kind] == 0}


def _window_total(kind: str, window: list[tuple[float, int]]) -> int:
    """How many of ``window``'s records are found (what ``search`` could list of them).

    The window's size less its records in the trash (or discarded drafts), whose ids come
    from indexes: every id of a kind's index is one of its records (the triggers keep them in
    step in the same transaction; a bulk change indexes or rebuilds before it commits).
    Counting the found records themselves read each of them, ~2-4 ms a full window at ten
    times the demo journal, ~6 ms of every search (issue 21)."""
    rowids = [rowid for _, rowid in window]
    unlisted = database.execute_sql(_UNLISTED_SQL[kind], (UNLISTED_AT_MOST + 1,)).fetchall()
    if len(unlisted) <= UNLISTED_AT_MOST:
        return len(rowids) - len({row[0] for row in unlisted}.intersection(rowids))
    sql = _LIVE_SQL[kind].format(marks=", ".join("?" * len(rowids)))
    return database.execute_sql(sql, rowids).fetchone()[0]


RELEVANCE_DIGITS = 3
"""Ranks that agree to this many decimals are equally relevant.  What bm25 adds below that is
the records' lengths, not how well they match: a word in more than half the records of a kind
(a mail domain, "Termin") gets bm25's floor weight (1e-6), so all its matches score near 0,
ordered by length only, and a name with an umlaut is indexed in two spellings, a longer text."""


def relevance(rank: float) -> float:
    """``rank`` (bm25, lower is better) to RELEVANCE_DIGITS decimals."""
    return round(rank, RELEVANCE_DIGITS) + 0.0  # + 0.0: -0.0 and 0.0 as one


def by_client(hits: list[SearchHit]) -> list[list[SearchHit]]:
    """``hits`` (best first) grouped by client, each group best first.  The client with the
    better best match comes first; clients whose best matches are equally relevant
    (:func:`relevance`) come in the client list's order (core/collation.py: umlauts with
    their letter, no case, numbers as numbers), not in the order they were written.
    Sorted here, from what the hits carry: no query."""
    groups: dict[int, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.client_id, []).append(hit)
    return sorted(
        groups.values(),
        key=lambda group: (
            relevance(min(hit.rank for hit in group)),
            binary_key(group[0].client_name or ""),
            group[0].client_id,
        ),
    )


def search(text: str, limit: int = 50, filters: SearchFilters | None = None) -> SearchResult:
    """The best ``limit`` matches over all kinds; ``query_ms`` is the time of the queries.

    Without a filter each kind ranks its newest RANKED_WINDOW matches (``_window``), with one
    all of them (SQL's ``ORDER BY f.rank``)."""
    started = time.perf_counter()
    terms = query_terms(text)
    if not terms:
        return SearchResult([], [], 0.0)
    wanted = filters or SearchFilters()
    expression = match_expression(terms)
    notes_only = wanted.note_kind is not None or wanted.mood is not None
    rows: list[tuple[str, tuple]] = []
    full: list[tuple[str, list[object]]] = []  # kinds that filled the limit: may have more
    unfiltered = wanted == SearchFilters()
    windows: dict[str, list[tuple[float, int]]] = {}
    for kind in KINDS if not notes_only else ("note",):
        if unfiltered:
            windows[kind] = _window(kind, terms)
            if kind == "client":
                windows[kind] = _named_first(windows[kind], terms)
            continue
        sql, time_column, client_column = _SQL[kind]
        params: list[object] = [expression]
        if wanted.client_id is not None:
            sql += f" AND {client_column} = ?"
            params.append(wanted.client_id)
        if wanted.since is not None:
            sql += f" AND {time_column} >= ?"
            params.append(_day_start(wanted.since))
        if wanted.until is not None:
            sql += f" AND {time_column} < ?"
            params.append(_day_start(wanted.until + timedelta(days=1)))
        if kind == "note" and wanted.note_kind is not None:
            sql += " AND n.kind = ?"
            params.append(wanted.note_kind)
        if kind == "note" and wanted.mood is not None:
            sql += " AND n.mood = ?"
            params.append(wanted.mood)
        if wanted.tag:
            sql += " AND " + _TAG_SQL["note" if kind == "note" else "other"]
            params.append(wanted.tag)
        found = database.execute_sql(sql + " ORDER BY f.rank LIMIT ?", [*params, limit]).fetchall()
        if kind == "client":  # the clients the query names first, as without a filter
            found = [
                (*row[:5], row[5] - NAMED_FIRST, *row[6:])
                if has_all_terms(" ".join(str(row[4]).split(chr(31))[:2]), terms)  # name, company
                else row
                for row in found
            ]
        rows.extend((kind, row) for row in found)
        if len(found) == limit:
            full.append((sql, params))
    counted: dict[str, int] = {}
    if unfiltered:
        rows, counted = _windows_hits(windows, limit)
    else:
        rows.sort(key=lambda item: item[1][5])
    query_ms = (time.perf_counter() - started) * 1000
    total = len(rows)
    for sql, params in full:
        found_all = database.execute_sql(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]
        total += found_all - limit
    if unfiltered:
        total = sum(
            counted[kind] if kind in counted else _window_total(kind, window)
            for kind, window in windows.items()
            if window
        )
    hits = [
        SearchHit(
            kind, row[0], row[1], row[2], from_iso(row[3]), row[4], tuple(terms), row[5], row[6]
        )
        for kind, row in rows[:limit]
    ]
    return SearchResult(hits, terms, query_ms, total)
