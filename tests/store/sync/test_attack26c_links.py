"""attack26c: a folder the round writes into, or removes files from, replaced by a link.

The engine syncs links as links (Syncthing on Linux and macOS): a link made on another
computer as ``snapshots`` or ``changes/<this computer>``, to a folder outside the sync folder
(or to itself), had the round write this journal's snapshot and change files through it, and
the compaction remove change files there.  ae09ff7 made the folders one level at a time but
took a link to a folder as the folder.  Now such a level is "not a folder": before the commit
the round fails with nothing changed, after it the round is done with a ``NOT_TIDIED``
warning naming the link; nothing is written or removed outside the sync folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from clientjournal.core.sync import problems as P
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.models import database
from clientjournal.store.sync import compaction
from tests.store.sync.replicas import Replica
from tests.store.sync.test_trust26b_tidy_after_commit import (
    _before_compaction,
    _hook,
    _names,
    _warning,
)


@pytest.fixture
def compacting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 3)
    monkeypatch.setattr(compaction, "KEEP_RECENT", 1)


def _tree(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*"))


def _own(replica: Replica) -> Path:
    (own,) = (replica.folder / "changes").iterdir()  # the only computer writing there
    return own


def _check(replica: Replica) -> None:
    replica.open()
    assert database.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    close_journal()


@pytest.mark.parametrize("loop", [False, True], ids=["outside", "loop"])
def test_snapshots_a_link_at_the_compaction_is_a_warning_and_nothing_is_written_through_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compacting: None, loop: bool
):
    desk = Replica(tmp_path, "desk")
    laptop = Replica(tmp_path, "laptop", folder=desk.folder)
    _before_compaction(desk, laptop)
    outside = tmp_path / "outside"
    outside.mkdir()
    snapshots = desk.folder / "snapshots"

    def link() -> None:
        shutil.rmtree(snapshots)
        snapshots.symlink_to(snapshots if loop else outside, target_is_directory=True)

    calls = _hook(monkeypatch, "compact", link)
    result = desk.round()
    assert calls
    assert result.sent > 0 and result.received > 0  # the round is done
    warning = _warning(result)
    assert warning.path == str(snapshots)
    assert warning.cause == P.NOT_A_FOLDER
    assert _tree(outside) == []  # the whole journal was written there
    assert snapshots.is_symlink()
    assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
    _check(desk)


def test_own_changes_a_link_at_the_compaction_removes_nothing_outside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compacting: None
):
    desk = Replica(tmp_path, "desk")
    laptop = Replica(tmp_path, "laptop", folder=desk.folder)
    _before_compaction(desk, laptop)
    outside = tmp_path / "outside"
    holder: list[Path] = []

    def link() -> None:  # after the round wrote its change file: the folder moved away
        own = _own(desk)
        shutil.copytree(own, outside)
        shutil.rmtree(own)
        own.symlink_to(outside, target_is_directory=True)
        holder.append(own)
        copied.extend(_tree(outside))

    copied: list[str] = []

    calls = _hook(monkeypatch, "compact", link)
    result = desk.round()
    assert calls
    assert len(copied) == 3  # change files 2 to 4 (the first round wrote a snapshot)
    assert _tree(outside) == copied  # the compaction removed two of them there
    warning = _warning(result)
    assert warning.path == str(holder[0])
    assert warning.cause == P.NOT_A_FOLDER
    assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
    _check(desk)


def test_own_changes_a_link_before_the_round_fails_it_with_nothing_changed(
    tmp_path: Path, compacting: None
):
    desk = Replica(tmp_path, "desk")
    laptop = Replica(tmp_path, "laptop", folder=desk.folder)
    _before_compaction(desk, laptop)
    outside = tmp_path / "outside"
    own = _own(desk)
    shutil.copytree(own, outside)
    shutil.rmtree(own)
    own.symlink_to(outside, target_is_directory=True)
    before = _tree(outside)
    with pytest.raises(sync.SyncError) as raised:
        desk.round()
    assert raised.value.problem.kind == P.NOT_A_FOLDER
    assert raised.value.problem.path == str(own)
    assert _tree(outside) == before  # its change file 4 was written there
    assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora"]  # Lena not applied
    _check(desk)
    own.unlink()  # the link gone: the next round works
    result = desk.round()
    assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
    assert result.received > 0
    _check(desk)


def test_own_changes_a_link_at_the_start_of_a_round_removes_nothing_outside(tmp_path: Path):
    """A round's start removes its own change files that are damaged (a snapshot replaces
    them) and temporary files a killed round left: through a link, outside the folder."""
    desk = Replica(tmp_path, "desk")
    for i, name in enumerate(["Anna", "Bert", "Cleo"]):
        desk.sql(
            "INSERT INTO client (uuid, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
            f"00000000-0000-0000-0000-00000000000{i}", name, "2026-01-01T00:00:00.000000Z",
            "2026-01-01T00:00:00.000000Z",
        )  # fmt: skip
        desk.round()
    outside = tmp_path / "outside"
    own = _own(desk)
    shutil.copytree(own, outside)
    (outside / "0000000002.jsonl.gz").write_bytes(b"someone else's file of that name")
    stale = outside / ".cj-0123456789abcdef.tmp"
    stale.write_bytes(b"not ours")
    os.utime(stale, (0, 0))
    shutil.rmtree(own)
    own.symlink_to(outside, target_is_directory=True)
    before = _tree(outside)
    with pytest.raises(sync.SyncError) as raised:
        desk.round()
    assert raised.value.problem.kind == P.NOT_A_FOLDER
    assert _tree(outside) == before
    _check(desk)


def test_the_sync_folder_replaced_by_a_file_before_the_compaction_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compacting: None
):
    """The window words a folder's problem by its kind: a bare "Not a directory" from the
    system stayed English in the German window."""
    desk = Replica(tmp_path, "desk")
    laptop = Replica(tmp_path, "laptop", folder=desk.folder)
    _before_compaction(desk, laptop)

    def a_file() -> None:
        shutil.rmtree(desk.folder)
        desk.folder.write_bytes(b"in the way")

    _hook(monkeypatch, "compact", a_file)
    result = desk.round()
    warning = _warning(result)
    assert (warning.path, warning.cause) == (str(desk.folder), P.NOT_A_FOLDER)
    assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
    assert desk.folder.read_bytes() == b"in the way"
    _check(desk)
