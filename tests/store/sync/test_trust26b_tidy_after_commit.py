"""trust26b: a round that has committed is done, whatever its tidying of the folder after the
commit meets.  The compaction of this computer's change files and the snapshot that replaces
lost ones run after the commit (``round.py`` step 4); failing on a full or removed folder (or
a journal another program holds), ``run_round`` raised and the command said "sync failed,
nothing was changed" with every record applied.  Now the round returns its result with a
``NOT_TIDIED`` warning naming the folder and why, kept for Settings → Sync like the other
warnings, and a later round tidies up.  A removed folder is not made anew by that tidying
(it wrote the whole journal where the folder had been)."""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from clientjournal.core.sync.problems import NOT_TIDIED
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.models import database
from clientjournal.store.sync import compaction, local
from clientjournal.store.sync import round as round_module
from tests.cli.mounts import fill_up, small_disk
from tests.store.sync.replicas import Replica, uid
from tests.store.sync.test_folder_files import change_files, names
from tests.store.sync.test_sync_kill import environment


def _names(replica: Replica) -> list[str]:
    return sorted(names(replica))


def _before_compaction(desk: Replica, laptop: Replica) -> None:
    """desk has two change files after its snapshot (a third makes it compact with
    ``COMPACT_AFTER`` 3); laptop has a client for desk to receive in that round."""
    desk.add_client(uid("c-0"), "Anna")
    desk.round()
    for i, name in enumerate(["Bert", "Cleo"], 1):
        desk.add_client(uid(f"c-{i}"), name)
        desk.round()
    laptop.add_client(uid("l-1"), "Lena")
    laptop.round()
    desk.add_client(uid("c-3"), "Dora")  # its round writes change file 4 and compacts


@pytest.fixture
def compacting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 3)
    monkeypatch.setattr(compaction, "KEEP_RECENT", 1)


def _hook(
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    before: Callable[[], None],
    module: Any = round_module,
) -> list[int]:
    """``round.<name>`` (compact or replace_lost; or ``module``'s) with ``before`` run first,
    once."""
    real = getattr(module, name)
    calls: list[int] = []

    def hooked(*args: Any, **kwargs: Any) -> None:
        if not calls:
            before()
        calls.append(1)
        real(*args, **kwargs)

    monkeypatch.setattr(module, name, hooked)
    return calls


def _warning(result: sync.RoundResult) -> sync.Problem:
    found = [p for p in result.problems if p.kind == NOT_TIDIED]
    assert len(found) == 1, result.problems
    return found[0]


def test_a_folder_removed_before_the_compaction_is_a_warning_and_not_made_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compacting: None
):
    desk = Replica(tmp_path, "desk")
    laptop = Replica(tmp_path, "laptop", folder=desk.folder)
    _before_compaction(desk, laptop)
    # gone after the compaction listed the files to remove, as it writes the snapshot
    remove = lambda: shutil.rmtree(desk.folder)  # noqa: E731
    calls = _hook(monkeypatch, "write_snapshot", remove, compaction)
    result = desk.round()
    assert calls
    assert result.sent > 0 and result.received > 0
    warning = _warning(result)
    assert warning.path == str(desk.folder)
    assert warning.reason == os.strerror(errno.ENOENT)
    assert "could not be tidied up" in warning.line()
    assert warning.line() in result.clock_warnings  # what the command prints
    assert not desk.folder.exists()  # not made anew, with the whole journal in it
    assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
    desk.open()
    config = sync.sync_config()
    assert config.last_problem is None
    assert config.last_counts == (result.sent, result.received, 0)
    assert [p.kind for p in config.last_warnings] == [NOT_TIDIED]
    close_journal()


def test_a_full_folder_at_the_compaction_is_a_warning_and_a_later_round_compacts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compacting: None
):
    with small_disk(tmp_path / "disk", 2_000) as disk:
        desk = Replica(tmp_path, "desk", folder=disk / "sync")
        laptop = Replica(tmp_path, "laptop", folder=desk.folder)
        _before_compaction(desk, laptop)
        files_before = [p.name for p in change_files(desk.folder)]
        _hook(monkeypatch, "compact", lambda: fill_up(disk, 0))
        result = desk.round()
        assert result.sent > 0 and result.received > 0
        warning = _warning(result)
        assert warning.reason == os.strerror(errno.ENOSPC)
        assert warning.path == str(desk.folder)
        assert [p.name for p in change_files(desk.folder)] == [*files_before, "0000000004.jsonl.gz"]
        assert not [p for p in desk.folder.rglob(".cj-*")]  # no half-written snapshot left
        assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
        (disk / "filler").unlink()
        desk.add_client(uid("c-5"), "Emil")
        again = desk.round()
        assert not [p for p in again.problems if p.kind == NOT_TIDIED]
        assert [p.name for p in change_files(desk.folder)] == ["0000000005.jsonl.gz"]
        newcomer = Replica(tmp_path, "newcomer", folder=desk.folder)
        newcomer.round()
        assert _names(newcomer) == ["Anna", "Bert", "Cleo", "Dora", "Emil", "Lena"]
        close_journal()


