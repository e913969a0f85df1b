"""Writing a file so that it is either complete or not there, and private to the user.

Exports and client summaries name people and what was agreed with them (0600), and a full
disk or a crash half-way must leave the previous file intact (write aside, fsync, rename).

Only a regular file (or nothing) is ever replaced so: renamed over a pipe, a device or a link
to a descriptor (``/proc/self/fd/1``), the copy would take its place as a file on the disk,
the pipe's reader would get nothing, and as root ``/dev/null`` would be gone.  Such a target
is refused (``NotARegularFile``) before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


class NotARegularFile(OSError):
    """The target exists and is no regular file: a folder, a pipe, a device or a socket
    (symbolic links followed).  An ``OSError``, so that the callers' one line ("cannot write
    …: <reason>") says it."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(f"{what}, not a file")
        self.strerror = f"it is {what}, not a file"
        self.filename = str(path)
        self.what = what


def kind_of_non_file(path: Path) -> str | None:
    """What ``path`` is, in words, when it exists and is no regular file (symbolic links
    followed; a link that leads nowhere is nothing); None for a file or nothing."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError:
        mode = os.lstat(path).st_mode  # a loop of links: not a file either
        if stat.S_ISLNK(mode):
            return "a symbolic link that leads nowhere readable"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "no regular file"


@contextmanager
def atomic_private_file(
    path: Path, binary: bool = False, partial: Path | None = None
) -> Iterator[IO]:
    """Yields a stream to write; ``path`` is replaced only when the block ends without error.

    ``partial`` is the name written aside (``<name>.partial`` beside it by default); the sync
    folder gives a hidden name of its own, which the folder's engine ignores and its rounds
    clean up.  A target that is no regular file is refused (``NotARegularFile``) before
    anything is written."""
    what = kind_of_non_file(path)
    if what is not None:
        raise NotARegularFile(path, what)
    partial = partial or path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with (
            os.fdopen(fd, "wb")
            if binary
            else os.fdopen(fd, "w", encoding="utf-8", newline="\n") as stream
        ):
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def fsync_folder(folder: Path) -> None:
    """The rename of a file written aside survives a power cut only once its folder is synced
    (POSIX).  Not every file system can (some network ones): then as much as it allows."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
