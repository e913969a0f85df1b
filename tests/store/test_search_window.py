"""The ranked window (store/search.py, issue 21): ranked in one pass over the index, and still
exactly what SQL's ``... AND f.rowid >= <the window's oldest match> ORDER BY f.rank`` gives: the
same records in the same order (equal ranks oldest first), trashed clients and discarded drafts
left out after the window is taken, and the same totals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clientjournal.core.cooling import DraftData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.search_text import has_all_terms, match_expression, query_terms
from clientjournal.store import clients, drafts, notes, search
from clientjournal.store.models import Agreement, database

NOW = datetime(2024, 6, 20, 10, tzinfo=UTC)


def by_sql(text: str, limit: int) -> tuple[list[tuple[str, int, float]], int]:
    """The search as one SQL query per kind ranks it, and the total its count gives."""
    expression = match_expression(query_terms(text))
    rows, total = [], 0
    for kind in search.KINDS:
        sql = search._SQL[kind][0]
        oldest = database.execute_sql(
            f"SELECT rowid FROM {kind}_fts WHERE {kind}_fts MATCH ? "
            "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            (expression, search.RANKED_WINDOW - 1),
        ).fetchone()
        params: list[object] = [expression]
        if oldest is not None:
            sql += " AND f.rowid >= ?"
            params.append(oldest[0])
        found = database.execute_sql(sql + " ORDER BY f.rank LIMIT ?", [*params, limit])
        rows += [(kind, row[0], _named_first(kind, row, text)) for row in found.fetchall()]
        total += database.execute_sql(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0]
    rows.sort(key=lambda row: row[2])
    return rows[:limit], total


def _named_first(kind: str, row: tuple, text: str) -> float:
    """A client whose name or company has every word of the query comes first (NAMED_FIRST)."""
    name_and_company = " ".join(str(row[4]).split(chr(31))[:2])
    if kind == "client" and has_all_terms(name_and_company, query_terms(text)):
        return row[5] - search.NAMED_FIRST
    return row[5]


@pytest.mark.parametrize("unlisted_at_most", [search.UNLISTED_AT_MOST, 0])
def test_the_window_ranks_as_sql_does_with_ties_trash_and_discarded_drafts(
    journal, monkeypatch, unlisted_at_most
):
    """With the totals from the trash's ids, and (0) from the window's records counted."""
    monkeypatch.setattr(search, "RANKED_WINDOW", 12)
    monkeypatch.setattr(search, "UNLISTED_AT_MOST", unlisted_at_most)
    people = [clients.create(ClientData(name=f"Kunde {n} Angebot")) for n in range(4)]
    for day in range(30):  # many equal ranks: the same few texts again and again
        body = ("Angebot geschickt", "Angebot, Angebot und Termin", "Kein Angebot")[day % 3]
        notes.save(
            NoteData(client_id=people[day % 4], created_at=NOW - timedelta(days=day), body=body)
        )
    with database.atomic():
        for n in range(15):
            Agreement.create(client=people[n % 4], title=f"Angebot {n % 2}", details="")
    for n in range(14):
        draft = drafts.save(DraftData(client_id=people[n % 4], subject="Angebot", body="Anbei."))
        if n % 3 == 0:
            drafts.discard(draft.id)
    clients.trash(people[1])  # its notes stay in the index and in the window
    for limit in (1, 3, 5, 8, 12, 50):
        result = search.search("angebot", limit)
        expected, total = by_sql("angebot", limit)
        assert [(hit.kind, hit.record_id, hit.rank) for hit in result.hits] == expected
        assert result.total == total
    ranks = [hit.rank for hit in search.search("angebot", 50).hits if hit.kind == "note"]
    assert len(ranks) > len(set(ranks))  # the ties this is about


def test_a_prefix_of_one_word_ranks_as_the_prefix_does(journal):
    """A query word that one indexed word starts with is searched as that word; with two words
    (or none) it stays a prefix: the ranks are the prefix query's either way."""
    anna = clients.create(ClientData(name="Anna"))
    for day, body in enumerate(["Stundensatz erhöht", "Stundensatz, Stundensatz", "Tagessatz"]):
        notes.save(NoteData(client_id=anna, created_at=NOW - timedelta(days=day), body=body))
    assert search._window_expression("note", ["stunden"]) == '"stundensatz"'
    # "erhöht" is indexed as "erhoeht erhoht": two words start with "erho"
    assert search._window_expression("note", ["stunden", "erho"]) == '"stundensatz" "erho"*'
    assert search._window_expression("note", ["erhoe"]) == '"erhoeht"'
    assert search._window_expression("note", ["kaffee"]) is None
    for text in ("stunden", "stundensatz erhöht", "erho", "erhoe", "satz"):
        expected, total = by_sql(text, 50)
        result = search.search(text)
        assert [(hit.kind, hit.record_id, hit.rank) for hit in result.hits] == expected
        assert result.total == total
    notes.save(NoteData(client_id=anna, created_at=NOW, body="Stundenzettel"))
    assert search._window_expression("note", ["stunden"]) == '"stunden"*'
    expected, _ = by_sql("stunden", 50)
    assert [(h.kind, h.record_id, h.rank) for h in search.search("stunden").hits] == expected
    assert search.search("kaffee").hits == [] and search.search("kaffee").total == 0


