"""Quitting while the integrity check runs (issue 21): the app ends at once and cleanly.

The check runs in a thread of the window after every start and takes seconds on a big
journal.  Before, a quit either waited for it or, when the window was deleted under the
running thread, aborted the process (``QThread: Destroyed while thread is still running``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import sys, threading
import clientjournal.app as app
from clientjournal.ui.safety import damaged_dialog

release = threading.Event()

def endless_check(data_dir):  # the real check, made to run until the test is over
    print("check started", flush=True)
    release.wait(60)
    print("check finished", flush=True)
    return None

damaged_dialog.journal_problem = endless_check
sys.exit(app.main(["--data-dir", sys.argv[1]]))
"""


def test_a_quit_during_the_integrity_check_ends_cleanly_without_waiting_for_it(tmp_path):
    data_dir = tmp_path / "journal"
    open_journal(data_dir)
    clients.create(ClientData(name="Busy"))  # not empty: no welcome dialog
    close_journal()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "CLIENTJOURNAL_CONFIG_DIR": str(tmp_path / "config"),
        "CLIENTJOURNAL_BACKUP_DIR": str(tmp_path / "backups"),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    with child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline() == "check started\n"
            child.send_signal(signal.SIGTERM)
            output, errors = child.communicate(timeout=30)  # the check would take 60 s
        finally:
            child.kill()
    assert child.returncode == 0, errors
    assert "check finished" not in output  # it did not wait for the check
    assert "Destroyed while thread" not in errors
    assert not (data_dir / ".lock").exists()  # released, as after a normal quit
    assert (tmp_path / "config" / "settings.ini").exists()  # the close saved the settings
