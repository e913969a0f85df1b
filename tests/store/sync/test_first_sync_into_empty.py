"""A first sync into an empty journal (``receive.into_empty``) fills the search index of
clients, notes, agreements and drafts once at its end, not by their insert triggers row by
row: the index must hold exactly what the triggers would have written, for every row the
round leaves in the journal and for no other, also when the round writes a record of a
snapshot and then changes or deletes it (a computer's snapshot and its change files after
it, read in one round, spooled), and when a trigger is not the one it knows (left to work).
The triggers that mark changed records, silent while a round applies, are dropped meanwhile:
the round marks nothing, they are back as they were after it (its edits are published), and
a round cut short or failing puts them back too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.sync import round as round_module
from clientjournal.store.sync.receive import into_empty, spool
from clientjournal.store.sync.round import PROJECTED
from tests.store.sync.replicas import Replica, desk_before_its_first_sync

INDEXED = {
    "client": "cj_client_index(name, company, email, profile)",
    "note": "cj_index(body)",
    "agreement": "cj_index(title || ' ' || details)",
    "draft": "cj_index(subject || ' ' || body)",
}
"""What migration 6 indexes of each table (its last statements)."""


def _index(replica: Replica) -> dict[str, list[tuple]]:
    """Each search index's rows by the UUID of their record (None: a row of no record)."""
    return {
        table: replica.sql(
            f"SELECT t.uuid, f.body FROM {table}_fts f LEFT JOIN {table} t ON t.id = f.rowid "
            "ORDER BY 1, 2"
        )
        for table in INDEXED
    }


def _check_index(replica: Replica) -> dict[str, list[tuple]]:
    """The index holds each row's text as the trigger writes it, and nothing else; FTS5's own
    check of it passes."""
    found = _index(replica)
    for table, text in INDEXED.items():
        expected = replica.sql(f"SELECT uuid, {text} FROM {table} ORDER BY 1, 2")
        assert found[table] == expected, table
        replica.sql(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
    return found


def _row_by_row(monkeypatch: pytest.MonkeyPatch) -> None:
    """The round as before: every search index kept by its triggers."""

    def by_triggers(progress):
        from contextlib import nullcontext

        progress(1.0)
        return nullcontext()

    monkeypatch.setattr(round_module, "searched_later", by_triggers)


def _laptop(tmp_path: Path) -> Replica:
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=8, notes=300, seed=21))
    laptop.round()
    return laptop


