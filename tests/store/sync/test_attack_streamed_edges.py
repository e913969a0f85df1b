"""attack21x: the batches of a first round (UUID order, ``capture.BATCH`` at a time) and of a
later round with many marks (``STREAM_FROM``; ``state.CHUNK`` at a time in change order) at
their edges: batches of one record, a kind of exactly a batch and one more, tags and template
items of the records on a batch's edge, tombstones, an undo of a delete, optional links the
journal emptied, a note edited on both computers, another connection's write while the
round captures.  Each case is run batched and as one batch: the journals end the same."""

from __future__ import annotations

import random
import threading
from pathlib import Path
from typing import Any

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.core.sync.records import SYNCED_SETTINGS
from clientjournal.store import notes, sync
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.sync import capture, state
from tests.store.sync.replicas import AT, Replica, carry, spy_on_state_saves, uid


def _counts(replica: Replica) -> dict[str, int]:
    return {
        table: replica.sql(f"SELECT COUNT(*) FROM {table}")[0][0]
        for table in (
            "client",
            "project",
            "note",
            "agreement",
            "agreement_event",
            "agreement_template",
            "draft",
            "payment",
            "journal_setting",
        )
    }


@pytest.mark.parametrize("batch", ["one", "clients", "clients+1", "big"])
def test_a_first_round_at_a_batchs_edges_publishes_every_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: str
):
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=5, notes=60, seed=11))
    laptop.sql("DELETE FROM note WHERE id % 5 = 0")
    for number in range(6):  # templates with items (the demo has none), each on an edge
        laptop.sql(
            "INSERT INTO agreement_template (uuid, name, language, created_at, updated_at) "
            "VALUES (?, ?, 'de', ?, ?)",
            uid(f"tpl-{number}"), f"Vorlage {number}", AT, AT,
        )  # fmt: skip
        for position in range(2):
            laptop.sql(
                "INSERT INTO agreement_template_item (template_id, position, title) "
                "SELECT id, ?, ? FROM agreement_template WHERE uuid = ?",
                position, f"Punkt {number}.{position}", uid(f"tpl-{number}"),
            )  # fmt: skip
    for key, value in zip(SYNCED_SETTINGS, ("7", "10", "30"), strict=True):
        laptop.sql("INSERT INTO journal_setting (key, value) VALUES (?, ?)", key, value)
    clients = laptop.sql("SELECT COUNT(*) FROM client")[0][0]
    size = {"one": 1, "clients": clients, "clients+1": clients + 1, "big": 100_000}[batch]
    monkeypatch.setattr(capture, "BATCH", size)
    # tags on the records at each batch's edges (the first and last UUIDs of each batch)
    for table, link in (("client", "client_tag"), ("note", "note_tag")):
        uuids = [u for (u,) in laptop.sql(f"SELECT uuid FROM {table} ORDER BY uuid")]
        edges = {uuids[i] for i in range(0, len(uuids), size)}
        edges |= {uuids[min(i + size, len(uuids)) - 1] for i in range(0, len(uuids), size)}
        laptop.sql("INSERT OR IGNORE INTO tag (name) VALUES ('edge')")
        owner = link.removesuffix("_tag")
        for uuid in edges:
            laptop.sql(
                f"INSERT OR IGNORE INTO {link} ({owner}_id, tag_id) SELECT t.id, tag.id "
                f"FROM {table} t, tag WHERE t.uuid = ? AND tag.name = 'edge'",
                uuid,
            )
    before = laptop.export()
    laptop.round()
    published = dict(laptop.sql("SELECT kind, COUNT(*) FROM sync_record GROUP BY kind"))
    for table, count in _counts(laptop).items():
        kind = {"journal_setting": "setting"}.get(table, table)
        assert published.get(kind, 0) == count, (table, published)
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    assert desk.export() == before
    assert laptop.export() == before
    for query in (
        "SELECT key, value FROM journal_setting ORDER BY key",
        "SELECT t.uuid, i.position, i.title FROM agreement_template t "
        "JOIN agreement_template_item i ON i.template_id = t.id ORDER BY 1, 2",
        "SELECT c.uuid, tag.name FROM client c JOIN client_tag l ON l.client_id = c.id "
        "JOIN tag ON tag.id = l.tag_id ORDER BY 1, 2",
    ):
        assert desk.sql(query) == laptop.sql(query)
    assert len(desk.sql("SELECT 1 FROM agreement_template_item")) == 12
    close_journal()


