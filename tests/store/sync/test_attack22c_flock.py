"""attack22c: the scratch file a killed round left is known by its lock (a4aad93: a round
holds ``flock`` on its scratch file; the next round removes each one no round holds).  A
folder whose file system refuses ``flock`` altogether (an NFS mount without its lock daemon:
ENOLCK) made every file look held: a killed round's scratch file then stayed for good, where
the pid check before removed it (attack22c F6, a strict xfail at 9503d26; since 13b2493 the
journal's open removes it, falling back to the pid where flock is refused)."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal
from clientjournal.store.sync.receive.spool import SUFFIX
from tests.store.sync.replicas import Replica, uid

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock is POSIX")


def test_a_left_scratch_file_goes_where_the_file_system_refuses_flock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    laptop = Replica(tmp_path, "laptop")
    laptop.open()
    laptop.add_client(uid("c-1"), "Anna")
    laptop.round()
    desk = Replica(tmp_path, "desk", folder=laptop.folder)
    desk.open()
    close_journal()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    left = desk.data_dir / f"journal.sqlite3{SUFFIX}{int(gone.stdout)}"  # a killed round's
    left.write_bytes(b"SQLite format 3\0" + b"\0" * 4080)

    def no_flock(descriptor: int, operation: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    import fcntl

    monkeypatch.setattr(fcntl, "flock", no_flock)
    desk.round()
    close_journal()
    assert not left.exists()
