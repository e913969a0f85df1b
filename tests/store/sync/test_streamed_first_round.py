"""A first round in a folder publishes the whole journal a batch at a time (issue 21): the
capture reads, compares and saves ``capture.BATCH`` records at a time, and the snapshot is
packed and written as it is read from the state, so the round's memory does not grow with
the journal (all at once: 1.1 GB at the demo journal, 10 GB at ten times)."""

from __future__ import annotations

import json
import secrets
import tracemalloc
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.core.sync.format import encode
from clientjournal.store import sync
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.sync import capture, folder, project, state
from clientjournal.store.sync.folder import Folder, unseal, write_lines
from tests.store.sync.replicas import Replica, spy_on_state_saves


def test_a_first_round_saves_the_state_a_batch_at_a_time_and_syncs_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(capture, "BATCH", 16)
    saved = spy_on_state_saves(monkeypatch)
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=5, notes=90, seed=7))
    database.execute_sql("DELETE FROM note WHERE id % 9 = 0")  # none of them was published
    result = laptop.round()
    records = laptop.sql("SELECT COUNT(*) FROM sync_record")[0][0]
    assert result.sent > records > 100
    assert saved and max(saved) <= 16
    assert sum(saved) >= records  # each record saved by the capture, a batch at a time
    laptop.sql("DELETE FROM note WHERE id % 7 = 0")  # tombstones in the state
    laptop.sql("UPDATE client SET phone = '+49 30 1234' WHERE id = 2")
    laptop.folder = tmp_path / "second-folder"  # a first round there: everything again
    laptop.folder.mkdir()
    saved.clear()
    assert laptop.round().sent > 10
    assert saved and max(saved) <= 16
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    assert desk.export() == laptop.export()
    tombstones = desk.sql("SELECT COUNT(*) FROM sync_record WHERE fields LIKE '%_deleted%'")
    assert tombstones[0][0] > 5


def _first_publish_peak(root: Path, notes: int) -> int:
    replica = Replica(root, f"journal-{notes}")
    replica.open()
    fill(generate(clients=4, notes=notes, seed=3))
    tracemalloc.start()
    try:
        sync.run_round(replica.folder)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_first_rounds_memory_does_not_grow_with_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Python's allocations at their peak while a first round publishes 150 and 600 notes,
    32 records a batch and the snapshot packed 4,096 characters at a time: the same but for
    the batch (1.1 ×; all at once: 2.8 ×)."""
    monkeypatch.setattr(capture, "BATCH", 32, raising=False)
    monkeypatch.setattr(folder, "_PART", 4096, raising=False)
    _first_publish_peak(tmp_path, 40)  # what the first round imports and caches
    small = _first_publish_peak(tmp_path, 150)
    big = _first_publish_peak(tmp_path, 600)
    assert big < 1.3 * small, (small, big)


def _lines(count: int, seen: list[int] | None = None, temp: Path | None = None):
    yield '{"format":"clientjournal-sync","version":1}'
    for number in range(count):
        if seen is not None and temp is not None and number == count - 1:
            seen.append(sum(p.stat().st_size for p in temp.glob(".cj-*")))
        yield f'{{"kind":"note","uuid":"{number:08d}","s":{{"f":{{"body":["{"x" * 300}"]}}}}}}'


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_snapshot_is_packed_and_written_as_its_lines_come(tmp_path: Path, encrypted: bool):
    """The same bytes as the file packed whole (``format.encode``); a plain one is on the
    disk, under its temporary name, before its last line is read."""
    folder = Folder(tmp_path, "f" * 32, secrets.token_bytes(32) if encrypted else None)
    path = tmp_path / "snapshots" / "device.jsonl.gz"
    seen: list[int] = []
    write_lines(folder, path, _lines(12_000, seen, path.parent), level=1)
    lines = list(_lines(12_000))
    expected = encode(json.loads(lines[0]), lines[1:], level=1)
    written = unseal(path, folder.key) if folder.key is not None else path.read_bytes()
    assert written == expected
    assert not list(path.parent.glob(".cj-*"))
    if not encrypted:
        assert seen and seen[0] > 0  # packed and written before the last line came


@pytest.mark.parametrize("overflow", [False, True])
def test_a_later_round_with_many_marks_captures_them_a_batch_at_a_time_in_their_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, overflow: bool
):
    """An import of a big journal into one that syncs: its kinds with more than
    ``STREAM_FROM`` marks are captured ``state.CHUNK`` at a time, in the order the records
    changed (their clocks follow it, whatever their UUIDs), published as a change file or,
    beyond what one holds, as a snapshot; the other journal gets the same."""
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=3, notes=60, seed=5))
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.round()
    laptop.open()
    order = [u for (u,) in database.execute_sql("SELECT uuid FROM note ORDER BY uuid DESC")]
    for number, uuid in enumerate(order[:40]):  # changed last UUID first, a millisecond apart
        database.execute_sql("UPDATE note SET body = body || ? WHERE uuid = ?", (number, uuid))
        database.execute_sql(
            "UPDATE sync_dirty SET changed_at = changed_at + ? WHERE uuid = ?", (number, uuid)
        )
    monkeypatch.setattr(capture, "STREAM_FROM", 10)
    monkeypatch.setattr(state, "CHUNK", 8)
    if overflow:
        monkeypatch.setattr(capture, "MAX_CHANGES", 20)
    save = state.save
    saved = spy_on_state_saves(monkeypatch)
    result = laptop.round()
    assert result.sent == 40
    assert saved and max(saved) <= 8
    clocks = [state.load([("note", uuid)])[("note", uuid)].fields["body"][1] for uuid in order[:40]]
    assert clocks == sorted(clocks)  # in the order they changed, not by UUID
    device = sync.sync_config().device_id
    second = laptop.folder / "changes" / device / "0000000002.jsonl.gz"
    assert second.exists() is not overflow  # else its snapshot, numbered 2
    monkeypatch.setattr(state, "save", save)
    assert desk.round().received == 40
    assert desk.export() == laptop.export()


def test_a_note_back_by_an_undo_keeps_its_conflict_when_captured_a_batch_at_a_time(
    pair, monkeypatch: pytest.MonkeyPatch
):
    """Captured a batch at a time, a note back by the undo of its delete is not held by the
    round: the projection finds its other version of the text in its state (as
    ``test_undo_edits`` does with the note held)."""
    from tests.store.sync import test_undo_edits

    monkeypatch.setattr(capture, "STREAM_FROM", 0)
    not_held: list[str] = []
    conflicts_of = project.Projector._conflicts_of

    def spy(self, notes):
        not_held.extend(uuid for uuid in notes if ("note", uuid) not in self.records)
        conflicts_of(self, notes)

    monkeypatch.setattr(project.Projector, "_conflicts_of", spy)
    test_undo_edits.test_an_edit_made_before_the_delete_and_the_others_edit_are_both_kept(pair)
    assert test_undo_edits.NOTE in not_held


def test_a_later_rounds_marks_are_all_read_before_their_first_batch(journal):
    """The batches of a later round come from one sorted read of the marks, which SQLite
    makes whole before the first row (no index gives that order): the triggers marking
    records meanwhile (``_keep_emptied_links`` writes a link back) cannot disturb it."""
    plan = database.execute_sql("EXPLAIN QUERY PLAN " + capture._IN_ORDER, ("note",)).fetchall()
    assert any("USE TEMP B-TREE FOR ORDER BY" in row[-1] for row in plan), plan
