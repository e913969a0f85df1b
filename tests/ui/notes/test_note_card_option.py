"""A note's card is painted from the option as the view makes it, without the delegate's
``initStyleOption`` (issue 21: it asked the model for seven roles the card does not use, seven
calls into Python per card): the same pixels in every state of a row, light and dark."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.ui.common.theme import apply_theme
from clientjournal.ui.notes import delegate as note_delegate
from clientjournal.ui.notes.delegate import NoteDelegate

BODIES = (
    "Called about the logo.",
    "Call with Florian, a good fifty minutes. Picture rights for two photos are still open. "
    "The contract waits for his signature. Budget is 15,000 euros, which is tight. We agreed "
    "on two variants, and he sends the logos in high resolution after the board meeting.",
    "Workshop with the team.\n\nOpen points:\n- the colours\n- the fonts\n- the **price**",
    "",
)


class _WithStyleOption(NoteDelegate):
    """The card as painted before: ``initStyleOption`` first."""

    def paint(self, painter, option, index):
        self.initStyleOption(option, index)
        super().paint(painter, option, index)


def _grab(timeline) -> QImage:
    timeline.viewport().update()
    QApplication.processEvents()
    return timeline.viewport().grab().toImage()


@pytest.fixture(params=["light", "dark"])
def theme(request, qapp):
    apply_theme(qapp, request.param)
    yield request.param
    apply_theme(qapp, "system")


def test_a_card_looks_the_same_without_init_style_option(windows, theme):
    window = windows.open()
    window.resize(1100, 700)
    client_id = clients.create(ClientData(name="Anna"))
    for number, body in enumerate(BODIES * 2):
        note = NoteData(client_id, utcnow() - timedelta(days=10 - number), body)
        note.pinned = number == 3
        note.tags = ["logo"] if number == 5 else []
        notes.save(note)
    window.client_list.reload()
    window.client_list.select_client(client_id)
    timeline = window.pane.timeline
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
    mine = timeline.itemDelegate()
    before = _WithStyleOption(timeline)
    model = timeline.model()
    selection = timeline.selectionModel()

    def states():
        yield "nothing selected"
        selection.setCurrentIndex(model.index(1, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        yield "current, not selected"
        timeline.setCurrentIndex(model.index(2, 0))
        timeline.setFocus(Qt.FocusReason.TabFocusReason)
        yield "selected, focused"
        window.client_list.setFocus()
        yield "selected, the list without focus"
        timeline.setEnabled(False)
        yield "disabled"
        timeline.setEnabled(True)

    for state in states():
        timeline.setItemDelegate(before)
        old = _grab(timeline)
        timeline.setItemDelegate(mine)
        new = _grab(timeline)
        assert new == old, state
        colours = {old.pixel(x, y) for x in range(0, old.width(), 5) for y in range(0, 120, 2)}
        assert len(colours) > 3  # the cards painted


def test_a_card_asks_the_model_for_its_note_only(windows, monkeypatch):
    window = windows.open()
    client_id = clients.create(ClientData(name="Anna"))
    for body in BODIES:
        notes.save(NoteData(client_id, utcnow(), body))
    window.client_list.reload()
    window.client_list.select_client(client_id)
    timeline = window.pane.timeline
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
    model = timeline.model()
    asked: list[int] = []
    real_data = type(model)._data

    def counted(self, record, role):
        asked.append(role)
        return real_data(self, record, role)

    monkeypatch.setattr(type(model), "_data", counted)
    _grab(timeline)
    assert asked == []  # the note itself comes from RECORD_ROLE, answered without _data


def test_a_card_draws_its_background_without_a_copy_of_the_option(windows, monkeypatch):
    """draw_row_background copies the option to blank its text; the view's option has none
    (issue 21: a copy per card painted).  The pixels are pinned above, against a delegate
    whose option has its text from initStyleOption and so takes the copy."""
    from clientjournal.ui.common import focus_frame

    window = windows.open()
    client_id = clients.create(ClientData(name="Anna"))
    for body in BODIES:
        notes.save(NoteData(client_id, utcnow(), body))
    window.client_list.reload()
    window.client_list.select_client(client_id)
    timeline = window.pane.timeline
    windows.qtbot.waitUntil(lambda: not timeline.rest_waiting())
    copies: list[object] = []
    real = focus_frame.draw_row_background

    def counted(*args: object) -> None:
        copies.append(args)
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(focus_frame, "draw_row_background", counted)
    # (and wherever a delegate module imported it by name, as this one did before)
    monkeypatch.setattr(note_delegate, "draw_row_background", counted, raising=False)
    _grab(timeline)
    assert copies == []