def test_a_full_folder_when_lost_files_are_replaced_is_a_warning_and_done_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    with small_disk(tmp_path / "disk", 2_000) as disk:
        desk = Replica(tmp_path, "desk", folder=disk / "sync")
        laptop = Replica(tmp_path, "laptop", folder=desk.folder)
        desk.add_client(uid("c-0"), "Anna")
        desk.round()
        desk.add_client(uid("c-1"), "Bert")
        desk.round()
        lost = change_files(desk.folder)[0]
        rel = str(lost.relative_to(desk.folder))
        lost.unlink()  # lost by the sync program
        laptop.add_client(uid("l-1"), "Lena")
        laptop.round()
        _hook(monkeypatch, "replace_lost", lambda: fill_up(disk, 0))
        result = desk.round()
        assert result.received > 0
        assert _warning(result).reason == os.strerror(errno.ENOSPC)
        assert _names(desk) == ["Anna", "Bert", "Lena"]
        assert rel in [path for (path,) in desk.sql("SELECT path FROM sync_file")]
        (disk / "filler").unlink()
        again = desk.round()  # nothing to send or receive: the lost file is replaced now
        assert not again.problems
        assert rel not in [path for (path,) in desk.sql("SELECT path FROM sync_file")]
        newcomer = Replica(tmp_path, "newcomer", folder=desk.folder)
        newcomer.round()
        assert _names(newcomer) == ["Anna", "Bert", "Lena"]
        close_journal()


def test_a_journal_another_program_holds_at_the_compaction_is_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compacting: None
):
    desk = Replica(tmp_path, "desk")
    laptop = Replica(tmp_path, "laptop", folder=desk.folder)
    _before_compaction(desk, laptop)
    holder: list[sqlite3.Connection] = []

    def hold_the_journal() -> None:
        database.execute_sql("PRAGMA busy_timeout = 200")  # not five seconds
        other = sqlite3.connect(str(database.database), isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        holder.append(other)

    _hook(monkeypatch, "compact", hold_the_journal)
    result = desk.round()
    holder[0].execute("ROLLBACK")
    holder[0].close()
    assert result.sent > 0 and result.received > 0
    warning = _warning(result)
    assert "locked" in warning.reason
    assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
    desk.add_client(uid("c-5"), "Emil")
    again = desk.round()
    assert not [p for p in again.problems if p.kind == NOT_TIDIED]
    assert [p.name for p in change_files(desk.folder)] == ["0000000005.jsonl.gz"]
    newcomer = Replica(tmp_path, "newcomer", folder=desk.folder)
    newcomer.round()
    assert _names(newcomer) == ["Anna", "Bert", "Cleo", "Dora", "Emil", "Lena"]
    desk.open()
    assert local.get(local.NEXT_SEQ) == "6"
    close_journal()


def test_the_command_says_the_round_is_done_when_the_folder_fills_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compacting: None
):
    """``clientjournal sync``: exit 0, its counts on stdout, the warning on stderr; never
    "sync failed, nothing was changed"."""
    with small_disk(tmp_path / "disk", 2_000) as disk:
        desk = Replica(tmp_path, "desk", folder=disk / "sync")
        laptop = Replica(tmp_path, "laptop", folder=desk.folder)
        _before_compaction(desk, laptop)
        close_journal()
        script = (
            "import sys\n"
            "from pathlib import Path\n"
            "from clientjournal.app import main\n"
            "from clientjournal.store.sync import compaction\n"
            "from clientjournal.store.sync import round as round_module\n"
            "from tests.cli.mounts import fill_up\n"
            "compaction.COMPACT_AFTER, compaction.KEEP_RECENT = 3, 1\n"
            "disk = Path(sys.argv[1])\n"
            "real = round_module.compact\n"
            "def full(*args, **kwargs):\n"
            "    fill_up(disk, 0)\n"
            "    real(*args, **kwargs)\n"
            "round_module.compact = full\n"
            "sys.argv = ['clientjournal', '--data-dir', sys.argv[2], 'sync', sys.argv[3]]\n"
            "sys.exit(main())\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script, str(disk), str(desk.data_dir), str(desk.folder)],
            env=environment(),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).resolve().parents[3],
        )
        (disk / "filler").unlink(missing_ok=True)
        assert "nothing was changed" not in done.stderr, done.stderr
        assert done.returncode == 0, done.stderr
        assert re.fullmatch(r"sent [1-9]\d*, received [1-9]\d*, conflicts 0\n", done.stdout)
        assert "warning: the round is done" in done.stderr
        assert "could not be tidied up" in done.stderr
        assert f"{desk.folder}: No space left on device" in done.stderr
        assert _names(desk) == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
        close_journal()
