"""Readable with large fonts (issue 10): with the font twice as large, no label or button is
squeezed below the size its text needs, dialogs grow with the font, and list rows grow too.

Geometry is checked once the layout has settled (``_settle``: the event loop runs until a
round delivers nothing but painting), not after a 1 ms wait, which covered as many rounds of
posted layout requests as its timer happened to allow (the race that made a small-screen
test flaky)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QPushButton, QStyleOptionViewItem, QWidget
from test_small_screens import _settle
from widget_walk import DIALOGS, build_every_tab, demo_window

from clientjournal.store import clients

__all__ = ["demo_window"]  # the fixture

BIG_WINDOW = QSize(2400, 1520)  # 1200 x 760 (the window's first size) at twice the font


@pytest.fixture
def double_font(qapp):
    normal = qapp.font()
    big = qapp.font()
    big.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(big)
    yield
    qapp.setFont(normal)


def squeezed(root: QWidget) -> list[str]:
    """Visible labels and buttons smaller than their text needs, where the layout gave less."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QPushButton)) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        hint = widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = QSize(widget.minimumSizeHint().width(), widget.heightForWidth(widget.width()))
        else:
            need = hint
        if widget.width() < need.width() or widget.height() < need.height():
            text = widget.text()[:30]
            found.append(f"{type(widget).__name__}#{widget.objectName()} {text!r}: "
                         f"{widget.width()}x{widget.height()} < {need.width()}x{need.height()}")  # fmt: skip
    return found


def test_the_main_window_gives_every_label_and_button_its_room(qtbot, double_font, demo_window):
    window = demo_window
    window.resize(BIG_WINDOW)
    build_every_tab(window)
    for index in range(window.pane.tabs.count()):
        window.pane.tabs.setCurrentIndex(index)
        _settle(qtbot)
        assert squeezed(window) == [], window.pane.tabs.tabText(index)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_each_dialog_grows_with_the_font(qtbot, qapp, demo_window, name):
    build_every_tab(demo_window)
    normal = DIALOGS[name](demo_window)
    qtbot.addWidget(normal)
    normal.show()
    small = normal.size()
    normal.reject()
    font = qapp.font()
    big_font = qapp.font()
    big_font.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(big_font)
    try:
        dialog = DIALOGS[name](demo_window)
        qtbot.addWidget(dialog)
        dialog.show()
        _settle(qtbot)
        assert dialog.width() > small.width() and dialog.height() > small.height()
        # The test screen is 800 px wide: where it stops the dialog, give it the room it asks
        # for, as a real screen would, and check the layout hands that room on.
        dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))
        _settle(qtbot)
        assert squeezed(dialog) == []
        dialog.reject()
    finally:
        qapp.setFont(font)


def _row_height(view) -> int:
    index = view.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.font = view.font()
    option.widget = view
    option.rect.setWidth(400)
    return view.itemDelegateForIndex(index).sizeHint(option, index).height()


@pytest.fixture
def plain_rows_window(journal, windows):
    """A client whose rows hold one short line each, so what is measured never depends on the
    date (the demo journal is generated relative to today, so its first note changes daily)."""
    from datetime import UTC, datetime

    from clientjournal.core.agreements.checklist import AgreementData
    from clientjournal.core.cooling import DraftData
    from clientjournal.core.records import ClientData, NoteData
    from clientjournal.store import drafts, notes
    from clientjournal.store.agreements import checklist as agreements

    client_id = clients.create(ClientData(name="Erika Muster", company="Muster GmbH"))
    called = datetime(2026, 3, 2, 9, tzinfo=UTC)
    notes.save(NoteData(client_id=client_id, created_at=called, body="Called about the logo."))
    agreements.save(AgreementData(client_id=client_id, title="Two revision rounds"))
    drafts.save(DraftData(client_id=client_id, subject="Logo", body="Thanks for the call."))
    window = windows.open()
    window.client_list.select_client(client_id)
    return window


def test_list_rows_grow_with_the_font(qapp, plain_rows_window):
    window = plain_rows_window
    pane = window.pane
    views = {
        "clientList": window.client_list.view,
        "noteTimeline": pane.timeline,
        "agreementList": pane.agreements.view,
        "replyList": pane.replies.view,
    }
    for tab in (pane.agreements, pane.replies):
        pane.tabs.setCurrentWidget(tab)
    assert all(view.model().rowCount() for view in views.values())
    normal = {name: _row_height(view) for name, view in views.items()}
    font = qapp.font()
    big = qapp.font()
    big.setPointSizeF(font.pointSizeF() * 2)
    try:
        for view in views.values():
            view.setFont(big)
        grown = {name: _row_height(view) for name, view in views.items()}
    finally:
        for view in views.values():
            view.setFont(font)
    for name in views:
        assert grown[name] >= normal[name] * 1.6, (name, normal[name], grown[name])


def test_the_client_filter_keeps_room_to_type_with_a_large_font(qtbot, double_font, demo_window):
    """Beside the sort and tag boxes the filter was squeezed to a few letters in a narrow
    window; on a row of its own it spans the client list at any font size."""
    window = demo_window
    window.resize(BIG_WINDOW)
    _settle(qtbot)
    field = window.client_list.filter
    assert field.isVisible()
    assert field.width() >= 12 * field.fontMetrics().averageCharWidth()
    assert field.width() >= window.client_list.view.width() - 30  # the list's width, less margins
