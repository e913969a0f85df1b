"""Logging out or shutting down ends the app like a close (issue 19): a note typed a moment
before SIGTERM, SIGHUP or SIGINT is in the journal, and the journal's lock is free."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clientjournal.core.records import ClientData
from clientjournal.store import clients, notes
from clientjournal.store.connection import close_journal, open_journal

CHILD = Path(__file__).with_name("signal_typist.py")
ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_saves_what_was_just_typed(tmp_path, number):
    data_dir = tmp_path / "journal"
    open_journal(data_dir)
    client_id = clients.create(ClientData(name="Signal"))  # not empty: no welcome dialog
    close_journal()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), "Kurz vor dem Abmelden"],
        stdout=subprocess.PIPE,
        env=env,
    )
    with child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == b"typed\n"
            time.sleep(0.1)  # well before the autosave (0.5 s after the last key)
            started = time.monotonic()
            child.send_signal(number)
            status = child.wait(timeout=10)
        finally:
            child.kill()
    assert status == 0
    assert time.monotonic() - started < 5
    open_journal(data_dir)
    try:
        bodies = [notes.get(i).body for i in notes.ids_for_client(client_id)]
    finally:
        close_journal()
    assert bodies == ["Kurz vor dem Abmelden"]
    assert not (data_dir / ".lock").exists()  # released, as after a normal quit
