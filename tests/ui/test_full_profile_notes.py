"""The full profile open on a laptop screen still leaves the notes their room (attack19 finding
9): the mood chart folds away while three whole notes would not fit below it, and the profile
scrolls in at most a third of the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from test_small_screens import LAPTOP_WINDOWS, _notes_in_view, demo_notes

__all__ = ["demo_notes"]  # the fixture


def _longest(client_ids: list[int]) -> int:
    """The client whose six newest notes are the longest: every card shows its most lines."""
    from clientjournal.store import notes

    def length(client_id: int) -> int:
        ids = notes.ids_for_client(client_id)[:6]
        return sum(min(len(note.body), 400) for note in notes.fetch(ids).values())

    return max(client_ids, key=length)


def _settled(qtbot, pane) -> None:
    """Until the layout stops moving: the chart folding away lets the timeline grow after the
    header has grown."""
    last = None
    for _ in range(50):
        qtbot.wait(10)
        QApplication.processEvents()
        now = (pane.timeline.viewport().height(), pane.mood_chart.isVisible())
        if now == last:
            return
        last = now


@pytest.mark.parametrize("size", list(LAPTOP_WINDOWS.values()), ids=list(LAPTOP_WINDOWS))
def test_the_full_profile_leaves_three_whole_notes(qtbot, demo_notes, size):
    window, filled = demo_notes
    window.resize(size)
    pane = window.pane
    window.client_list.select_client(_longest(filled))
    _settled(qtbot, pane)
    assert pane.mood_chart.isVisible()  # closed, there is room for the chart and five notes
    assert _notes_in_view(pane) >= 5
    pane.summary.profile.set_expanded(True)
    _settled(qtbot, pane)
    assert _notes_in_view(pane) >= 3
    assert not pane.mood_chart.isVisible()
    assert pane.summary.profile_area.height() <= size.height() // 3
    pane.summary.profile.set_expanded(False)
    _settled(qtbot, pane)
    assert pane.mood_chart.isVisible()  # back when the profile closes
    assert _notes_in_view(pane) >= 5


def test_at_1024x640_the_full_profile_leaves_two_whole_notes(qtbot, demo_notes):
    window, filled = demo_notes
    window.resize(QSize(1024, 640))
    pane = window.pane
    window.client_list.select_client(_longest(filled))
    pane.summary.profile.set_expanded(True)
    _settled(qtbot, pane)
    assert _notes_in_view(pane) >= 2  # one, under the chart, before
    assert not pane.mood_chart.isVisible()
