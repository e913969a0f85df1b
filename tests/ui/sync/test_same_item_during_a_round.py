"""Opening the record already shown again during a round (a search hit, the due list:
attack-20d D5, D6) keeps what was typed in it and shows the record asked for."""

from __future__ import annotations

from helpers import (
    crash_copy,
    desk_client,
    hold_rounds_at_the_lock,
    make_controller,
    note_editor_in_a_round,
)

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import notes
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.agreements.pane import AgreementPane
from clientjournal.ui.common.autosave import AUTOSAVE_MAX_DELAY_MS


def test_revealing_the_agreement_shown_during_a_round_keeps_its_typing(
    qtbot, computers, monkeypatch
):
    """D5: ``reveal`` of the agreement shown stopped its autosave parked for the round and
    showed the stored text: everything typed since the round took the journal was lost."""
    client_id = desk_client(computers)
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    item = agreements.save(AgreementData(client_id=client_id, title="Budget", details="Erste "))
    context, controller = make_controller(qtbot, computers)
    pane = AgreementPane(context)
    qtbot.addWidget(pane)
    pane.show_client(client_id)
    pane.reveal(item.id)
    editor = pane.editor
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    editor.details.setPlainText("Erste abc")
    qtbot.wait(AUTOSAVE_MAX_DELAY_MS * 2)  # its autosave waits for the round
    pane.reveal(item.id)  # opened again from elsewhere
    assert editor.item_id == item.id
    assert editor.details.toPlainText() == "Erste abc"
    editor.details.setPlainText("Erste abc def")
    qtbot.wait(AUTOSAVE_MAX_DELAY_MS * 2)
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    qtbot.waitUntil(lambda: agreements.get(item.id).details == "Erste abc def", timeout=5_000)
    assert editor.details.toPlainText() == "Erste abc def"


def test_revealing_the_agreement_shown_keeps_the_last_typing_without_a_round(qtbot, computers):
    """The same outside a round: the text typed since the last autosave is saved, not
    replaced by the stored one."""
    client_id = desk_client(computers)
    item = agreements.save(AgreementData(client_id=client_id, title="Budget", details="Erste "))
    context, _controller = make_controller(qtbot, computers)
    pane = AgreementPane(context)
    qtbot.addWidget(pane)
    pane.show_client(client_id)
    pane.reveal(item.id)
    pane.editor.details.setPlainText("Erste abc")
    pane.reveal(item.id)
    assert pane.editor.details.toPlainText() == "Erste abc"
    assert agreements.get(item.id).details == "Erste abc"


def test_typing_in_a_note_opened_during_a_round_survives_a_crash_during_it(
    qtbot, computers, monkeypatch
):
    """D7: only the note open when the round began was kept in ``held-typing``; one opened
    during the round lost what was typed in it at a crash, while the next start said the
    typing was put back."""

    client_id = desk_client(computers)
    first = notes.ids_for_client(client_id)[0]
    second = notes.save(NoteData(client_id=client_id, body="Zweite ", created_at=utcnow()))
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor, _context, controller = note_editor_in_a_round(qtbot, computers, first, inside)
    editor.edit(notes.get(second.id))  # opened during the round
    editor.body.setPlainText("Zweite, typed during the round")
    crash_copy(qtbot, computers)  # the power goes here
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    qtbot.waitUntil(lambda: notes.get(second.id).body == "Zweite, typed during the round")

    computers.use("crashed")
    assert notes.get(second.id).body == "Zweite "  # the crash took the typing
    context, _controller = make_controller(qtbot, computers)  # the next start
    bodies = [n.body for n in notes.fetch(notes.ids_for_client(client_id)).values()]
    assert "Zweite, typed during the round" in bodies
    assert any("put back" in line for line in context.statuses)
