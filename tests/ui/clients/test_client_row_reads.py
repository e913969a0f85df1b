"""Painting a client row reads the option's state and features once each (issue 21): every
read builds a Python flag and every "&" or "|" on it another, microseconds apiece, and a
jump paints a screenful of rows the list had not painted before.  The pixels are pinned by
test_client_row_option and test_list_chip_images."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOption, QStyleOptionViewItem

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.clients.delegate import ClientDelegate

READS = {"state": 0, "features": 0}


class CountingOption(QStyleOptionViewItem):
    """Counts what Python reads of the option; Qt's own reads in C++ are not counted."""

    @property  # type: ignore[override]
    def state(self):
        READS["state"] += 1
        return QStyleOption.state.__get__(self, QStyleOption)

    @state.setter
    def state(self, value) -> None:
        QStyleOption.state.__set__(self, value)

    @property  # type: ignore[override]
    def features(self):
        READS["features"] += 1
        return QStyleOptionViewItem.features.__get__(self, QStyleOptionViewItem)

    @features.setter
    def features(self, value) -> None:
        QStyleOptionViewItem.features.__set__(self, value)


def test_a_row_reads_its_state_and_features_once(windows):
    window = windows.open()
    for number in range(3):
        clients.create(ClientData(name=f"Klientin {number}", company=f"Muster {number} GmbH"))
    window.client_list.reload()
    view = window.client_list.view
    windows.qtbot.waitUntil(lambda: view.model().rowCount() >= 3)
    delegate = view.itemDelegate()
    assert isinstance(delegate, ClientDelegate)
    flag = QStyle.StateFlag
    for row, state in enumerate(
        [flag.State_Enabled, flag.State_Enabled | flag.State_Selected | flag.State_Active]
    ):
        index = view.model().index(row, 0)
        option = CountingOption()
        option.initFrom(view)
        option.rect = view.visualRect(index)
        option.widget = view
        option.font = view.font()
        option.state = state
        image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        READS.update(state=0, features=0)
        delegate.paint(painter, option, index)
        painter.end()
        assert READS == {"state": 1, "features": 1}, (row, READS)
