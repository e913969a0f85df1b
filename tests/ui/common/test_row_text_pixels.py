"""A two-line row's title and second line are laid out once and drawn as static text (issue 21:
``drawText`` laid each out again at every paint); the pixels must be those ``drawText`` gave,
also where it cut a line to its rectangle (accents above a small font's line)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from clientjournal.core.domain import ClientStatus
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common import two_line_delegate

NAMES = (
    ("Jürgen Weiß-Østergaard", "Ölkännchen Ärger GmbH"),
    ("Éloïse Fjörd", "Greenyard Software Ltd"),
    ("Anna Müller", ""),
    ("ÅÄÖ Ülrich Çağlar with a name far too long for the narrow list", "ÉÈÊ Société Générale"),
    ("yqgjp <b>not bold</b> & co", "Tab\tand more"),
)


def _drawn_as_before(self, painter: QPainter, rect: QRect, height: float) -> None:
    if self.text:
        painter.drawText(rect, two_line_delegate._LEFT, self.text)


def _list_image(window) -> QImage:
    view = window.client_list.view
    view.viewport().repaint()
    QApplication.processEvents()
    return view.viewport().grab().toImage()


@pytest.mark.parametrize("scale", [0.7, 1.0, 1.6])
def test_rows_look_as_drawn_with_draw_text(windows, monkeypatch, scale):
    window = windows.open()
    for name, company in NAMES:
        for status in (ClientStatus.ACTIVE, ClientStatus.PAUSED):
            clients.create(ClientData(name=name, company=company, status=status))
    window.client_list.reload()
    view = window.client_list.view
    font = QFont(view.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * scale))
    view.setFont(font)
    window.client_list.select_client(window.client_list.model.id_at(1))
    QApplication.processEvents()
    static = _list_image(window)
    monkeypatch.setattr(two_line_delegate._Line, "draw", _drawn_as_before)
    assert _list_image(window) == static


def test_a_repaint_lays_no_text_out_again(windows, monkeypatch):
    window = windows.open()
    for name, company in NAMES:
        clients.create(ClientData(name=name, company=company))
    window.client_list.reload()
    _list_image(window)
    made: list[str] = []
    real = two_line_delegate.QStaticText

    def counting(text: str):
        made.append(text)
        return real(text)

    monkeypatch.setattr(two_line_delegate, "QStaticText", counting)
    _list_image(window)
    assert made == []
