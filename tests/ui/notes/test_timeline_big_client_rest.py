"""The notes below the view of a client of many notes, sized once the moment after a switch
is over, never empty the timeline (ui/notes/timeline_view.py, attack21c C3): for a client of
more than ONE_PASS_AT_MOST notes the rest went to Qt's batched layout, which paints no row
until its last batch, and every switch to such a client showed an empty timeline for
200-400 ms, starting ~170 ms after the switch.  The rest is now sized a batch per turn of the
event loop for every client, then laid out at once from the sizes kept."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtWidgets import QApplication, QListView

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store.models import database
from clientjournal.ui.notes import timeline_view
from clientjournal.ui.notes.delegate import NoteDelegate


def _client(name: str, count: int) -> int:
    client_id = clients.create(ClientData(name=name))
    with database.atomic():
        for number in range(count):
            words = "More words about the call, and what came of it. " * (number % 6)
            body = f"{name}: note {number}. {words}"
            notes.save(NoteData(client_id, utcnow() - timedelta(days=count - number), body))
    return client_id


def _shown_rows(timeline) -> list[int]:
    """The rows the viewport paints now (Qt's list paints what ``indexAt`` finds)."""
    x = timeline.viewport().width() // 2
    rows = []
    for y in range(0, timeline.viewport().height(), 4):
        index = timeline.indexAt(QPoint(x, y))
        if index.isValid() and index.row() not in rows:
            rows.append(index.row())
    return rows


class _Paints(QObject):
    """Counts the timeline's paints and those that show no row; asks for a paint every few
    milliseconds, so that an empty state between two turns of the event loop is painted."""

    def __init__(self, timeline) -> None:
        super().__init__()
        self.timeline = timeline
        self.paints = 0
        self.empty = 0
        timeline.viewport().installEventFilter(self)
        self.ticker = QTimer()
        self.ticker.setInterval(3)
        self.ticker.timeout.connect(timeline.viewport().update)
        self.ticker.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
            if not _shown_rows(self.timeline):
                self.empty += 1
        return False

    def stop(self) -> None:
        self.ticker.stop()
        self.timeline.viewport().removeEventFilter(self)


def _single_pass_rects(timeline, rows: int) -> list:
    model = timeline.model()
    timeline.setLayoutMode(QListView.LayoutMode.SinglePass)
    try:
        timeline.doItemsLayout()
        return [timeline.visualRect(model.index(row, 0)) for row in range(rows)]
    finally:
        timeline.setLayoutMode(QListView.LayoutMode.Batched)


def _open(windows):
    window = windows.open()
    window.resize(1100, 700)
    return window, window.pane.timeline


def _switch(window, timeline, client_id: int) -> None:
    timeline._rest.setInterval(60_000)  # the moment ends when the test says
    window.client_list.select_client(client_id)
    QApplication.processEvents()  # the switch's frame
    assert timeline.rest_waiting()


def _end_the_moment(timeline) -> None:
    timeline._rest.setInterval(0)
    timeline._rest.start()


def test_the_rest_of_a_client_of_a_thousand_notes_never_empties_the_timeline(windows):
    window, timeline = _open(windows)
    many = _client("Bernd", 1000)
    assert timeline_view.ONE_PASS_AT_MOST < 1000
    window.client_list.reload()
    _switch(window, timeline, many)
    paints = _Paints(timeline)
    _end_the_moment(timeline)
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting(), timeout=30_000)
    windows.qtbot.wait(50)
    paints.stop()
    assert paints.paints > 0 and paints.empty == 0
    model = timeline.model()
    laid_out = [timeline.visualRect(model.index(row, 0)) for row in range(1000)]
    assert laid_out == _single_pass_rects(timeline, 1000)  # every row in its real size


def test_the_layout_after_presizing_reads_no_note(windows, monkeypatch):
    """The one layout of every row after presizing answers each from the sizes kept: ~2 µs a
    row, where asking the delegate again cost its cache (600 cards) for a larger client."""
    window, timeline = _open(windows)
    many = _client("Bernd", 700)
    window.client_list.reload()
    _switch(window, timeline, many)
    asked_in_layout: list[int] = []
    in_layout = [False]
    real_prepare = NoteDelegate.prepare
    real_one_pass = timeline_view.NoteTimelineView._lay_out_in_one_pass

    def prepare(self, note, font):
        if in_layout[0]:
            asked_in_layout.append(1)
        return real_prepare(self, note, font)

    def one_pass(self):
        in_layout[0] = True
        try:
            real_one_pass(self)
        finally:
            in_layout[0] = False

    monkeypatch.setattr(NoteDelegate, "prepare", prepare)
    monkeypatch.setattr(timeline_view.NoteTimelineView, "_lay_out_in_one_pass", one_pass)
    _end_the_moment(timeline)
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting(), timeout=30_000)
    assert not asked_in_layout
    monkeypatch.undo()
    model = timeline.model()
    laid_out = [timeline.visualRect(model.index(row, 0)) for row in range(700)]
    assert laid_out == _single_pass_rects(timeline, 700)


def test_switches_while_the_rest_is_presized_never_empty_the_timeline(windows):
    """Down held in the client list while a large client's rest is being sized: each switch
    drops the work of the one before, and the last client's rest is laid out in its sizes."""
    window, timeline = _open(windows)
    first, second, third = _client("Anna", 900), _client("Bernd", 500), _client("Carla", 450)
    window.client_list.reload()
    _switch(window, timeline, first)
    paints = _Paints(timeline)
    _end_the_moment(timeline)
    windows.qtbot.waitUntil(lambda: timeline._presize_next >= 200, timeout=30_000)
    assert timeline.rest_waiting()
    _switch(window, timeline, second)
    assert not timeline._presize.isActive() and not timeline._known  # the first's dropped
    _end_the_moment(timeline)
    windows.qtbot.waitUntil(lambda: timeline._presize_next >= 100, timeout=30_000)
    _switch(window, timeline, third)
    assert not timeline._presize.isActive()
    windows.qtbot.wait(30)
    assert timeline.rest_waiting()  # the moment of the third: nothing sized meanwhile
    _end_the_moment(timeline)
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting(), timeout=30_000)
    windows.qtbot.wait(50)
    paints.stop()
    assert paints.paints > 0 and paints.empty == 0
    model = timeline.model()
    assert model.rowCount() == 450
    laid_out = [timeline.visualRect(model.index(row, 0)) for row in range(450)]
    assert laid_out == _single_pass_rects(timeline, 450)


def test_a_note_saved_while_presizing_is_laid_out_in_its_new_size(windows):
    """A note of the rest edited while its size is kept: sized again from its row on."""
    window, timeline = _open(windows)
    many = _client("Bernd", 500)
    window.client_list.reload()
    _switch(window, timeline, many)
    _end_the_moment(timeline)
    windows.qtbot.waitUntil(lambda: timeline._presize_next >= 100, timeout=30_000)
    model = timeline.model()
    note = model.index(10, 0).data(timeline_view.RECORD_ROLE)
    note.body = "A longer note now.\n\n" + "Many more words about the call. " * 40
    notes.save(note)
    model.note_changed(note.id)
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting(), timeout=30_000)
    laid_out = [timeline.visualRect(model.index(row, 0)) for row in range(500)]
    assert laid_out == _single_pass_rects(timeline, 500)
