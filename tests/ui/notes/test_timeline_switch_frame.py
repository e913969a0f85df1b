"""The frame of a client switch shows the new client's cards (ui/notes/timeline_view.py,
issue 21): Qt's batched list shows no row until its last batch is laid out, and with the
notes below the view left to the timer's rounds the timeline was empty in that frame (26 of
40 jumps on the demo journal), its cards coming a few rounds later, at first with the
smallest card's height when the rounds of the client before were still going."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from timeline_probe import client_with_notes, shown_rows, single_pass_rects

from clientjournal.store import notes


def _client(name: str, count: int) -> int:
    return client_with_notes(
        name, count, words="More words about the call, and what came of it. ", every=5
    )


def _switch_frame(windows, quick: bool):
    window = windows.open()
    window.resize(1100, 700)
    first, second = _client("Anna", 40), _client("Bernd", 45)
    window.client_list.reload()
    timeline = window.pane.timeline
    timeline._rest.setInterval(60_000)  # the moment does not end within the test
    window.client_list.select_client(first)
    QApplication.processEvents()
    if not quick:
        windows.qtbot.wait(100)  # the first client's layout done
    window.client_list.select_client(second)
    QApplication.processEvents()  # the switch's frame
    assert timeline.rest_waiting()
    return second, timeline


def _assert_the_cards_are_shown_in_their_sizes(timeline) -> None:
    shown = shown_rows(timeline)
    assert shown[:3] == [0, 1, 2]  # not an empty timeline
    model = timeline.model()
    rects = [timeline.visualRect(model.index(row, 0)) for row in shown]
    assert rects == single_pass_rects(timeline, len(shown))  # their real heights


def test_the_switch_frame_shows_the_new_clients_cards(windows):
    _second, timeline = _switch_frame(windows, quick=False)
    _assert_the_cards_are_shown_in_their_sizes(timeline)


def test_a_switch_right_after_another_shows_its_cards_in_their_sizes(windows):
    """Arrow keys down the client list: the switch before still had batches to lay out."""
    _second, timeline = _switch_frame(windows, quick=True)
    _assert_the_cards_are_shown_in_their_sizes(timeline)


def test_a_switch_while_the_rest_of_the_client_before_is_sized_shows_its_cards(
    windows, monkeypatch
):
    """The client before had its notes below the view laid out in Qt's batches (scrolled
    within its moment; a client of more than ONE_PASS_AT_MOST notes): Qt's list leaves a new
    layout to the batch timer while that runs."""
    from clientjournal.ui.notes import timeline_view

    monkeypatch.setattr(timeline_view, "ONE_PASS_AT_MOST", 10)
    window = windows.open()
    window.resize(1100, 700)
    first, second = _client("Anna", 60), _client("Bernd", 45)
    window.client_list.reload()
    timeline = window.pane.timeline
    timeline._rest.setInterval(60_000)
    window.client_list.select_client(first)
    QApplication.processEvents()
    timeline._lay_out_all(one_pass=False)  # what a scroll does: real sizes, in batches
    assert not timeline.rest_waiting()
    window.client_list.select_client(second)
    QApplication.processEvents()  # the switch's frame
    assert timeline.rest_waiting()
    _assert_the_cards_are_shown_in_their_sizes(timeline)


def test_the_notes_below_the_first_batch_are_not_read_in_the_switch(windows):
    second, timeline = _switch_frame(windows, quick=False)
    delegate = timeline.itemDelegate()
    sized = delegate._cards.keys() & set(notes.ids_for_client(second))
    assert 0 < len(sized) <= timeline.first_batch()
    bar = timeline.verticalScrollBar()
    assert bar.maximum() > 0  # the rows below are there, with the smallest card's height


def test_a_switch_sizes_only_the_notes_the_view_shows(windows):
    """The first batch counts the smallest cards; the real ones are taller, so sizing stops
    once they fill the view (9 notes sized for ~6 shown before)."""
    second, timeline = _switch_frame(windows, quick=False)
    delegate = timeline.itemDelegate()
    model = timeline.model()
    sized = delegate._cards.keys() & set(notes.ids_for_client(second))
    shown = {model.id_at(row) for row in shown_rows(timeline)}
    assert sized == shown


def test_cards_are_sized_once_when_the_scroll_bar_comes_with_the_switch(windows, monkeypatch):
    """From a client whose notes fit (no scroll bar) to one whose notes need it: the cards
    are sized at the width the bar leaves, not first at the full width and then again."""
    from clientjournal.ui.notes import delegate as delegate_module

    window = windows.open()
    window.resize(1100, 700)
    few, many = _client("Anna", 2), _client("Bernd", 45)
    window.client_list.reload()
    timeline = window.pane.timeline
    timeline._rest.setInterval(60_000)
    window.client_list.select_client(few)
    windows.qtbot.wait(50)
    assert not timeline.verticalScrollBar().isVisible()
    widths: list[float] = []
    real_preview = delegate_module.preview

    def counted(document, lines):
        widths.append(document.textWidth())
        return real_preview(document, lines)

    monkeypatch.setattr(delegate_module, "preview", counted)
    window.client_list.select_client(many)
    QApplication.processEvents()  # the switch's frame
    assert timeline.verticalScrollBar().isVisible()
    assert widths and len(widths) == len(shown_rows(timeline))  # each card once
    assert set(widths) == {timeline.itemDelegate().text_width()}
    _assert_the_cards_are_shown_in_their_sizes(timeline)


def test_an_estimated_row_is_answered_without_the_font_or_the_note(windows, monkeypatch):
    """A switch sizes every row of the client (~4 µs a row with the font's metrics looked up
    per row; the view now hands the delegate one size made per layout)."""
    from clientjournal.ui.notes.delegate import NoteDelegate

    _second, timeline = _switch_frame(windows, quick=False)
    asked: list[int] = []
    real_fonts_of = NoteDelegate._fonts_of

    def counted(self, font):
        asked.append(1)
        return real_fonts_of(self, font)

    monkeypatch.setattr(NoteDelegate, "_fonts_of", counted)
    rows = timeline.model().rowCount()
    timeline.doItemsLayout()  # the switch's layout again, the rest still waiting
    assert timeline.rest_waiting()
    assert 0 < len(asked) < rows - 20  # the cards that fill the view, not every row
    model = timeline.model()
    below = model.index(rows - 1, 0)
    assert timeline.visualRect(below).height() == NoteDelegate.smallest_card_height(timeline.font())


def test_the_rest_sized_after_the_moment_never_empties_the_timeline(windows):
    """The notes below the view sized for real once the moment is over: a batch per turn of
    the event loop, then laid out at once.  Qt's batched layout painted an empty timeline
    until its last batch, a flash 150 ms after most switches."""
    from PySide6.QtCore import QEvent, QObject

    second, timeline = _switch_frame(windows, quick=False)
    empty: list[int] = []

    class Watch(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not shown_rows(timeline):
                empty.append(1)
            return False

    watch = Watch()
    timeline.viewport().installEventFilter(watch)
    timeline._rest.setInterval(0)
    timeline._rest.start()  # the moment is over
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
    windows.qtbot.wait(50)
    timeline.viewport().removeEventFilter(watch)
    assert not empty
    delegate = timeline.itemDelegate()
    assert len(delegate._cards.keys() & set(notes.ids_for_client(second))) == 45
    model = timeline.model()
    rows = model.rowCount()
    laid_out = [timeline.visualRect(model.index(row, 0)) for row in range(rows)]
    assert laid_out == single_pass_rects(timeline, rows)
