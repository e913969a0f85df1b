"""An import into an empty journal, and a demo fill, mark their records for the next sync
round once at their end, each kind in UUID order, instead of by the insert triggers row by row
(issue 21: at ten times the demo journal the triggers' random inserts into ``sync_dirty``
were one of three per record).  The marks are the ones the triggers made, and a failure at
the marking leaves the journal as it was."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import clients
from clientjournal.store.clients import ClientData
from clientjournal.store.demo import fill as demo_fill
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import fresh
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.models import database

sys.path.insert(0, str(Path(__file__).parent))
from test_exchange import content, export_to, switch_journal

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def marks() -> list[tuple[str, str]]:
    return database.execute_sql("SELECT kind, uuid FROM sync_dirty ORDER BY kind, uuid").fetchall()


def everything() -> list[tuple[str, str]]:
    """Every record of the journal as the kind and UUID a mark names."""
    found = []
    for kind in fresh.MARKED:
        rows = database.execute_sql(f"SELECT uuid FROM {kind}").fetchall()
        found += [(kind, uuid) for (uuid,) in rows]
    return sorted(found)


@contextlib.contextmanager
def marks_while_writing() -> Iterator[list[int]]:
    """The number of marks in ``sync_dirty`` each time a note is inserted (a temporary
    trigger of this connection only)."""
    database.execute_sql("CREATE TEMP TABLE seen (marks INTEGER)")
    database.execute_sql(
        "CREATE TEMP TRIGGER count_marks AFTER INSERT ON main.note BEGIN "
        "INSERT INTO seen VALUES ((SELECT COUNT(*) FROM sync_dirty)); END"
    )
    found: list[int] = []
    try:
        yield found
    finally:
        found += [row[0] for row in database.execute_sql("SELECT marks FROM seen")]
        database.execute_sql("DROP TRIGGER temp.count_marks")
        database.execute_sql("DROP TABLE temp.seen")


def by_triggers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The marks made row by row by the triggers, as before."""
    monkeypatch.setattr(fresh, "marked_at_end", lambda kinds: contextlib.nullcontext())


@pytest.fixture
def exported(journal, tmp_path: Path) -> dict:
    fill(generate(4, 40, seed=7, now=NOW))
    clients.create(ClientData(name="Ohne Notizen", tags=["VIP"]))
    document = export_to(tmp_path / "export.json")
    document.pop("exported_at")
    return document


def test_an_import_into_an_empty_journal_marks_what_the_triggers_marked(
    exported, tmp_path, way, monkeypatch, sql_traced
):
    with monkeypatch.context() as patched:
        by_triggers(patched)
        switch_journal(tmp_path / "by triggers")
        exchange.import_file(tmp_path / "export.json")
    expected = marks()
    assert expected == everything() and len(expected) > 100
    switch_journal(tmp_path / "second")
    with sql_traced() as statements, marks_while_writing() as seen:
        exchange.import_file(tmp_path / "export.json")
    assert marks() == expected
    assert seen and set(seen) == {0}  # none while the notes were written
    marking = [s for s in statements if s.startswith("INSERT OR REPLACE INTO sync_dirty")]
    assert len(marking) == len(fresh.MARKED)
    assert all(s.endswith("ORDER BY uuid") for s in marking)
    assert database.execute_sql("SELECT COUNT(*) FROM sync_applying").fetchone()[0] == 0
    assert content() == exported


def test_into_a_journal_with_records_the_triggers_mark_them(exported, tmp_path, way):
    switch_journal(tmp_path / "second")
    clients.create(ClientData(name="Schon da"))
    with marks_while_writing() as seen:
        exchange.import_file(tmp_path / "export.json")
    assert max(seen) > min(seen)  # marked as they were written
    assert marks() == everything()


def test_a_failure_at_the_marking_leaves_the_journal_as_it_was(exported, tmp_path, way):
    switch_journal(tmp_path / "second")
    nothing = content()

    def authorize(action: int, name: str | None, *rest: object) -> int:
        refused = action == sqlite3.SQLITE_INSERT and name == "sync_dirty"
        return sqlite3.SQLITE_DENY if refused else sqlite3.SQLITE_OK

    connection = database.connection()
    connection.set_authorizer(authorize)
    try:
        with pytest.raises(exchange.ImportFailed, match="not authorized"):
            exchange.import_file(tmp_path / "export.json")
    finally:
        connection.set_authorizer(None)
    assert content() == nothing and marks() == []
    assert database.execute_sql("SELECT COUNT(*) FROM sync_applying").fetchone()[0] == 0
    clients.create(ClientData(name="Danach"))  # the triggers mark again
    assert [kind for kind, _ in marks()] == ["client"]


def test_a_demo_fill_marks_what_the_triggers_marked(journal, tmp_path, monkeypatch):
    with monkeypatch.context() as patched:
        by_triggers(patched)
        fill(generate(6, 120, seed=3, now=NOW))
    expected = marks()
    assert expected == everything()
    assert {kind for kind, _ in expected} == set(demo_fill.MARKED)
    switch_journal(tmp_path / "second")
    with marks_while_writing() as seen:
        fill(generate(6, 120, seed=3, now=NOW))
    assert marks() == expected
    assert seen and set(seen) == {0}
    assert database.execute_sql("SELECT COUNT(*) FROM sync_applying").fetchone()[0] == 0
