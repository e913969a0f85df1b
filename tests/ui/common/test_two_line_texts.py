"""A two-line row's fonts and shortened texts are worked out once per font and width: the
client list paints a screenful of rows at every switch (issue 21)."""

from __future__ import annotations

from PySide6.QtGui import QFont

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common import two_line_delegate


def test_texts_are_shortened_once_per_font_and_width(windows, monkeypatch):
    window = windows.open()
    for number in range(3):
        clients.create(ClientData(name=f"Client {number}", company=f"Muster {number} GmbH"))
    fitted: list[str] = []
    real = two_line_delegate.fit_subtitle

    def counting(*args):
        fitted.append(args[1])
        return real(*args)

    monkeypatch.setattr(two_line_delegate, "fit_subtitle", counting)
    window.client_list.reload()
    view = window.client_list.view
    windows.qtbot.waitUntil(lambda: len(fitted) >= 3)  # the list in view, painted
    windows.qtbot.wait(20)
    first = len(fitted)
    view.viewport().repaint()
    assert len(fitted) == first  # the same rows, font and width: nothing worked out again
    bigger = QFont(view.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 1.5)
    view.setFont(bigger)
    view.viewport().repaint()
    assert len(fitted) >= first + 3  # another font: shortened again, with its metrics
