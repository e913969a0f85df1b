"""The background, the keyboard-focus frame and the text colours of a row in a list the app
paints itself.

Fusion marks the focused row with a faint line in a darker shade of the selection colour, and
paints the selection the same whether the list has the focus or not: with the keyboard, a user
could not tell which list Tab had reached.  The delegates draw this frame over the row instead:
clear in light and dark, in the palette's own colours.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

WIDTH = 2
# Looked up once: an enum member's lookup and a flag's "&" cost microseconds each in PySide,
# and a list paints these for every row (issue 21).
_SELECTED = QStyle.StateFlag.State_Selected
_HAS_FOCUS = QStyle.StateFlag.State_HasFocus
_NORMAL = QPalette.ColorGroup.Normal
_TEXT = QPalette.ColorRole.Text
_HIGHLIGHTED_TEXT = QPalette.ColorRole.HighlightedText
_PLACEHOLDER_TEXT = QPalette.ColorRole.PlaceholderText
_ITEM_VIEW_ITEM = QStyle.ControlElement.CE_ItemViewItem


def draw_focus_frame(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """Call at the end of a delegate's paint: nothing unless the row has the focus."""
    if not option.state & _HAS_FOCUS:
        return
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
    painter.save()
    painter.setPen(QPen(option.palette.color(role), WIDTH, Qt.PenStyle.SolidLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = WIDTH / 2 + 1
    painter.drawRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset))
    painter.restore()


def draw_row_background(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """Call first in a delegate's paint, after ``initStyleOption``: the style's row (selection,
    hover, alternate colour) without its text, which the delegate draws itself, and the frame."""
    style = option.widget.style() if option.widget else QApplication.style()
    background = QStyleOptionViewItem(option)
    background.text = ""
    style.drawControl(_ITEM_VIEW_ITEM, background, painter, option.widget)
    draw_focus_frame(painter, option)  # Fusion's own is too faint to see


def row_colors(option: QStyleOptionViewItem) -> tuple[QColor, QColor]:
    """The row's text colour and the muted one of its secondary lines; on the selection both
    are the highlighted text, which a muted grey would not stand out from."""
    palette = option.palette
    if option.state & _SELECTED:
        text = palette.color(_NORMAL, _HIGHLIGHTED_TEXT)
        return text, text
    return palette.color(_NORMAL, _TEXT), palette.color(_NORMAL, _PLACEHOLDER_TEXT)
