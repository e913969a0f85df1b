"""Measurements that need the window inside this process: client switch, typing, memory.

Run by ``run.py`` in a child process, so memory is that of the app with the journal open.
Prints one JSON object.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from clientjournal.app import create_window


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(data_dir: Path, switches: int) -> dict:
    app = QApplication(sys.argv)
    window = create_window(data_dir)
    window.resize(1200, 760)
    window.show()
    app.processEvents()
    panel = window.client_list
    ids = panel.model.ids()
    rng = random.Random(42)
    # warm up once, as a user's first click also pays for font and style caches
    panel.select_client(ids[0])
    app.processEvents()
    switch_ms = []
    for client_id in rng.sample(ids, min(switches, len(ids))):
        started = time.perf_counter()
        panel.select_client(client_id)
        app.processEvents()  # layout and paint of the profile, timeline and editor
        switch_ms.append((time.perf_counter() - started) * 1000)

    # typing: each key event, and the autosave write that runs on the same thread
    editor = window.pane.editor
    key_ms, save_ms = [], []
    for i in range(300):
        started = time.perf_counter()
        editor.body.insertPlainText("x" if i % 20 else "\n")
        app.processEvents()
        key_ms.append((time.perf_counter() - started) * 1000)
        if i % 25 == 24:
            started = time.perf_counter()
            editor.flush()
            save_ms.append((time.perf_counter() - started) * 1000)
    result = {
        "switch_median_ms": statistics.median(switch_ms),
        "switch_p95_ms": sorted(switch_ms)[int(len(switch_ms) * 0.95) - 1],
        "key_median_ms": statistics.median(key_ms),
        "key_max_ms": max(key_ms),
        "autosave_median_ms": statistics.median(save_ms),
        "autosave_max_ms": max(save_ms),
        "rss_mb": rss_mb(),
        "clients": len(ids),
    }
    window.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]))))
