"""attack25d: a round that has committed is done, whatever follows.  A first sync into an
empty journal on a nearly full disk: the round's commit takes the last room, and the line it
then keeps as the last result (``_remember``: 'sent 0, received N' for Settings → Sync)
cannot be written.  ``run_round`` raised the disk-full error: ``clientjournal sync`` said
"sync failed, nothing was changed: the disk is full" with every record applied (seen with
6-10 MB free under a 4,000-note journal on a tmpfs), the window showed the round as failed and
the notes it changed (``note_bodies``) were lost to its undo history.  Now its result is
returned; the last result kept is the one before (the disk refused it)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store import sync
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from tests.cli.mounts import fill_up, small_disk
from tests.store.sync.replicas import Replica
from tests.store.sync.test_sync_kill import environment


def _laptop(root: Path) -> Replica:
    laptop = Replica(root, "laptop")
    laptop.open()
    fill(generate(clients=5, notes=300, seed=28))
    laptop.round()
    close_journal()
    return laptop


def test_a_committed_round_is_returned_when_its_result_cannot_be_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    laptop = _laptop(tmp_path)
    with small_disk(tmp_path / "disk", 16_000) as disk:
        desk = Replica(disk, "desk", folder=laptop.folder)
        desk.open()
        remember = sync._remember
        full: list[bool] = []

        def on_a_full_disk(*args: Any, **kwargs: Any) -> None:
            full.append(True)
            fill_up(disk, 0)  # the round's commit took the last room
            remember(*args, **kwargs)

        monkeypatch.setattr(sync, "_remember", on_a_full_disk)
        result = sync.run_round(desk.folder)
        assert full
        assert result.received > 300
        monkeypatch.setattr(sync, "_remember", remember)
        close_journal()
        (disk / "filler").unlink()
        assert desk.export() == laptop.export()
        assert desk.round().received == 0  # nothing left to do
        close_journal()


def test_the_command_says_what_a_committed_round_did_on_a_full_disk(tmp_path: Path):
    """``clientjournal sync``: the disk filled once the round has committed."""
    laptop = _laptop(tmp_path)
    with small_disk(tmp_path / "disk", 16_000) as disk:
        desk = disk / "desk"
        script = (
            "import sys\n"
            "from pathlib import Path\n"
            "from clientjournal.app import main\n"
            "from clientjournal.store import sync\n"
            "from tests.cli.mounts import fill_up\n"
            "disk = Path(sys.argv[1])\n"
            "remember = sync._remember\n"
            "def full(*args, **kwargs):\n"
            "    fill_up(disk, 0)\n"
            "    remember(*args, **kwargs)\n"
            "sync._remember = full\n"
            "sys.argv = ['clientjournal', '--data-dir', sys.argv[2], 'sync', sys.argv[3]]\n"
            "sys.exit(main())\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", script, str(disk), str(desk), str(laptop.folder)],
            env=environment(),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=Path(__file__).resolve().parents[3],
        )
        (disk / "filler").unlink(missing_ok=True)
        assert "nothing was changed" not in done.stderr, done.stderr
        assert done.returncode == 0, done.stderr
        assert "received" in done.stdout
        replica = Replica(disk, "desk", folder=laptop.folder)
        assert replica.export() == laptop.export()
        close_journal()
