"""A note opened while a round holds the journal, typed in, and written by that round (another
computer's text): the typing and the other text both stay, as a conflict, as for the note open
when the round began; before, the typing was saved over the other computer's text, which was
lost on every computer (its save built on it)."""

from __future__ import annotations

import dataclasses

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


def test_typing_into_a_note_opened_during_the_round_that_wrote_it_makes_a_conflict(
    qtbot, computers, monkeypatch
):
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    first = notes.save(NoteData(client_id=client_id, body="Erste", created_at=utcnow()))
    note = notes.save(NoteData(client_id=client_id, body="Desk: note", created_at=utcnow()))
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    notes.save(dataclasses.replace(same_note(note), body="Laptop: note, changed there"))
    plain_round(computers, "laptop")
    computers.use("desk")
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor, _context, controller = note_editor_in_a_round(qtbot, computers, first.id, inside)
    editor.edit(notes.get(note.id))  # opened during the round, as it was before it
    assert editor.body.toPlainText() == "Desk: note"
    editor.body.setPlainText("Desk: note, typed during the round")
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    qtbot.waitUntil(
        lambda: notes.get(note.id).body == "Desk: note, typed during the round", timeout=5_000
    )
    conflicts = store_sync.note_conflicts([note.id])
    assert [c.body for c in conflicts] == ["Laptop: note, changed there"]


def test_a_note_opened_during_the_round_that_deleted_it_keeps_the_typing_as_a_new_note(
    qtbot, computers, monkeypatch
):
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    first = notes.save(NoteData(client_id=client_id, body="Erste", created_at=utcnow()))
    note = notes.save(NoteData(client_id=client_id, body="Desk: note", created_at=utcnow()))
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    notes.delete(same_note(note).id)
    plain_round(computers, "laptop")
    computers.use("desk")
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor, _context, controller = note_editor_in_a_round(qtbot, computers, first.id, inside)
    editor.edit(notes.get(note.id))  # opened during the round that deletes it
    editor.body.setPlainText("Desk: note, typed during the round")
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    qtbot.wait(100)
    bodies = sorted(n.body for n in notes.fetch(notes.ids_for_client(client_id)).values())
    assert bodies == ["Desk: note, typed during the round", "Erste"]
    assert editor.current().uuid not in ("", note.uuid)  # the typing goes on in the kept note
    assert editor.body.toPlainText() == "Desk: note, typed during the round"
