"""A card's document keeps the shaped text of the blocks it shows after its layout, so that
the paint right after it does not shape the same lines again (issue 21): the same pixels as
a card whose document dropped them, light and dark, at two widths and a larger font."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QFont, QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.common.theme import apply_theme
from clientjournal.ui.notes import delegate as note_delegate
from clientjournal.ui.notes.delegate import MARKDOWN, PREVIEW_LINES, NoteDelegate, keep_glyphs

BODIES = (
    "Called about the logo.",
    "Call with Florian, a good fifty minutes. Picture rights for two photos are still open. "
    "The contract waits for his signature. Budget is 15,000 euros, which is tight. We agreed "
    "on two variants, and he sends the logos in high resolution after the board meeting.",
    "Workshop with the team.\n\nOpen points:\n- the colours\n- the fonts\n- the **price**",
    "Ärger über die Übergrößen, schon wieder. 漢字 and مرحبا in one line, 😀 too.",
    "| a | b |\n|---|---|\n| one | two |\n\nAfter the table.",
    "",
)


def _cached(document: QTextDocument) -> list[bool]:
    flags, block = [], document.begin()
    while block.isValid():
        flags.append(block.layout().cacheEnabled())
        block = block.next()
    return flags


def test_the_blocks_a_card_shows_keep_their_glyphs(qapp):
    document = QTextDocument()
    document.setMarkdown("one\n\ntwo\n\nthree\n\nfour\n\nfive\n\nsix", MARKDOWN)
    keep_glyphs(document)
    assert _cached(document) == [True] * PREVIEW_LINES + [False] * (6 - PREVIEW_LINES)
    short = QTextDocument()
    short.setMarkdown("one", MARKDOWN)
    keep_glyphs(short)  # fewer blocks than that: no error
    assert _cached(short) == [True]


def _grab(timeline) -> QImage:
    timeline.viewport().update()
    QApplication.processEvents()
    return timeline.viewport().grab().toImage()


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "system")


def test_a_card_with_its_glyphs_kept_looks_the_same(windows, theme, monkeypatch):
    window = windows.open()
    window.resize(1100, 700)
    client_id = clients.create(ClientData(name="Anna"))
    for number, body in enumerate(BODIES * 2):
        notes.save(NoteData(client_id, utcnow() - timedelta(days=20 - number), body))
    window.client_list.reload()
    window.client_list.select_client(client_id)
    timeline = window.pane.timeline
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
    kept = timeline.itemDelegate()
    assert isinstance(kept, NoteDelegate)
    card = kept._card(NoteData(client_id, utcnow(), BODIES[1]), timeline.font())
    assert any(_cached(card.document))  # the delegate in use keeps them

    for step in ("as shown", "narrower", "larger font"):
        if step == "narrower":
            window.resize(800, 700)
        elif step == "larger font":
            font = QFont(timeline.font())
            font.setPointSizeF(font.pointSizeF() * 1.25)
            timeline.setFont(font)
        new = _grab(timeline)
        with monkeypatch.context() as patched:  # a fresh delegate whose documents drop them
            patched.setattr(note_delegate, "keep_glyphs", lambda document: None)
            dropped = NoteDelegate(timeline)
            timeline.setItemDelegate(dropped)
            old = _grab(timeline)
            assert not any(
                _cached(dropped._card(NoteData(client_id, utcnow(), "x"), timeline.font()).document)
            )
        timeline.setItemDelegate(kept)
        assert new == old, step
        colours = {old.pixel(x, y) for x in range(0, old.width(), 5) for y in range(0, 200, 2)}
        assert len(colours) > 3  # the cards painted
