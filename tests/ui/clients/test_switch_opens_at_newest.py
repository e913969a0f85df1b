"""Another client opens at their newest note, wherever the user had scrolled the client before
(attack21c C7: the new client opened at the old one's scroll offset, e.g. at row 59 of 68)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from timeline_probe import client_with_notes


def _client(name: str, count: int) -> int:
    return client_with_notes(name, count)


@pytest.mark.parametrize("wait_ms", [0, 400], ids=["at-once", "after-the-moment"])
def test_a_switch_opens_the_new_client_at_the_top(qtbot, windows, wait_ms):
    window = windows.open()
    window.resize(1100, 700)
    first, second = _client("Anna", 60), _client("Bernd", 70)
    window.client_list.reload()
    timeline = window.pane.timeline
    window.client_list.select_client(first)
    qtbot.wait(400)  # Anna's notes all laid out
    bar = timeline.verticalScrollBar()
    bar.setValue(bar.maximum())  # the user reads Anna's oldest notes
    QApplication.processEvents()
    assert bar.value() > 0
    window.client_list.select_client(second)
    QApplication.processEvents()
    qtbot.wait(wait_ms)
    assert bar.value() == 0
    newest = timeline.model().index(0, 0)
    assert timeline.visualRect(newest).top() <= 10  # Bernd's newest card at the top


def test_the_same_client_shown_again_keeps_its_place(qtbot, windows):
    window = windows.open()
    window.resize(1100, 700)
    first = _client("Anna", 60)
    window.client_list.reload()
    window.client_list.select_client(first)
    qtbot.wait(400)
    bar = window.pane.timeline.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    QApplication.processEvents()
    kept = bar.value()
    window.pane.show_client(first)  # shown again (e.g. the list reloaded around it)
    QApplication.processEvents()
    assert bar.value() == kept
