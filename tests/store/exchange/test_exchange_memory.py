"""Issue 18: a big import or export needs no more memory than a small one.

A 1,000,000-note export (416 MB) took 859 MB of memory to import batch by batch (1.3 GB
whole) and 1.4 GB to export.  Each case runs in a fresh interpreter (memory_probe.py) for a
journal of N and of 4N records and compares the peaks of Python's memory: growing with the
file, the 4N peak would be near four times the N one (no times are measured).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("memory_probe.py")
CLIENTS = 400  # of 20 notes each: 8,400 records, and 33,600
NOTES = 20


def peak(kind: str, clients: int, folder: Path) -> int:
    folder.mkdir()
    result = subprocess.run(
        [sys.executable, str(PROBE), kind, str(clients), str(NOTES), str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return int(result.stdout.split()[-1])


@pytest.mark.parametrize("kind", ["import", "import-refused"])
def test_memory_does_not_grow_with_the_size_of_the_journal(kind: str, tmp_path: Path):
    small = peak(kind, CLIENTS, tmp_path / "small")
    big = peak(kind, 4 * CLIENTS, tmp_path / "big")
    assert big < 1.25 * small, f"{kind}: {small:,} bytes for N records, {big:,} for 4N"
