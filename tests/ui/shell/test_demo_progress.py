"""The welcome's demo writes in a thread behind the one progress dialog for long work
(ui/common/background.start_with_progress, work27a): shown after 400 ms with the demo's
title and its steps, no Cancel, and not hidden by Escape: the window takes no typing while
the demo's transaction holds the journal (the editors' saves wait for its end)."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from clientjournal.store import clients
from clientjournal.store.demo import removal as demo_data


def _shown() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_the_demos_progress_shows_its_steps_and_escape_leaves_it(qtbot, window, monkeypatch):
    from clientjournal.ui.shell.welcome_dialog import DemoLoader

    inside, gate = threading.Event(), threading.Event()
    real = demo_data.add_demo

    def gated(german: bool, progress: Any = None) -> Any:
        progress("clients", 3, 10)
        inside.set()
        gate.wait(20)
        return real(german, progress=progress)

    monkeypatch.setattr(demo_data, "add_demo", gated)
    seen: list[object] = []
    try:
        assert DemoLoader(window).start()
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        qtbot.wait(200)
        seen.append(len(_shown()))  # none before 400 ms
        qtbot.waitUntil(lambda: len(_shown()) == 1, timeout=5_000)
        (progress,) = _shown()
        seen.append((progress.objectName(), progress.windowTitle()))
        seen.append((progress.value(), progress.maximum(), progress.findChild(QPushButton)))
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        qtbot.wait(100)
        seen.append((progress.isVisible(), window.journal_work.busy))
    finally:
        gate.set()  # the thread ends before the window does, whatever failed
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert seen == [0, ("demoProgress", "Demo data"), (3, 10, None), (True, True)]
    qtbot.waitUntil(lambda: _shown() == [], timeout=5_000)
    assert clients.count() == demo_data.WELCOME_CLIENTS
