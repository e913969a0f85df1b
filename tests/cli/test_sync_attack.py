"""``clientjournal sync`` against a hostile sync folder, the real command in its own process
(sync-attack findings): what is in the folder must never crash it nor stop it for good."""

from __future__ import annotations

import resource
import subprocess
import sys
import zlib
from pathlib import Path

from tests.cli.test_sync_cli import run, small_journal

EVIL = "feedfacefeedface"


def gzip_bomb(path: Path, unpacked: int) -> None:
    """A gzip file of ``unpacked`` zero bytes (a few MB on disk)."""
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    with path.open("wb") as stream:
        for _ in range(unpacked >> 20):
            stream.write(packer.compress(chunk))
        stream.write(packer.flush())


def limited(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    return apply


def test_a_gzip_bomb_is_skipped_not_inflated_whole(tmp_path: Path):
    laptop = small_journal(tmp_path / "laptop")
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert run(laptop, "sync", str(folder)).returncode == 0
    bomb = folder / "changes" / EVIL / "0000000001.jsonl.gz"
    bomb.parent.mkdir(parents=True)
    gzip_bomb(bomb, 1 << 30)
    assert bomb.stat().st_size < 10 << 20
    # 700 MB of address space is plenty for a round of this journal (400 MB is), not for 1 GB
    done = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(laptop), "sync", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limited(700_000_000),
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"skipped changes/{EVIL}/0000000001.jsonl.gz" in done.stderr


def test_after_encrypt_the_command_line_can_sync_with_a_new_folder(tmp_path: Path):
    laptop = small_journal(tmp_path / "laptop")
    old, new = tmp_path / "Sync", tmp_path / "New"
    old.mkdir()
    new.mkdir()
    assert run(laptop, "sync", str(old)).returncode == 0
    secret = "Nordsee im November"
    assert run(laptop, "encrypt", CLIENTJOURNAL_NEW_PASSPHRASE=secret).returncode == 0
    refused = run(laptop, "sync", str(old), CLIENTJOURNAL_PASSPHRASE=secret)
    assert refused.returncode == 2 and "choose an empty folder" in refused.stderr
    # what that line asks for
    done = run(laptop, "sync", str(new), CLIENTJOURNAL_PASSPHRASE=secret)
    assert done.returncode == 0, done.stderr
