"""attack23c: the timeline's cards on documents taken over from the cache (switch23b 119eb10)
after a change of the font: a card made on a taken document must look as one made anew.

Qt's Markdown import gives code (spans and blocks) a monospace font of an explicit size taken
from the document's default font at the import: a new document has the application's font
there, a taken one the font the dropped card was last laid out with (U1, fixed in 74926c5).
It also gives a link the palette's link colour of the moment: cards kept from before a
switch to the dark theme must not keep the light one's (U2, from before this session, fixed
in c2a8a7d)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QFont, QTextFormat
from PySide6.QtWidgets import QApplication

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.notes import delegate as note_delegate
from clientjournal.ui.notes.delegate import NoteDelegate

CODE = "Steps agreed:\n\n```\nstep one\nstep two\nstep three\n```\n\nand `call` on Friday."


def _code_sizes(document) -> list[float]:
    sizes = []
    block = document.begin()
    while block.isValid():
        part = block.begin()
        while not part.atEnd():
            found = part.fragment().charFormat()
            if found.hasProperty(QTextFormat.Property.FontPointSize):
                sizes.append(found.doubleProperty(QTextFormat.Property.FontPointSize))
            part += 1
        block = block.next()
    return sizes


def test_a_card_on_a_taken_document_after_a_font_size_change_looks_as_one_made_anew(
    windows, monkeypatch
):
    monkeypatch.setattr(note_delegate, "CACHE_SIZE", 3)
    window = windows.open()
    timeline = window.pane.timeline
    client_id = clients.create(ClientData(name="Anna"))
    written = [
        notes.get(notes.save(NoteData(client_id, utcnow() - timedelta(days=day), f"Note {day}")).id or 0)
        for day in range(3)
    ]  # fmt: skip
    coded = notes.get(notes.save(NoteData(client_id, utcnow(), CODE)).id or 0)
    reusing = NoteDelegate(timeline)
    before = QApplication.font()
    for note in written:  # the cache full, laid out with the font as it was
        reusing._card(note, before)
    bigger = QFont(before)
    bigger.setPointSizeF(before.pointSizeF() * 1.5)
    QApplication.setFont(bigger)  # the desktop's font size changed
    try:
        card = reusing._card(coded, bigger)  # takes a dropped card's document
        fresh = NoteDelegate(timeline)._card(coded, bigger)
        assert card.preview == fresh.preview  # the card's height, its cut
        assert _code_sizes(card.document) == _code_sizes(fresh.document)
    finally:
        QApplication.setFont(before)


def _link_colors(document) -> list[str]:
    colors = []
    block = document.begin()
    while block.isValid():
        part = block.begin()
        while not part.atEnd():
            found = part.fragment().charFormat()
            if found.isAnchor():
                colors.append(found.foreground().color().name())
            part += 1
        block = block.next()
    return colors


def test_links_in_cards_follow_a_theme_change_after_a_switch_away_and_back(windows):
    """Light theme, Anna's card with a link painted; Settings → Dark; a switch to Bert and
    back: the link in the dark theme's colour (#1f5fae on the dark card before)."""
    from clientjournal.ui.common.theme import apply_theme

    window = windows.open()
    app = QApplication.instance()
    apply_theme(app, "light")
    try:
        anna = clients.create(ClientData(name="Anna"))
        bert = clients.create(ClientData(name="Bert"))
        notes.save(NoteData(anna, utcnow(), "Read [the guide](https://example.org) first."))
        notes.save(NoteData(bert, utcnow(), "Bert's note."))
        window.client_list.reload()
        timeline = window.pane.timeline
        window.client_list.select_client(anna)
        windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
        timeline.viewport().grab()  # painted: the card parsed
        apply_theme(app, "dark")  # Settings → Appearance → Dark
        window.client_list.select_client(bert)
        window.client_list.select_client(anna)
        windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
        timeline.viewport().grab()
        delegate = timeline.itemDelegate()
        ((card,),) = [[c for c in delegate._cards.values() if "guide" in c.document.toPlainText()]]
        link = app.palette().link().color().name()
        assert _link_colors(card.document) == [link]
    finally:
        apply_theme(app, "system")
