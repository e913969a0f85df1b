"""Paints a client row: name and status on the first line, company and last contact below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clientjournal.core.domain import ClientStatus
from clientjournal.ui.client_list_model import STATUS_ROLE, SUBTITLE_ROLE
from clientjournal.ui.lazy_model import RECORD_ROLE

PADDING = 6


class ClientDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + PADDING * 3)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        style.drawControl(
            QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
        )

        record = index.data(RECORD_ROLE)
        if record is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = option.palette.color(group, text_role)
        muted = option.palette.color(group, QPalette.ColorRole.PlaceholderText)
        if selected:
            muted = text_color

        rect = option.rect.adjusted(PADDING * 2, PADDING, -PADDING * 2, -PADDING)
        metrics = QFontMetrics(option.font)
        line_height = metrics.height()

        painter.save()
        status_text = index.data(STATUS_ROLE)
        status_font = QFont(option.font)
        status_font.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        status_metrics = QFontMetrics(status_font)
        status_width = status_metrics.horizontalAdvance(status_text) + PADDING * 2
        chip = QRect(rect.right() - status_width, rect.top() + 1, status_width, line_height - 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        chip_color = option.palette.color(group, QPalette.ColorRole.Mid)
        if record.status == ClientStatus.ACTIVE:
            chip_color = option.palette.color(group, QPalette.ColorRole.Highlight)
        chip_color.setAlpha(60 if not selected else 110)
        painter.setBrush(chip_color)
        painter.drawRoundedRect(chip, 6, 6)
        painter.setFont(status_font)
        painter.setPen(text_color)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, status_text)

        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        name_rect = QRect(
            rect.left(), rect.top(), rect.width() - status_width - PADDING, line_height
        )
        name = QFontMetrics(name_font).elidedText(
            record.name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(
            name_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name
        )

        painter.setFont(option.font)
        painter.setPen(muted)
        sub_rect = QRect(
            rect.left(), rect.top() + line_height + PADDING // 2, rect.width(), line_height
        )
        subtitle = metrics.elidedText(
            index.data(SUBTITLE_ROLE), Qt.TextElideMode.ElideRight, sub_rect.width()
        )
        painter.drawText(
            sub_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, subtitle
        )
        painter.restore()
