"""The partial copies backups write: claimed, held while written, told from a killed run's.

Two backups may start in the same second (File → Back up now and ``clientjournal backup``, or
the daily one): each claims its file name by creating its partial copy with O_EXCL and holds
a lock on it while it writes, so neither takes the other's name nor deletes the other's copy.
A clean-up (a backup's sweep, a re-encryption's ``remove_strays``) removes what a killed
backup left, never a copy being written (``being_written``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import threading
import time
from datetime import datetime
from pathlib import Path

from clientjournal.core.safety.backup_policy import backup_file_name


def partial_of(target: Path) -> Path:
    return Path(target).absolute().with_name(Path(target).name + ".partial")


_writing: dict[Path, tuple[int, int]] = {}
"""The partial copies this process is writing -> (the thread that claimed it, the claim's
handle): a sweep here leaves them alone without opening them (closing a handle of a file
drops every POSIX lock the process holds on it, SQLite's of the copy too)."""
_writing_lock = threading.Lock()


def claim(target: Path, replace_left: bool = False) -> None:
    """Create ``target``'s partial copy, 0600, only if no other backup has (O_EXCL), and hold
    a lock on it (``flock``, on a handle of its own, until ``release``) while it is written:
    a sweep in another process tells it from a killed backup's (``_claimed``).
    FileExistsError when another backup has it; ``replace_left``: a partial copy no backup
    holds (a killed one's) is replaced."""
    partial = partial_of(target)
    for _attempt in range(3):
        try:
            handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            if not replace_left or _claimed(partial):
                raise
            for end in ("", "-journal"):
                Path(f"{partial}{end}").unlink(missing_ok=True)
            continue
        with _writing_lock:
            _writing[partial] = (threading.get_ident(), handle)
        with contextlib.suppress(OSError):  # a killed backup's: SQLite would roll it into ours
            Path(f"{partial}-journal").unlink(missing_ok=True)  # (a live one's copy exists)
        try:
            import fcntl

            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (ImportError, OSError):  # Windows, or no locks there: the age alone tells
            pass
        return
    raise FileExistsError(errno.EEXIST, "another backup is writing it now", str(partial))


def claimed_here(partial: Path) -> bool:
    with _writing_lock:
        return _writing.get(partial, (None, 0))[0] == threading.get_ident()


def release(partial: Path) -> None:
    with _writing_lock:
        claim = _writing.pop(partial, None)
    if claim is not None:
        os.close(claim[1])


def _claimed(partial: Path) -> bool:
    """Whether a backup, here or in another process, is writing ``partial`` now: this
    process's, or one holding the ``flock`` of ``claim`` or SQLite's lock of the copy (as
    a backup of an earlier version did, only while it wrote)."""
    with _writing_lock:
        if partial.absolute() in _writing:
            return True
    try:
        import fcntl
    except ImportError:  # Windows: the age alone decides
        return False
    try:
        handle = os.open(partial, os.O_RDWR)
    except OSError:
        return False  # gone, or only its -journal is left
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        fcntl.lockf(handle, fcntl.LOCK_EX | fcntl.LOCK_NB, 512, 0x40000000)
    except OSError:
        return True
    finally:
        os.close(handle)
    return False


def being_written(path: Path) -> bool:
    """Whether ``path``, a partial copy (or SQLite's rollback journal of one), is being
    written now by a backup or a restore's copy, here or in another process (``_claimed``):
    a clean-up of leftovers must leave it (a re-encryption's ``remove_strays`` deleted the
    copy of a running ``clientjournal backup`` or daily backup: trust26b)."""
    copy = Path(str(path).removesuffix("-journal"))
    return copy.name.endswith(".partial") and _claimed(copy)


def claim_new(folder: Path, now: datetime, label: str) -> Path:
    """A new backup file name for ``label`` at ``now`` in ``folder``, its partial copy
    claimed by this thread (``claim``; ``write_copy`` writes it): never the name of a backup
    that exists or that another is writing (Back up now and ``clientjournal backup`` at once)."""
    for number in range(1, 10_000):
        name = label if number == 1 else f"{label}-{number}" if label else f"{number}"
        path = folder / backup_file_name(now, name)
        if os.path.lexists(path):
            continue
        try:
            claim(path)
        except FileExistsError:
            continue  # another backup is writing it (or a killed one's copy: swept later)
        if os.path.lexists(path):  # finished by another backup between the look and the claim
            unclaim(path)
            continue
        return path
    raise FileExistsError(errno.EEXIST, "no free backup file name", str(folder))


def unclaim(target: Path) -> None:
    """The claim of ``claim_new`` given up, its empty partial copy removed (a backup that
    failed before ``write_copy`` took it over; nothing when it did)."""
    partial = partial_of(target)
    if claimed_here(partial):
        release(partial)
        partial.unlink(missing_ok=True)


UNFINISHED = ("journal-*.sqlite3.partial", "journal-*.sqlite3.partial-journal")
"""What a backup killed while it wrote leaves in a backup folder: its copy (plaintext when
the journal is) and SQLite's rollback journal of that copy."""
STALE_AFTER_S = 60.0
"""An unfinished copy untouched this long, which no backup holds (``_claimed``), is no
longer being written: a backup writes its copy in one step (well under a minute even for a
big journal on a slow disk).  The lock alone decides where the system has one; the age also
covers a copy claimed by an older version, which held SQLite's lock only while it wrote."""


def sweep_unfinished(folder: Path, now: float | None = None) -> list[Path]:
    """Delete the unfinished copies (``UNFINISHED``) that killed backups left in ``folder``,
    each with its ``-journal``: only those no backup is writing (none holds the claim's or
    SQLite's lock on it, this process writes none of them, untouched for ``STALE_AFTER_S``).
    Returns what was deleted."""

    now = time.time() if now is None else now
    removed = []
    for pattern in UNFINISHED:
        for path in sorted(folder.glob(pattern)):
            copy = Path(str(path).removesuffix("-journal"))
            try:
                touched = max(one.stat().st_mtime for one in (path, copy) if one.exists())
            except (OSError, ValueError):
                continue
            if touched > now - STALE_AFTER_S or _claimed(copy):
                continue
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed
