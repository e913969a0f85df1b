"""Every control a user can reach has a name a screen reader can say (issue 10).

The walk is generic: ``DIALOGS`` lists how to build each dialog on a demo journal, and
``unnamed`` finds every interactive widget below a window.  A new dialog gets checked by adding
one line to ``DIALOGS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from clientjournal.core.demo import generate
from clientjournal.store import agreements, clients, payments
from clientjournal.store.demo_fill import fill

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QAbstractSlider,
)
COMPOUND = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QMenuBar)
"""Their parts (a spin box's line edit, a line edit's clear button, the menu bar's overflow
button) are announced as the control itself."""
DESIGN_NAMES = (
    "clientList",
    "clientFilter",
    "clientProfile",
    "noteTimeline",
    "noteEditor",
    "agreementList",
    "coolingQueue",
    "globalSearch",
)


def _inside_compound(widget: QWidget, root: QWidget) -> bool:
    """Parts of another control (a spin box's line edit, a combo's list, a view's scroll bar)
    are announced as that control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return False


def _spoken_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def _describe(widget: QWidget) -> str:
    chain, parent = [], widget
    while parent is not None:
        chain.append(f"{type(parent).__name__}#{parent.objectName()}")
        parent = parent.parentWidget()
    return " < ".join(chain[:4])


def interactive(root: QWidget) -> list[QWidget]:
    """Every control below ``root`` a user can reach with the keyboard or the mouse."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QScrollBar) or _inside_compound(widget, root):
            continue
        if widget.isHidden() and widget.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ):
            continue  # hidden on purpose (a button that appears with its text): not reachable
        custom = widget.focusPolicy() != Qt.FocusPolicy.NoFocus and type(
            widget
        ).__module__.startswith("clientjournal")
        if isinstance(widget, INTERACTIVE) or custom:
            found.append(widget)
    return found


def unnamed(root: QWidget) -> list[str]:
    return [_describe(w) for w in interactive(root) if not _spoken_name(w)]


@pytest.fixture
def demo_window(journal, windows):
    demo = generate(4, 60, seed=8)
    fill(demo)
    window = windows.open()
    busiest = max(demo.clients, key=lambda c: len(payments.for_client(c.id)))
    window.client_list.select_client(busiest.id)
    return window


def _client_id(window) -> int:
    return window.client_list.current_client_id()


def _payment(window):
    return payments.for_client(_client_id(window))[0]


def _client_dialog(window):
    from clientjournal.ui.client_dialog import ClientDialog

    return ClientDialog(clients.get(_client_id(window)), window)


def _project_dialog(window):
    from clientjournal.ui.project_dialog import ProjectDialog, new_project

    return ProjectDialog(new_project(_client_id(window)), window)


def _payment_dialog(window):
    return window.pane.payments._dialog(_payment(window))


def _paid_dialog(window):
    from clientjournal.ui.payment_dialog import PaidDialog

    return PaidDialog(_payment(window), date.today(), window)


def _reminder_dialog(window):
    from clientjournal.ui.payment_reminder_dialog import PaymentReminderDialog

    return PaymentReminderDialog(
        clients.get(_client_id(window)), _payment(window), date.today(), window
    )


def _template_dialog(window):
    from clientjournal.ui.template_dialog import TemplateDialog

    return TemplateDialog(_client_id(window), None, "en", window)


def _summary_dialog(window):
    from clientjournal.ui.summary_dialog import SummaryDialog

    client_id = _client_id(window)
    items = list(agreements.fetch(agreements.ids_for_client(client_id)).values())
    return SummaryDialog(clients.get(client_id), items, window.pane.agreements.projects(), window)


def _trash_dialog(window):
    from clientjournal.ui.trash_dialog import TrashDialog

    return TrashDialog(window)


def _due_dialog(window):
    from clientjournal.ui.due_view import DueDialog

    return DueDialog(window)


def _queue_dialog(window):
    from clientjournal.ui.cooling_queue import QueueDialog

    return QueueDialog(window)


def _attention_view(window):
    from clientjournal.ui.attention_view import AttentionView

    return AttentionView(window)


def _help_dialog(window):
    from clientjournal.ui.help_dialog import HelpDialog

    return HelpDialog(window)


def _welcome_dialog(window):
    from clientjournal.ui.welcome_dialog import WelcomeDialog

    return WelcomeDialog(window)


DIALOGS: dict[str, Callable[[QWidget], QDialog]] = {
    "client": _client_dialog,
    "project": _project_dialog,
    "payment": _payment_dialog,
    "paid": _paid_dialog,
    "payment reminder": _reminder_dialog,
    "template": _template_dialog,
    "summary": _summary_dialog,
    "trash": _trash_dialog,
    "due": _due_dialog,
    "cooling queue": _queue_dialog,
    "attention": _attention_view,
    "help": _help_dialog,
    "welcome": _welcome_dialog,
}
"""Name → factory(main window).  Other dialogs join here as they are written."""


def build_every_tab(window) -> None:
    """The lazily built panes (agreements, replies, payments) and the search panel exist only
    once shown: show each, as a user would."""
    tabs = window.pane.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
    tabs.setCurrentIndex(0)
    window.search.panel  # noqa: B018 - built on first use


def test_the_main_window_names_every_control(demo_window):
    build_every_tab(demo_window)
    assert len(interactive(demo_window)) > 40  # the walk sees the panes, not just the frame
    missing = unnamed(demo_window)
    assert missing == [], "\n".join(missing)


def test_the_design_object_names_exist_with_accessible_names(demo_window):
    build_every_tab(demo_window)
    from clientjournal.ui.cooling_queue import QueueDialog

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


def _row_image(view, focused: bool):
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
    delegate = view.itemDelegateForIndex(index)
    option.rect = QRect(0, 0, 320, delegate.sizeHint(option, index).height())
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(view.palette().base().color())
    painter = QPainter(image)
    delegate.paint(painter, option, index)
    painter.end()
    return image


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_item_views_mark_the_keyboard_focused_row(qapp, demo_window, theme, request):
    """Custom delegates pass State_HasFocus on to the style, which draws the focus frame."""
    from clientjournal.ui.theme import apply_theme

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
        assert _row_image(view, True) != _row_image(view, False), name
