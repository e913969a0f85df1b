"""A company, an e-mail address or a phone number longer than a line of the client header:
it wraps inside, and the window keeps its size (attack21b B5: a company written as one
200-character word set the details' minimum width to ~1,675 px and the window grew to
1,993 px on a 1,280 px screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from widget_walk import shown_lines

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.clients.header_labels import SOFT_BREAK as ZERO_WIDTH_SPACE
from clientjournal.ui.clients.summary import _breakable, _unbroken

LONG_COMPANY = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamten" * 3
LONG_EMAIL = "buchhaltung.rechnungseingang.zentrale@" + "x" * 60 + ".example.de"
LONG_PHONE = "+49 " + " ".join(["1234"] * 12)


def _shown(text: str) -> str:
    return text.replace(ZERO_WIDTH_SPACE, "")


@pytest.fixture
def long_client(journal) -> int:
    return clients.create(
        ClientData(name="Anna Lang", company=LONG_COMPANY, email=LONG_EMAIL, phone=LONG_PHONE)
    )


@pytest.mark.parametrize("size", [QSize(1024, 640), QSize(1366, 768)], ids=str)
def test_a_long_word_wraps_and_the_window_keeps_its_size(qtbot, long_client, windows, size):
    window = windows.open()
    window.resize(size)
    qtbot.wait(5)
    width_before = window.width()
    window.client_list.select_client(long_client)
    qtbot.wait(5)
    details = window.pane.summary.details
    assert window.width() == width_before
    assert details.minimumSizeHint().width() < size.width() // 2
    lines = shown_lines(details)
    # every character is still shown, in order, on lines no wider than the label
    assert LONG_COMPANY in _shown("".join(lines))
    assert LONG_EMAIL in _shown("".join(lines))
    metrics = details.fontMetrics()
    assert all(metrics.horizontalAdvance(_shown(line)) <= details.width() for line in lines)
    # what is read out and what the link opens hold no zero-width space
    assert ZERO_WIDTH_SPACE not in details.accessibleName()
    assert LONG_COMPANY in details.accessibleName()
    assert f'href="mailto:{LONG_EMAIL}' in details.text()


def test_short_parts_stay_whole():
    assert _breakable("Praxis Dr. Wagner & Partner") == "Praxis Dr. Wagner &amp; Partner"
    assert _unbroken("+44 113 496 0039") == "+44&nbsp;113&nbsp;496&nbsp;0039"
    # a long part kept whole would set the minimum width: it breaks at its spaces
    assert "&nbsp;" not in _unbroken(LONG_PHONE)


def test_a_long_word_never_splits_a_character():
    """A break falls only between characters as the reader sees them (attack21c C2: a flag
    into two letters, a thumb from its skin tone, a Thai or Devanagari cluster in two)."""
    clusters = ["e\u0301", "👩\u200d💻", "🇩🇪", "🇫🇷", "👍🏽", "จำ", "क्ष", "a\ufe0f", "x"]
    word = "".join(clusters) * 5
    broken = _breakable(word)
    assert broken.replace(ZERO_WIDTH_SPACE, "") == word
    assert broken.split(ZERO_WIDTH_SPACE) == clusters * 5


def test_a_copy_from_the_details_holds_no_zero_width_space(qtbot, long_client, windows):
    """attack21c C1: an e-mail address copied from the header had a zero-width space between
    every two letters (a mail program's To: field refuses it, a search finds nothing)."""
    window = windows.open()
    window.client_list.select_client(long_client)
    window.activateWindow()
    qtbot.waitUntil(
        lambda: QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive
    )
    details = window.pane.summary.details
    details.setFocus()
    qtbot.waitUntil(details.hasFocus)
    details.setSelection(0, len(details.spoken_text()))
    assert ZERO_WIDTH_SPACE in details.selectedText()  # the label's text has its breaks
    qtbot.keyClick(details, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().mimeData()
    assert LONG_COMPANY in copied.text()
    assert LONG_EMAIL in copied.text()
    assert ZERO_WIDTH_SPACE not in copied.text()
    assert not copied.hasHtml() or ZERO_WIDTH_SPACE not in copied.html()


def test_a_deleted_label_no_longer_watches_the_clipboard(qtbot, long_client, windows):
    """attack21c C6: the label's clipboard watchers were lambdas, never disconnected: once the
    window was replaced (a restored journal), every later copy raised "Internal C++ object
    already deleted"."""
    window = windows.open()
    window.client_list.select_client(long_client)
    details = window.pane.summary.details
    # starts watching; at the first line's start (the company): the label's middle is the
    # e-mail link once the switch has laid the header out, and a click there opens it
    qtbot.mouseClick(details, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))
    assert details._watching_copies
    with qtbot.waitSignal(details.destroyed):
        details.deleteLater()
    QGuiApplication.clipboard().setText("copied later")  # raised in the lambda before
    QGuiApplication.clipboard().setText("x\u200by", QClipboard.Mode.Clipboard)
    assert QGuiApplication.clipboard().text() == "x\u200by"


def _clusters(word: str) -> list[str]:
    """The grapheme clusters of ``word`` as Qt's boundary finder gives them."""
    from PySide6.QtCore import QTextBoundaryFinder

    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, word)
    units = word.encode("utf-16-le")
    pieces, start, end = [], 0, finder.toNextBoundary()
    while end > 0:
        pieces.append(units[2 * start : 2 * end].decode("utf-16-le"))
        start, end = end, finder.toNextBoundary()
    return pieces


def test_an_ascii_word_breaks_between_its_clusters_without_asking_the_finder(monkeypatch):
    """An ASCII word (an e-mail address, the usual long word) is one character a cluster:
    asking Qt's boundary finder cluster by cluster cost ~0.3 ms a word at a client switch
    (issue 21).  The same breaks, tabs and line feeds included; a carriage return (CR LF is
    one cluster) and any other word still go to the finder."""
    import random
    import string

    from clientjournal.ui.clients import header_labels

    rng = random.Random(21)
    words = [
        LONG_EMAIL,
        "a\tb\nc\x0bd",
        *("".join(rng.choices(string.printable.replace("\r", ""), k=40)) for _ in range(200)),
    ]
    expected = [ZERO_WIDTH_SPACE.join(_clusters(word)) for word in words]

    class NoFinder:
        def __init__(self, *_: object) -> None:
            raise AssertionError("the finder was asked")

    with monkeypatch.context() as patched:
        patched.setattr(header_labels, "QTextBoundaryFinder", NoFinder)
        assert [header_labels.soft_breaks(word) for word in words] == expected
    for word in ("a\r\nb", "Größenwahn", "👩🏽‍💻x"):
        assert header_labels.soft_breaks(word) == ZERO_WIDTH_SPACE.join(_clusters(word))
