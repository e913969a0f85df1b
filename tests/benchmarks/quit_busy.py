"""Quit while the daily backup or the integrity check is running: how long until the process
has exited.

    python tests/benchmarks/quit_busy.py JOURNAL backup|check

Starts the real app (offscreen, its own settings and backup folder) in a child process that
reports on stdout when the job starts; the parent sends SIGTERM (as a logout does, the same
route as closing the window) a moment later and measures until the child has exited.
Prints one JSON object: ``quit_s``, and ``running`` (whether the job was still at work when
the quit came).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path


def child(journal: str, job: str) -> int:
    """In the child: the app with the job announcing its start and end on stdout."""
    import clientjournal.app as app
    from clientjournal.store.safety import backup
    from clientjournal.ui.safety import damaged_dialog

    def announced(module: object, name: str) -> None:
        original = getattr(module, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            print(f"{job} started", flush=True)
            try:
                return original(*args, **kwargs)
            finally:
                print(f"{job} finished", flush=True)

        setattr(module, name, wrapper)

    if job == "backup":
        announced(backup, "daily_if_due")
    else:
        announced(damaged_dialog, "journal_problem")
    return app.main(["--data-dir", journal])


def measure(journal: Path, job: str, delay_s: float = 0.3) -> dict:
    with tempfile.TemporaryDirectory(prefix="cj-quit-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "CLIENTJOURNAL_CONFIG_DIR": str(Path(home) / "config"),  # the user's settings untouched
            "CLIENTJOURNAL_BACKUP_DIR": str(Path(home) / "backups"),  # no backup yet: one is due
        }
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(journal), job],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        stuck = threading.Timer(120, process.kill)  # a job that never starts ends the run
        stuck.start()
        for line in process.stdout:
            if line.strip() == f"{job} started":
                break
        stuck.cancel()
        time.sleep(delay_s)
        started = time.perf_counter()
        process.send_signal(signal.SIGTERM)
        rest = process.stdout.read()
        process.wait(timeout=120)
        quit_s = time.perf_counter() - started
        return {
            "job": job,
            "quit_s": quit_s,
            "running": f"{job} finished" not in rest,
            "status": process.returncode,
        }


if __name__ == "__main__":
    if sys.argv[1] == "--child":
        sys.exit(child(sys.argv[2], sys.argv[3]))
    print(json.dumps(measure(Path(sys.argv[1]), sys.argv[2])))
