"""Writing a file so that it is either complete or not there, and private to the user.

Exports and client summaries name people and what was agreed with them (0600), and a full
disk or a crash half-way must leave the previous file intact (write aside, fsync, rename).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_private_file(path: Path, binary: bool = False) -> Iterator[IO]:
    """Yields a stream to write; ``path`` is replaced only when the block ends without error."""
    partial = path.with_name(path.name + ".partial")
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
