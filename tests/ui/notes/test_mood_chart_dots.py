"""The mood chart copies each note's dot from a picture made once per mood, look and quarter
pixel of where it falls (issue 21: ~70 antialiased ellipses one by one at every switch); the
dots look as drawn one by one, a fraction of a pixel aside at most."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPixmap

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.notes import mood_chart
from clientjournal.ui.notes.mood_chart import MoodChart


@pytest.fixture
def chart(qtbot, journal):
    """Notes of every mood at uneven times: the dots fall on every part of a pixel."""
    anna = clients.create(ClientData(name="Anna"))
    now = utcnow()
    for index in range(40):
        created = now - timedelta(days=400 - index * 9.7, hours=index * 3.3)
        notes.save(NoteData(client_id=anna, created_at=created, mood=index % 5 - 2))
    widget = MoodChart()
    qtbot.addWidget(widget)
    widget.resize(600, widget.height())
    widget.show_client(anna)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def paint_dots(chart: MoodChart, one_by_one: bool, ratio: float = 1.0) -> QImage:
    """The chart's dots alone on white: copied as the chart does, or as ellipses."""
    chart.points()
    positions = chart._chart().positions
    radius = chart._radius()
    base = chart.palette().color(QPalette.ColorRole.Base)
    image = QPixmap(round(chart.width() * ratio), round(chart.height() * ratio))
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if one_by_one:
        brushes = chart._mood_brushes()
        painter.setPen(QPen(base, 1))
        for point, (x, y) in zip(chart._points, positions, strict=True):
            painter.setBrush(brushes[point.mood])
            painter.drawEllipse(QPointF(x, y), radius, radius)
    else:
        chart._paint_points(painter, positions, radius, base)
    painter.end()
    return image.toImage().convertToFormat(QImage.Format.Format_RGB32)


def differences(one: QImage, other: QImage) -> tuple[int, int, float]:
    """Pixels that differ, the largest difference in a channel, and the difference in ink
    (how far from white, summed) as a share of the ink."""
    count = largest = 0
    ink_one = ink_other = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixelColor(x, y), other.pixelColor(x, y)
            ink_one += 765 - a.red() - a.green() - a.blue()
            ink_other += 765 - b.red() - b.green() - b.blue()
            if a != b:
                count += 1
                largest = max(
                    largest,
                    abs(a.red() - b.red()),
                    abs(a.green() - b.green()),
                    abs(a.blue() - b.blue()),
                )
    return count, largest, abs(ink_one - ink_other) / max(1, ink_one)


def test_copied_dots_look_as_dots_drawn_one_by_one(chart):
    copied = paint_dots(chart, one_by_one=False)
    drawn = paint_dots(chart, one_by_one=True)
    count, largest, ink = differences(copied, drawn)
    assert count > 0  # antialiasing a fraction of a pixel aside, no more:
    assert largest <= 80
    assert ink < 0.02


def test_copied_dots_follow_another_palette(chart):
    before = paint_dots(chart, one_by_one=False)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#20304a"))  # no theme's background
    chart.setPalette(palette)
    copied = paint_dots(chart, one_by_one=False)
    assert copied != before  # the ring in the new background colour
    _count, largest, ink = differences(copied, paint_dots(chart, one_by_one=True))
    assert largest <= 80
    assert ink < 0.02


def test_each_dot_picture_is_made_once(chart, monkeypatch):
    made: list[tuple[int, int]] = []
    real = mood_chart.dot_picture

    def counting(brush, ring, radius, across, down):
        made.append((across, down))
        return real(brush, ring, radius, across, down)

    monkeypatch.setattr(mood_chart, "dot_picture", counting)
    chart._dots = None  # nothing kept from the first paint
    chart.repaint()
    first = len(made)
    assert 0 < first <= 5 * (mood_chart.STEPS + 1) ** 2
    assert first < len(chart.points())  # shared between dots
    chart.repaint()
    assert len(made) == first


def test_at_another_pixel_ratio_the_dots_are_drawn_one_by_one(chart, monkeypatch):
    made: list[object] = []
    monkeypatch.setattr(mood_chart, "dot_picture", lambda *args: made.append(args))
    copied = paint_dots(chart, one_by_one=False, ratio=2.0)
    assert made == []
    assert copied == paint_dots(chart, one_by_one=True, ratio=2.0)


def _grab(chart: MoodChart) -> QImage:
    return chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_the_copied_backdrop_looks_as_painted(chart, monkeypatch):
    """The frame, the axis marks and the zero line are copied from a picture made once per
    size, look and font (issue 21); the chart looks the same, pixel for pixel, as when they
    are painted each time."""
    copied = _grab(chart)
    assert chart._backdrop_of is not None  # the copy was used
    monkeypatch.setattr(MoodChart, "_backdrop", lambda self, painter: None)
    painted = _grab(chart)
    count, largest, _ink = differences(copied, painted)
    assert (count, largest) == (0, 0)


def test_the_backdrop_is_made_again_for_another_size_look_or_font(chart):
    chart.grab()
    first = chart._backdrop_of
    assert first is not None
    chart.grab()
    assert chart._backdrop_of is first  # kept
    chart.resize(chart.width() - 50, chart.height())
    chart.grab()
    assert chart._backdrop_of is not first and chart._backdrop_of[1].width() == chart.width()
    resized = chart._backdrop_of
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#20304a"))
    chart.setPalette(palette)
    image = _grab(chart)
    assert chart._backdrop_of is not resized
    inside = image.pixelColor(chart.width() // 2, 3)  # inside the frame, above the plot
    assert inside == QColor("#20304a")
    recoloured = chart._backdrop_of
    font = chart.font()
    font.setPointSizeF(font.pointSizeF() + 3)
    chart.setFont(font)
    chart.grab()
    assert chart._backdrop_of is not recoloured


def test_at_another_pixel_ratio_the_backdrop_is_painted(chart):
    """A painter that scales (another device pixel ratio) paints the backdrop itself: a
    copy scaled up would be blurred."""
    image = QPixmap(chart.width() * 2, chart.height() * 2)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor("white"))
    painter = QPainter(image)
    assert chart._backdrop(painter) is None
    painter.end()
