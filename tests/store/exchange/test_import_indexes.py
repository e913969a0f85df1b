"""An import into an empty journal builds the secondary indexes of the tables it fills once at
its end (issue 21: a million random index inserts at ten times the demo journal), inside its
one transaction: afterwards the journal has exactly the indexes it had, and an import that
fails at any step, the rebuild included, leaves the journal as it was, indexes and all."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import clients
from clientjournal.store.clients import ClientData
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.exchange import json_import
from clientjournal.store.exchange.fresh import FILLED
from clientjournal.store.models import database
from clientjournal.store.search import search

sys.path.insert(0, str(Path(__file__).parent))
from test_exchange import content, export_to, switch_journal, write


def schema() -> list[tuple]:
    """Every table, index, trigger and view as SQLite keeps it (not where its pages are)."""
    return database.execute_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()


def healthy() -> bool:
    """SQLite's integrity check, and FTS5's of the note index against its notes."""
    database.execute_sql("INSERT INTO note_fts (note_fts, rank) VALUES ('integrity-check', 1)")
    return database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


def fts_rows() -> tuple[list[tuple], list[tuple]]:
    """The note index's text per note UUID, and its configuration."""
    indexed = database.execute_sql(
        "SELECT n.uuid, f.body FROM note_fts f JOIN note n ON n.id = f.rowid ORDER BY n.uuid"
    ).fetchall()
    config = database.execute_sql("SELECT k, v FROM note_fts_config ORDER BY k").fetchall()
    return indexed, config


@pytest.fixture
def exported(journal, tmp_path: Path) -> dict:
    """A demo journal with every kind of record, exported; the test then runs in a second,
    empty journal."""
    fill(generate(4, 40, seed=7))
    clients.create(ClientData(name="Ohne Notizen", tags=["VIP"]))
    document = export_to(tmp_path / "export.json")
    switch_journal(tmp_path / "second")
    return document


@pytest.fixture
def denied() -> Iterator[set[tuple[int, str]]]:
    """(action, name) pairs the connection refuses to prepare: a failure injected at that
    step of the import."""
    refused: set[tuple[int, str]] = set()

    def authorize(action: int, name: str | None, *rest: object) -> int:
        return sqlite3.SQLITE_DENY if (action, name) in refused else sqlite3.SQLITE_OK

    connection = database.connection()
    connection.set_authorizer(authorize)
    yield refused
    connection.set_authorizer(None)


def _indexes() -> list[str]:
    marks = ", ".join("?" * len(FILLED))
    return [
        row[0]
        for row in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            FILLED,
        )
    ]


def test_the_journal_has_the_same_indexes_after_an_import(exported, tmp_path, way, sql_traced):
    before = schema()
    indexes = _indexes()
    assert "note_client_created" in indexes and "agreement_event_agreement_at" in indexes
    with sql_traced() as statements:
        exchange.import_file(tmp_path / "export.json")
    built = [s for s in statements if s.startswith("CREATE INDEX")]
    assert len(built) == len(indexes)  # each once, at the end: not kept up row by row
    assert statements.index(built[0]) > max(
        i for i, s in enumerate(statements) if s.startswith("INSERT INTO note ")
    )
    assert schema() == before
    assert healthy()
    exported.pop("exported_at")
    assert content() == exported


def test_into_a_journal_with_records_the_indexes_are_kept(exported, tmp_path, way, sql_traced):
    clients.create(ClientData(name="Schon da"))
    before = schema()
    with sql_traced() as statements:
        exchange.import_file(tmp_path / "export.json")
    assert not [s for s in statements if s.startswith(("DROP INDEX", "CREATE INDEX"))]
    assert schema() == before and healthy()


@pytest.mark.parametrize(
    "step", ["drop first", "drop last", "index notes", "build first", "build last"]
)
def test_a_failure_at_any_step_of_the_rebuild_leaves_the_journal_as_it_was(
    exported, tmp_path, way, denied, step
):
    before, nothing, index = schema(), content(), fts_rows()
    indexes = _indexes()
    name = indexes[0] if step.endswith("first") else indexes[-1]
    action = sqlite3.SQLITE_DROP_INDEX if step.startswith("drop") else sqlite3.SQLITE_CREATE_INDEX
    denied.add((sqlite3.SQLITE_INSERT, "note_fts") if step == "index notes" else (action, name))
    with pytest.raises(exchange.ImportFailed, match="not authorized"):
        exchange.import_file(tmp_path / "export.json")
    denied.clear()
    assert schema() == before and healthy()
    assert content() == nothing and fts_rows() == index
    exchange.import_file(tmp_path / "export.json")  # and then it imports
    assert schema() == before and healthy()
    exported.pop("exported_at")
    assert content() == exported


def test_a_uuid_used_twice_late_in_the_file_leaves_the_journal_as_it_was(exported, tmp_path, way):
    before, nothing = schema(), content()
    last = exported["clients"][-1]
    last["uuid"] = exported["clients"][0]["notes"][0]["uuid"]
    with pytest.raises(exchange.ImportFailed, match="already used"):
        exchange.import_file(write(tmp_path / "twice.json", exported))
    assert schema() == before and healthy()
    assert content() == nothing


def found() -> list[tuple]:
    """What searches for words of the notes find (with their bm25 ranks and the totals)."""
    words = database.execute_sql(
        "SELECT DISTINCT lower(substr(body, 1, instr(body || ' ', ' ') - 1)) AS word FROM note "
        "WHERE length(word) > 4 ORDER BY word LIMIT 12"
    ).fetchall()
    queries = [word for (word,) in words] + ["an", "Ter", "Angebot Termin"]
    results = []
    for query in queries:
        result = search(query, limit=1000)
        hits = [(h.kind, h.client_name, h.text, h.at, round(h.rank, 9)) for h in result.hits]
        results.append((query, result.total, hits))
    return results


def test_search_finds_the_same_after_an_import(journal, tmp_path, way, monkeypatch, sql_traced):
    """The notes are indexed once at the end of the import (not per batch): all of them but
    the last in one statement, the last in a second, then merged (``search._lifted``); search
    finds what it finds after an import that indexes each batch's notes (as before),
    ranked the same, and the index holds what the exported journal's held."""
    fill(generate(4, 40, seed=7))
    indexed_before = fts_rows()
    export_to(tmp_path / "export.json")
    switch_journal(tmp_path / "per batch")
    with monkeypatch.context() as patched:
        patched.setattr(json_import, "built_at_end", lambda fresh: contextlib.nullcontext())
        exchange.import_file(tmp_path / "export.json")
    before = found()
    assert sum(len(hits) for _, _, hits in before) > 50
    switch_journal(tmp_path / "second")
    with sql_traced() as statements:
        exchange.import_file(tmp_path / "export.json")
    assert len([s for s in statements if s.startswith("INSERT INTO note_fts (rowid")]) == 2
    assert "INSERT INTO note_fts (note_fts) VALUES ('optimize')" in statements
    assert found() == before
    assert fts_rows() == indexed_before
    assert healthy()
