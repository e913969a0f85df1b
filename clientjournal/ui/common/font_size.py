"""Sizes in pixels that grow with the font, for readable large-font set-ups (issue 10).

Dialog sizes and minimums were drawn for a desktop's usual font; written as ``scaled(self,
760)`` they stay exactly that at such a font and grow in step with a larger one, so a user who
chose a 16-pt font gets dialogs their text fits in.  Screen scaling (QT_SCALE_FACTOR, 200 %)
needs nothing here: Qt scales logical pixels by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QSize
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QStyle, QWidget

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
    if screen is not None:
        # frame included: a 640-px help window on a 640-px screen had its buttons below the edge
        margins = _frame_margins(widget.window())
        frame = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        size = size.boundedTo(screen.availableGeometry().size() - frame)
    return size


def _frame_margins(window: QWidget) -> QMargins:
    """The window frame's margins; before the window is shown the frame is not known yet, so a
    title bar and thin borders are assumed."""
    geometry, frame = window.geometry(), window.frameGeometry()
    if window.isVisible() or frame != geometry:
        return QMargins(
            geometry.left() - frame.left(),
            geometry.top() - frame.top(),
            frame.right() - geometry.right(),
            frame.bottom() - geometry.bottom(),
        )
    border = 4
    title = max(window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight), 24)
    return QMargins(border, title + border, border, border)


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move a top-level window into the available area of the screen it is on (the
    nearest one), frame included: a geometry saved on a larger screen, on another monitor or at
    another scaling (200 %) would otherwise open partly off screen or cut off the status bar."""
    if window.isMaximized() or window.isFullScreen():
        return  # the window manager fits those
    geometry = window.geometry()
    screen = QGuiApplication.screenAt(geometry.center()) or window.screen()
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    margins = _frame_margins(window)
    extra = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
    room = available.size() - extra
    size = geometry.size().boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room))
    if size != geometry.size():
        window.resize(size)
    left, top = geometry.left() - margins.left(), geometry.top() - margins.top()
    x = max(available.left(), min(left, available.right() + 1 - size.width() - extra.width()))
    y = max(available.top(), min(top, available.bottom() + 1 - size.height() - extra.height()))
    if (x, y) != (left, top):
        window.move(x, y)  # a top-level window's position is its frame's
