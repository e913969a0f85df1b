"""attack25d: a first sync into an empty journal (``receive.into_empty``: the search index
filled once at the end of the projection, the triggers that mark changed records dropped
meanwhile and created again, the secondary indexes built at the end) attacked as a hostile
world would: SIGKILL at each of its steps in a real process, a full disk while the index is
filled, the round cut short there, an encrypted journal, records with hostile text, and a
journal that is not empty.  After each: the triggers and indexes are there with their exact
text, the search index holds each row's text as its trigger writes it (FTS5's own check
passes), nothing is half applied, lost or duplicated, the next round completes, and the next
edit is marked and published."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import connection, sync
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.sync import round as round_module
from clientjournal.store.sync.receive import into_empty, spool
from tests.store.sync.replicas import Replica, uid
from tests.store.sync.test_encrypted import encrypted_replica
from tests.store.sync.test_first_sync_into_empty import INDEXED, _check_index
from tests.store.sync.test_sync_kill import environment

AT = "2026-03-04T05:06:07.123456Z"


def _schema(replica: Replica) -> list[tuple]:
    """Every trigger and index with its exact text (what a round may drop and create)."""
    return replica.sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE type IN ('trigger', 'index') ORDER BY type, name"
    )


def _laptop_and_empty_desk(root: Path, notes: int = 300) -> tuple[Replica, Replica]:
    laptop = Replica(root, "laptop")
    laptop.open()
    fill(generate(clients=6, notes=notes, seed=25))
    laptop.round()
    desk = Replica(root, "desk", folder=laptop.folder)
    desk.open()  # created, empty
    return laptop, desk


def _intact(desk: Replica, schema: list[tuple], notes: int) -> None:
    """What every kill, failure or cut must leave: all or nothing of the round, the schema
    as it was, the search index of each row as its trigger writes it, nothing half done."""
    assert _schema(desk) == schema
    assert desk.sql("PRAGMA integrity_check") == [("ok",)]
    assert desk.sql("SELECT count(*) FROM sync_applying") == [(0,)]
    assert desk.sql("SELECT count(*) FROM note")[0][0] in (0, notes)
    _check_index(desk)


def _completes_and_publishes(laptop: Replica, desk: Replica, schema: list[tuple]) -> None:
    """The next round takes everything once; the triggers mark the next edit, the round
    after publishes it."""
    desk.round()
    assert _schema(desk) == schema
    assert _check_index(desk) == _check_index(laptop)
    assert desk.export() == laptop.export()
    assert desk.sql("SELECT count(*) FROM sync_dirty") == [(0,)]
    desk.sql("UPDATE note SET body = 'Zwiebelkuchen nach dem Abbruch' WHERE id = 7")
    desk.sql("UPDATE client SET phone = '+49 30 25' WHERE id = 2")
    assert desk.sql("SELECT kind FROM sync_dirty ORDER BY 1") == [("client",), ("note",)]
    assert desk.sql("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'zwiebelkuchen'") == [(1,)]
    assert desk.round().sent == 2
    laptop.round()
    assert laptop.export() == desk.export()
    close_journal()


KILLED_ROUND = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from clientjournal.store import sync
    from clientjournal.store.connection import open_journal
    from clientjournal.store.models import database
    from clientjournal.store.sync import round as round_module
    from clientjournal.store.sync.receive import into_empty, spool

    where = sys.argv[3]
    spool.SPOOL_FROM, spool.APPLY_BATCH = 40, 50  # a spooled round, some batches applied
    into_empty.SEARCHED_LATER = 40  # the index filled in several statements

    def kill():
        os.kill(os.getpid(), signal.SIGKILL)

    at, indexing = round_module.Meter.at, round_module.Meter.indexing

    def killing_at(self, fraction):
        at(self, fraction)
        if where == "projecting" and fraction > round_module.SAVED:
            notes = database.execute_sql("SELECT count(*) FROM note").fetchone()[0]
            if notes > 100:  # the marking and index triggers dropped, rows written
                kill()
        if where == "before-commit" and fraction >= 1.0:
            kill()  # everything written, the triggers and indexes created again

    def killing_indexing(self, fraction):
        indexing(self, fraction)
        if where == "indexing" and 0.3 < fraction < 1.0:
            kill()

    round_module.Meter.at, round_module.Meter.indexing = killing_at, killing_indexing
    if where == "committed":
        remember = sync._remember
        sync._remember = lambda *args, **kwargs: kill()
    open_journal(Path(sys.argv[1]))
    sync.run_round(Path(sys.argv[2]), progress=lambda done, total: None)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("where", ["projecting", "indexing", "before-commit", "committed"])
def test_a_first_sync_into_an_empty_journal_killed_at_each_step(tmp_path: Path, where: str):
    laptop, desk = _laptop_and_empty_desk(tmp_path)
    notes = laptop.sql("SELECT count(*) FROM note")[0][0]
    schema = _schema(desk)
    close_journal()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_ROUND, str(desk.data_dir), str(desk.folder), where],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    _intact(desk, schema, notes)
    applied = desk.sql("SELECT count(*) FROM note")[0][0]
    assert applied == (notes if where == "committed" else 0)
    _completes_and_publishes(laptop, desk, schema)


def test_a_round_cut_short_while_it_fills_the_index_leaves_all_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The controller's check (the progress callback raising) between two statements of the
    index fill: the rows, the index and the dropped triggers all go with the rollback."""
    laptop, desk = _laptop_and_empty_desk(tmp_path)
    schema = _schema(desk)
    monkeypatch.setattr(into_empty, "SEARCHED_LATER", 25)

    class Cut(Exception):
        pass

    filled: list[int] = []

    def progress(done: int, total: int) -> None:
        written = database.execute_sql("SELECT count(*) FROM note_fts").fetchone()[0]
        if total and written:  # the index fill has begun (nothing indexed before it)
            filled.append(written)
            raise Cut

    desk.open()
    with pytest.raises(Cut):
        sync.run_round(desk.folder, progress=progress)
    assert filled and filled[0] < laptop.sql("SELECT count(*) FROM note")[0][0]
    _intact(desk, schema, 0)
    assert desk.sql("SELECT count(*) FROM note") == [(0,)]
    _completes_and_publishes(laptop, desk, schema)


