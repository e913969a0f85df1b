"""restore23e: ``restore`` reports its steps to an optional ``progress`` (the window's
progress dialog), in order and in the calling thread, and ends at ("done", n, n); a restore
refused at a step reports the steps up to it only.  Without ``progress`` nothing changes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from clientjournal.core.records import ClientData
from clientjournal.paths import BACKUP_DIR_ENV
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.safety.backup import backup_journal
from clientjournal.store.safety.restore import STEPS, RestoreError, restore


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    folder = tmp_path / "journal"
    open_journal(folder)
    clients.create(ClientData(name="Anna"))
    close_journal()
    return folder


def test_a_restore_reports_each_step_in_order_and_ends_done(data_dir: Path):
    made = backup_journal(data_dir, label="manual")
    heard: list[tuple[str, int, int, int]] = []
    done = restore(
        data_dir,
        made.path,
        progress=lambda step, at, total: heard.append((step, at, total, threading.get_ident())),
    )
    assert done.moved_aside is not None
    assert [step for step, *_ in heard] == [*STEPS, "done"]
    assert [at for _step, at, _total, _thread in heard] == list(range(len(STEPS) + 1))
    assert {total for _step, _at, total, _thread in heard} == {len(STEPS)}
    assert {thread for *_, thread in heard} == {threading.get_ident()}


def test_a_refused_restore_reports_up_to_the_step_that_refused(data_dir: Path, tmp_path: Path):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4000)
    heard: list[str] = []
    with pytest.raises(RestoreError):
        restore(data_dir, broken, progress=lambda step, _at, _total: heard.append(step))
    assert heard == ["checking"]
    assert not list(data_dir.glob("journal-replaced-*"))
