"""The window's minimum size does not change with the client shown (issue 21): the header's
rhythm line, hidden for a client without a rhythm, kept changing the header's minimum height
by a line, and every change set the top-level window's minimum size again (a request to the
window manager on X11, a warning offscreen) in a fifth of the switches on the demo journal."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from clientjournal.core.records import ClientData
from clientjournal.store import clients


def test_a_client_without_a_rhythm_leaves_the_minimum_size_alone(qtbot, journal, windows):
    with_rhythm = clients.create(ClientData(name="Rita Rhythmus", cadence_days=14))
    without = clients.create(ClientData(name="Otto Ohne"))
    window = windows.open()
    window.resize(QSize(1024, 640))
    summary = window.pane.summary
    window.client_list.select_client(with_rhythm)
    QApplication.processEvents()
    assert summary.rhythm.isVisible()
    minimum, header = window.minimumSize(), summary.minimumSizeHint()
    window.client_list.select_client(without)
    QApplication.processEvents()
    assert not summary.rhythm.isVisible()
    assert summary.minimumSizeHint() == header
    assert window.minimumSize() == minimum
    window.client_list.select_client(with_rhythm)
    QApplication.processEvents()
    assert summary.rhythm.isVisible()
    assert window.minimumSize() == minimum
