"""The client header's rich details label works out its size hints from a document of its
own, and paints from it (issue 21): QLabel laid its document out at a width and back again
for every number, and three times more to paint a new text.  The numbers and the pixels
must be QLabel's own, for any text, width, font, margin, indent and frame."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.clients.header_labels import WrappedLabel

TEXTS = (
    "Muster GmbH · aktiv · seit&nbsp;1.&nbsp;März&nbsp;2024<br>"
    '<a href="mailto:anna@example.org">anna.mueller@example.org</a> · 030&nbsp;1234567 · '
    "Anrede:&nbsp;Sie<br>Letzter Kontakt: vor 3 Tagen (3.12.2026)",
    "x",
    "A company name long enough to wrap somewhere in the middle of it &amp; more<br>b",
    "Supercalifragilisticexpialidocious_without_a_single_break<br>short",
    "<b>Fett</b> und <i>schräg</i> · ein Wort · noch&nbsp;eins<br><br>nach einer Leerzeile",
)
WIDTHS = (0, 1, 50, 120, 200, 323, 777, 5000)


def _set_up(label: QLabel, points: float, setup: int) -> None:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
        | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    )
    font = QFont(label.font())
    font.setPointSizeF(points)
    label.setFont(font)
    if setup == 1:
        label.setContentsMargins(3, 1, 5, 2)
        label.setMargin(2)
    elif setup == 2:  # a frame: QLabel indents by an "x"
        label.setFrameShape(QFrame.Shape.Box)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    elif setup == 3:
        label.setIndent(7)
        label.setMinimumWidth(40)


def _numbers(label: QLabel) -> list[QSize | int]:
    return [label.sizeHint(), label.minimumSizeHint()] + [label.heightForWidth(w) for w in WIDTHS]


@pytest.mark.parametrize("points", [7.0, 10.0, 13.5, 22.0])
def test_the_hints_are_a_plain_qlabels(qtbot, points):
    for setup in range(4):
        for text in TEXTS:
            own, plain = WrappedLabel(), QLabel()
            qtbot.addWidget(own)
            qtbot.addWidget(plain)
            for label in (own, plain):
                _set_up(label, points, setup)
                label.setText(text)
            assert _numbers(own) == _numbers(plain), (setup, text)
            # a new text and a new font follow
            for label in (own, plain):
                label.setText(text + "<br>noch eine Zeile")
            assert _numbers(own) == _numbers(plain), (setup, text)
            bigger = QFont(own.font())
            bigger.setPointSizeF(points * 1.3)
            for label in (own, plain):
                label.setFont(bigger)
            assert _numbers(own) == _numbers(plain), (setup, text)


def test_no_text_is_left_to_qlabel(qtbot):
    """A label never given a text is no text label (QLabel answers -1 for a height)."""
    own, plain = WrappedLabel(), QLabel()
    for label in (own, plain):
        qtbot.addWidget(label)
        _set_up(label, 10.0, 0)
    assert _numbers(own) == _numbers(plain)
    for label in (own, plain):
        label.setText("a<br>b")
        label.setText("")  # now a text label with no text
    assert _numbers(own) == _numbers(plain)


def test_a_switch_asks_qlabel_for_no_hint_of_the_details(windows, monkeypatch):
    """The details label's hints never come from QLabel's document (laid out and put back
    for every number); they come from the label's own, and equal QLabel's."""
    window = windows.open()
    first = clients.create(ClientData(name="Anna", company="Muster GmbH", email="a@example.org"))
    second = clients.create(ClientData(name="Bernd", company="Beispiel AG", phone="0301 234"))
    window.client_list.reload()
    details = window.pane.summary.details
    asked: list[str] = []
    for name in ("sizeHint", "minimumSizeHint", "heightForWidth"):
        original = getattr(QLabel, name)

        def counting(self, *args, _name=name, _original=original):
            if self is details:
                asked.append(_name)
            return _original(self, *args)

        monkeypatch.setattr(QLabel, name, counting)
    plain = QLabel()
    windows.qtbot.addWidget(plain)
    plain.setWordWrap(True)
    plain.setTextFormat(details.textFormat())
    plain.setFont(details.font())
    for client_id in (first, second, first):
        window.client_list.select_client(client_id)
        QApplication.processEvents()
        plain.setText(details.text())
        assert details.sizeHint() == plain.sizeHint()
        assert details.minimumSizeHint() == plain.minimumSizeHint()
        assert details.heightForWidth(details.width()) == plain.heightForWidth(details.width())
    assert details.heights_asked > 0  # the layouts asked
    assert asked == []
    # the label's own documents go with their texts (a child of the label would stay)
    assert details.findChildren(QTextDocument)[0] is not details._document
    assert len(details.findChildren(QTextDocument)) == 1  # QLabel's


PAINTED = (
    TEXTS[0],
    TEXTS[2],
    '<b>Fett</b> <i>kursiv</i> <a href="x">ein Link</a> Donaudampfschifffahrtsgesellschaft<br>kurz',
)


def _dark(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#303030"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e0e0e0"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    label.setPalette(palette)
    label.setAutoFillBackground(True)


@pytest.mark.parametrize("points", [7.0, 10.0, 16.0])
def test_the_label_paints_the_pixels_qlabel_paints(qtbot, points):
    """Painted from the label's own document (QLabel's document is not laid out for it),
    the pixels are a plain QLabel's: texts with links and marks, four sizes (clipped, taller
    than the text), margins, a frame, an indent, another alignment, a dark palette."""
    for setup in range(4):
        for text in PAINTED:
            for width, height in ((60, 30), (200, 80), (333, 120), (600, 40)):
                own, plain = WrappedLabel(), QLabel()
                for label in (own, plain):
                    qtbot.addWidget(label)
                    _set_up(label, points, setup)
                    if setup == 1:
                        label.setAlignment(Qt.AlignmentFlag.AlignBottom)
                    if setup == 3:
                        _dark(label)
                    label.setText(text)
                    label.resize(width, height)
                    label.heightForWidth(width)
                assert own.grab().toImage() == plain.grab().toImage(), (setup, text, width)
                shown = [d for d in own.findChildren(QTextDocument) if d is not own._document]
                assert [d.toPlainText() for d in shown] == [""]  # QLabel's: never filled


def test_a_link_is_still_clicked_and_a_selection_painted_by_qlabel(qtbot):
    label = WrappedLabel()
    qtbot.addWidget(label)
    _set_up(label, 10.0, 0)
    label.setText('<a href="mailto:a@example.org">a.very.long.address@example.org</a>')
    label.resize(400, 40)
    label.show()
    qtbot.waitExposed(label)
    label.grab()
    with qtbot.waitSignal(label.linkActivated) as clicked:
        QTest.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(20, label.height() // 2))
    assert clicked.args == ["mailto:a@example.org"]
    label.setSelection(0, 5)
    assert label.hasSelectedText()
    assert not label._paints_own()  # QLabel paints the selection
