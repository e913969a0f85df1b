"""Typing into a note during the round that brings another computer's text of it (or its
deletion), then Delete note and Ctrl+Z (attack-20e E7, E12): the other text stays as a
conflict beside the typing on every computer, and the typing of a note the round deleted is
kept as a new note; before, the other computer's text was lost everywhere, or the typing,
and the held deletion raised KeyError."""

from __future__ import annotations

import dataclasses

import pytest
from helpers import (
    hold_rounds_at_the_lock,
    note_editor_in_a_round,
    plain_round,
    same_note,
)

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.ui.common.undo_commands import DeleteNote


def _shared_note(computers) -> tuple[int, NoteData]:
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    note = notes.save(NoteData(client_id=client_id, body="Desk: note", created_at=utcnow()))
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    return client_id, note


def _type_delete_and_undo(qtbot, computers, monkeypatch, note: NoteData, undo_in_round=False):
    computers.use("desk")
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor, context, controller = note_editor_in_a_round(qtbot, computers, note.id, inside)
    editor.body.setPlainText("Desk: note, DESK-TYPED")
    editor.forget(note.id, keep_typed=True)  # Delete note, as the pane does it
    context.undo_stack.push(DeleteNote(notes.get(note.id), context.events))
    if undo_in_round:
        context.undo_stack.undo()  # Ctrl+Z while the round still holds the journal
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    qtbot.wait(50)
    if not undo_in_round:
        context.undo_stack.undo()  # Ctrl+Z after the round
    monkeypatch.undo()  # the next rounds as usual
    return controller


def _bodies(client_id: int) -> list[str]:
    return sorted(n.body for n in notes.fetch(notes.ids_for_client(client_id)).values())


@pytest.mark.parametrize("undo_in_round", [False, True])
def test_the_other_computers_text_stays_a_conflict_after_delete_and_undo(
    qtbot, computers, monkeypatch, undo_in_round
):
    _client_id, note = _shared_note(computers)
    notes.save(dataclasses.replace(same_note(note), body="Desk: note LAPTOP-EDIT"))
    plain_round(computers, "laptop")
    _type_delete_and_undo(qtbot, computers, monkeypatch, note, undo_in_round)
    assert notes.get(note.id).body == "Desk: note, DESK-TYPED"
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    for name in ("desk", "laptop"):
        computers.use(name)
        shown = same_note(note)
        assert shown.body == "Desk: note, DESK-TYPED"
        conflicts = store_sync.note_conflicts([shown.id])
        assert [c.body for c in conflicts] == ["Desk: note LAPTOP-EDIT"], name


def test_the_typing_into_a_note_the_round_deleted_is_kept(qtbot, computers, monkeypatch):
    client_id, note = _shared_note(computers)
    notes.delete(same_note(note).id)
    plain_round(computers, "laptop")
    _type_delete_and_undo(qtbot, computers, monkeypatch, note)
    assert _bodies(client_id) == ["Desk: note, DESK-TYPED"]
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    computers.use("laptop")
    laptop_client = clients.list_ids()[0]
    assert _bodies(laptop_client) == ["Desk: note, DESK-TYPED"]
