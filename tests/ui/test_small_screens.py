"""Small screens (issue 19): at 1024×640 and 1366×768, in English and German, every tab and
dialog fits the window (no widget outside it, no label cut, no horizontal scroll bar), no
action grows the window, and a window saved on another screen opens fitted to this one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QMainWindow

from clientjournal.settings import qsettings


def _saved_geometry(rect: QRect) -> QByteArray:
    """A window's geometry as saved on a screen much larger than this one."""
    big = QMainWindow()
    big.setGeometry(rect)
    saved = big.saveGeometry()
    big.deleteLater()
    return saved


@pytest.mark.parametrize(
    "rect", [QRect(1500, 900, 1900, 1150), QRect(-700, 200, 1200, 760), QRect(40, 30, 1600, 1000)]
)
def test_a_window_saved_on_another_screen_opens_inside_this_one(journal, windows, rect):
    qsettings().setValue("window/geometry", _saved_geometry(rect))
    from clientjournal.ui.shell.startup import StartupWindow

    frame = StartupWindow()
    window = windows.open()
    for shown in (frame, window):
        available = shown.screen().availableGeometry()
        assert available.contains(shown.frameGeometry()), (
            type(shown).__name__,
            shown.frameGeometry(),
        )
    frame.deleteLater()


SCREEN_CHECK = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QMainWindow
from clientjournal.app import _make_application, create_window
from clientjournal.settings import qsettings
from clientjournal.ui.shell.startup import StartupWindow

app = _make_application([])
big = QMainWindow()
big.setGeometry(QRect(200, 100, 1900, 1150))  # as saved on a 1920x1200 screen at 100 %
qsettings().setValue("window/geometry", big.saveGeometry())
frame = StartupWindow()
frame.show()
window = create_window(Path(sys.argv[1]))
window.show()
app.processEvents()
window.pane.tabs.setCurrentIndex(2)
window.pane.replies.new_reply()
app.processEvents()
screen = window.screen().availableGeometry()
print(json.dumps({"screen": screen.getRect(), "frame": frame.frameGeometry().getRect(),
                  "window": window.frameGeometry().getRect()}))
window.close()
"""


@pytest.mark.parametrize("dpr", [1, 2])
def test_on_a_real_small_screen_the_window_fits(tmp_path, dpr):
    """On a 1024×640 screen (and the same at 200 %), as the platform plugin offers one."""
    width, height = 1024, 640  # in logical pixels, whatever the scaling
    config = tmp_path / "screen.json"
    laptop = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    laptop.update(logicalDpi=96, logicalBaseDpi=96, dpr=dpr)
    config.write_text(json.dumps({"screens": [laptop]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCREEN_CHECK), str(tmp_path / "journal")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    screen = QRect(*shown["screen"])
    assert screen.contains(QRect(*shown["frame"])), shown
    assert screen.contains(QRect(*shown["window"])), shown
