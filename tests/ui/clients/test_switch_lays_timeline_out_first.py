"""A client switch lays the timeline out before painting it (issue 21): its layout ran inside
its paint, and showing or hiding the scroll bar there resized the viewport, so the window
painted the timeline at the old width and again at the new one (the bar going: ~18 % of
jumps on the demo journal)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from timeline_probe import client_with_notes

from clientjournal.core.records import ClientData


def _client(name: str, count: int, details: bool = False) -> int:
    """A client with ``count`` notes; with ``details``, a header of a few lines more (a switch
    to or from it moves the timeline's top)."""
    client = ClientData(name=name)
    if details:
        client.company = "Müller Verpackungen und Versand GmbH & Co. KG, Niederlassung Süd"
        client.email = "florian.mueller-lüdenscheidt@verpackungen-und-versand.example"
        client.phone = "+49 711 123456789"
        client.tags = ["verpackung", "logo", "website", "druck", "messe", "newsletter"]
        client.cadence_days = 14
    return client_with_notes(
        name, count, words="What was said, and what comes next. ", client=client
    )


class _Paints(QObject):
    """The viewport's width at each of its paints."""

    def __init__(self) -> None:
        super().__init__()
        self.widths: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            self.widths.append(watched.width())
        return False


def test_a_switch_that_hides_the_scroll_bar_paints_the_timeline_at_its_new_width(windows):
    window = windows.open()
    window.resize(1100, 700)
    many, few = _client("Anna", 45, details=True), _client("Bernd", 2)
    window.client_list.reload()
    timeline = window.pane.timeline
    window.client_list.select_client(many)
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
    windows.qtbot.wait(20)
    assert timeline.verticalScrollBar().isVisible()
    paints = _Paints()
    timeline.viewport().installEventFilter(paints)
    window.client_list.select_client(few)
    QApplication.processEvents()  # the switch's frame
    for _ in range(5):
        QApplication.processEvents()
    timeline.viewport().removeEventFilter(paints)
    assert not timeline.verticalScrollBar().isVisible()
    assert paints.widths and set(paints.widths) == {timeline.viewport().width()}


def test_a_switch_that_shows_the_scroll_bar_paints_the_timeline_at_its_new_width(windows):
    window = windows.open()
    window.resize(1100, 700)
    few, many = _client("Anna", 2), _client("Bernd", 45, details=True)
    window.client_list.reload()
    timeline = window.pane.timeline
    timeline._rest.setInterval(60_000)
    window.client_list.select_client(few)
    windows.qtbot.wait(50)
    assert not timeline.verticalScrollBar().isVisible()
    paints = _Paints()
    timeline.viewport().installEventFilter(paints)
    window.client_list.select_client(many)
    for _ in range(6):
        QApplication.processEvents()
    timeline.viewport().removeEventFilter(paints)
    assert timeline.verticalScrollBar().isVisible()
    assert paints.widths and set(paints.widths) == {timeline.viewport().width()}


def test_the_timeline_is_laid_out_when_the_switch_returns(windows):
    """Before any event is processed, so before the window paints: the scroll bar is already
    as the new client's notes need it and the rows are where they will be painted."""
    from PySide6.QtCore import QPoint

    window = windows.open()
    window.resize(1100, 700)
    many, few = _client("Anna", 45, details=True), _client("Bernd", 2)
    window.client_list.reload()
    timeline = window.pane.timeline
    window.client_list.select_client(many)
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
    windows.qtbot.wait(20)
    assert timeline.verticalScrollBar().isVisible()
    window.client_list.select_client(few)  # no event processed after it
    assert not timeline.verticalScrollBar().isVisible()
    assert timeline.indexAt(QPoint(20, 5)) == timeline.model().index(0, 0)
