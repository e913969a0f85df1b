"""How a command ends: the exit statuses every command uses, and its one-line message.

0: done.  1: something failed that is not the input's fault (a journal that does not open, a
disk that refuses the file).  2: the input was bad (a broken import file, a wrong passphrase,
an impossible option); nothing was changed.  Errors are one line on stderr, prefixed with the
program's name, so scripts can show them as they are.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clientjournal import APP_ID

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


def fail(message: str, status: int = EXIT_BAD_INPUT) -> int:
    """Say what went wrong in one line on stderr; returns ``status`` for the caller to return."""
    print(f"{APP_ID}: {message}", file=sys.stderr)
    return status


def given_path(text: str) -> Path:
    """A path argument; an empty one (``-o "$OUT"`` with OUT unset) is refused, never taken
    for the current folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty path; name a file or folder")
    return Path(text)


def output_path(text: str) -> Path | None:
    """An export's ``-o``: ``-`` is standard output, as for most command-line tools (it made a
    file named ``-``); otherwise as ``given_path``."""
    return None if text == "-" else given_path(text)
