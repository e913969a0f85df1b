"""A first sync into an empty journal builds the secondary indexes of the tables it fills once,
when its projection ends (issue 21: it writes each kind in UUID order, so a note's client and
time index took a million inserts at random places at ten times the demo journal), inside the
round's transaction: the journal ends the same, with the indexes it had, and a round that
fails at the rebuild leaves it as it was."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from peewee import DatabaseError

from clientjournal.store import sync
from clientjournal.store.models import database
from clientjournal.store.sync import round as round_module
from tests.store.sync.replicas import Replica, desk_before_its_first_sync


def schema() -> list[tuple]:
    return database.execute_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()


def journal() -> tuple[list[tuple], ...]:
    """What the journal holds: every record table's rows, the sync state and its marks."""
    tables = [*round_module.MARKED, "note_tag", "client_tag", "tag", "sync_record", "sync_ref"]
    return tuple(
        database.execute_sql(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in tables
    )


def healthy() -> bool:
    return database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]


def _secondary() -> list[str]:
    marks = ", ".join("?" * len(round_module.PROJECTED))
    return [
        name
        for (name,) in database.execute_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY name",
            round_module.PROJECTED,
        )
    ]


def test_a_first_sync_into_an_empty_journal_builds_its_indexes_once_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql_traced
):
    desk = desk_before_its_first_sync(tmp_path, clients=6, notes=150, seed=4)
    before = schema()
    indexes = _secondary()
    assert "note_client_created" in indexes and "note_conflict_note" not in indexes
    with monkeypatch.context() as patched:  # the other desk writes them row by row
        patched.setattr(
            round_module, "_indexes_later_when_empty", lambda _meter: contextlib.nullcontext()
        )
        other = Replica(tmp_path, "other", folder=desk.folder)
        other.open()
        sync.run_round(desk.folder)
        expected = journal()
    desk.open()
    with sql_traced() as statements:
        sync.run_round(desk.folder)
    built = [s for s in statements if s.startswith("CREATE INDEX")]
    assert len(built) == len(indexes)  # each once, after the notes: not kept up row by row
    assert statements.index(built[0]) > max(
        i for i, s in enumerate(statements) if s.startswith("INSERT INTO note ")
    )
    assert schema() == before and healthy()
    assert journal() == expected


def test_a_round_into_a_journal_with_records_keeps_its_indexes(tmp_path: Path, sql_traced):
    desk = desk_before_its_first_sync(tmp_path, clients=4, notes=60, seed=5)
    desk.add_client("0f0f0f0f-0000-4000-8000-000000000001", "Schon da")
    with sql_traced() as statements:
        sync.run_round(desk.folder)
    assert not [s for s in statements if s.startswith(("DROP INDEX", "CREATE INDEX"))]
    assert database.execute_sql("SELECT COUNT(*) FROM note").fetchone()[0] == 60
    assert healthy()


@pytest.mark.parametrize("step", ["drop", "build"])
def test_a_failure_at_the_rebuild_leaves_the_journal_as_it_was(tmp_path: Path, step: str):
    desk = desk_before_its_first_sync(tmp_path, clients=4, notes=60, seed=6)
    before, nothing = schema(), journal()
    action = sqlite3.SQLITE_DROP_INDEX if step == "drop" else sqlite3.SQLITE_CREATE_INDEX

    def authorize(code: int, name: str | None, *rest: object) -> int:
        return sqlite3.SQLITE_DENY if code == action else sqlite3.SQLITE_OK

    connection = database.connection()
    connection.set_authorizer(authorize)
    try:
        with pytest.raises(DatabaseError, match="not authorized"):
            sync.run_round(desk.folder)
    finally:
        connection.set_authorizer(None)
    assert schema() == before and healthy()
    assert journal() == nothing
    sync.run_round(desk.folder)  # and then it syncs
    assert schema() == before and healthy()
    assert database.execute_sql("SELECT COUNT(*) FROM note").fetchone()[0] == 60
