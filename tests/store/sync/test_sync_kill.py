"""SIGKILL during a sync round (the real command, a real process): the journal is never half
applied, and nothing is lost: the round run again afterwards delivers everything both ways."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store.sync.replicas import Replica, uid

LOCAL_NOTE = uid("local-note")

ATTEMPTS = int(os.environ.get("CLIENTJOURNAL_SYNC_KILLS", "4"))
NOTES = 3000
AT = "2026-03-04T05:06:07.123456Z"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def sync_command(data_dir: Path, folder: Path) -> list[str]:
    return [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), "sync", str(folder)]


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    env["CLIENTJOURNAL_CONFIG_DIR"] = os.environ["CLIENTJOURNAL_CONFIG_DIR"]
    return env


def run_sync(data_dir: Path, folder: Path) -> float:
    started = time.monotonic()
    done = subprocess.run(
        sync_command(data_dir, folder), capture_output=True, text=True, env=environment(),
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return time.monotonic() - started


def test_a_killed_round_applies_nothing_half_and_loses_nothing(tmp_path: Path):
    base = tmp_path / "base"
    folder = base / "sync"
    target = Replica(base, "target", folder=folder)
    target.add_client("00000000-0000-0000-0000-000000742d31", "Local")
    target.round()  # set up and published before the source's notes are there
    source = Replica(base, "source", folder=folder)
    source.sql(
        "INSERT INTO client (id, uuid, name, created_at, updated_at) VALUES (1, '00000000-0000-0000-0000-000000632d31', 'A', ?, ?)",
        AT, AT,
    )  # fmt: skip
    _many_notes(source)
    source.round()  # the target's next round applies these
    target.sql("INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
               "SELECT ?, id, ?, ?, 'written before the kill' FROM client "
               "WHERE uuid = '00000000-0000-0000-0000-000000742d31'", LOCAL_NOTE, AT, AT)  # fmt: skip
    from clientjournal.store.connection import close_journal

    close_journal()
    calibration = tmp_path / "calibration"
    shutil.copytree(base, calibration)
    duration = run_sync(calibration / "target", calibration / "sync")
    rng = random.Random(20)
    outcomes = set()
    for attempt in range(ATTEMPTS):
        here = tmp_path / f"attempt-{attempt}"
        shutil.copytree(base, here)
        process = subprocess.Popen(
            sync_command(here / "target", here / "sync"), env=environment(),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(duration * (attempt + rng.random()) / ATTEMPTS)
        process.send_signal(signal.SIGKILL)
        process.wait()
        killed = Replica(here, "target", folder=here / "sync")
        (notes,) = killed.sql("SELECT COUNT(*) FROM note WHERE body LIKE 'Text %'")[0]
        assert notes in (0, NOTES), f"half applied: {notes} of {NOTES} notes"
        assert killed.sql("PRAGMA integrity_check") == [("ok",)]
        assert killed.sql("SELECT COUNT(*) FROM sync_applying") == [(0,)]
        assert killed.sql("SELECT body FROM note WHERE uuid = ?", LOCAL_NOTE) == [
            ("written before the kill",)
        ]
        outcomes.add(notes)
        close_journal()
        run_sync(here / "target", here / "sync")  # the round again: everything arrives
        assert killed.sql("SELECT COUNT(*) FROM note WHERE body LIKE 'Text %'") == [(NOTES,)]
        other = Replica(here, "source", folder=here / "sync")
        other.round()
        assert other.sql("SELECT body FROM note WHERE uuid = ?", LOCAL_NOTE) == [
            ("written before the kill",)
        ]
        assert other.export() == killed.export()
        close_journal()
    if ATTEMPTS >= 4:
        assert 0 in outcomes  # a kill before the commit happened (after it, too, usually)


def _many_notes(replica: Replica) -> None:
    rows = [(uid(f"n-{i}"), AT, AT, f"Text {i}") for i in range(NOTES)]
    replica.open()
    from clientjournal.store.models import database

    with database.atomic():
        database.connection().executemany(
            "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
            "VALUES (?, 1, ?, ?, ?)",
            rows,
        )
