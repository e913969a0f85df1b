"""Paints a list row as two lines: a bold title with a small chip, and a muted line below.

The client list and the agreement checklist both look like this; subclasses only say what
goes where.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clientjournal.ui.common.focus_frame import draw_row_background, row_colors
from clientjournal.ui.common.theme import warning_color

PADDING = 6

Index = QModelIndex | QPersistentModelIndex


@dataclass(slots=True)
class RowParts:
    title: str
    chip: str
    subtitle: str
    chip_strong: bool = False  # drawn in the highlight colour (e.g. an active client)
    alert: bool = False  # subtitle in the alert colour (e.g. overdue)
    # The subtitle's first part ("Greenyard Software Ltd"), shortened before the rest ("last
    # contact 30 days ago") when the line is too narrow: the useful part stays whole.
    subtitle_lead: str = ""


SEPARATOR = " · "


def fit_subtitle(metrics: QFontMetrics, subtitle: str, lead: str, width: int) -> str:
    """``subtitle`` in ``width`` pixels.  If it does not fit and begins with ``lead`` and a
    separator, the lead is elided first ("Greenyard Soft… · last contact 30 days ago"); the
    rest is cut at its end only when it does not fit on its own.  Cutting the whole line at
    its end read "Greenyard Software Ltd · letzter Kontakt vor 30 T…" (attack19 finding 19)."""
    if metrics.horizontalAdvance(subtitle) <= width:
        return subtitle
    head = lead + SEPARATOR
    if not lead or not subtitle.startswith(head):
        return metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width)
    rest = subtitle[len(head) :]
    # the part after the lead that matters, up to the next separator (tags come after it)
    first_rest = rest.split(SEPARATOR, 1)[0]
    kept = head + first_rest
    if metrics.horizontalAdvance(kept) <= width:  # only what follows (the tags) is cut
        tail = metrics.elidedText(
            subtitle[len(kept) :],
            Qt.TextElideMode.ElideRight,
            width - metrics.horizontalAdvance(kept),
        )
        return kept + (tail if tail.strip(" ·…") else "")
    room = width - metrics.horizontalAdvance(SEPARATOR + first_rest)
    if room >= metrics.horizontalAdvance(lead[:3] + "…"):
        shown_lead = metrics.elidedText(lead, Qt.TextElideMode.ElideRight, room)
        return shown_lead + SEPARATOR + first_rest
    return metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


class TwoLineDelegate(QStyledItemDelegate):
    def row_parts(self, index: Index) -> RowParts | None:
        raise NotImplementedError

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PADDING * 3)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        draw_row_background(painter, option)
        parts = self.row_parts(index)
        if parts is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_color, muted = row_colors(option)
        if parts.alert and not selected:
            muted = warning_color(option.palette)

        rect = option.rect.adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
        metrics = QFontMetrics(option.font)
        line_height = metrics.height()
        painter.save()
        chip_width = 0
        if parts.chip:
            chip_font = QFont(option.font)
            chip_font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
            chip_width = QFontMetrics(chip_font).horizontalAdvance(parts.chip) + PADDING * 2
            chip = QRect(rect.right() - chip_width, rect.top() + 1, chip_width, line_height - 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            role = QPalette.ColorRole.Highlight if parts.chip_strong else QPalette.ColorRole.Mid
            chip_color = option.palette.color(group, role)
            chip_color.setAlpha(110 if selected else 60)
            painter.setBrush(chip_color)
            painter.drawRoundedRect(chip, 6, 6)
            painter.setFont(chip_font)
            painter.setPen(text_color)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, parts.chip)

        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_color)
        title_rect = QRect(
            rect.left(), rect.top(), rect.width() - chip_width - PADDING, line_height
        )
        title = QFontMetrics(title_font).elidedText(
            parts.title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title
        )

        painter.setFont(option.font)
        painter.setPen(muted)
        sub_rect = QRect(
            rect.left(), rect.top() + line_height + PADDING // 2, rect.width(), line_height
        )
        subtitle = fit_subtitle(metrics, parts.subtitle, parts.subtitle_lead, sub_rect.width())
        painter.drawText(
            sub_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, subtitle
        )
        painter.restore()
