"""Writing a file so that it is either complete or not there, and private to the user.

Exports and client summaries name people and what was agreed with them (0600), and a full
disk or a crash half-way must leave the previous file intact (write aside, fsync, rename).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_private_file(
    path: Path, binary: bool = False, partial: Path | None = None
) -> Iterator[IO]:
    """Yields a stream to write; ``path`` is replaced only when the block ends without error.

    ``partial`` is the name written aside (``<name>.partial`` beside it by default); the sync
    folder gives a hidden name of its own, which the folder's engine ignores and its rounds
    clean up."""
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
