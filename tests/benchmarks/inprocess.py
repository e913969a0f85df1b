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
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from clientjournal.app import create_window, serial_painting

SHOWN_WITHIN_S = 2.0  # a switch whose notes take longer is counted as not shown


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


# Common and rare words of the demo journal, German and English, with and without umlauts.
SEARCH_WORDS = (
    "budget", "angebot", "rechnung", "müller", "mueller", "termin freitag", "logo", "invoice",
    "deadline", "pünktlich", "verpackung", "website", "kaffee", "präsentation", "newsletter",
)  # fmt: skip


class _ShownClock(QObject):
    """When the window's first frame after a switch that shows the new client's notes in the
    timeline is flushed: the switch's bar is "until the timeline shows the new client".  A
    frame counts only when the timeline paints a note (or the client has none): Qt's batched
    list paints no row until its last batch is laid out, and until perf21m a frame with an
    empty timeline was counted, in 26 of 40 jumps on the demo journal.  ``switch_median_ms``
    runs until the event loop has nothing left, which includes what comes after the frame
    (the timeline sizing the notes below its view, issue 21).  The filter paints the
    window's update itself, to note the time after it."""

    def __init__(self, window: QWidget, timeline: QAbstractItemView) -> None:
        super().__init__()
        self.window, self.timeline = window, timeline
        self.viewport = timeline.viewport()
        self.at: float | None = None
        self._painted = False
        window.installEventFilter(self)
        self.viewport.installEventFilter(self)

    def start(self) -> None:
        self.at = None

    def remove(self) -> None:
        self.window.removeEventFilter(self)
        self.viewport.removeEventFilter(self)

    def _no_notes(self) -> bool:
        """A client without notes: the timeline is hidden behind its empty state, and the
        switch's first frame shows that."""
        model = self.timeline.model()
        return model is None or model.rowCount() == 0

    def _shows_notes(self) -> bool:
        """Whether a paint now draws notes: a row lies somewhere down the middle of the view
        (looked for every 8 pixels; no card is smaller)."""
        x = self.viewport.width() // 2
        return any(
            self.timeline.indexAt(QPoint(x, y)).isValid()
            for y in range(0, self.viewport.height(), 8)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport and event.type() == QEvent.Type.Paint:
            self._painted = self._painted or self._shows_notes()
        elif (
            watched is self.window and event.type() == QEvent.Type.UpdateRequest and self.at is None
        ):
            self._painted = False
            self.window.event(event)  # paints and flushes the frame
            if self._painted or self._no_notes():
                self.at = time.perf_counter()
            return True
        return False


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)] if values else float("nan")


def main(data_dir: Path, switches: int) -> dict:
    serial_painting()  # as the app does before its QApplication
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
    shown = _ShownClock(window, window.pane.timeline)
    unshown = 0  # switches whose notes were not shown within SHOWN_WITHIN_S

    def timed(select: Callable[[], object], processed: list[float], seen: list[float]) -> None:
        """One switch: until the event loop has nothing left (``processed``), and until the
        frame that shows the new client's notes is flushed (``seen``, the bar)."""
        nonlocal unshown
        started = time.perf_counter()
        shown.start()
        select()
        app.processEvents()  # layout and paint of the profile, timeline and editor
        processed.append((time.perf_counter() - started) * 1000)
        while shown.at is None and time.perf_counter() - started < SHOWN_WITHIN_S:
            # the notes come in a later frame (a timer's round): that frame is the one timed
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
        if shown.at is not None:
            seen.append((shown.at - started) * 1000)
        else:
            unshown += 1

    switch_ms: list[float] = []
    switch_shown_ms: list[float] = []
    for client_id in rng.sample(ids, min(switches, len(ids))):
        timed(
            lambda client_id=client_id: panel.select_client(client_id), switch_ms, switch_shown_ms
        )
    # the next client (Down in the list, the list scrolled a row at most): the switch a user
    # going through the clients makes, where a jump above paints a new screen of the list too
    panel.select_client(ids[len(ids) // 3])
    app.processEvents()
    next_ms: list[float] = []
    next_shown_ms: list[float] = []
    for _ in range(min(switches, len(ids) // 3)):
        timed(lambda: panel.select_offset(1), next_ms, next_shown_ms)
    shown.remove()

    # typing: each key event, and the autosave write that runs on the same thread, 60 of them:
    # FTS5 finished a merge of the whole note index of a freshly built journal in the
    # fifteenth (search_bulk.merged_at_once), which 12 saves did not reach
    editor = window.pane.editor
    key_ms, save_ms = [], []
    for i in range(300):
        started = time.perf_counter()
        editor.body.insertPlainText("x" if i % 20 else "\n")
        app.processEvents()
        key_ms.append((time.perf_counter() - started) * 1000)
        if i % 5 == 4:
            started = time.perf_counter()
            editor.flush()
            save_ms.append((time.perf_counter() - started) * 1000)
    # search: the query alone (measured inside), and typing a query until its results are laid
    # out and painted in the window
    from clientjournal.store import search

    query_ms, shown_ms = [], []
    for word in SEARCH_WORDS:
        query_ms.append(search.search(word).query_ms)
    window.search.field.setText("x")
    panel = window.search.panel
    for word in SEARCH_WORDS:
        started = time.perf_counter()
        window.search.field.setText(word)
        panel.run()
        app.processEvents()
        shown_ms.append((time.perf_counter() - started) * 1000)
    window.search.field.clear()
    result = {
        "search_query_median_ms": statistics.median(query_ms),
        "search_query_max_ms": max(query_ms),
        "search_shown_median_ms": statistics.median(shown_ms),
        "search_shown_max_ms": max(shown_ms),
        "switch_median_ms": statistics.median(switch_ms),
        "switch_p95_ms": sorted(switch_ms)[int(len(switch_ms) * 0.95) - 1],
        "switch_shown_median_ms": _median(switch_shown_ms),
        "switch_shown_p95_ms": _p95(switch_shown_ms),
        "switch_next_shown_median_ms": _median(next_shown_ms),
        "switch_not_shown": unshown,
        "switch_next_median_ms": statistics.median(next_ms),
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