def _later_round(root: Path, monkeypatch: pytest.MonkeyPatch, streamed: bool) -> dict[str, Any]:
    shared = root / "shared"
    laptop = Replica(root, "laptop", folder=shared)
    laptop.open()
    fill(generate(clients=5, notes=150, seed=5))
    laptop.round()
    desk = Replica(root, "desk", folder=shared)
    desk.round()
    first, second, third = (u for (u,) in laptop.sql("SELECT uuid FROM note ORDER BY uuid LIMIT 3"))
    desk.sql("UPDATE note SET body = 'desk text' WHERE uuid = ?", first)
    client = laptop.sql("SELECT MIN(uuid) FROM client")[0][0]
    desk.sql("UPDATE client SET phone = 'desk phone' WHERE uuid = ?", client)
    desk.round()
    laptop.open()
    laptop.sql("UPDATE note SET mood = 2 WHERE id % 2 = 0")  # many marks
    laptop.sql("UPDATE note SET body = 'laptop text' WHERE uuid = ?", first)
    laptop.sql("UPDATE client SET email = 'l@example.org' WHERE uuid = ?", client)
    laptop.open()
    with database.atomic():
        gone = notes.delete(
            database.execute_sql("SELECT id FROM note WHERE uuid = ?", (second,)).fetchone()[0]
        )
    notes.restore(gone)  # the undo, before a round saw the delete
    laptop.sql("DELETE FROM note WHERE uuid = ?", third)
    laptop.sql("DELETE FROM project WHERE id IN (SELECT project_id FROM agreement LIMIT 1)")
    save = state.save
    saved: list[int] = []
    if streamed:
        monkeypatch.setattr(capture, "STREAM_FROM", 5)
        monkeypatch.setattr(state, "CHUNK", 7)
        saved = spy_on_state_saves(monkeypatch)
    laptop.round()  # receives the desk's edits in the same round
    monkeypatch.setattr(capture, "STREAM_FROM", 20_000)
    monkeypatch.setattr(state, "CHUNK", 500)
    monkeypatch.setattr(state, "save", save)
    if streamed:
        assert len(saved) > 10 and max(saved) <= 7, saved  # a batch at a time
    desk.round()
    laptop.round()
    desk.round()
    assert desk.export() == laptop.export()
    summary = {
        "bodies": laptop.sql("SELECT uuid, body, mood FROM note ORDER BY uuid"),
        "conflicts": laptop.sql(
            "SELECT n.uuid, c.body FROM note_conflict c JOIN note n ON n.id = c.note_id ORDER BY 1, 2"
        ),
        "clients": laptop.sql("SELECT uuid, phone, email FROM client ORDER BY uuid"),
        "agreements": laptop.sql("SELECT uuid, project_id IS NULL FROM agreement ORDER BY uuid"),
        "counts": _counts(laptop),
    }
    close_journal()
    return summary


def test_a_later_round_captured_a_batch_at_a_time_ends_as_one_captured_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    streamed = _later_round(tmp_path / "streamed", monkeypatch, True)
    whole = _later_round(tmp_path / "whole", monkeypatch, False)
    # the demo journal's UUIDs are its seed's, the same in both runs
    assert streamed == whole
    assert ("desk phone", "l@example.org") in [(p, e) for _u, p, e in streamed["clients"]]
    assert any(body == "desk text" for _u, body in streamed["conflicts"]) or any(
        body == "desk text" for _u, body, _m in streamed["bodies"]
    )


