"""The client list reads its rows a page at a time from the row asked, not from an aligned
page (issue 21): a jump paints a screen of rows from its top down, which is one query of a
screenful, not a page of 20 rows of which some lie above the screen, or two."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication

from clientjournal.core.records import ClientData
from clientjournal.store import clients


class _Painted(QObject):
    """The rows the list's viewport paints (asked of the delegate)."""

    def __init__(self, view) -> None:
        super().__init__()
        self.view = view
        self.rows: set[int] = set()
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            rect = cast(QPaintEvent, event).rect()
            top = self.view.indexAt(rect.topLeft()).row()
            bottom = self.view.indexAt(rect.bottomLeft()).row()
            if top >= 0:
                last = bottom if bottom >= 0 else self.view.model().rowCount() - 1
                self.rows.update(range(top, last + 1))
        return False


def _reads_of(model) -> list[list[int]]:
    """The ids of each page the model reads from now on, one list a query."""
    reads: list[list[int]] = []
    real = model._fetch

    def counted(wanted: Any) -> Any:
        reads.append(list(wanted))
        return real(wanted)

    model._fetch = counted
    return reads


def test_a_jump_reads_the_screen_it_paints_in_one_query(windows):
    window = windows.open()
    window.resize(1200, 760)
    ids = [clients.create(ClientData(name=f"Klient {number:03d}")) for number in range(200)]
    panel = window.client_list
    panel.reload(select_id=ids[0])
    QApplication.processEvents()
    model = panel.model
    reads = _reads_of(model)
    painted = _Painted(panel.view)

    panel.select_client(ids[150])  # far down: the list scrolls, a new screen is painted
    panel.view.viewport().repaint()
    QApplication.processEvents()
    rows = {model.row_of(client_id) for read in reads for client_id in read}
    assert len(reads) == 1, reads  # one query
    assert painted.rows and painted.rows <= rows  # for every row painted
    assert len(reads[0]) == model.page_size < 20  # a screenful and a few: 13 rows shown here
    assert min(rows) == min(painted.rows)  # none above the screen

    reads.clear()
    top = min(painted.rows)
    bar = panel.view.verticalScrollBar()
    bar.setValue(bar.value() - panel.view.visualRect(model.index(top, 0)).height())  # a row up
    panel.view.viewport().repaint()
    assert [model.row_of(client_id) for client_id in reads[0]] == list(
        range(top - model.page_size, top)  # the page ends at the row above the screen
    )
    assert len(reads) == 1


def test_scrolling_up_by_a_wheel_notch_reads_a_page_not_the_notch(windows):
    """A wheel's notch scrolls three rows: the new top row is asked first, and the two below
    it are not read either; the page ends above the first row known, so the next two notches
    need no query (attack21u F2: one query a notch, of three rows)."""
    window = windows.open()
    window.resize(1024, 640)
    ids = [clients.create(ClientData(name=f"Klient {number:03d}")) for number in range(300)]
    panel = window.client_list
    panel.reload(select_id=ids[0])
    QApplication.processEvents()
    model = panel.model
    panel.select_client(ids[200])
    panel.view.viewport().repaint()
    QApplication.processEvents()
    reads = _reads_of(model)
    bar = panel.view.verticalScrollBar()
    row_height = panel.view.visualRect(model.index(200, 0)).height()
    for _ in range(20):  # 60 rows up, three at a time
        bar.setValue(bar.value() - 3 * row_height)
        panel.view.viewport().repaint()
    read = [client_id for chunk in reads for client_id in chunk]
    assert len(read) == len(set(read))  # no row read twice
    assert len(reads) <= 60 // model.page_size + 1, [len(chunk) for chunk in reads]
