"""A round cut short after taking its file number, before or after writing the file: the next
round fills the number or reads the file back, so other computers never wait at a gap and
this one does not take itself for a copy of itself."""

from __future__ import annotations

import pytest

from clientjournal.store import sync
from clientjournal.store.sync import project
from clientjournal.store.sync import round as sync_round
from tests.store.sync.test_folder_files import change_files, names


def test_a_round_failing_before_its_file_reuses_the_number(pair, monkeypatch):
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    laptop.add_client("00000000-0000-0000-0000-000000632d32", "Bert")

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(sync_round, "write_file", full_disk)
        with pytest.raises(sync.SyncError, match="No space left"):
            laptop.round()
    assert change_files(laptop.folder) == []
    result = laptop.round()
    assert result.sent > 0 and result.clock_warnings == ()
    assert [p.name for p in change_files(laptop.folder)] == ["0000000002.jsonl.gz"]
    desktop.round()
    assert names(desktop) == ["Anna", "Bert"]


def test_a_round_failing_after_its_file_reads_it_back(pair, monkeypatch):
    laptop, desktop = pair
    laptop.add_client("00000000-0000-0000-0000-000000632d31", "Anna")
    laptop.round()
    laptop.add_client("00000000-0000-0000-0000-000000632d32", "Bert")

    def crash(self, keys, here=()):
        raise RuntimeError("killed")

    with monkeypatch.context() as patched:
        patched.setattr(project.Projector, "run", crash)
        with pytest.raises(RuntimeError):
            laptop.round()
    assert len(change_files(laptop.folder)) == 1  # written, the journal rolled back
    desktop.round()  # another computer may already have read it
    laptop.sql(
        "UPDATE client SET name = 'Bert B' WHERE uuid = '00000000-0000-0000-0000-000000632d32'"
    )
    result = laptop.round()
    assert result.clock_warnings == () and result.skipped == ()
    assert [p.name for p in change_files(laptop.folder)] == [
        "0000000002.jsonl.gz",
        "0000000003.jsonl.gz",
    ]
    desktop.round()
    assert names(desktop) == names(laptop) == ["Anna", "Bert B"]
    assert laptop.export() == desktop.export()
