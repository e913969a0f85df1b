"""Paints search results: a client's name as a group header; under it each match as a muted
line (date and kind) and up to two lines of the excerpt, the matching words in bold."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clientjournal.ui.common.focus_frame import draw_focus_frame
from clientjournal.ui.search.model import HEADER_ROLE, HIT_ROLE, SearchModel

PADDING = 6
SNIPPET_LINES = 2
Index = QModelIndex | QPersistentModelIndex


class SearchDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        if index.data(HEADER_ROLE) is not None:
            return QSize(200, line + PADDING * 2)
        return QSize(200, line * (1 + SNIPPET_LINES) + PADDING * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        draw_focus_frame(painter, option)  # Fusion's own is too faint to see
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = option.palette.color(role)
        rect = QRectF(option.rect).adjusted(PADDING * 2, PADDING, -PADDING, -PADDING)
        painter.save()
        name = index.data(HEADER_ROLE)
        if name is not None:
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(text_color)
            metrics = QFontMetrics(font)
            painter.drawText(
                rect, metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(rect.width()))
            )
            painter.restore()
            return
        hit = index.data(HIT_ROLE)
        metrics = QFontMetrics(option.font)
        muted = text_color if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(muted)
        painter.drawText(
            rect.adjusted(PADDING, 0, 0, 0), cast(SearchModel, index.model()).header(hit)
        )
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        document.setHtml(hit.snippet)
        document.setTextWidth(rect.width() - PADDING)
        painter.translate(QPointF(rect.left() + PADDING, rect.top() + metrics.height()))
        clip = QRectF(0, 0, rect.width(), metrics.height() * SNIPPET_LINES)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text_color)
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()
