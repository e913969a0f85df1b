"""The notes below the view of a client of many notes, sized once the moment after a switch
is over, never empty the timeline (ui/notes/timeline_view.py, attack21c C3): for a client of
more than ONE_PASS_AT_MOST notes the rest went to Qt's batched layout, which paints no row
until its last batch, and every switch to such a client showed an empty timeline for
200-400 ms, starting ~170 ms after the switch.  The rest is now sized a batch per turn of the
event loop for every client, then laid out at once from the sizes kept."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from timeline_probe import client_with_notes, shown_rows, single_pass_rects

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.notes import timeline_view
from clientjournal.ui.notes.delegate import NoteDelegate


def _client(name: str, count: int) -> int:
    return client_with_notes(
        name, count, words="More words about the call, and what came of it. ", every=6
    )


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
            if not shown_rows(self.timeline, step=4):
                self.empty += 1
        return False

    def stop(self) -> None:
        self.ticker.stop()
        self.timeline.viewport().removeEventFilter(self)


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
    assert laid_out == single_pass_rects(timeline, 1000)  # every row in its real size


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
    assert laid_out == single_pass_rects(timeline, 700)


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
    assert laid_out == single_pass_rects(timeline, 450)


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
    assert laid_out == single_pass_rects(timeline, 500)


def test_a_scroll_within_the_moment_keeps_the_cards_and_the_notes_scrolled_to(windows):
    """attack21c C3 (its addendum): a scroll within the moment in a client of more than
    ONE_PASS_AT_MOST notes laid the rest out in Qt's batches, an empty timeline until their
    last.  Now the rest is presized too, the view kept on the note at its top."""
    window, timeline = _open(windows)
    many = _client("Bernd", 600)
    assert timeline_view.ONE_PASS_AT_MOST < 600
    window.client_list.reload()
    _switch(window, timeline, many)
    bar = timeline.verticalScrollBar()
    paints = _Paints(timeline)
    bar.setValue(bar.maximum() // 3)  # the user scrolls: the rest is sized at once
    top = timeline._top_index()
    assert top.row() > 10
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting(), timeout=30_000)
    windows.qtbot.wait(50)
    paints.stop()
    assert paints.paints > 0 and paints.empty == 0
    assert timeline._top_index().row() == top.row()
    model = timeline.model()
    laid_out = [timeline.visualRect(model.index(row, 0)) for row in range(600)]
    assert laid_out == single_pass_rects(timeline, 600)


def test_a_card_in_a_row_of_the_smallest_height_stays_inside_it(windows):
    """While the rest is presized after a scroll the view shows estimated rows (the smallest
    card's height): a longer card is cut at its row's end, not drawn over the rows below."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    window, timeline = _open(windows)
    client = clients.create(ClientData(name="Carla"))
    notes.save(NoteData(client, utcnow(), "A long note about the call. " * 40))
    window.client_list.reload()
    window.client_list.select_client(client)
    QApplication.processEvents()
    model, delegate = timeline.model(), timeline.itemDelegate()
    index = model.index(0, 0)
    option = QStyleOptionViewItem()
    timeline.initViewItemOption(option)
    height = NoteDelegate.smallest_card_height(timeline.font())
    width = timeline.viewport().width()
    option.rect = QRect(0, 0, width, height)
    image = QImage(width, height * 5, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    inside = {image.pixel(x, y) for y in range(height) for x in range(0, width, 3)}
    below = {image.pixel(x, y) for y in range(height, height * 5) for x in range(0, width, 3)}
    assert len(inside) > 1  # the card is drawn
    assert below == {QColor("white").rgba()}


def _gone_to_within_the_moment(windows, go):
    """A client of 600 notes switched to, ``go`` run within the moment; the paints until its
    rest is laid out, and the note it went to."""
    window, timeline = _open(windows)
    many = _client("Bernd", 600)
    window.client_list.reload()
    _switch(window, timeline, many)
    paints = _Paints(timeline)
    target = go(window, timeline)
    QApplication.processEvents()
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting(), timeout=30_000)
    windows.qtbot.wait(50)
    paints.stop()
    assert paints.paints > 0 and paints.empty == 0
    model = timeline.model()
    laid_out = [timeline.visualRect(model.index(row, 0)) for row in range(600)]
    assert laid_out == single_pass_rects(timeline, 600)
    return timeline, model.index(target, 0)


def test_page_down_within_the_moment_never_empties_the_timeline(windows):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    def page_down(window, timeline):
        timeline.setFocus()
        QTest.keyClick(timeline, Qt.Key.Key_PageDown)
        QTest.keyClick(timeline, Qt.Key.Key_PageDown)
        return timeline.currentIndex().row()

    timeline, target = _gone_to_within_the_moment(windows, page_down)
    assert target.row() > 5
    assert timeline.currentIndex() == target
    assert timeline.viewport().rect().intersects(timeline.visualRect(target))


def test_a_note_opened_within_the_moment_is_shown_without_emptying_the_timeline(windows):
    def open_note(window, timeline):
        index = timeline.model().index(400, 0)
        timeline.setCurrentIndex(index)
        timeline.reveal(index)
        return 400

    timeline, target = _gone_to_within_the_moment(windows, open_note)
    assert timeline.viewport().rect().intersects(timeline.visualRect(target))
