"""Standard output of the commands that print what they found (``export`` without ``-o``,
``search``, ``tone``, ``check``'s verdict).

Three things that are not the journal's business and must not be said as if they were
(attack18 M13): a closed stdout (``>&-``: Python gives ``sys.stdout = None``, and an export
ended in a traceback), one that cannot be written (``> /dev/full``, a failing device: it is
not the journal's disk that is full, which is what the generic one line said), and a reader
that stopped reading (``| head``), which ends the command quietly, as ``export | head`` did.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from typing import Any, TextIO, cast

from clientjournal.cli.status import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, fail


def refused_at_once(args: argparse.Namespace) -> int | None:
    """The exit status of a command refused before it starts (said on stderr), or None: a
    data folder that is a file (attack18 M1: it was "File exists" for a writer and "there is
    no journal" for a reader), or a result that would go to a closed stdout."""
    data_dir = getattr(args, "data_dir", None)
    # os.path: False where the folder cannot be reached (Path.exists raised PermissionError)
    if (
        args.command != "tone"
        and data_dir
        and os.path.exists(data_dir)
        and not os.path.isdir(data_dir)
    ):
        return fail(
            f"{args.command} refused, nothing was changed: the data folder {data_dir} is a "
            "file, not a folder; name a folder with --data-dir",
            EXIT_FAILED,
        )
    return closed_stdout(args)


def closed_stdout(args: argparse.Namespace) -> int | None:
    """The exit status of a command whose result would go to a closed stdout (said on
    stderr), or None: before the journal is even opened, so nothing is done for nowhere.
    Otherwise stdout is watched from here on (``_Watched``) in the command's own process."""
    if sys.stdout is not None:
        if sys.stdout is sys.__stdout__:  # not a test's capture, which it restores itself
            sys.stdout = cast(TextIO, _Watched(sys.stdout))
        return None
    if args.command == "export" and getattr(args, "output", None) is None:
        advice = "name a file with -o"
    elif args.command in ("search", "tone"):
        advice = "leave it open (no >&-)"
    else:
        return None  # their words go to stderr, their verdict is the exit status
    return fail(
        f"{args.command} refused: standard output is closed, the result would go nowhere; {advice}",
        EXIT_BAD_INPUT,
    )


class _Watched:
    """Stdout (or its binary ``buffer``) as it was, remembering the error of a write or flush
    it refused: an error without a file name may come from anywhere (a full disk under an
    export file, too), and a failed flush drops what it could not write, so only the stream
    itself can tell afterwards that it was the one."""

    failed: BaseException | None = None

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    @property
    def buffer(self) -> _Watched:
        return _Watched(self._stream.buffer)

    def write(self, data: Any) -> Any:
        try:
            return self._stream.write(data)
        except OSError as error:
            _Watched.failed = error
            raise

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            _Watched.failed = error
            raise


def stdout_failed(error: BaseException, command: str) -> int | None:
    """The exit status when ``error`` is stdout refusing a write (said in one line; a reader
    that has had enough is no failure), or None when it is about something else."""
    if not _from_stdout(error):
        return None
    _silence_stdout()
    if isinstance(error, BrokenPipeError):
        return EXIT_OK
    assert isinstance(error, OSError)
    reason = (error.strerror or type(error).__name__).lower()
    return fail(f"{command} failed: standard output cannot be written ({reason})", EXIT_FAILED)


def printing(command: str, run: Callable[[], int]) -> int:
    """``run()``'s status, for a command that needs no journal (``tone``): a stdout that
    refuses its words is one line, as for the others (``cli/main.py``'s ``run``)."""
    try:
        return flushed(run(), command)
    except OSError as error:
        failed = stdout_failed(error, command)
        if failed is None:
            raise
        return failed


def flushed(status: int, command: str) -> int:
    """``status`` once what is still buffered for stdout is written; a stdout that refuses it
    is one line and exit status 1 here, not Python's message at exit."""
    if sys.stdout is None:
        return status
    try:
        sys.stdout.flush()
    except OSError as error:
        _Watched.failed = error
        failed = stdout_failed(error, command)
        if failed is not None and status == EXIT_OK:
            return failed
    return status


def _from_stdout(error: BaseException) -> bool:
    """Whether stdout is what refused: the error it remembered, or one the final flush
    raised."""
    return isinstance(error, OSError) and error is _Watched.failed


def _silence_stdout() -> None:
    """Whatever is still buffered goes nowhere, so that Python's flush at exit adds no
    message of its own."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        stdout = sys.stdout
        assert stdout is not None
        os.dup2(os.open(os.devnull, os.O_WRONLY), stdout.fileno())
