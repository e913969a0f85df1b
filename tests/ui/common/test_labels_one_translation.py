"""A note's kind and mood and a client's status are translated one label at a time: each
card and row painted asked Qt for every label of its kind first (issue 21)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from clientjournal.core.domain import ClientStatus, NoteKind
from clientjournal.ui.common import labels


@pytest.fixture
def asked(monkeypatch) -> list[str]:
    texts: list[str] = []
    real = labels._tr

    def counted(text: str, disambiguation: str | None = None) -> str:
        texts.append(text)
        return real(text, disambiguation)

    monkeypatch.setattr(labels, "_tr", counted)
    return texts


def test_each_label_asks_for_its_own_translation_only(qapp, asked):
    cases = [
        *((labels.kind_label, kind) for kind in NoteKind),
        *((labels.mood_label, mood) for mood in range(-2, 3)),
        *((labels.status_label, status) for status in ClientStatus),
    ]
    for label, value in cases:
        asked.clear()
        shown = label(value)  # type: ignore[operator]
        assert len(asked) == 1, (label.__name__, value)
        assert shown == QCoreApplication.translate("labels", asked[0])
    stored: object = "call"  # a value as read from the database
    assert labels.kind_label(stored) == labels.kind_label(NoteKind.CALL)  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        labels.mood_label(3)
