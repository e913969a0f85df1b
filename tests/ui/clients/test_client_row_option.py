"""A client row is painted without asking the model the roles Qt's delegate asks (issue 21),
and looks exactly as it did when it asked them: selected, focused, hovered or plain."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.clients.delegate import ClientDelegate
from clientjournal.ui.clients.list_model import ClientListModel
from clientjournal.ui.common.two_line_delegate import TwoLineDelegate


def _list(windows):
    window = windows.open()
    for number in range(4):
        clients.create(
            ClientData(name=f"Klientin {number}", company=f"Muster {number} GmbH", tags=["a"])
        )
    window.client_list.reload()
    view = window.client_list.view
    windows.qtbot.waitUntil(lambda: view.model().rowCount() >= 4)
    return view


def _row_image(view, delegate: ClientDelegate, index: QModelIndex, state) -> QImage:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index).translated(-view.visualRect(index).topLeft())
    option.widget = view
    option.font = view.font()
    option.state = state
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def test_a_client_row_is_painted_without_asking_the_model_its_roles(windows, monkeypatch):
    view = _list(windows)
    asked: list[int] = []
    real = ClientListModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        asked.append(role)
        return real(self, index, role)

    monkeypatch.setattr(ClientListModel, "data", counting)
    delegate = view.itemDelegate()
    assert isinstance(delegate, ClientDelegate)
    _row_image(view, delegate, view.model().index(1, 0), QStyle.StateFlag.State_Enabled)
    assert asked == []  # Qt's initStyleOption asked eight roles of every row


def test_a_client_row_looks_as_with_qts_option(windows):
    view = _list(windows)
    delegate = view.itemDelegate()
    assert isinstance(delegate, ClientDelegate)

    class WithQtsOption(ClientDelegate):
        init_row_option = TwoLineDelegate.init_row_option
        text_in_option = True  # Qt's option has the name: the background is drawn without it

    qts = WithQtsOption(view)
    enabled = QStyle.StateFlag.State_Enabled
    states = [
        enabled,
        enabled | QStyle.StateFlag.State_Selected,
        enabled | QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus,
        enabled | QStyle.StateFlag.State_MouseOver,
        enabled | QStyle.StateFlag.State_HasFocus,
    ]
    for row in range(view.model().rowCount()):
        index = view.model().index(row, 0)
        images = [_row_image(view, delegate, index, state) for state in states]
        for state, mine in zip(states, images, strict=True):
            assert mine == _row_image(view, qts, index, state), (row, state)
        assert images[0] != images[1]  # the selection is painted: the rows are compared