def test_a_full_disk_while_the_index_is_filled_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The journal on a small tmpfs, filled up when the index fill begins; a small page
    cache, so its statements write to the disk themselves (not only the commit)."""
    from clientjournal.paths import sqlite_problem
    from tests.cli.mounts import fill_up, small_disk

    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=6, notes=1500, seed=26))
    laptop.round()
    close_journal()
    with small_disk(tmp_path / "disk", 16_000) as disk:
        desk = Replica(disk, "desk", folder=laptop.folder)
        desk.open()
        schema = _schema(desk)
        monkeypatch.setattr(connection, "BULK_CACHE_KIB", 256)
        monkeypatch.setattr(into_empty, "SEARCHED_LATER", 100)
        full: list[bool] = []
        indexing = round_module.Meter.indexing

        def filling_up(self: round_module.Meter, fraction: float) -> None:
            if not full:
                full.append(True)
                fill_up(disk, 0)
            indexing(self, fraction)

        monkeypatch.setattr(round_module.Meter, "indexing", filling_up)
        desk.open()
        with pytest.raises(Exception) as failed:
            sync.run_round(desk.folder, progress=lambda done, total: None)
        assert full
        assert sqlite_problem(failed.value) == "the disk is full"  # the line shown
        monkeypatch.setattr(round_module.Meter, "indexing", indexing)
        close_journal()
        (disk / "filler").unlink()
        _intact(desk, schema, 0)
        assert desk.sql("SELECT count(*) FROM note") == [(0,)]
        _completes_and_publishes(laptop, desk, schema)


def test_an_encrypted_journal_gets_its_index_and_triggers(tmp_path: Path):
    """SQLCipher: the same index, the triggers back and working (one open each: every open
    derives the key anew)."""
    shared = tmp_path / "shared"
    shared.mkdir()
    laptop = encrypted_replica(tmp_path, "laptop", shared, "ein langes Passwort 25")
    laptop.open()
    fill(generate(clients=5, notes=300, seed=27))
    sync.run_round(shared)
    wanted = {table: _indexed(table) for table in INDEXED}
    desk = encrypted_replica(tmp_path, "desk", shared, "ein langes Passwort 25")
    desk.open()
    schema = _schema_here()
    sync.run_round(shared)
    assert _schema_here() == schema
    assert {table: _indexed(table) for table in INDEXED} == wanted
    database.execute_sql("UPDATE note SET body = 'Zwiebelkuchen' WHERE id = 7")
    assert database.execute_sql("SELECT kind FROM sync_dirty").fetchall() == [("note",)]
    assert sync.run_round(shared).sent == 1
    laptop.open()
    sync.run_round(shared)
    assert database.execute_sql(
        "SELECT count(*) FROM note WHERE body = 'Zwiebelkuchen'"
    ).fetchall() == [(1,)]
    close_journal()


def _schema_here() -> list[tuple]:
    return database.execute_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE type IN ('trigger', 'index') ORDER BY type, name"
    ).fetchall()


def _indexed(table: str) -> list[tuple]:
    """The open journal's index of ``table`` by UUID, after FTS5's own check; it holds what
    the insert trigger writes (``INDEXED``)."""
    database.execute_sql(f"INSERT INTO {table}_fts ({table}_fts) VALUES ('integrity-check')")
    found = database.execute_sql(
        f"SELECT t.uuid, f.body FROM {table}_fts f LEFT JOIN {table} t ON t.id = f.rowid "
        "ORDER BY 1, 2"
    ).fetchall()
    assert (
        found
        == database.execute_sql(
            f"SELECT uuid, {INDEXED[table]} FROM {table} ORDER BY 1, 2"
        ).fetchall()
    )
    return found


HOSTILE = [
    '"',
    "*",
    "NEAR(",
    'a"b*c NEAR(x y) OR AND NOT ^ col:umn {a b} -x',
    "\x00vor\x00nach\x00",
    "wort " * 199_999 + "ende",  # a note of the longest length the journal keeps
    "\u202eumgekehrt\u200b",
    "'); DROP TABLE note; --",
    "Straße Ärger Œuvre ﬁn",
]


def test_records_with_hostile_text_are_indexed_as_their_triggers_index_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from clientjournal.store import search

    laptop = Replica(tmp_path, "laptop")
    laptop.add_client(uid("c-1"), 'Frau "NEAR(" * Müller')
    for number, text in enumerate(HOSTILE):
        laptop.sql(
            "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
            "VALUES (?, 1, ?, ?, ?)",
            uid(f"n-{number}"), AT, AT, text,
        )  # fmt: skip
    laptop.sql(
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100) "
        "INSERT INTO tag (name) SELECT 'tag' || i FROM n"
    )
    laptop.sql("INSERT INTO note_tag (note_id, tag_id) SELECT 1, id FROM tag")
    laptop.sql("INSERT INTO client_tag (client_id, tag_id) SELECT 1, id FROM tag")
    laptop.round()
    monkeypatch.setattr(spool, "SPOOL_FROM", 3)
    monkeypatch.setattr(spool, "APPLY_BATCH", 2)
    monkeypatch.setattr(into_empty, "SEARCHED_LATER", 3)
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    result = desk.round()
    assert not result.skipped, result.skipped
    assert _check_index(desk) == _check_index(laptop)
    assert desk.export() == laptop.export()
    desk.open()
    for words, found in (("straße", 1), ("strasse", 1), ("nach", 1), ("ende", 1)):
        hits = search.search(words).hits
        assert len([h for h in hits if h.kind == "note"]) == found, words
    for words in HOSTILE[:4]:
        search.search(words)  # no FTS5 syntax error from what was indexed
    close_journal()


def test_a_journal_with_one_client_is_not_taken_for_an_empty_one(tmp_path: Path, sql_traced):
    laptop, desk = _laptop_and_empty_desk(tmp_path, notes=100)
    desk.add_client(uid("c-here"), "Schon da")
    schema = _schema(desk)
    desk.open()
    with sql_traced() as statements:
        sync.run_round(desk.folder)
    assert not any(s.startswith(("DROP TRIGGER", "DROP INDEX")) for s in statements)
    assert not any("_fts (rowid, body) SELECT" in s for s in statements)
    assert _schema(desk) == schema
    _check_index(desk)
    laptop.round()
    assert laptop.export() == desk.export()
    assert laptop.sql("SELECT name FROM client WHERE uuid = ?", uid("c-here")) == [("Schon da",)]
    close_journal()
