"""The benchmark script itself keeps working (on a tiny journal; no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).parent / "run.py"


def test_benchmark_script_measures_every_bar():
    result = subprocess.run(
        [
            sys.executable,
            str(RUN),
            "--clients",
            "30",
            "--notes",
            "600",
            "--repeat",
            "1",
            "--switches",
            "10",
            "--kill-rounds",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    table = result.stdout
    for row in (
        "demo",
        "export",
        "import",
        "backup (verified copy, the command)",
        "integrity check (the command)",
        "start to first paint",
        "start to the full window",
        "switching client: a jump anywhere in the list",
        "switching client: the next one (Down)",
        "full-text search query",
        "search results shown",
        "typing",
        "memory",
        "quit during the daily backup",
        "quit during the integrity check",
        "sync: first round of the demo journal",
        "sync: first sync into an empty journal",
        "sync round, nothing new",
        "sync round, 1,000 changes: publish",
        "sync round, 1,000 changes: receive",
        "SIGKILL at random moments",
    ):
        assert f"| {row}" in table, table
    # every switch's notes were shown, and the frame that showed them was timed
    assert "not shown within 2 s: 0)" in table, table
