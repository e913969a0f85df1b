"""The journal's one lock for the commands that write it.

Every command that writes the journal (import, demo, restore, encrypt, rekey, decrypt) holds
the same lock as the window (``ui/shell/single_instance.py``, ``.lock`` in the journal folder)
while it works: a write that lands while another command swaps or re-encrypts the file would
be lost, or leave a plaintext ``-wal`` beside an encrypted journal.  A command that finds the
lock held says so on stderr and waits for it (``$CLIENTJOURNAL_LOCK_WAIT`` seconds, default
60; 0: not at all), then gives up with one line, having changed nothing.  Commands that only
read (export, search, check, backup) take no lock: they open the journal read-only.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from clientjournal import APP_ID
from clientjournal.cli.status import EXIT_FAILED, fail

WAIT_ENV = "CLIENTJOURNAL_LOCK_WAIT"
DEFAULT_WAIT_S = 60.0
POLL_S = 0.05


def _wait_seconds() -> float:
    try:
        return max(0.0, float(os.environ.get(WAIT_ENV, DEFAULT_WAIT_S)))
    except ValueError:
        return DEFAULT_WAIT_S


def _holder_text(holder: int | None) -> str:
    process = f"process {holder}" if holder and holder > 0 else "another process"
    return f"{process} (a Client Journal window or another command)"


def take_lock(data_dir: Path, command: str) -> Any:
    """The journal's lock (a ``JournalLock``, to ``release()``), or the exit status of a
    command that could not get it (already said on stderr)."""
    from clientjournal.ui.shell.single_instance import JournalLock, lock_path, odd_lock

    lock = JournalLock(data_dir)  # QtCore only, no GUI
    try:
        if lock.try_acquire():
            return lock
    except OSError as error:  # the folder cannot be made (a file in the way, read-only)
        return fail(f"{command} failed, nothing was changed: {data_dir}: {_reason(error)}", 1)
    odd = odd_lock(data_dir)
    if odd is not None:  # no process behind it to wait for
        return fail(
            f"{command} refused, nothing was changed: the journal's lock file "
            f"{lock_path(data_dir)} is {odd}, which Client Journal never makes; remove it, "
            "then try again",
            EXIT_FAILED,
        )
    wait = _wait_seconds()
    holder = lock.holder()
    if wait > 0:
        print(
            f"{APP_ID}: waiting for the journal: it is in use by {_holder_text(holder)}…",
            file=sys.stderr,
            flush=True,
        )
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            time.sleep(POLL_S)
            if lock.try_acquire():
                return lock
        holder = lock.holder() or holder
    return fail(
        f"{command} refused, nothing was changed: the journal is in use by "
        f"{_holder_text(holder)}; close it or wait until it is done, then try again",
        EXIT_FAILED,
    )


def _reason(error: OSError) -> str:
    return error.strerror or type(error).__name__


def protected_file(data_dir: Path, output: Path) -> bool:
    """Whether ``output`` is one of the files no export or copy may write over: the journal,
    its ``-wal``/``-shm`` and other companions, the lock, a journal an earlier restore kept,
    or a backup.  Told by the file (device and inode), not by its path: a symbolic link, a
    bind mount or another mount of the same folder names the same file under another path
    (a path test let ``export -o`` through a bind mount overwrite the journal)."""
    from clientjournal import settings
    from clientjournal.core.safety.backup_policy import parse_backup_name
    from clientjournal.paths import journal_file

    target = output.expanduser().resolve()
    journal = journal_file(data_dir)
    target_id = _identity(target)
    folder_id = _identity(target.parent)
    journal_folders = {_identity(journal.parent), _identity(journal.resolve().parent)} - {None}
    if folder_id in journal_folders and target.name.startswith(("journal", ".")):
        return True  # the journal, its companions, the lock, a replaced journal, leftovers
    ends = ("", "-wal", "-shm", "-journal", ".restoring", ".rekeying")
    own = {_identity(Path(f"{journal.resolve()}{end}")) for end in ends} - {None}
    if target_id is not None and target_id in own:
        return True  # a hard link to one of them
    if target in {Path(f"{journal.resolve()}{end}") for end in ends}:
        return True
    backup_ids = {_identity(folder) for folder in settings.backup_folders(data_dir)} - {None}
    named_like_one = parse_backup_name(target.name) is not None
    return folder_id in backup_ids and named_like_one and target_id is not None


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path`` (symbolic links followed), None when it is not there."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino


SQLITE_HEADER = b"SQLite format 3\x00"


def export_refused(data_dir: Path, output: Path) -> str | None:
    """Why an export may not be written to ``output`` (a file, or Markdown's folder), in
    words, or None.  Never over the journal, its files or a backup (``protected_file``), nor
    over any journal or backup elsewhere: a file that holds an SQLite database or is named
    like a backup (one of a backup folder this command was not told about: attack18 M8).
    Never into the journal folder or a backup folder either (M16): ``encrypt`` promises that
    nothing readable stays there, and it does not know an export's plaintext."""
    from clientjournal import settings
    from clientjournal.core.safety.backup_policy import parse_backup_name

    if protected_file(data_dir, output):
        return "is the journal, one of its files or a backup"
    target = output.expanduser().resolve()
    folders = [Path(data_dir), *settings.backup_folders(data_dir)]
    for folder in (folder.expanduser().resolve() for folder in folders):
        if target == folder or folder in target.parents:
            return f"is in {folder}, which holds the journal or its backups"
    if target.is_file():
        if parse_backup_name(target.name) is not None:
            return "is named like a backup of a journal"
        try:
            with open(target, "rb") as stream:
                head = stream.read(len(SQLITE_HEADER))
        except OSError:
            return None  # writing it says why
        if head == SQLITE_HEADER:
            return "holds a database (a journal or a backup of one)"
    return None


def not_a_file(output: Path) -> str | None:
    """What ``output`` is when it exists and is no regular file (a folder, a pipe, a device,
    a socket; symbolic links followed), in words; None for a file or nothing.  A copy is
    written beside its target and renamed over it: over a folder that fails after the whole
    copy was written, and a pipe or a device would be replaced by a file on the disk."""
    import stat

    try:
        mode = output.stat().st_mode
    except OSError:
        return None  # nothing there (or not reachable: writing it says why)
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file (a pipe, a device or a socket)"


def not_yours(data_dir: Path, command: str, output: Path | None = None) -> str | None:
    """The refusal of a command that would write a journal (its folder, the file, its backup
    folder) owned by another user, in one line; None when it is the user's.  The kernel
    refuses that to a user, but not to root: ``sudo clientjournal encrypt`` wrote a root-owned
    journal into the owner's folder, which the owner could then no longer open."""
    if not hasattr(os, "geteuid"):  # Windows: its permissions are the system's business
        return None
    from clientjournal.paths import journal_file

    places = [data_dir, journal_file(data_dir)]
    if command == "backup":  # it only reads the journal; writes into a backup folder
        if output is not None:
            return None
        from clientjournal import settings

        places = [f if f.exists() else f.parent for f in settings.backup_folders(data_dir)]
    me = os.geteuid()
    for place in places:
        try:
            owner = place.stat().st_uid
        except OSError:
            continue  # not there (yet), or not reachable: writing it says why
        if owner != me:
            return (
                f"{command} refused, nothing was changed: {place} belongs to another user "
                f"(uid {owner}), not to you: permission denied; run the command as that user"
            )
    return None
