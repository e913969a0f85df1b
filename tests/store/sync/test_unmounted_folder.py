"""A folder this journal synced through that has lost its ``sync.json`` (a USB disk not
mounted leaves its empty mount point) is refused, not taken for a new folder that gets the
whole journal (attack-20b finding 6); choosing it again starts anew there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientjournal.core.sync.problems import EMPTY
from clientjournal.store import sync
from tests.store.sync.replicas import Replica, uid


def _synced(tmp_path: Path) -> Replica:
    laptop = Replica(tmp_path, "laptop")
    laptop.add_client(uid("anna"), "Anna Berg")
    laptop.open()
    sync.configure(laptop.folder, "Laptop")
    assert sync.run_round().sent > 0
    return laptop


def test_a_used_folder_found_empty_is_refused_and_nothing_is_written(tmp_path: Path):
    laptop = _synced(tmp_path)
    shutil.rmtree(laptop.folder)
    laptop.folder.mkdir()  # the mount point, the disk not mounted
    laptop.add_client(uid("bert"), "Bert Ohm")
    laptop.open()
    with pytest.raises(sync.SyncError) as refused:
        sync.run_round()
    assert refused.value.problem.kind == EMPTY
    assert "the sync folder is empty: is the disk mounted?" in str(refused.value)
    assert str(laptop.folder) in str(refused.value)
    assert list(laptop.folder.iterdir()) == []  # no sync.json, no snapshot
    assert sync.sync_config().last_problem is not None
    assert sync.sync_config().last_problem.kind == EMPTY


def test_renaming_the_computer_keeps_the_refusal_choosing_the_folder_again_starts_anew(
    tmp_path: Path,
):
    laptop = _synced(tmp_path)
    shutil.rmtree(laptop.folder)
    laptop.folder.mkdir()
    laptop.open()
    sync.configure(laptop.folder, "Laptop 2", chosen=False)  # only the name
    with pytest.raises(sync.SyncError):
        sync.run_round()
    sync.configure(laptop.folder)  # chosen again on purpose
    sync.run_round()
    assert (laptop.folder / "sync.json").exists()
    assert list((laptop.folder / "snapshots").iterdir())  # the whole journal, as for a new one
    assert sync.run_round().sent == 0  # and it is a used folder like any other
    shutil.rmtree(laptop.folder)
    laptop.folder.mkdir()
    with pytest.raises(sync.SyncError):
        sync.run_round()


def test_a_new_empty_folder_is_still_taken(tmp_path: Path):
    laptop = _synced(tmp_path)
    other = tmp_path / "other-sync"
    other.mkdir()
    laptop.open()
    sync.configure(other)
    sync.run_round()
    assert (other / "sync.json").exists()
    assert list((other / "snapshots").iterdir())


def test_the_folder_back_goes_on_as_before(tmp_path: Path):
    laptop = _synced(tmp_path)
    kept = tmp_path / "stick"
    shutil.move(laptop.folder, kept)
    laptop.folder.mkdir()
    laptop.open()
    with pytest.raises(sync.SyncError):
        sync.run_round()
    laptop.folder.rmdir()
    shutil.move(kept, laptop.folder)  # mounted again
    laptop.add_client(uid("cora"), "Cora Lind")
    assert laptop.round().sent > 0


def test_a_folder_gone_right_after_its_check_is_not_made_anew(tmp_path: Path, monkeypatch):
    """The instant between ``check_usable`` and the write of ``sync.json``: a disk unplugged
    then leaves its mount point's parent, where the folder was made anew with its parents
    (and the round wrote the whole journal there); now the round fails, nothing is made."""
    from clientjournal.store.sync import folder as folder_module

    laptop = Replica(tmp_path, "laptop")
    laptop.add_client(uid("anna"), "Anna Berg")
    laptop.open()
    sync.configure(laptop.folder, "Laptop")
    checked = folder_module.check_usable

    def checked_then_unplugged(path: Path) -> None:
        checked(path)
        shutil.rmtree(path)

    monkeypatch.setattr(folder_module, "check_usable", checked_then_unplugged)
    with pytest.raises(sync.SyncError) as failed:
        sync.run_round()
    assert "the sync folder does not exist" in str(failed.value)
    assert not laptop.folder.exists()
