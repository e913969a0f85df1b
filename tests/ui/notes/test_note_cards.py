"""A note's card in the timeline shows its first lines; the editor and the tooltip show all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QTextDocument
from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip

from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes
from clientjournal.ui.notes.delegate import (
    ELLIPSIS,
    MARKDOWN,
    PREVIEW_LINES,
    NoteDelegate,
    preview,
)

LONG = (
    "Call with Florian, a good fifty minutes. Picture rights for two photos are still open. "
    "The contract waits for his signature. Budget is 15,000 euros, which is tight. We agreed "
    "on two variants. Florian sends the logos in high resolution. The decision falls after "
    "the board meeting; follow up in two weeks, not earlier. He asked about the invoice too."
)
SHORT = "Called about the logo."
LIST = (
    "Workshop with the team.\n\nOpen points:\n- the colours\n- the fonts\n- the photos\n- the price"
)


def _document(text: str, width: int) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setMarkdown(text, MARKDOWN)
    document.setTextWidth(width)
    return document


def _lines(document: QTextDocument) -> int:
    document.size()
    count, block = 0, document.begin()
    while block.isValid():
        count += block.layout().lineCount()
        block = block.next()
    return count


@pytest.mark.parametrize("text", [LONG, LIST])
def test_a_long_note_shows_its_first_lines_and_ends_in_an_ellipsis(qapp, text):
    document = _document(text, 420)
    assert _lines(document) > PREVIEW_LINES
    card = preview(document, PREVIEW_LINES)
    assert card.shortened
    shown = card.text(document)
    assert shown.endswith(ELLIPSIS)
    assert text.replace("- ", "").startswith(shown[:20])  # the beginning, not a summary
    assert _lines(_document(shown, 420)) <= PREVIEW_LINES + 1  # (a list's heading)
    line = QFontMetrics(document.defaultFont()).lineSpacing()
    assert line * (PREVIEW_LINES - 1) < card.height <= line * (PREVIEW_LINES + 2)
    # the "…" fits on the last line shown
    assert card.cut_x + QFontMetrics(document.defaultFont()).horizontalAdvance(ELLIPSIS) <= 420


def test_a_short_note_shows_whole(qapp):
    document = _document(SHORT, 420)
    card = preview(document, PREVIEW_LINES)
    assert not card.shortened and card.text(document) == SHORT
    assert 0 < card.height <= QFontMetrics(document.defaultFont()).lineSpacing() + 1


def test_a_word_too_long_for_the_line_still_ends_in_an_ellipsis(qapp):
    document = _document("x" * 400, 200)
    card = preview(document, PREVIEW_LINES)
    assert card.shortened and card.text(document).endswith("x" + ELLIPSIS)
    assert card.cut_x + QFontMetrics(document.defaultFont()).horizontalAdvance(ELLIPSIS) <= 200
    assert card.cut > 10


@pytest.fixture
def timeline(journal, windows):
    client_id = clients.create(ClientData(name="Florian Petersen"))
    for day, body in enumerate([LONG, SHORT], start=1):
        created = datetime(2026, 3, day, 9, tzinfo=UTC)
        notes.save(NoteData(client_id=client_id, created_at=created, body=body))
    window = windows.open()
    window.resize(QSize(1024, 640))
    window.client_list.select_client(client_id)
    return window


def test_the_card_is_short_and_the_editor_shows_the_whole_note(qtbot, timeline):
    pane = timeline.pane
    qtbot.wait(5)
    rows = {pane.model.index(r, 0).data(): r for r in range(pane.model.rowCount())}
    long_row = pane.model.index(rows[LONG.splitlines()[0]], 0)
    short_row = pane.model.index(rows[SHORT], 0)
    line = pane.timeline.fontMetrics().lineSpacing()
    long_height = pane.timeline.visualRect(long_row).height()
    short_height = pane.timeline.visualRect(short_row).height()
    assert long_height - short_height <= line * (PREVIEW_LINES - 1) + 2
    pane.timeline.setCurrentIndex(long_row)
    assert pane.editor.body.toPlainText() == LONG


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_shortened_card_has_the_whole_note_as_its_tooltip(qtbot, timeline):
    pane = timeline.pane
    qtbot.wait(5)
    view = pane.timeline
    for row in range(pane.model.rowCount()):
        index = pane.model.index(row, 0)
        rect = view.visualRect(index)
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = QFont(view.font())
        option.rect = rect
        event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), view.mapToGlobal(rect.center()))
        QToolTip.hideText()
        view.itemDelegate().helpEvent(event, view, option, index)
        shown = QToolTip.text() if QToolTip.isVisible() else ""
        if index.data() == SHORT:
            assert SHORT not in shown  # the card shows it all; the header as before
        else:
            assert "the board meeting; follow up in two weeks" in shown
    QToolTip.hideText()


def test_an_ellipsis_after_a_full_stop_keeps_a_space(qapp):
    document = _document("Meeting at the trust.\n\n- Logos by Friday.\n- Photos.\n- Price.", 420)
    card = preview(document, PREVIEW_LINES)
    assert card.shortened
    assert card.text(document).endswith("Photos. " + ELLIPSIS)


def test_cards_follow_a_larger_font(qtbot, timeline):
    """The delegate keeps a font's metrics between cards (issue 21): another font must give
    other heights, not the first font's."""
    pane = timeline.pane
    qtbot.wait(5)
    view = pane.timeline
    rows = {pane.model.index(r, 0).data(): r for r in range(pane.model.rowCount())}
    short_row = pane.model.index(rows[SHORT], 0)
    before = view.visualRect(short_row).height()
    bigger = QFont(view.font())
    bigger.setPointSizeF(bigger.pointSizeF() * 2)
    view.setFont(bigger)
    qtbot.waitUntil(lambda: view.visualRect(short_row).height() > before)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = QFont(bigger)
    fresh = NoteDelegate(view)  # nothing kept from the smaller font
    for row in (short_row, pane.model.index(rows[LONG.splitlines()[0]], 0)):
        expected = fresh.sizeHint(option, row)
        assert view.itemDelegate().sizeHint(option, row) == expected
        assert view.visualRect(row).height() == expected.height()


def test_a_preview_and_a_row_compare_and_print_as_the_dataclasses_did():
    """Written out instead of dataclasses (issue 21): equal by value, a preview hashable (it
    was frozen), a row not (it was mutable), and shown with its fields."""
    from clientjournal.ui.common.two_line_delegate import RowParts
    from clientjournal.ui.notes.delegate import Preview

    assert Preview(10) == Preview(10, -1, 0.0, 0.0, 0.0, "")
    assert Preview(10, cut=5, ellipsis="…") != Preview(10, cut=5, ellipsis=" …")
    assert len({Preview(10), Preview(10), Preview(12)}) == 2
    assert repr(Preview(3, cut=2)) == (
        "Preview(height=3, cut=2, last_top=0.0, baseline=0.0, cut_x=0.0, ellipsis='')"
    )
    row = RowParts(title="Anna", chip="active", subtitle="today", chip_strong=True)
    assert row == RowParts("Anna", "active", "today", True, False, "")
    assert row != RowParts("Anna", "active", "today")
    assert RowParts.__hash__ is None
    assert repr(row) == (
        "RowParts(title='Anna', chip='active', subtitle='today', chip_strong=True, "
        "alert=False, subtitle_lead='')"
    )
