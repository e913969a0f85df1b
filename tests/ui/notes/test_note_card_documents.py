"""A card's document is a C++ clone of an empty one (issue 21: a QTextDocument made from
Python sends Qt's every virtual call through a look-up of Python overrides): laid out and
drawn as a new document is, and deleted with its card, since Python does not own it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPainter,
    QTextDocument,
)
from PySide6.QtWidgets import QListView
from shiboken6 import Shiboken

from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.ui.notes import delegate as note_delegate
from clientjournal.ui.notes.delegate import (
    MARKDOWN,
    PREVIEW_LINES,
    NoteDelegate,
    new_document,
    preview,
)

BODIES = (
    "Called about the logo.",
    "Call with Florian, a good fifty minutes. Picture rights for two photos are still open. "
    "The contract waits for his signature. Budget is 15,000 euros, which is tight.",
    "Workshop with the team.\n\nOpen points:\n- the colours\n- the fonts\n- the **price**",
    "# Heading\n\n> a quote, *emphasis* and `code`\n\n1. one\n2. two",
    "| a | b |\n|---|---|\n| one | two |\n\nAfter the table.",
    "Ärger über die Übergrößen. 漢字 and مرحبا, 😀 too.",
    "",
)


def _made_new(text: str) -> QTextDocument:
    document = QTextDocument()  # as the cards' documents were made before
    document.setDocumentMargin(0)
    document.setMarkdown(text, MARKDOWN)
    return document


def _drawn(document: QTextDocument, width: int) -> QImage:
    image = QImage(width + 20, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, 0, width, 300)
    document.documentLayout().draw(painter, context)
    painter.end()
    return image


@pytest.mark.parametrize("width", [420, 150])
@pytest.mark.parametrize("size", [9.0, 12.5])
def test_a_cloned_document_lays_out_and_draws_as_a_new_one(qapp, width, size):
    font = QFont()
    font.setPointSizeF(size)
    for text in BODIES:
        clone = new_document()
        clone.setMarkdown(text, MARKDOWN)
        made = _made_new(text)
        assert clone.documentMargin() == made.documentMargin() == 0
        for document in (clone, made):
            document.setDefaultFont(font)
            document.setTextWidth(width)
        assert clone.size() == made.size(), text
        assert preview(clone, PREVIEW_LINES) == preview(made, PREVIEW_LINES), text
        assert _drawn(clone, width) == _drawn(made, width), text


def test_card_documents_are_made_in_cpp_and_deleted_with_their_card(qapp, monkeypatch):
    monkeypatch.setattr(note_delegate, "CACHE_SIZE", 3)
    view = QListView()
    delegate = NoteDelegate(view)
    font = QFont()

    def card(note_id: int, body: str) -> QTextDocument:
        note = NoteData(client_id=1, created_at=utcnow(), body=body)
        note.id = note_id
        return delegate._card(note, font).document

    first = card(1, "one")
    assert not Shiboken.createdByPython(first)
    changed = card(1, "one, changed")
    assert not Shiboken.isValid(first)  # the note's old text
    kept = [card(2, "two"), card(3, "three")]
    card(4, "four")  # a fourth card: the oldest goes
    assert not Shiboken.isValid(changed)
    assert all(Shiboken.isValid(document) for document in kept)
    Shiboken.delete(view)  # the delegate with it
    assert not any(Shiboken.isValid(document) for document in kept)
