"""Small file systems for the tests of full and read-only disks: a tmpfs of a given size,
mounted for the test and unmounted after it.  Mounting needs root (or CAP_SYS_ADMIN); where it
is not possible (a container without the capability, a desktop session) the test is skipped
with the reason, never faked with a monkeypatched error."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=30)


@contextmanager
def small_disk(folder: Path, kilobytes: int) -> Iterator[Path]:
    """``folder`` as a fresh tmpfs of ``kilobytes``; skips the test when it cannot be mounted."""
    if sys.platform != "linux" or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs Linux and mount(8)")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CAP_SYS_ADMIN); run the tests as root")
    folder.mkdir(parents=True, exist_ok=True)
    done = _run("mount", "-t", "tmpfs", "-o", f"size={kilobytes}k,mode=0755", "tmpfs", str(folder))
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (no CAP_SYS_ADMIN?): {done.stderr.strip()}")
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def make_read_only(folder: Path) -> None:
    done = _run("mount", "-o", "remount,ro", str(folder))
    assert done.returncode == 0, done.stderr


def fill_up(folder: Path, leave_kilobytes: int) -> None:
    """Write a filler file until about ``leave_kilobytes`` are free on ``folder``'s disk."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    size = max(0, free - leave_kilobytes * 1024)
    with open(folder / "filler", "wb") as filler:
        filler.write(b"\0" * size)


def without_root_powers() -> list[str]:
    """A command prefix that runs the rest as root without the powers that ignore file modes
    (CAP_DAC_OVERRIDE and friends), so a file that is not root's is as foreign as it is to
    a user; skips the test where setpriv(1) is missing."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv(1) is needed to drop root's override of file modes")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner,-chown", "--"]