def test_a_write_of_another_connection_while_the_first_round_captures_waits_and_syncs_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The round holds the journal (IMMEDIATE) from before the marks to the commit: another
    connection's edit made between two batches waits, lands after the commit, and the next
    round publishes it."""
    monkeypatch.setattr(capture, "BATCH", 8)
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=3, notes=60, seed=2))
    target = laptop.sql("SELECT uuid FROM note ORDER BY uuid DESC LIMIT 1")[0][0]
    results: list[str] = []
    saves = 0
    save = state.save

    def write_elsewhere() -> None:  # the thread's own connection (peewee: one a thread)
        try:
            with database.atomic():
                database.execute_sql(
                    "UPDATE note SET body = 'written meanwhile' WHERE uuid = ?", (target,)
                )
            results.append("written")
        except Exception as error:
            results.append(repr(error))
        finally:
            database.close()

    writer = threading.Thread(target=write_elsewhere)

    def spy(records, progress=None):
        nonlocal saves
        saves += 1
        if saves == 3:
            writer.start()
            writer.join(0.3)
            assert writer.is_alive(), results  # it waits for the round
        save(records, progress)

    monkeypatch.setattr(state, "save", spy)
    laptop.round()
    writer.join(30)
    assert results == ["written"]
    monkeypatch.setattr(state, "save", save)
    assert laptop.round().sent == 1
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    assert desk.sql("SELECT body FROM note WHERE uuid = ?", target) == [("written meanwhile",)]
    assert desk.export() == laptop.export()
    close_journal()


def _mutate(replica: Replica, rng: random.Random) -> None:
    """A few random edits, deletes (tombstones, emptied links) of the kinds a round streams."""
    statements = (
        "DELETE FROM note WHERE id IN (SELECT id FROM note ORDER BY random() LIMIT 3)",
        "UPDATE note SET body = body || ' x' WHERE id IN "
        "(SELECT id FROM note ORDER BY random() LIMIT 5)",
        "UPDATE client SET phone = '+49 30 1' || random() % 1000 WHERE id IN "
        "(SELECT id FROM client ORDER BY random() LIMIT 1)",
        "DELETE FROM project WHERE id IN (SELECT id FROM project ORDER BY random() LIMIT 1)",
        "DELETE FROM payment WHERE id IN (SELECT id FROM payment ORDER BY random() LIMIT 2)",
        "UPDATE agreement SET status = 'done' WHERE id IN "
        "(SELECT id FROM agreement ORDER BY random() LIMIT 4)",
    )
    for _ in range(rng.randint(0, 6)):
        replica.sql(rng.choice(statements))


@pytest.mark.parametrize("seed", [6, 8, 16])
def test_two_journals_edited_between_rounds_captured_in_small_batches_end_equal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int
):
    """Random edits on both sides, every round captured in batches of a few records (a first
    round's BATCH, a later round's STREAM_FROM and CHUNK), two folders carried between:
    the journals end equal.  (40 seeds held while attacking; three kept.)"""
    rng = random.Random(seed)
    monkeypatch.setattr(capture, "BATCH", rng.choice([1, 2, 3, 7]))
    monkeypatch.setattr(capture, "STREAM_FROM", 3)
    monkeypatch.setattr(state, "CHUNK", rng.choice([1, 5]))
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=rng.randint(2, 5), notes=rng.randint(20, 60), seed=seed))
    _mutate(laptop, rng)
    desk = Replica(tmp_path, "desk")
    desk.open()
    fill(generate(clients=2, notes=20, seed=seed + 1000))
    for number in range(5):
        laptop.round()
        carry(laptop.folder, desk.folder)
        desk.round()
        carry(desk.folder, laptop.folder)
        if number < 3:
            _mutate(laptop, rng)
            _mutate(desk, rng)
    assert laptop.export() == desk.export()
    close_journal()


@pytest.mark.parametrize("limit", ["MAX_RECORDS", "MAX_SNAPSHOT_TEXT"])
def test_a_snapshot_no_other_computer_can_read_is_not_published_in_silence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str
):
    """attack21x F3: beyond what every reader takes, the round fails with one line and
    writes nothing; published, every other computer refused it at every round."""
    from clientjournal.core.sync import format as sync_format
    from clientjournal.core.sync.problems import TOO_BIG

    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=4, notes=120, seed=1))
    before = laptop.export()
    small = {"MAX_RECORDS": 100, "MAX_SNAPSHOT_TEXT": 20_000}[limit]
    monkeypatch.setattr(sync_format, limit, small)  # the readers' limit, made small
    laptop.open()
    with pytest.raises(sync.SyncError) as refused:
        sync.run_round(laptop.folder)
    assert refused.value.problem.kind == TOO_BIG
    assert "no other computer could read it" in str(refused.value)
    snapshots = laptop.folder / "snapshots"
    assert not (snapshots.exists() and list(snapshots.iterdir()))  # not even its temporary
    assert laptop.export() == before
    monkeypatch.undo()  # a journal within the limits publishes as ever
    assert laptop.round().sent > 1000
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    assert desk.export() == laptop.export()


@pytest.mark.parametrize("batch", [1, 2, 3])
def test_the_lowest_and_highest_uuids_on_a_batchs_edges_are_published(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
):
    """The nil UUID and the all-f one (the first round's batches start after '' and end at
    their last UUID, both bounds of the range inclusive), each with a tag and a note."""
    monkeypatch.setattr(capture, "BATCH", batch)
    laptop = Replica(tmp_path, "laptop")
    lowest, highest = (
        "0" * 8 + "-0000-0000-0000-" + "0" * 12,
        "f" * 8 + "-ffff-ffff-ffff-" + "f" * 12,
    )
    middle = [uid(f"c-{n}") for n in range(3)]
    for uuid in (lowest, *middle, highest):
        laptop.add_client(uuid, f"Client {uuid[-4:]}")
        laptop.sql("INSERT OR IGNORE INTO tag (name) VALUES ('rand')")
        laptop.sql(
            "INSERT INTO client_tag (client_id, tag_id) SELECT c.id, t.id FROM client c, tag t "
            "WHERE c.uuid = ? AND t.name = 'rand'",
            uuid,
        )
        note = highest if uuid == lowest else lowest if uuid == highest else uid(f"n{uuid[-3:]}")
        laptop.sql(
            "INSERT INTO note (uuid, client_id, created_at, updated_at, kind, body) "
            "SELECT ?, id, ?, ?, 'note', 'Text' FROM client WHERE uuid = ?",
            note, AT, AT, uuid,
        )  # fmt: skip
    before = laptop.export()
    laptop.round()
    keys = laptop.sql("SELECT kind, uuid FROM sync_record ORDER BY kind, uuid")
    assert ("client", lowest) in keys and ("client", highest) in keys
    assert ("note", lowest) in keys and ("note", highest) in keys
    assert len(keys) == 10
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    assert desk.export() == before
    close_journal()
