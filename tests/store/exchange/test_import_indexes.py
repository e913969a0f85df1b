"""An import into an empty journal builds the secondary indexes of the tables it fills once at
its end (issue 21: a million random index inserts at ten times the demo journal), inside its
one transaction: afterwards the journal has exactly the indexes it had, and an import that
fails at any step, the rebuild included, leaves the journal as it was, indexes and all."""

from __future__ import annotations

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
from clientjournal.store.exchange import json_stream
from clientjournal.store.exchange.fresh import FILLED
from clientjournal.store.models import database

sys.path.insert(0, str(Path(__file__).parent))
from test_exchange import content, export_to, switch_journal, write


def schema() -> list[tuple]:
    """Every table, index, trigger and view as SQLite keeps it (not where its pages are)."""
    return database.execute_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()


def healthy() -> bool:
    return database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.fixture(params=["streamed", "whole"])
def way(request, monkeypatch: pytest.MonkeyPatch) -> str:
    """Batches of a few clients, or the whole document at once (a file of another shape)."""
    monkeypatch.setattr(json_stream, "BATCH_NOTES", 7)
    if request.param == "whole":

        def not_streamable(*args, **kwargs):
            raise json_stream.NotStreamable("test")

        monkeypatch.setattr(json_stream, "batches", not_streamable)
    return request.param


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


def test_the_journal_has_the_same_indexes_after_an_import(exported, tmp_path, way):
    before = schema()
    indexes = _indexes()
    assert "note_client_created" in indexes and "agreement_event_agreement_at" in indexes
    statements: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(statements.append)
    try:
        exchange.import_file(tmp_path / "export.json")
    finally:
        connection.set_trace_callback(None)
    built = [s for s in statements if s.startswith("CREATE INDEX")]
    assert len(built) == len(indexes)  # each once, at the end: not kept up row by row
    assert statements.index(built[0]) > max(
        i for i, s in enumerate(statements) if s.startswith("INSERT INTO note ")
    )
    assert schema() == before
    assert healthy()
    exported.pop("exported_at")
    assert content() == exported


def test_into_a_journal_with_records_the_indexes_are_kept(exported, tmp_path, way):
    clients.create(ClientData(name="Schon da"))
    before = schema()
    statements: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(statements.append)
    try:
        exchange.import_file(tmp_path / "export.json")
    finally:
        connection.set_trace_callback(None)
    assert not [s for s in statements if s.startswith(("DROP INDEX", "CREATE INDEX"))]
    assert schema() == before and healthy()


@pytest.mark.parametrize("step", ["drop first", "drop last", "build first", "build last"])
def test_a_failure_at_any_step_of_the_rebuild_leaves_the_journal_as_it_was(
    exported, tmp_path, way, denied, step
):
    before, nothing = schema(), content()
    indexes = _indexes()
    name = indexes[0] if step.endswith("first") else indexes[-1]
    action = sqlite3.SQLITE_DROP_INDEX if step.startswith("drop") else sqlite3.SQLITE_CREATE_INDEX
    denied.add((action, name))
    with pytest.raises(exchange.ImportFailed, match="not authorized"):
        exchange.import_file(tmp_path / "export.json")
    denied.clear()
    assert schema() == before and healthy()
    assert content() == nothing
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
