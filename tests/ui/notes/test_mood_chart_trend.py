"""The mood chart's trend line looks as one continuous line with round ends, as a polyline
with round joins and caps would (it is drawn as square-capped segments and two round-capped
end segments: Qt rasterizes those without its stroker, a fifth of the cost; issue 21)."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.notes.mood_chart import MoodChart

INK = QColor("#202020")
PAPER = QColor("#ffffff")


LONG = [(720 - index * 12, round(2 * math.sin(index / 5))) for index in range(60)]
ZIGZAG = [(40, 2), (31, -2), (22, 2), (13, -2), (4, 2)]


@pytest.fixture(params=[LONG, ZIGZAG], ids=["long", "zigzag"])
def chart(request, qtbot, journal):
    """A long relationship whose moods swing slowly (many samples, gentle bends) or a short
    one that swings at every note (few samples, sharp bends)."""
    anna = clients.create(ClientData(name="Anna"))
    now = utcnow()
    for days, mood in request.param:
        created = now - timedelta(days=days)
        notes.save(NoteData(client_id=anna, created_at=created, mood=mood, body=f"{days}"))
    widget = MoodChart()
    qtbot.addWidget(widget)
    widget.resize(600, widget.height())
    widget.show_client(anna)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def trend(chart: MoodChart) -> list[tuple[float, float]]:
    chart.points()
    return chart._chart().trend


def render(chart: MoodChart, draw) -> QImage:
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    image.fill(PAPER)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(painter)
    painter.end()
    return image


def as_polyline(chart: MoodChart, painter: QPainter) -> None:
    pen = QPen(INK)
    pen.setWidthF(max(2.0, chart._radius() / 2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.drawPolyline([QPointF(x, y) for x, y in trend(chart)])


def ink(image: QImage, x: int, y: int) -> int:
    """How much of the ink covers a pixel, 0-255 (by its red channel: ink and paper grey)."""
    return 255 - image.pixelColor(x, y).red()


def compare(chart: MoodChart) -> tuple[QImage, QImage]:
    ours = render(chart, lambda painter: chart._paint_trend(painter, trend(chart), INK, INK))
    reference = render(chart, lambda painter: as_polyline(chart, painter))
    return ours, reference


def test_the_trend_has_several_segments_and_bends(chart):
    points = trend(chart)
    assert len(points) >= 5
    ys = [y for _x, y in points]
    assert max(ys) - min(ys) > 10


def test_the_trend_covers_what_a_round_polyline_covers(chart):
    ours, reference = compare(chart)
    width, height = ours.width(), ours.height()
    missing = extra = 0
    total_ours = total_reference = 0
    for y in range(height):
        for x in range(width):
            a, b = ink(ours, x, y), ink(reference, x, y)
            total_ours += a
            total_reference += b
            missing += b >= 128 and a < 64  # a gap where the line is
            extra += a >= 128 and b < 64  # a blot beside it
    assert total_reference > 0
    assert missing == 0
    assert extra == 0
    # Antialiasing differs a little along the line and at its joins, no more.
    assert abs(total_ours - total_reference) / total_reference < 0.1


def test_the_trend_is_continuous_from_end_to_end(chart):
    ours, _reference = compare(chart)
    points = trend(chart)
    first, last = int(points[0][0]), int(points[-1][0])
    for x in range(first, last + 1):
        assert max(ink(ours, x, y) for y in range(ours.height())) >= 160, x


def test_the_trend_ends_are_round(chart):
    ours, reference = compare(chart)
    for x, y in (trend(chart)[0], trend(chart)[-1]):
        for dx in (-2, -1, 0, 1, 2):
            for dy in (-2, -1, 0, 1, 2):
                px, py = int(x) + dx, int(y) + dy
                assert abs(ink(ours, px, py) - ink(reference, px, py)) <= 40, (dx, dy)
