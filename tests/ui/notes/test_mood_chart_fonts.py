"""The mood chart works its fonts and metrics out once per font, its brushes once per palette:
made at every paint, they were a tenth of painting the chart at a client switch (issue 21)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QColor, QFont, QPalette

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.notes import mood_chart


@pytest.fixture
def chart(qtbot, journal):
    anna = clients.create(ClientData(name="Anna"))
    now = utcnow()
    for days, mood in [(90, 2), (40, -1), (10, 0), (2, 1)]:
        notes.save(NoteData(client_id=anna, created_at=now - timedelta(days=days), mood=mood))
    widget = mood_chart.MoodChart()
    qtbot.addWidget(widget)
    widget.resize(600, widget.height())
    widget.show_client(anna)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()
    return widget


def test_a_repaint_after_a_switch_makes_no_font_metrics(chart, monkeypatch):
    made: list[object] = []
    real = mood_chart.QFontMetrics

    def counting(*args):
        made.append(args)
        return real(*args)

    monkeypatch.setattr(mood_chart, "QFontMetrics", counting)
    chart.show_client(chart._client_id)  # the points read and the chart laid out again
    chart.grab()
    assert made == []


def test_another_font_or_palette_is_followed(chart):
    small = chart._small_font().pointSizeF()
    first = chart.point_position(0)
    bigger = QFont(chart.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.6)
    chart.setFont(bigger)
    chart.grab()
    assert chart._small_font().pointSizeF() > small
    assert chart.point_position(0) != first  # the room for the marks grew with the font
    palette = QPalette(chart.palette())
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#ff00ff"))
    chart.setPalette(palette)
    chart.grab()
    assert chart._mood_brushes()[0].color() == QColor("#ff00ff")  # neutral, from the palette