@pytest.mark.parametrize("spooled", [False, True])
def test_a_first_sync_into_an_empty_journal_indexes_what_the_triggers_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql_traced, spooled: bool
):
    laptop = _laptop(tmp_path)
    counts = {t: laptop.sql(f"SELECT count(*) FROM {t}")[0][0] for t in INDEXED}
    assert all(counts.values()), counts  # the demo has each kind
    if spooled:
        monkeypatch.setattr(spool, "SPOOL_FROM", 40)
        monkeypatch.setattr(spool, "APPLY_BATCH", 37)
    monkeypatch.setattr(into_empty, "SEARCHED_LATER", 50)  # several statements a table
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.open()
    with sql_traced() as statements:
        sync.run_round(desk.folder)
    later = [s for s in statements if s.startswith("INSERT INTO") and "_fts (rowid" in s]
    assert len(later) >= sum(-(-n // 50) for n in counts.values())  # not by the triggers
    # each index ends merged into one segment, not left to the autosaves' merges
    # (search_bulk.merged_at_once)
    segments = {
        t: desk.sql(f"SELECT count(DISTINCT segid) FROM {t}_fts_idx")[0][0] for t in INDEXED
    }
    assert segments == dict.fromkeys(INDEXED, 1), segments
    fast = _check_index(desk)
    with monkeypatch.context() as patched:
        _row_by_row(patched)
        other = Replica(tmp_path, "other", folder=laptop.folder)
        other.round()
        assert _check_index(other) == fast
    assert fast == _check_index(laptop)
    assert desk.export() == laptop.export()
    desk.sql(  # the triggers are back: a note written now is found
        "UPDATE note SET body = 'Zwiebelkuchen' WHERE id = (SELECT min(id) FROM note)"
    )
    assert desk.sql("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'zwiebelkuchen'") == [(1,)]
    _check_index(desk)


@pytest.mark.parametrize("batch", [1, 7])
def test_records_a_round_writes_and_then_changes_or_deletes_are_indexed_as_they_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql_traced, batch: int
):
    """Two computers' snapshots of the same records, each with edits of its own (texts,
    titles and names on both, a client with its notes and some drafts deleted on one), and
    the laptop's change files after its snapshot.  An empty journal reads all of it in one
    round, spooled in batches of ``batch`` records: a batch writes a record of one snapshot,
    the next one (or the round's own projection) changes or deletes it, while the triggers of
    insert are off."""
    laptop = _laptop(tmp_path)
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    laptop.sql("UPDATE note SET body = 'Nachtrag ' || body WHERE id % 3 = 0")
    laptop.sql("UPDATE agreement SET title = 'Vertrag ' || title WHERE id % 2 = 0")
    laptop.sql("UPDATE client SET name = 'Umbenannt ' || name WHERE id % 2 = 0")
    desk.sql("UPDATE note SET body = 'Korrektur ' || body WHERE id % 4 = 0")
    desk.sql("UPDATE client SET company = 'Neu GmbH' WHERE id % 3 = 0")
    desk.sql("DELETE FROM client WHERE id = 5")  # its notes and agreements with it
    desk.sql("DELETE FROM draft WHERE id % 2 = 0")
    shared = tmp_path / "shared"
    shared.mkdir()
    for replica in (laptop, desk):
        replica.folder = shared  # a first round there each: two whole snapshots
        replica.round()
    laptop.sql("UPDATE note SET body = body || ' (später)' WHERE id % 5 = 0")
    laptop.round()  # a change file after its snapshot
    results = []
    for name, fast in (("third", True), ("fourth", False)):
        with monkeypatch.context() as patched:
            patched.setattr(spool, "SPOOL_FROM", 40)
            patched.setattr(spool, "APPLY_BATCH", batch)
            patched.setattr(into_empty, "SEARCHED_LATER", 64)
            if not fast:
                _row_by_row(patched)
            other = Replica(tmp_path, name, folder=tmp_path / f"{name}-shared")
            other.folder.rmdir()
            shutil.copytree(shared, other.folder)
            other.open()
            with sql_traced() as statements:
                sync.run_round(other.folder)
            results.append((_check_index(other), other.export(), other.conflicts()))
        if fast and batch == 1:  # a record of both snapshots written, then written again
            assert any(s.startswith("UPDATE note SET") and "body" in s for s in statements)
            assert any(s.startswith("UPDATE client SET") for s in statements)
    assert results[0] == results[1]
    found = results[0][0]
    assert {u for u, body in found["note"] if body.startswith("Nachtrag")}
    assert {u for u, body in found["note"] if body.startswith("Korrektur")}
    assert {u for u, body in found["client"] if "Neu GmbH" in body}


def test_a_trigger_written_otherwise_is_left_to_index_row_by_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql_traced
):
    laptop = _laptop(tmp_path)
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    changed = (  # the same text indexed, written as migration 6 did not write it
        "CREATE TRIGGER agreement_fts_insert AFTER INSERT ON agreement BEGIN\n"
        "  INSERT INTO agreement_fts (rowid, body) "
        "VALUES (new.id, cj_index(new.title || ' ' || new.details));\nEND"
    )
    desk.sql("DROP TRIGGER agreement_fts_insert")
    desk.sql(changed)
    monkeypatch.setattr(spool, "SPOOL_FROM", 40)
    desk.open()
    with sql_traced() as statements:
        sync.run_round(desk.folder)
    assert not any(
        s.startswith("INSERT INTO agreement_fts (rowid, body) SELECT") for s in statements
    )
    assert any(s.startswith("INSERT INTO note_fts (rowid, body) SELECT") for s in statements)
    assert desk.sql("SELECT sql FROM sqlite_master WHERE name = 'agreement_fts_insert'") == [
        (changed,)
    ]
    assert _check_index(desk) == _check_index(laptop)


