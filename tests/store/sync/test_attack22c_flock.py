"""attack22c: the scratch file a killed round left is known by its lock (a4aad93: a round
holds ``flock`` on its scratch file; the next round removes each one no round holds).  A
folder whose file system refuses ``flock`` altogether (an NFS mount without its lock daemon:
ENOLCK) makes every file look held: a killed round's scratch file then stays for good, where
the pid check before removed it."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal
from clientjournal.store.sync.receive import spool
from clientjournal.store.sync.receive.spool import SUFFIX
from tests.store.sync.replicas import Replica, uid

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or spool.fcntl is None, reason="flock is POSIX"
)


@pytest.mark.xfail(
    strict=True,
    reason="attack22c F6: spool._locked takes any OSError of flock (ENOLCK, EOPNOTSUPP) for "
    "'held by another round': on a file system without flock a killed round's scratch file "
    "is never removed (before a4aad93 the pid check removed it)",
)
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

    monkeypatch.setattr(spool.fcntl, "flock", no_flock)
    desk.round()
    close_journal()
    assert not left.exists()
