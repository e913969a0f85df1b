"""The client header on a small screen: where its lines wrap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QTextDocument

from clientjournal.core.domain import AddressForm
from clientjournal.core.records import ClientData
from clientjournal.store import clients


def _shown_lines(label) -> list[str]:
    """The label's rich text broken into lines as wide as the label shows them."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays the text out
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            lines.append(text.replace("\u00a0", " ").strip())
        block = block.next()
    return lines


@pytest.mark.parametrize("size", [QSize(1024, 640), QSize(1366, 768)], ids=["1024x640", "1366x768"])
def test_the_address_form_stays_with_its_label(qtbot, qapp, journal, windows, size):
    """Issue 19 follow-up: at 1024 px the German header wrapped "Anrede: Englisch," at the end
    of one line and "Vorname" on the next; the label and its value now move as one."""
    from clientjournal.ui.shell.translations import install_translators, remove_translators

    client_id = clients.create(
        ClientData(
            name="Amelia Chapman",
            company="Hotel Kingswood",
            email="amelia.chapman@hotel-kingswood.co.uk",
            phone="+44 113 496 0039",
            address_form=AddressForm.FIRST_NAME,
        )
    )
    install_translators(qapp, "de")
    try:
        window = windows.open()
        window.resize(size)
        window.client_list.select_client(client_id)
        qtbot.wait(5)
        lines = _shown_lines(window.pane.summary.details)
        assert any("Anrede: Englisch, Vorname" in line for line in lines), lines
    finally:
        remove_translators(qapp)
