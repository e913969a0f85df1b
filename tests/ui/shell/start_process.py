"""A start of the app in a process of its own, for the tests of what a start imports and does
(the module cache of the test process would hide it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_code(code: str, tmp_path: Path, timeout: float = 60) -> subprocess.CompletedProcess:
    """``code`` run by this Python offscreen, with settings of its own in ``tmp_path``."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CLIENTJOURNAL_CONFIG_DIR": str(tmp_path / "config"),
    }
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env
    )
