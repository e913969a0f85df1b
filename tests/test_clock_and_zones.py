"""The tests whose outcome could hang on the date, the time of day or the time zone, run again
under other zones and, where libfaketime is installed, at a faked clock (issue 19).

`test_list_rows_grow_with_the_font` once passed on one day and failed on every day after; a
demo agreement read as overdue only at UTC+14.  These runs keep such tests honest: each zone is
chosen so that the local date differs from the UTC date for much of the day (UTC+14, UTC-10
with daylight saving), and the faked clocks sit where the local and the UTC year differ.  The
cooling-off rule's own edges (midnight, DST, a zone change) are tested in test_cooling.py.  The suite runs in a subprocess, so the zone and the clock are those of a fresh start.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATE_SENSITIVE = [
    "tests/core/demo/test_demo.py",
    "tests/core/test_cadence.py",
    "tests/core/test_cooling.py",
    "tests/core/test_payments.py",
    "tests/core/agreements",
    "tests/store/test_cadence_store.py",
    "tests/store/test_payment_store.py",
    "tests/store/test_search.py",
    "tests/store/agreements/test_agreement_store.py",
    "tests/store/exchange/test_calendar.py",
    "tests/store/exchange/test_exchange_text.py",
    "tests/ui/attention",
    "tests/ui/search/test_search_panel.py",
]
"""Dates relative to today, local days, due dates, cadence, the cooling-off rule, exports
with local times, search by period, the attention lists."""
FAKETIME = shutil.which("faketime")


def _run(env: dict[str, str], clock: str = "") -> subprocess.CompletedProcess[str]:
    faked = [FAKETIME or "faketime", "-f", f"@{clock}"] if clock else []
    return subprocess.run(
        [
            *faked,
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *DATE_SENSITIVE,
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "America/Adak"])
def test_the_date_sensitive_tests_pass_in_other_zones(zone):
    result = _run({"TZ": zone})
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


@pytest.mark.skipif(FAKETIME is None, reason="needs libfaketime (apt-get install faketime)")
@pytest.mark.parametrize(
    ("zone", "moment"),
    [
        ("Pacific/Kiritimati", "2027-01-01 00:30:00"),  # UTC: 31 Dec 10:30, the year before
        ("America/Adak", "2026-12-31 20:00:00"),  # UTC: 1 Jan 06:00, the year after
    ],
)
def test_the_date_sensitive_tests_pass_at_a_faked_clock(zone, moment):
    result = _run({"TZ": zone}, clock=moment)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
