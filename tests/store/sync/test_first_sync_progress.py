"""A first sync's progress rises steadily from the start: while the other computer's snapshot
is read (about half of a first sync; before, nothing showed then) and while its records are
applied (before: 0, a half, done)."""

from __future__ import annotations

import pytest

from clientjournal.core.sync import format as fmt
from clientjournal.store import sync
from clientjournal.store.sync import project
from clientjournal.store.sync import round as round_module
from clientjournal.store.sync.receive import into_empty
from tests.store.sync.replicas import desk_before_its_first_sync


@pytest.fixture
def small_steps(monkeypatch):
    """A journal of a few thousand records read and written in steps as small as a big
    one's are: the snapshot 16 KB at a time, 64 records at a time."""
    monkeypatch.setattr(fmt, "_CHUNK", 16 << 10)
    monkeypatch.setattr(round_module, "BIG_SNAPSHOT", 16 << 10)
    monkeypatch.setattr(project, "STEP", 64)


def test_a_first_sync_reports_steady_progress_from_its_start(tmp_path, small_steps):
    desk = desk_before_its_first_sync(tmp_path, clients=40, notes=1_500, seed=3)
    seen: list[tuple[int, int]] = []
    result = sync.run_round(desk.folder, progress=lambda done, total: seen.append((done, total)))
    assert result.received > 10_000
    taking = seen.index((sync.TAKING_JOURNAL, 0))
    reading = [done for done, total in seen[:taking] if total > 0]
    assert len(reading) >= 5, seen[:taking]  # the snapshot's reading shows
    shown = [done for done, total in seen if total > 0]
    total = {total for _done, total in seen if total > 0}
    assert len(total) == 1
    (scale,) = total
    assert shown == sorted(shown)  # never back
    assert shown[-1] == scale
    steps = [b - a for a, b in zip([0, *shown], shown, strict=False)]
    assert max(steps) <= scale // 8, steps  # no jump over an eighth of the bar


def test_progress_goes_on_while_the_notes_search_index_is_built(tmp_path, small_steps, monkeypatch):
    """attack-20d D8: the new notes' search index was built in one statement after they were
    written, seconds for the demo's 100,000 notes, the bar standing at 78 %.  Into an empty
    journal it is built at the projection's end (``receive.into_empty``): the bar rises
    while it is."""
    from clientjournal.store import search_bulk
    from clientjournal.store.models import database

    monkeypatch.setattr(search_bulk, "INDEX_CHUNK", 64)
    monkeypatch.setattr(into_empty, "SEARCHED_LATER", 64)
    desk = desk_before_its_first_sync(tmp_path, clients=40, notes=1_500, seed=3)
    indexed: list[tuple[int, int]] = []  # (bar, notes in the index) at each report

    def progress(done: int, total: int) -> None:
        if done > 0 and total > 0:
            count = database.execute_sql("SELECT COUNT(*) FROM note_fts").fetchone()[0]
            indexed.append((done, count))

    sync.run_round(desk.folder, progress=progress)
    notes = database.execute_sql("SELECT COUNT(*) FROM note").fetchone()[0]
    assert notes >= 1_500
    meanwhile = {(done, n) for done, n in indexed if 0 < n < notes}
    assert len({n for _done, n in meanwhile}) >= 5, indexed
    assert len({done for done, _n in meanwhile}) >= 5, indexed
