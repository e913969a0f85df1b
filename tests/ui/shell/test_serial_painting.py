"""The app paints without Qt's GUI thread pool (issue 21): Fusion's scroll bars and the tab
frame handed their fills to the pool and waited for it, ~1.4 ms of every client switch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SHOW = (
    "import os\n"
    "from clientjournal.app import _make_application\n"
    "app = _make_application([])\n"
    "print(os.environ.get('QT_NO_GUI_THREADPOOL', '-'))\n"
)


def _run(tmp_path: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "QT_NO_GUI_THREADPOOL"}
    env.update(QT_QPA_PLATFORM="offscreen", CLIENTJOURNAL_CONFIG_DIR=str(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", _SHOW], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_application_is_made_without_the_gui_thread_pool(tmp_path: Path):
    assert _run(tmp_path) == "1"
