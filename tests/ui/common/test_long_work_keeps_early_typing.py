"""Typing in the first moments of ``run_with_progress`` (the contact import's reading and
write) reaches the window also when the job goes on behind its dialog (attack27c).

Those moments run with user input held (``ExcludeUserInputEvents``): the keys stay in the
window system's queue.  For a job done sooner they are handled after it; for a longer one
the window-modal dialog was shown first, and Qt drops key events for a window a modal one
blocks: what was typed right after pressing "Import" was lost without a word.  QTest's
keys never go through that queue, so this needs a real X server (Xvfb) and real keys
(xdotool); it is skipped where they are missing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import subprocess, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
from clientjournal.ui.common.background import SHOW_AFTER_MS, run_with_progress

app = QApplication(sys.argv)
window = QMainWindow()
edit = QPlainTextEdit()
window.setCentralWidget(edit)
window.resize(400, 300)
window.show()
window.activateWindow()
job_s = float(sys.argv[1])

def go():
    edit.setFocus()
    subprocess.Popen(["xdotool", "type", "--delay", "20", "abcdef"])  # within the held moments
    run_with_progress(edit, "working", lambda report: time.sleep(job_s), cancel_on_close=False)
    QTimer.singleShot(500, lambda: (print(repr(edit.toPlainText()), flush=True), app.quit()))

QTimer.singleShot(800, go)
QTimer.singleShot(20_000, app.quit)
app.exec()
"""


def _typed(job_s: float, tmp_path: Path) -> str:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, str(script), str(job_s)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xdotool")) or sys.platform != "linux",
    reason="needs Xvfb and xdotool: real keys through the window system's queue",
)
@pytest.mark.parametrize("job_s", [0.1, 1.5], ids=["done-before-the-dialog", "behind-it"])
def test_keys_typed_in_the_held_moments_reach_the_window(job_s, tmp_path):
    assert _typed(job_s, tmp_path) == "'abcdef'"
