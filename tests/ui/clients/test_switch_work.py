"""What a client switch does, and what it leaves alone (issue 21): the switch should cost no
more than a frame, so it must not redo work whose result has not changed."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store.agreements import checklist as agreements


def _client_with_notes(name: str, count: int, open_agreements: int = 0) -> int:
    client_id = clients.create(ClientData(name=name))
    for number in range(count):
        written = utcnow() - timedelta(days=count - number)
        notes.save(NoteData(client_id, written, f"{name}: note {number}", mood=number % 3))
    for number in range(open_agreements):
        agreements.save(AgreementData(client_id=client_id, title=f"Item {number}"))
    return client_id


class _Paints(QObject):
    def __init__(self, widget: QPushButton) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_switch_leaves_tab_titles_alone_that_stay_the_same(windows):
    window = windows.open()
    first, second = _client_with_notes("Anna", 3), _client_with_notes("Bernd", 2)
    window.client_list.reload()
    window.client_list.select_client(first)
    titles = [window.pane.tabs.tabText(index) for index in range(window.pane.tabs.count())]
    set_again: list[tuple[int, str]] = []
    window.pane.tabs.setTabText = lambda index, text: set_again.append((index, text))
    window.pane.tabs.tabBar().setTabText = lambda index, text: set_again.append((index, text))
    window.client_list.select_client(second)
    window.client_list.select_client(first)
    assert window.pane.client_id == first
    assert set_again == []
    assert [window.pane.tabs.tabText(i) for i in range(window.pane.tabs.count())] == titles


def test_new_tab_titles_do_not_repaint_the_note_editor(windows):
    """A title that counts open agreements differs from client to client; setting it through
    QTabWidget laid the whole tab widget out again and repainted all it holds."""
    window = windows.open()
    client_id = _client_with_notes("Client A", 3, open_agreements=1)
    window.client_list.reload()
    window.client_list.select_client(client_id)
    windows.qtbot.wait(200)  # the window's first layouts have settled
    assert "(1 open)" in window.pane.tabs.tabText(1)
    paints = _Paints(window.pane.new_note_button)
    for open_count, overdue in ((2, 0), (3, 1), (1, 0), (4, 2)):  # titles that fit the bar
        window.pane._update_agreement_tab({"open": open_count})
        window.pane._show_overdue_payments(overdue)
        QApplication.processEvents()
        assert f"({open_count} open)" in window.pane.tabs.tabText(1)
        assert ("overdue" in window.pane.tabs.tabText(3)) == bool(overdue)
    assert paints.count == 0  # the editor's buttons did not change
    assert window.pane.tabs.tabBar().width() == window.pane.tabs.width()


def test_a_list_row_is_worked_out_once_until_it_changes(windows):
    """Painting the list after a switch (it scrolls to the client) asks each row for what it
    shows; that is kept per row, and the roles the list never sets are answered at once."""
    from PySide6.QtCore import Qt

    window = windows.open()
    client_id = _client_with_notes("Client A", 1)
    window.client_list.reload()
    model = window.client_list.model
    row = model.row_of(client_id)
    parts = model.row_parts(row)
    assert parts is not None and parts.title == "Client A"
    assert model.row_parts(row) is parts
    model.record = lambda row: (_ for _ in ()).throw(AssertionError("looked up"))
    index = model.index(row, 0)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole):
        assert model.data(index, role) is None
    del model.record
    before = clients.get(client_id)
    clients.update(dataclasses.replace(before, name="Client B"))
    model.invalidate(client_id)
    assert model.row_parts(row).title == "Client B"


def test_a_switch_sizes_the_notes_that_fill_the_timeline_first(windows):
    """Sizing a card parses its note's Markdown; a switch sized 20 notes before it showed,
    where the timeline shows a handful.  The first batch fills the view (with the smallest
    cards a note can have), the rest follow from the view's timer."""
    from clientjournal.ui.notes.delegate import NoteDelegate

    window = windows.open()
    window.resize(1100, 700)
    client_id = _client_with_notes("Anna", 40)
    window.client_list.reload()
    window.client_list.select_client(client_id)
    timeline = window.pane.timeline
    delegate = timeline.itemDelegate()
    assert isinstance(delegate, NoteDelegate)
    windows.qtbot.waitUntil(lambda: len(delegate._cards) == 40)  # shown, laid out
    windows.qtbot.wait(20)  # the view's batch timer has stopped (it ignores a layout else)
    delegate._cards.clear()
    timeline.doItemsLayout()  # what the switch's first paint does
    sized = len(delegate._cards)
    smallest = NoteDelegate.smallest_card_height(timeline.font())
    assert timeline.viewport().height() <= (sized - 1) * smallest  # the view is filled
    assert sized < 20
    rects = [timeline.visualRect(window.pane.model.index(row, 0)) for row in range(sized)]
    laid_out = [rect for rect in rects if rect.isValid()]
    assert laid_out and laid_out[-1].bottom() >= timeline.viewport().height()  # no gap below
    windows.qtbot.waitUntil(lambda: len(delegate._cards) == 40)  # the rest, after the frame
    assert timeline.batchSize() == 20


class _Events(QObject):
    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind, self.count = kind, 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            self.count += 1
        return False


def test_a_switch_leaves_tooltips_alone_that_stay_the_same(windows):
    """Each tooltip set sends an event through the application's filters: the profile's two
    dozen fields set theirs at every switch, empty as before."""
    window = windows.open()
    first, second = _client_with_notes("Anna", 1), _client_with_notes("Bernd", 1)
    window.client_list.reload()
    window.client_list.select_client(first)
    changes = _Events(QEvent.Type.ToolTipChange)
    watched = [*window.pane.summary.profile.edits.values(), window.pane.summary.name]
    for widget in watched:
        widget.installEventFilter(changes)
    window.client_list.select_client(second)
    window.client_list.select_client(first)
    assert changes.count == 0
    assert all(widget.toolTip() == "" for widget in watched)
