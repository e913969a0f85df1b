"""The search results' row sizes: a header's and a match's, kept per font, without asking the
model's ``data`` (the view asks for every row's size whenever the results change; issue 21)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from clientjournal.store.search import SearchHit
from clientjournal.ui.search.delegate import PADDING, SNIPPET_LINES, SearchDelegate
from clientjournal.ui.search.model import HEADER_ROLE, SearchModel


class CountingModel(SearchModel):
    asked = 0

    def data(self, index, role=0) -> Any:
        CountingModel.asked += 1
        return super().data(index, role)


def hit(record_id: int, client_id: int, name: str) -> SearchHit:
    at = datetime(2024, 6, 1, 10, tzinfo=UTC)
    return SearchHit("note", record_id, client_id, name, at, "Logo grün", ("logo",), -1.0)


def test_a_header_and_a_match_have_their_sizes_per_font_without_the_models_data(qtbot):
    view = QListView()
    qtbot.addWidget(view)
    model = CountingModel(view)
    model.set_hits([hit(1, 1, "Anna"), hit(2, 1, "Anna"), hit(3, 2, "Bob")])
    delegate = SearchDelegate(view)
    option = QStyleOptionViewItem()
    headers = [row for row in range(4) if model.index(row, 0).data(HEADER_ROLE) is not None]
    assert headers == [0, 3]
    for size in (9, 15, 9):
        font = QFont(view.font())
        font.setPointSize(size)
        option.font = font
        line = QFontMetrics(font).height()
        CountingModel.asked = 0
        sizes = [delegate.sizeHint(option, model.index(row, 0)) for row in range(4)]
        assert CountingModel.asked == 0
        header = (200, line + PADDING * 2)
        match = (200, line * (1 + SNIPPET_LINES) + PADDING * 2)
        assert [(s.width(), s.height()) for s in sizes] == [header, match, match, header]
