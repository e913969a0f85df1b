"""scripts/start.sh without a display proves the app starts, on a throw-away journal: it once
wrote a real journal and window settings into the user's home folder (issue 19)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_start_without_a_display_leaves_the_home_folder_alone(tmp_path):
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "start.sh", project / "scripts" / "start.sh")
    (project / "scripts" / "setup.sh").write_text("exit 0\n")  # set up already: this .venv
    (project / ".venv").symlink_to(ROOT / ".venv")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        and not key.startswith("CLIENTJOURNAL_")
        and not key.startswith("XDG_")
    }
    env["HOME"] = str(home)
    done = subprocess.run(
        ["bash", str(project / "scripts" / "start.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ready in ")
    assert [p.relative_to(home) for p in home.rglob("*")] == []
