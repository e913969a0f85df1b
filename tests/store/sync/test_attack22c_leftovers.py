"""attack22c: what a first sync killed while it spooled a big snapshot leaves beside the
journal (``receive/spool.py``: ``journal.sqlite3.sync-spool-<pid>``, the snapshot's records)
and who removes it: only the next sync round does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.safety import reencrypt
from clientjournal.store.sync.receive.spool import SUFFIX
from tests.store.sync.replicas import Replica
from tests.store.sync.test_spooled_kill import KILLED_ROUND
from tests.store.sync.test_sync_kill import environment

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

MARK = b"Zebrafinkgeheimnis"
SECRET = "Nordsee im November"


def _killed_while_spooling(tmp_path: Path) -> Replica:
    """A plain journal whose first sync was killed while the laptop's snapshot (every note
    with ``MARK`` in its text) went into the scratch store."""
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    fill(generate(clients=4, notes=400, seed=4))
    laptop.sql(f"UPDATE note SET body = body || ' {MARK.decode()}'")
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.open()
    close_journal()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_ROUND, str(desk.data_dir), str(desk.folder), "spooling"],
        env=environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    return desk


def _plain_text_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.is_file() and MARK in p.read_bytes())


def test_encrypting_the_journal_leaves_no_plain_text_of_a_killed_rounds_scratch(
    tmp_path: Path,
):
    """The user encrypts the journal after a first sync was killed while it spooled (sync
    then switched off, or its folder gone: no round comes to remove the file).  Encrypting
    removes what interrupted copies left (``reencrypt.STRAYS``) and seals the held typing:
    no note's text may stay readable in the journal's folder, the scratch store's neither."""
    desk = _killed_while_spooling(tmp_path)
    assert [p.name for p in desk.data_dir.glob(f"*{SUFFIX}*")]  # the killed round's
    assert _plain_text_in(desk.data_dir)  # its records, readable
    reencrypt.change_passphrase(desk.data_dir, None, SECRET)
    assert _plain_text_in(desk.data_dir) == []
