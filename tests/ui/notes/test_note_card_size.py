"""Sizing a card asks the view's width once (issue 21: it goes through the timeline's Python
``viewport_width``, and a card was sized by asking it twice)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView

from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.ui.notes.delegate import NoteDelegate


def test_a_card_is_sized_with_one_question_for_the_width(qapp, monkeypatch):
    view = QListView()
    view.resize(500, 400)
    delegate = NoteDelegate(view)
    asked: list[int] = []
    real = delegate.text_width

    def counted() -> int:
        asked.append(1)
        return real()

    monkeypatch.setattr(delegate, "text_width", counted)
    note = NoteData(client_id=1, created_at=utcnow(), body="Called about the logo.")
    note.id = 7
    for _ in range(2):  # a card not seen yet, then the same card again
        asked.clear()
        size = delegate.prepare(note, QFont())
        assert len(asked) == 1
        assert size.width() == real()
    asked.clear()
    assert delegate.prepare(None, QFont()).width() == real()
    assert len(asked) == 1
