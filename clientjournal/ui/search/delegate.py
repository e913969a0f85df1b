"""Paints search results: a client's name as a group header; under it each match as a muted
line (date and kind) and up to two lines of the excerpt, the matching words in bold."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
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
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sizes: tuple[QFont, QSize, QSize] | None = None  # font, header's, match's

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Two sizes, a header's and a match's, kept per font: the view asks for every row's
        whenever the results change (~600 rows a search at 300 matches; font metrics and a
        trip through the model's ``data`` each time were ~3 ms of showing them, issue 21)."""
        font = option.font
        if self._sizes is None or self._sizes[0] != font:
            line = QFontMetrics(font).height()
            header = QSize(200, line + PADDING * 2)
            self._sizes = (
                QFont(font),
                header,
                QSize(200, line * (1 + SNIPPET_LINES) + PADDING * 2),
            )
        model = index.model()
        if isinstance(model, SearchModel):
            header_row = model.is_header(index.row())
        else:
            header_row = index.data(HEADER_ROLE) is not None
        return self._sizes[1] if header_row else self._sizes[2]

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
