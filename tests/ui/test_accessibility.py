"""Every control a user can reach has a name a screen reader can say (issue 10).

The walk and the list of dialogs live in ``widget_walk.py`` (shared with the keyboard and
large-font tests).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget
from widget_walk import DESIGN_NAMES, DIALOGS, build_every_tab, demo_window, interactive, unnamed

from clientjournal.store import clients

__all__ = ["demo_window"]  # the fixture


def test_the_main_window_names_every_control(demo_window):
    build_every_tab(demo_window)
    assert len(interactive(demo_window)) > 40  # the walk sees the panes, not just the frame
    missing = unnamed(demo_window)
    assert missing == [], "\n".join(missing)


def test_the_design_object_names_exist_with_accessible_names(demo_window):
    build_every_tab(demo_window)
    from clientjournal.ui.replies.queue import QueueDialog

    queue = QueueDialog(demo_window)
    for name in DESIGN_NAMES:
        widget = demo_window.findChild(QWidget, name) or queue.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName().strip(), name
    queue.deleteLater()


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_names_every_control(qtbot, demo_window, name):
    build_every_tab(demo_window)
    dialog = DIALOGS[name](demo_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert interactive(dialog), name
    assert unnamed(dialog) == []
    assert dialog.objectName(), name
    dialog.reject()


def test_the_walk_notices_a_nameless_control(qtbot):
    box = QDialog()
    qtbot.addWidget(box)
    QLineEdit(box)
    named = QLineEdit(box)
    named.setAccessibleName("Name")
    assert len(unnamed(box)) == 1


def _row_image(view, focused: bool, selected: bool = False):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.widget = view
    option.font = view.font()
    option.palette = view.palette()
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Active
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    delegate = view.itemDelegateForIndex(index)
    option.rect = QRect(0, 0, 320, delegate.sizeHint(option, index).height())
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(view.palette().base().color())
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


def _clearly_different(one, other) -> int:
    """Pixels that differ by more than a faint shade (a third of the range in some channel)."""
    count = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixelColor(x, y), other.pixelColor(x, y)
            if (
                max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
                > 85
            ):
                count += 1
    return count


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_item_views_mark_the_keyboard_focused_row(qapp, demo_window, theme, request):
    """The row with the keyboard focus has a frame a user can see, selected or not (Fusion's
    own is a faint line on the selection colour)."""
    from clientjournal.ui.common.theme import apply_theme

    request.addfinalizer(lambda: apply_theme(qapp, "system"))
    apply_theme(qapp, theme)
    build_every_tab(demo_window)
    pane = demo_window.pane
    views = {
        "clientList": (demo_window.client_list.view, None),
        "noteTimeline": (pane.timeline, None),
        "agreementList": (pane.agreements.view, pane.agreements),
        "drafts": (pane.replies.view, pane.replies),
    }
    for name, (view, tab) in views.items():
        for client_id in clients.list_ids():  # a client with rows in that view
            demo_window.client_list.select_client(client_id)
            pane.tabs.setCurrentWidget(tab or pane.tabs.widget(0))
            if view.model().rowCount():
                break
        assert view.model().rowCount() > 0, name
        for selected in (False, True):
            frame = _clearly_different(
                _row_image(view, True, selected), _row_image(view, False, selected)
            )
            assert frame >= 2 * 320, (name, selected, frame)  # at least a line along the row


def labels_without_buddy(root: QWidget) -> list[str]:
    """A label with a mnemonic ("&Amount:") shows the "&" itself unless it has a buddy."""
    from PySide6.QtCore import Qt as _Qt
    from PySide6.QtWidgets import QLabel

    found = []
    for label in root.findChildren(QLabel):
        plain = label.textFormat() != _Qt.TextFormat.RichText and "<" not in label.text()
        if plain and "&" in label.text().replace("&&", "") and label.buddy() is None:
            found.append(label.text())
    return found


@pytest.mark.parametrize("name", list(DIALOGS))
def test_labels_with_a_mnemonic_lead_to_their_field(qtbot, demo_window, name):
    build_every_tab(demo_window)
    dialog = DIALOGS[name](demo_window)
    qtbot.addWidget(dialog)
    assert labels_without_buddy(dialog) == []
    assert labels_without_buddy(demo_window) == []
