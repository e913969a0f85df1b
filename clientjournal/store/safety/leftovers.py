"""Where a restore puts the backup it copies in, and what one cut short leaves behind.

Every start looks for these before it opens the journal (``app._nothing_to_see_before_open``,
``cli.main``); the restore itself (``store.safety.restore``, which re-exports all three) is
not imported for that look (issue 21).
"""

from __future__ import annotations

import errno
import os
import re
from pathlib import Path

from clientjournal.paths import journal_file


def incoming_path(data_dir: Path) -> Path:
    current = journal_file(data_dir)
    return current.with_name(current.name + ".restoring")


UNFINISHED_ENDS = (".partial", ".partial-journal", ".rekeying", ".rekeying-journal")
"""What a restore killed while it copied (or encrypted) the backup in leaves beside
``journal.sqlite3.restoring``: an unfinished copy, plaintext perhaps."""


def restore_leftovers(data_dir: Path) -> list[Path]:
    """The unfinished copies of an interrupted restore (``UNFINISHED_ENDS``) that exist."""
    incoming = incoming_path(data_dir)
    ends = UNFINISHED_ENDS  # os.path.exists: False also where the folder cannot be reached
    return [path for end in ends if os.path.exists(path := Path(f"{incoming}{end}"))]


SCRATCH_SUFFIX = ".sync-spool-"
"""A sync round's scratch store beside the journal: ``journal.sqlite3.sync-spool-<pid>-<thread>``
(``store/sync/receive/spool.py``), a copy of a big snapshot's records while the round runs:
plaintext when the journal is plain."""


def hold_scratch(path: Path) -> int | None:
    """A descriptor of ``path`` (made if missing) holding an exclusive ``flock`` on it, None
    while another holds one, or where the file cannot be locked (no ``flock``: Windows; a
    file system that refuses it: an NFS mount without its lock daemon).  A round holds its
    scratch file's lock until the file is gone, so a file no one holds is one a killed round
    left (the pid in its name may be any other process's by now).  SQLite's own locks
    (``fcntl``) are apart from ``flock``'s on Linux and macOS."""
    descriptor, _held = _try_lock(path)
    return descriptor


def _try_lock(path: Path) -> tuple[int | None, bool | None]:
    """(descriptor holding the lock, None), (None, True) while another holds it, (None, None)
    where the lock cannot tell (no flock, refused, the file not to be opened)."""
    try:
        import fcntl
    except ImportError:
        return None, None
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None, None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        os.close(descriptor)
        if error.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
            return None, True
        return None, None  # ENOLCK and the like: the file system keeps no such locks
    return descriptor, None


def scratch_left(journal: Path) -> list[Path]:
    """Scratch stores of sync rounds that did not end (killed): no round holds their lock
    (where the lock cannot tell: their process is gone, or it is this one).  A running
    round's, in this process or another, is never among them."""
    try:
        names = [name for name in os.listdir(journal.parent) if name.startswith(journal.name)]
    except OSError:
        return []
    pattern = re.compile(re.escape(journal.name + SCRATCH_SUFFIX) + r"(\d+)(?:-\d+)?")
    left = []
    for name in names:
        matched = pattern.fullmatch(name)
        if matched is None:
            continue
        path = journal.with_name(name)
        descriptor, held = _try_lock(path)
        if descriptor is not None:
            os.close(descriptor)  # removed while no other can take it: it is not opened
            left.append(path)
            continue
        if held:
            continue  # another round's, running
        pid = int(matched.group(1))
        if pid == os.getpid() or not _running(pid):
            left.append(path)
    return left


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # another user's: running
    return True


def remove_scratch_left(journal: Path) -> list[Path]:
    """Delete ``scratch_left(journal)``; returns what was deleted."""
    removed = []
    for path in scratch_left(journal):
        try:
            path.unlink()
        except OSError:  # gone meanwhile, or a read-only folder
            continue
        removed.append(path)
    return removed
