"""Paints a client row: name and status on the first line, company and last contact below."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, QSize
from PySide6.QtWidgets import QStyleOptionViewItem

from clientjournal.ui.clients.list_model import ClientListModel
from clientjournal.ui.common.two_line_delegate import Index, RowParts, TwoLineDelegate

_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay  # looked up once (issue 21)
_WITH_DISPLAY: dict[int, QStyleOptionViewItem.ViewItemFeature] = {}

ROW_WIDTH = 100
"""What a row asks for: its texts are shortened to the list's width, so it needs no more.  The
common 200 px gave the list a horizontal scroll bar when the window was at its smallest."""


class ClientDelegate(TwoLineDelegate):
    chips_as_images = True  # drawn on the list's own background (issue 21)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(ROW_WIDTH, super().sizeHint(option, index).height())

    def row_parts(self, index: Index) -> RowParts | None:
        # Straight from the model, which keeps them per row: asking the index for three roles
        # went through Qt and back into Python three times per row painted (issue 21).
        model = index.model()
        if not isinstance(model, ClientListModel):
            return None
        return model.row_parts(index.row())

    text_in_option = False

    def init_row_option(
        self, option: QStyleOptionViewItem, index: Index, parts: RowParts | None
    ) -> QStyleOptionViewItem.ViewItemFeature | None:
        """What Qt's ``initStyleOption`` would find, without asking the model: of the eight
        roles it asks, the client list answers only the name (ClientListModel's unused
        roles), and the row's texts are painted from ``parts``.  The eight questions went
        through Qt and back into Python for every row painted, a fifth of painting the rows
        after a switch (issue 21)."""
        option.index = cast(QModelIndex, index)  # the view paints with a QModelIndex
        features = option.features
        if parts is not None:  # a name, so Qt would find the display role set
            # Not its text: the delegate paints it, and the style would draw it with the
            # background (the option is this paint's own).  A feature's "|" builds a Python
            # flag (microseconds): the few combinations are kept.
            shown = _WITH_DISPLAY.get(features._value_)  # a number hashes in C
            if shown is None:
                shown = _WITH_DISPLAY[features._value_] = features | _HAS_DISPLAY
            option.features = features = shown
        return features
