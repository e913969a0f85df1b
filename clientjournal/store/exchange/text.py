"""Writing the readable exports: a folder of Markdown files (one per client) and a CSV table.

Both are built from the JSON export a client at a time (``json_export.journal_export``), so
memory does not grow with the number of notes; like every export they are private to the
user (folder 0700, files 0600).  Clients in the trash are left out: these files are for
reading and for other programs, not for restoring.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from clientjournal.core.exchange.markdown import client_markdown, clients_csv, file_name
from clientjournal.core.files import atomic_private_file, fsync_folder
from clientjournal.paths import ensure_private_dir
from clientjournal.store.exchange.json_export import journal_export

STAGING_PREFIX = ".clientjournal-export-"
_STAGING_NAME = re.compile(re.escape(STAGING_PREFIX) + r"[a-z0-9_]{8}")  # tempfile.mkdtemp's
STALE_AFTER_S = 60.0
"""A staging folder untouched this long, whose lock no export holds, was left by an export
cut short (killed, logged out, power gone): it holds plaintext notes nobody will move."""


def _lock(folder: Path) -> int | None:
    """An open descriptor of ``folder`` holding an exclusive ``flock`` on it (released when
    closed or the process dies), or None where there is no ``flock`` (Windows: the age alone
    decides) or it is held by another export."""
    try:
        import fcntl
    except ImportError:
        return None
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
    handle = os.open(folder, flags)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        raise
    return handle


def sweep_stale_staging(folder: Path, now: float | None = None) -> list[Path]:
    """Delete the hidden staging folders (``.clientjournal-export-XXXXXXXX``) that Markdown
    exports cut short left in ``folder``: only ours by name and owner, untouched for
    ``STALE_AFTER_S`` and not locked by an export still writing them.  Returns them."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not _STAGING_NAME.fullmatch(entry.name):
            continue
        try:
            found = entry.stat(follow_symlinks=False)
            if not entry.is_dir(follow_symlinks=False) or found.st_mtime > now - STALE_AFTER_S:
                continue
            if hasattr(os, "geteuid") and found.st_uid != os.geteuid():
                continue
            handle = _lock(Path(entry.path))
        except OSError:
            continue  # gone meanwhile, or an export still writes it (its lock is held)
        try:
            shutil.rmtree(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
        finally:
            if handle is not None:
                os.close(handle)
    return removed


def export_markdown(folder: Path, language: str = "en") -> int:
    """Write one Markdown file per client into ``folder``; returns how many.

    All or nothing: the files are written into a hidden folder inside ``folder`` first and
    moved into place only when every one is complete, so a full disk half way leaves no
    client's file changed or added (each was written in place before, issue 18).  The export
    holds a lock on that folder while it writes; one an export cut short left (plaintext
    notes, hidden) is deleted by the next export into ``folder`` once it is stale."""
    ensure_private_dir(folder)
    sweep_stale_staging(folder)
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))  # 0700
    lock: int | None = None
    try:
        lock = _lock(staging)
        written = 0
        with journal_export() as (_head, clients, _templates):
            for client in clients:
                if client["deleted_at"]:
                    continue
                with atomic_private_file(staging / file_name(client)) as stream:
                    stream.write(client_markdown(client, language))
                written += 1
        fsync_folder(staging)
        with os.scandir(staging) as files:
            for file in files:
                os.replace(file.path, folder / file.name)
        fsync_folder(folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        if lock is not None:
            with contextlib.suppress(OSError):
                os.close(lock)
    return written


def export_csv(path: Path | None) -> str:
    """The clients as CSV; written to ``path`` when given."""
    with journal_export() as (head, clients, _templates):
        # The table needs how many notes, not the notes: a range has a length and no items.
        rows = [{**client, "notes": range(len(client["notes"]))} for client in clients]
    text = clients_csv({**head, "clients": rows})
    if path is not None:
        with atomic_private_file(path, binary=True) as stream:
            stream.write(text.encode("utf-8"))
    return text