def _triggers(replica: Replica) -> list[tuple]:
    return replica.sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY 1"
    )


def test_the_silent_triggers_are_not_run_by_the_round_and_work_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql_traced
):
    desk = desk_before_its_first_sync(tmp_path, clients=6, notes=200, seed=23)
    before = _triggers(desk)
    silent = [
        name for name, table, sql in before if into_empty.SILENT in sql and table in PROJECTED
    ]
    assert {f"sync_{t}_insert" for t in ("client", "note", "agreement", "payment")} <= set(silent)
    monkeypatch.setattr(spool, "SPOOL_FROM", 40)
    desk.open()
    with sql_traced() as statements:
        result = sync.run_round(desk.folder)
    assert result.received > 1000
    dropped = {s.split()[2].strip('"') for s in statements if s.startswith("DROP TRIGGER")}
    assert set(silent) <= dropped
    assert _triggers(desk) == before  # each back, the same text
    assert desk.sql("SELECT count(*) FROM sync_dirty") == [(0,)]
    desk.sql("UPDATE client SET phone = '+49 30 1' WHERE id = 1")
    desk.sql("UPDATE note SET body = 'Nachher' WHERE id = 2")
    desk.sql("DELETE FROM payment WHERE id = (SELECT min(id) FROM payment)")
    marked = desk.sql("SELECT kind FROM sync_dirty ORDER BY 1")
    assert marked == [("client",), ("note",), ("payment",)]
    laptop = Replica(tmp_path, "laptop", folder=desk.folder)
    assert desk.round().sent == 3
    laptop.round()
    assert laptop.export() == desk.export()
    close_journal()


def test_a_round_that_fails_in_its_projection_leaves_the_triggers_as_they_were(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    desk = desk_before_its_first_sync(tmp_path, clients=6, notes=200, seed=24)
    before = _triggers(desk)
    monkeypatch.setattr(spool, "SPOOL_FROM", 40)
    monkeypatch.setattr(spool, "APPLY_BATCH", 50)
    applied: list[int] = []

    class Closed(Exception):
        pass

    def progress(done: int, total: int) -> None:
        if total and database.execute_sql("SELECT count(*) FROM note").fetchone()[0] > 100:
            applied.append(done)
            raise Closed  # as the window cuts a round short

    desk.open()
    with pytest.raises(Closed):
        sync.run_round(desk.folder, progress=progress)
    assert applied
    assert _triggers(desk) == before
    assert desk.sql("SELECT count(*) FROM note") == [(0,)]
    desk.sql("INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, 'A', ?, ?)",
             "0f0f0f0f-0000-4000-8000-000000000001", "2026-01-01T00:00:00.000000Z",
             "2026-01-01T00:00:00.000000Z")  # fmt: skip
    assert desk.sql("SELECT kind FROM sync_dirty") == [("client",)]
    close_journal()


@pytest.mark.parametrize("batch", [1, 2, 50])
def test_every_kind_with_its_tags_and_items_into_an_empty_journal_spooled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
):
    """A new record's row id is read again only where it is needed (``Projector``: tags and
    items, a later kind's reference, a conflict): every kind of record, tags, a template's
    items and references between kinds written by one batch or by several."""
    from tests.store.sync.test_kinds import AT, ROWS, everything

    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    for statement in ROWS:
        laptop.sql(statement, *([AT] * statement.count("?")))
    laptop.round()
    monkeypatch.setattr(spool, "SPOOL_FROM", 5)
    monkeypatch.setattr(spool, "APPLY_BATCH", batch)
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    want = everything(laptop)
    assert all(want.values()), want
    assert everything(desk) == want
    assert desk.export() == laptop.export()
    close_journal()
