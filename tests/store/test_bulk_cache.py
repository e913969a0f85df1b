"""Issue 21: bulk writes (a demo fill, a JSON import, a sync round) run with a bigger page cache,
so that ten times the journal costs ten times the work: with the everyday 16 MB, the uuid
indexes of a big journal no longer fit and every insert spilled a page and read another back.
The everyday size comes back afterwards, on every way out."""

from __future__ import annotations

import threading

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import sync
from clientjournal.store.connection import BULK_CACHE_KIB, PRAGMAS, bulk_cache, close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.exchange import json_stream
from clientjournal.store.models import database
from tests.store.sync.replicas import desk_before_its_first_sync

EVERYDAY = PRAGMAS["cache_size"]
BULK = -BULK_CACHE_KIB


def cache_size() -> int:
    return database.execute_sql("PRAGMA cache_size").fetchone()[0]


def test_the_bulk_cache_is_bigger_inside_and_the_everyday_one_after(journal):
    assert BULK < EVERYDAY < 0  # negative: KiB
    assert cache_size() == EVERYDAY
    with bulk_cache():
        assert cache_size() == BULK
        with bulk_cache():  # nested: the outer block keeps it
            assert cache_size() == BULK
        assert cache_size() == BULK
    assert cache_size() == EVERYDAY
    with pytest.raises(RuntimeError), bulk_cache():
        raise RuntimeError("a failed import")
    assert cache_size() == EVERYDAY
    with bulk_cache():  # nesting counted right after the failure
        pass
    assert cache_size() == EVERYDAY


def test_another_threads_connection_keeps_its_cache(journal):
    """peewee gives each thread its own connection: a sync round in its worker thread must not
    change the window's."""
    seen: list[int] = []
    inside = threading.Event()
    done = threading.Event()

    def worker() -> None:
        with bulk_cache():
            seen.append(cache_size())
            inside.set()
            done.wait(10)
        seen.append(cache_size())
        database.close()

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(10)
    assert cache_size() == EVERYDAY  # this thread's connection, while the worker is in bulk
    done.set()
    thread.join(10)
    assert seen == [BULK, EVERYDAY]


def test_a_demo_fill_writes_with_the_bulk_cache(journal):
    sizes: list[int] = []
    fill(generate(clients=5, notes=60, seed=2), progress=lambda *_: sizes.append(cache_size()))
    assert sizes and set(sizes) == {BULK}
    assert cache_size() == EVERYDAY


def test_a_json_import_writes_with_the_bulk_cache(journal, tmp_path, monkeypatch):
    fill(generate(clients=5, notes=60, seed=2))
    exported = exchange.export_file(tmp_path / "all.json")
    database.execute_sql("DELETE FROM note")  # the notes come back from the file
    sizes: list[int] = []
    add = json_stream.UsedUuids.add

    def add_and_look(self, *args, **kwargs):
        sizes.append(cache_size())
        return add(self, *args, **kwargs)

    monkeypatch.setattr(json_stream.UsedUuids, "add", add_and_look)
    counts = exchange.import_file(exported)
    assert counts.notes == 60
    assert sizes and set(sizes) == {BULK}
    assert cache_size() == EVERYDAY


def test_a_whole_document_import_writes_with_the_bulk_cache(journal, monkeypatch):
    """A document not in the streamed shape is imported whole: the same cache."""
    from clientjournal.store.exchange import json_import

    sizes: list[int] = []
    merge = json_import._merge

    def merge_and_look(*args, **kwargs):
        sizes.append(cache_size())
        return merge(*args, **kwargs)

    monkeypatch.setattr(json_import, "_merge", merge_and_look)
    document = {"format": "clientjournal", "version": 1, "exported_at": "2024-01-01T00:00:00Z"}
    exchange.import_data(document | {"clients": []})
    assert sizes == [BULK]
    assert cache_size() == EVERYDAY


@pytest.fixture
def closed_after():
    yield
    close_journal()


def test_a_sync_round_writes_with_the_bulk_cache(tmp_path, closed_after):
    desk = desk_before_its_first_sync(tmp_path, clients=5, notes=60, seed=2)
    sizes: list[int] = []
    result = sync.run_round(desk.folder, progress=lambda *_: sizes.append(cache_size()))
    assert result.received > 60
    assert sizes and set(sizes) == {BULK}
    assert cache_size() == EVERYDAY