def test_only_the_records_that_can_be_listed_are_read(journal, monkeypatch):
    """The kinds' windows are merged by rank before any record is read: the records of the
    first ``limit`` matches, not ``limit`` of every kind (most of them cut off afterwards);
    the list and its total stay what SQL gives."""
    people = [clients.create(ClientData(name=f"Kunde {n} Angebot")) for n in range(3)]
    for day in range(20):
        notes.save(
            NoteData(client_id=people[day % 3], created_at=NOW - timedelta(days=day),
                     body="Angebot, Angebot" if day % 2 else "Angebot und ein langer Text " * 5)
        )  # fmt: skip
    with database.atomic():
        for n in range(6):
            Agreement.create(client=people[n % 3], title="Angebot", details="")
    read: list[int] = []
    names: list[int] = []  # the client names looked at for NAMED_FIRST: bounded on their own
    execute = database.obj.execute_sql

    def counting(sql, params=None, *args, **kwargs):
        if sql.startswith("SELECT id, name, company FROM client WHERE id IN (?"):
            names.append(len(params))
        elif " IN (?" in sql and "COUNT(*)" not in sql:
            read.append(len(params))
        return execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", counting)
    for limit in (1, 3, 10):
        read.clear()
        result = search.search("angebot", limit)
        expected, total = by_sql("angebot", limit)
        assert [(hit.kind, hit.record_id, hit.rank) for hit in result.hits] == expected
        assert result.total == total
        assert sum(read) == limit  # notes, clients and agreements match: 3 * limit before
        assert names == [3]  # the three clients' names, once
        names.clear()


def test_the_total_reads_no_record_of_the_windows(journal, monkeypatch):
    """A window's total is its size less its records in the trash, whose ids come from the
    indexes; counting the found records read all of them (a thousand notes a kind)."""
    monkeypatch.setattr(search, "RANKED_WINDOW", 12)
    people = [clients.create(ClientData(name=f"Kunde {n} Angebot")) for n in range(3)]
    for day in range(30):
        notes.save(
            NoteData(client_id=people[day % 3], created_at=NOW - timedelta(days=day),
                     body="Angebot, Angebot" if day % 2 else "Angebot und ein langer Text " * 5)
        )  # fmt: skip
    for n in range(14):
        draft = drafts.save(DraftData(client_id=people[n % 3], subject="Angebot", body="Anbei."))
        if n % 3 == 0:
            drafts.discard(draft.id)
    clients.trash(people[1])
    statements: list[str] = []
    execute = database.obj.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        statements.append(sql)
        return execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", recording)
    result = search.search("angebot", 5)
    monkeypatch.setattr(database.obj, "execute_sql", execute)
    _, total = by_sql("angebot", 5)
    assert result.total == total and total > 12
    assert not [sql for sql in statements if sql.startswith("SELECT COUNT(*)")]
