"""The agreements pane in little width (issues 19 and 10): the list beside the editor gives way
first, down to its own least width (its buttons wrap to a second row), then the editor puts
its fields below their labels; nothing is cut off or scrolled sideways, and the pane asks
for no more width than that."""

from __future__ import annotations

from fake_context import FakeContext
from PySide6.QtWidgets import QFormLayout
from test_small_screens import _settle, problems

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.agreements.pane import AgreementPane

SIDE_BY_SIDE = QFormLayout.RowWrapPolicy.DontWrapRows


def _pane(qtbot) -> AgreementPane:
    client_id = clients.create(ClientData(name="Erika Muster", company="Muster GmbH"))
    agreements.save(AgreementData(client_id=client_id, title="Zwei Korrekturschleifen"))
    context = FakeContext()
    qtbot.addWidget(context)
    pane = AgreementPane(context)
    qtbot.addWidget(pane)
    pane.show_client(client_id)
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    pane.show()
    return pane


def _form(pane: AgreementPane) -> QFormLayout:
    return pane.editor._form


def test_the_list_gives_way_before_the_editor_wraps(qtbot, journal):
    pane = _pane(qtbot)
    left, scroller = pane.splitter.widget(0), pane.splitter.widget(1)
    handle = pane.splitter.handleWidth()
    side_by_side = left.minimumSizeHint().width() + handle + scroller.preferred_width()
    assert pane.minimumSizeHint().width() < side_by_side  # it asks for less than that

    pane.resize(side_by_side + 200, 600)  # room to spare: shared out, the editor side by side
    _settle(qtbot)
    assert _form(pane).rowWrapPolicy() == SIDE_BY_SIDE
    assert scroller.width() >= scroller.preferred_width()
    assert left.width() > left.minimumSizeHint().width()
    assert problems(pane) == []

    pane.resize(side_by_side, 600)  # just enough: the list at its least, the editor beside
    _settle(qtbot)
    assert left.width() == left.minimumSizeHint().width()
    assert _form(pane).rowWrapPolicy() == SIDE_BY_SIDE
    assert pane.editor.width() >= pane.editor.side_by_side_width()
    assert problems(pane) == []

    pane.resize(pane.minimumSizeHint().width(), 600)  # less: the fields go below their labels
    _settle(qtbot)
    assert left.width() == left.minimumSizeHint().width()
    assert _form(pane).rowWrapPolicy() != SIDE_BY_SIDE
    assert pane.editor.width() >= pane.editor.minimumSizeHint().width()
    assert problems(pane) == []

    pane.resize(side_by_side + 200, 600)  # and back
    _settle(qtbot)
    assert _form(pane).rowWrapPolicy() == SIDE_BY_SIDE
    assert problems(pane) == []


def test_the_buttons_under_the_list_wrap(qtbot, journal):
    """In one row the three buttons made the list side 403 px wide at a 1.25× German font."""
    pane = _pane(qtbot)
    buttons = (pane.add_button, pane.template_button, pane.summary_button)
    in_a_row = sum(button.sizeHint().width() for button in buttons)
    left = pane.splitter.widget(0)
    assert left.minimumSizeHint().width() < in_a_row
    pane.resize(pane.minimumSizeHint().width(), 600)
    _settle(qtbot)
    assert len({button.y() for button in buttons}) > 1  # on two rows
    assert all(left.rect().contains(button.geometry()) for button in buttons)
    assert problems(pane) == []
