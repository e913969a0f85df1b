"""Typing kept against a crash during a round (``held-typing``) comes back into its note,
not as a second, near-duplicate note beside it (attack-20d D1), whenever the note's stored
text is still the one the editor last read or saved."""

from __future__ import annotations

import threading

from helpers import (
    crash_copy,
    desk_client,
    hold_rounds_at_the_lock,
    make_controller,
    note_editor_in_a_round,
)

from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import notes
from clientjournal.ui.notes.editor import NoteEditor
from clientjournal.ui.sync import controller as controller_module
from clientjournal.ui.sync.open_note import OpenNote


def _reading_then_lock(monkeypatch):
    """Rounds that first stop while they read (before they take the journal) until
    ``go_on``, then at the lock until ``gate``: the user types and the editor saves while
    the round reads, as in a first sync's ten or more seconds of reading."""
    reading, go_on = threading.Event(), threading.Event()
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    held_round = controller_module.store_sync.run_round

    def run_round(*args, **kwargs):
        reading.set()
        go_on.wait(10)
        return held_round(*args, **kwargs)

    monkeypatch.setattr(controller_module.store_sync, "run_round", run_round)
    return reading, go_on, inside, gate


def _bodies(client_id: int) -> list[str]:
    return sorted(n.body for n in notes.fetch(notes.ids_for_client(client_id)).values())


def test_typing_saved_while_the_round_read_then_held_comes_back_into_its_note(
    qtbot, computers, monkeypatch
):
    client_id = desk_client(computers)
    note_id = notes.ids_for_client(client_id)[0]
    reading, go_on, inside, gate = _reading_then_lock(monkeypatch)
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.edit(notes.get(note_id))
    _context, controller = make_controller(qtbot, computers, OpenNote(editor))
    assert controller.sync_now()
    qtbot.waitUntil(reading.is_set, timeout=10_000)
    editor.body.setPlainText("Desk: first note, typed while it read")
    editor.flush()  # the autosave while the round reads: not held yet
    assert notes.get(note_id).body == "Desk: first note, typed while it read"
    go_on.set()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    editor.body.setPlainText("Desk: first note, typed while it read, and held")
    crash_copy(qtbot, computers)  # the power goes here
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()

    computers.use("crashed")
    context, _controller = make_controller(qtbot, computers)  # the next start
    assert _bodies(client_id) == ["Desk: first note, typed while it read, and held"]
    assert any("put back" in line for line in context.statuses)


def test_a_note_opened_during_the_round_gets_its_typing_back_into_it(qtbot, computers, monkeypatch):
    """fix20d D7 kept such a note with no base: it always came back as a second note."""
    client_id = desk_client(computers)
    first = notes.ids_for_client(client_id)[0]
    second = notes.save(NoteData(client_id=client_id, body="Zweite ", created_at=utcnow()))
    third = notes.save(NoteData(client_id=client_id, body="Dritte ", created_at=utcnow()))
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor, _context, controller = note_editor_in_a_round(qtbot, computers, first, inside)
    editor.edit(notes.get(second.id))  # opened during the round, typed in and left
    editor.body.setPlainText("Zweite, typed")
    editor.edit(notes.get(third.id))  # opened during the round, open at the crash
    editor.body.setPlainText("Dritte, typed")
    qtbot.waitUntil(lambda: _kept_bodies(computers) >= {"Zweite, typed", "Dritte, typed"})
    crash_copy(qtbot, computers)  # the power goes here
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()

    computers.use("crashed")
    make_controller(qtbot, computers)  # the next start
    assert _bodies(client_id) == ["Desk: first note", "Dritte, typed", "Zweite, typed"]


def _kept_bodies(computers) -> set[str]:
    import json

    from clientjournal.store.sync import held

    path = computers.journal("desk") / held.HELD
    try:
        return {n["body"] for n in json.loads(path.read_text("utf-8"))["notes"]}
    except (OSError, ValueError):
        return set()


def test_typing_saved_before_a_delete_during_the_round_survives_a_crash(
    qtbot, computers, monkeypatch
):
    """attack-20d D4, left over: what was typed into a note deleted during the round (saved
    before the deletion, so that Ctrl+Z brings it back as typed) waited only in memory."""
    client_id = desk_client(computers)
    note_id = notes.ids_for_client(client_id)[0]
    notes.save(NoteData(client_id=client_id, body="Another note", created_at=utcnow()))
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor, _context, controller = note_editor_in_a_round(
        qtbot, computers, note_id, inside
    )  # sends the other note
    editor.body.setPlainText("Desk: first note, typed, then deleted")
    editor.forget(note_id, keep_typed=True)  # Delete note (the step waits for the round)
    qtbot.waitUntil(lambda: "Desk: first note, typed, then deleted" in _kept_bodies(computers))
    crash_copy(qtbot, computers)
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()

    computers.use("crashed")
    make_controller(qtbot, computers)  # the next start: the deletion was lost with the crash
    assert _bodies(client_id) == ["Another note", "Desk: first note, typed, then deleted"]
