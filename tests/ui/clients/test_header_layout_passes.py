"""A client switch lays the header out once (issue 21): showing a label lays its parents out
at once, up to the window, so the rhythm line is shown or hidden after the header's texts are
set; before them, the texts set after it laid the header out again."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QApplication, QLabel

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.clients import summary


def test_the_rhythm_line_shown_or_hidden_costs_no_second_layout(windows, monkeypatch):
    asked: Counter[str] = Counter()

    class Counting(QLabel):
        def heightForWidth(self, width: int) -> int:
            asked[self.objectName()] += 1
            return super().heightForWidth(width)

    monkeypatch.setattr(summary, "QLabel", Counting)
    window = windows.open()
    plain = clients.create(ClientData(name="Ohne Rhythmus", company="Muster GmbH"))
    other = clients.create(ClientData(name="Auch ohne", company="Beispiel AG"))
    with_rhythm = clients.create(
        ClientData(name="Mit Rhythmus", company="Probe KG", cadence_days=14)
    )
    panel = window.client_list
    panel.reload()

    def switch(client_id: int) -> int:
        asked.clear()
        panel.select_client(client_id)
        QApplication.processEvents()
        return asked["profileDetails"]

    switch(plain)
    between = switch(other)  # the details change, the rhythm line stays hidden
    switch(with_rhythm)
    assert not window.pane.summary.rhythm.isHidden()
    leaving = switch(plain)
    assert window.pane.summary.rhythm.isHidden()
    assert leaving <= between  # 6 against 1 with the line hidden before the texts were set
