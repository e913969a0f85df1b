"""Screenshots of the whole (virtual) screen, for the scripts run through scripts/on_screen.sh.

The whole screen rather than the window: the window manager's frame and where the window sits on
a small screen are what a user sees, and what a widget grab would hide.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


class Shooter:
    def __init__(self, app: QApplication, out: Path, suffix: str) -> None:
        self.app = app
        self.out = out
        self.suffix = suffix
        out.mkdir(parents=True, exist_ok=True)

    def settle(self, rounds: int = 60) -> None:
        """Lets lazy models, delayed layouts and the window manager's frame arrive."""
        for _ in range(rounds):
            self.app.processEvents()
            time.sleep(0.02)

    def shot(self, name: str) -> Path:
        self.settle()
        path = self.out / f"{name}-{self.suffix}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=True)
        print(path, flush=True)
        return path
