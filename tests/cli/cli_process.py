"""The command line run as a user runs it: a separate process, the environment's own
CLIENTJOURNAL_* settings left out (but the test's config folder kept), never waiting for the
journal's lock, no terminal on standard input (a passphrase comes only from the environment)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(
    data_dir: Path, *args: str, cwd: Path | None = None, **extra: str
) -> subprocess.CompletedProcess:
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
        cwd=cwd,
    )


def as_another_user() -> list[str]:
    """The command prefix that runs a command as the user nobody (uid 65534) — or the test is
    skipped where that cannot work: no setpriv(1), not root, or the app itself out of that
    user's reach (a checkout under /root, 0700, as on a fresh machine)."""
    import shutil

    import pytest

    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv(1) to run the commands as another user")
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
    probe = subprocess.run(
        [*prefix, sys.executable, "-c", "import clientjournal"], capture_output=True, cwd="/"
    )
    if probe.returncode != 0:
        pytest.skip("the user nobody cannot import the app from this checkout (a 0700 folder)")
    return prefix
