"""What the mood chart paints with: its fonts, each note's dot as a picture, the trend's
colour as one opaque colour, a solid brush (``ui/notes/mood_chart.py``)."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap


def solid_brush(color: QColor) -> QBrush:
    """``QBrush(color)`` without that constructor, whose overloads make PySide6 build the
    ``QGradient`` and ``QImage`` classes with their ~220 enum members before the first paint
    (~15 M instructions of a start, issue 21); the same brush."""
    brush = QBrush()
    brush.setStyle(Qt.BrushStyle.SolidPattern)
    brush.setColor(color)
    return brush


class ChartFonts:
    """The chart's fonts and metrics for one widget font, never changed once made.

    A plain slotted class, as ``_Fonts`` in ui/notes/delegate.py: a frozen dataclass compiles
    its methods when the module is imported, before the window's first paint (issue 21)."""

    __slots__ = ("font", "radius", "small", "small_metrics")

    def __init__(self, font: QFont, radius: float, small: QFont, metrics: QFontMetrics) -> None:
        self.font = font  # the widget's, which the rest follow from
        self.radius = radius  # of a point
        self.small = small  # of the axis marks and the dates
        self.small_metrics = metrics

    @classmethod
    def of(cls, font: QFont) -> ChartFonts:
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        radius = max(3.0, QFontMetrics(font).height() / 4)
        return cls(QFont(font), radius, small, QFontMetrics(small))


STEPS = 4  # a dot's picture per quarter pixel of where it falls, across and down
DOT_MARGIN = 2  # room around a dot in its picture for its ring and the antialiasing


def dot_picture(brush: QBrush, ring: QColor, radius: float, across: int, down: int) -> QPixmap:
    """A dot on a transparent picture, its centre ``across`` and ``down`` steps of a
    ``STEPS``th of a pixel right of and below the picture's middle, antialiased."""
    size = ceil(2 * (radius + DOT_MARGIN)) + 1
    picture = QPixmap(size, size)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ring, 1))
    painter.setBrush(brush)
    centre = radius + DOT_MARGIN
    painter.drawEllipse(QPointF(centre + across / STEPS, centre + down / STEPS), radius, radius)
    painter.end()
    return picture


def blend(color: QColor, background: QColor, alpha: int) -> QColor:
    """``color`` drawn with ``alpha`` (0-255) over ``background``, as one opaque colour."""
    share = alpha / 255
    return QColor.fromRgbF(
        color.redF() * share + background.redF() * (1 - share),
        color.greenF() * share + background.greenF() * (1 - share),
        color.blueF() * share + background.blueF() * (1 - share),
    )
