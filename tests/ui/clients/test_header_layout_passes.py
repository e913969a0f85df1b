"""A client switch lays the header out once (issue 21): showing a label lays its parents out
at once, up to the window, so the rhythm line is shown or hidden after the header's texts are
set; before them, the texts set after it laid the header out again."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QApplication, QLabel

from clientjournal.core.records import ClientData
from clientjournal.store import clients


def test_the_rhythm_line_shown_or_hidden_costs_no_second_layout(windows):
    window = windows.open()
    plain = clients.create(ClientData(name="Ohne Rhythmus", company="Muster GmbH"))
    other = clients.create(ClientData(name="Auch ohne", company="Beispiel AG"))
    with_rhythm = clients.create(
        ClientData(name="Mit Rhythmus", company="Probe KG", cadence_days=14)
    )
    panel = window.client_list
    panel.reload()
    details = window.pane.summary.details

    def switch(client_id: int) -> int:
        """How often the layouts asked the details for their height (kept or not)."""
        asked = details.heights_asked
        panel.select_client(client_id)
        QApplication.processEvents()
        return details.heights_asked - asked

    switch(plain)
    between = switch(other)  # the details change, the rhythm line stays hidden
    switch(with_rhythm)
    assert not window.pane.summary.rhythm.isHidden()
    leaving = switch(plain)
    assert window.pane.summary.rhythm.isHidden()
    assert leaving <= between  # 6 against 1 with the line hidden before the texts were set


def test_the_details_height_is_worked_out_once_per_width_and_text(windows):
    """The header's layouts ask the rich details label for its height at the same width up
    to twice each, and Qt lays its text out twice per answer; the label keeps the heights,
    which are Qt's own, until its text or font changes."""
    window = windows.open()
    first = clients.create(ClientData(name="Anna", company="Muster GmbH", email="a@example.org"))
    second = clients.create(ClientData(name="Bernd", company="Beispiel AG", phone="0301234"))
    window.client_list.reload()
    details = window.pane.summary.details
    plain = QLabel()  # what Qt answers for the same text and font
    windows.qtbot.addWidget(plain)
    plain.setWordWrap(True)
    plain.setTextFormat(details.textFormat())
    plain.setFont(details.font())
    for client_id in (first, second, first):
        window.client_list.select_client(client_id)
        QApplication.processEvents()
        plain.setText(details.text())
        spoken = QAccessible.queryAccessibleInterface(plain).text(QAccessible.Text.Name)
        assert details.accessibleName() == spoken  # what Qt announced for it as a QLabel
        worked_out = details.heights_worked_out
        widths = (120, 200, 323, 200, 120, 323)
        heights = [details.heightForWidth(width) for width in widths]
        assert heights == [plain.heightForWidth(width) for width in widths]
        assert details.heights_worked_out - worked_out <= 3
    worked_out = details.heights_worked_out
    bigger = QFont(details.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    details.setFont(bigger)  # a font change: worked out again, in the new font
    plain.setFont(bigger)
    assert details.heightForWidth(200) == plain.heightForWidth(200)
    assert details.heights_worked_out == worked_out + 1
