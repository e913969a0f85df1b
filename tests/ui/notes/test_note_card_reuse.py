"""With its cache full, the timeline's delegate parses a new note into the document of the
card it drops (issue 21): each card then shows its own note, looks as a card made anew, and
a note edited after its document was taken is shown as edited."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from PySide6.QtWidgets import QApplication

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.notes import delegate as note_delegate
from clientjournal.ui.notes.delegate import PREVIEW_LINES, NoteDelegate, preview

BODIES = (
    "Called about the logo.",
    "Call with Florian, a good fifty minutes. Picture rights for two photos are still open. "
    "The contract waits for his signature. Budget is 15,000 euros, which is tight. We agreed "
    "on two variants, and he sends the logos in high resolution after the board meeting.",
    "Workshop with the team.\n\nOpen points:\n- the colours\n- the fonts\n- the **price**",
    "Ärger über die Übergrößen, schon wieder. 漢字 and مرحبا in one line, 😀 too.",
    "| a | b |\n|---|---|\n| one | two |\n\nAfter the table.",
    "# A heading\n\n> quoted, with a [link](https://example.org) and `code`",
    "",
)


def _notes(client_id: int) -> list[NoteData]:
    made = []
    for number, body in enumerate(BODIES * 2):
        note = NoteData(client_id, utcnow() - timedelta(days=30 - number), f"{number}. {body}")
        made.append(notes.get(notes.save(note).id or 0))
    return made


def _grab(view) -> object:
    view.viewport().update()
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def test_a_taken_document_shows_its_new_note_as_a_new_one_would(windows, monkeypatch):
    monkeypatch.setattr(note_delegate, "CACHE_SIZE", 3)
    window = windows.open()
    client_id = clients.create(ClientData(name="Anna"))
    written = _notes(client_id)
    timeline = window.pane.timeline
    font = timeline.font()
    reusing = NoteDelegate(timeline)
    documents = set()
    for note in written:
        card = reusing._card(note, font)
        documents.add(id(card.document))
        fresh = NoteDelegate(timeline)._card(note, font)
        assert card.document.toPlainText() == fresh.document.toPlainText()
        assert card.preview == fresh.preview
        assert card.preview == preview(card.document, PREVIEW_LINES)
        assert len(reusing._cards) <= 3
    assert len(documents) <= 4  # the documents were taken over, not made anew
    # an edited note that lost its card to another is parsed again, as edited
    first = written[0]
    edited = dataclasses.replace(first, body="Now three lines.\n\nTwo.\n\nThree.")
    card = reusing._card(edited, font)
    assert card.document.toPlainText() == "Now three lines.\nTwo.\nThree."
    assert card.preview == NoteDelegate(timeline)._card(edited, font).preview


def test_cards_on_taken_documents_look_as_cards_made_anew(windows, monkeypatch):
    window = windows.open()
    window.resize(1100, 700)
    client_id = clients.create(ClientData(name="Anna"))
    _notes(client_id)
    window.client_list.reload()
    window.client_list.select_client(client_id)
    timeline = window.pane.timeline
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
    kept = timeline.itemDelegate()
    monkeypatch.setattr(note_delegate, "CACHE_SIZE", 4)  # fewer cards than in view
    reusing = NoteDelegate(timeline)
    timeline.setItemDelegate(reusing)
    for _ in range(3):  # the cards in view take each other's documents at every paint
        taken = _grab(timeline)
    assert len(reusing._cards) <= 4
    monkeypatch.setattr(note_delegate, "CACHE_SIZE", 600)
    timeline.setItemDelegate(NoteDelegate(timeline))
    fresh = _grab(timeline)
    timeline.setItemDelegate(kept)
    assert taken == fresh
    colours = {fresh.pixel(x, y) for x in range(0, fresh.width(), 5) for y in range(0, 200, 2)}
    assert len(colours) > 3  # the cards painted


def test_links_in_cards_follow_a_theme_change_while_shown(windows):
    """The cards in view are parsed again when the palette's link colour changes (attack23c
    U2's case without a switch): the timeline hears of the palette's change."""
    from clientjournal.ui.common.theme import apply_theme

    window = windows.open()
    window.show()
    app = QApplication.instance()
    assert app is not None
    apply_theme(app, "light")
    try:
        client_id = clients.create(ClientData(name="Anna"))
        notes.save(NoteData(client_id, utcnow(), "Read [the guide](https://example.org) first."))
        window.client_list.reload()
        window.client_list.select_client(client_id)
        timeline = window.pane.timeline
        windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
        _grab(timeline)
        delegate = timeline.itemDelegate()
        assert isinstance(delegate, NoteDelegate)
        for theme in ("dark", "light"):
            apply_theme(app, theme)
            QApplication.processEvents()
            _grab(timeline)
            (card,) = [c for c in delegate._cards.values() if "guide" in c.document.toPlainText()]
            assert _link_colors(card.document) == [app.palette().link().color().name()], theme
    finally:
        apply_theme(app, "system")


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
