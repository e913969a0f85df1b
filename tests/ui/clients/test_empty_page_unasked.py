"""The client pane's empty page ("No client selected") is not laid out while a client is shown
(issue 21): ``QStackedLayout`` asks hidden pages for their height too, and the page's two
wrapped labels were asked ~8 times per client switch."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QApplication, QLabel

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common import empty_state


def test_a_switch_does_not_lay_out_the_hidden_empty_page(windows, monkeypatch):
    asked: Counter[str] = Counter()

    class Counting(QLabel):
        def heightForWidth(self, width: int) -> int:
            asked[self.text()] += 1
            return super().heightForWidth(width)

    monkeypatch.setattr(empty_state, "QLabel", Counting)
    window = windows.open()
    names = ("Anna Beispiel", "Bernd Muster", "Carla Probe")
    ids = [clients.create(ClientData(name=name, company="Muster GmbH")) for name in names]
    panel, pane = window.client_list, window.pane
    panel.reload()
    panel.select_client(ids[0])
    QApplication.processEvents()
    size, minimum = pane.sizeHint(), pane.minimumSizeHint()
    asked.clear()
    for client_id in (ids[1], ids[2], ids[0]):
        panel.select_client(client_id)
        QApplication.processEvents()
    assert pane.currentWidget() is pane.page
    assert asked[pane.empty.title.text()] == asked[pane.empty.hint.text()] == 0

    pane.show_client(None)  # the page comes back whole
    QApplication.processEvents()
    assert pane.currentWidget() is pane.empty
    assert pane.empty.title.isVisible() and pane.empty.hint.isVisible()
    assert pane.empty.title.text() == "No client selected"
    assert pane.empty.hasHeightForWidth()
    panel.select_client(ids[1])
    QApplication.processEvents()
    assert (pane.sizeHint(), pane.minimumSizeHint()) == (size, minimum)


def test_the_client_lists_empty_page_keeps_its_size_when_hidden(windows):
    window = windows.open()
    clients.create(ClientData(name="Anna Beispiel"))
    window.client_list.reload()
    QApplication.processEvents()
    empty = window.client_list.empty
    assert not empty.isVisible()
    assert not empty.title.isHidden() and not empty.hint.isHidden()
