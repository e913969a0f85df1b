"""Sizes in pixels that grow with the font, for readable large-font set-ups (issue 10).

Dialog sizes and minimums were drawn for a desktop's usual font; written as ``scaled(self,
760)`` they stay exactly that at such a font and grow in step with a larger one, so a user who
chose a 16-pt font gets dialogs their text fits in.  Screen scaling (QT_SCALE_FACTOR, 200 %)
needs nothing here: Qt scales logical pixels by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

REFERENCE_LINE = 17
"""Line height in pixels of the font the sizes were drawn at (a 10- to 11-pt desktop font);
smaller fonts keep the sizes as they are, never shrinking a dialog."""


def font_factor(widget: QWidget) -> float:
    return factor_for_font(widget.font())


def factor_for_font(font: QFont) -> float:
    """As ``font_factor``, for a delegate that paints with the font of a view's item."""
    return max(1.0, QFontMetrics(font).height() / REFERENCE_LINE)


def scaled(widget: QWidget, pixels: int) -> int:
    return round(pixels * font_factor(widget))


def scaled_size(widget: QWidget, width: int, height: int) -> QSize:
    """The size grown with the font, but never larger than the screen it will open on."""
    factor = font_factor(widget)
    size = QSize(round(width * factor), round(height * factor))
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None and factor > 1:
        size = size.boundedTo(screen.availableGeometry().size())
    return size
