"""A JSON import the journal's disk refused halfway says so (attack27c).

On a full disk SQLite may roll the transaction back by itself; the streamed import's own
rollback at the end of its transaction then failed with "cannot rollback - no transaction
is active", and that error, raised by the ``with`` around the whole import, replaced the
import's own words: the window said "The operation failed and nothing was changed:
cannot rollback - no transaction is active", never that the disk was full."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import conflicts as exchange_conflicts
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.exchange.common import ImportFailed, ImportRefused
from clientjournal.store.models import database
from tests.cli.mounts import small_disk


def _export(tmp_path: Path, clients_: int) -> Path:
    open_journal(tmp_path / "other")
    fill(generate(clients_, clients_ * 10, seed=4))
    path = tmp_path / "export.json"
    exchange.export_file(path)
    close_journal()
    return path


def test_the_disk_refusing_after_sqlite_rolled_back_is_said_as_a_full_disk(
    tmp_path, monkeypatch, way
):
    """What SQLite does on a full disk, done by hand: the transaction rolled back under the
    import, then the write's error."""
    path = _export(tmp_path, 3)
    open_journal(tmp_path / "journal")

    def full(*_args: Any, **_kwargs: Any) -> int:
        database.execute_sql("ROLLBACK")  # SQLite's own, on SQLITE_FULL
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(exchange_conflicts, "merge", full)
    try:
        with pytest.raises(ImportFailed) as raised:
            exchange.import_file(path)
        assert isinstance(raised.value, ImportRefused)
        assert "the disk is full" in str(raised.value)
        assert clients.count() == 0
    finally:
        close_journal()


def test_an_import_onto_a_small_disk_says_the_disk_is_full(tmp_path):
    path = _export(tmp_path, 300)
    with small_disk(tmp_path / "disk", 1024) as disk:
        open_journal(disk / "journal")
        try:
            with pytest.raises(ImportRefused, match="the disk is full"):
                exchange.import_file(path)
            assert clients.count() == 0
        finally:
            close_journal()
