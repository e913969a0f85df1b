"""The command line run as a user runs it: a separate process, the environment's own
CLIENTJOURNAL_* settings left out (but the test's config folder kept), never waiting for the
journal's lock, no terminal on standard input (a passphrase comes only from the environment)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(data_dir: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    env |= {"CLIENTJOURNAL_LOCK_WAIT": "0", **extra}
    if "CLIENTJOURNAL_CONFIG_DIR" in os.environ:
        env["CLIENTJOURNAL_CONFIG_DIR"] = os.environ["CLIENTJOURNAL_CONFIG_DIR"]
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        timeout=120,
        env=env,
        input=b"",
    )
