"""Rounds by themselves: a short while after a change settles, never two at once, what they
bring reaches every view, and the note open in the editor loses nothing typed."""

from __future__ import annotations

import dataclasses

from helpers import make_controller, plain_round, round_through, same_note

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.ui.common.context import Change
from clientjournal.ui.notes.editor import NoteEditor
from clientjournal.ui.sync.open_note import OpenNote


def _shared_note(computers, body: str = "First call: wants a new website") -> NoteData:
    """A client and a note written on the desk and received by the laptop (the desk's)."""
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    note = notes.save(NoteData(client_id=client_id, body=body, created_at=utcnow()))
    plain_round(computers, "desk")
    plain_round(computers, "laptop")
    assert note.id is not None
    return note


def test_a_change_starts_a_round_once_it_settles(qtbot, computers):
    computers.use("desk")
    context, controller = make_controller(qtbot, computers, settle_ms=40)
    context.events.changed(Change.NOTES, [1])
    qtbot.wait(80)
    assert not controller.running  # sync is off: nothing to do
    controller.configure(computers.folder, "Desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000) as finished:
        context.events.changed(Change.CLIENTS, [client_id])
    controller.wait()
    assert finished.args[0].sent > 0
    assert context.saved == 1  # the editors were flushed before it


def test_never_two_rounds_at_once_and_a_change_meanwhile_gets_its_own(qtbot, computers):
    computers.use("desk")
    context, controller = make_controller(qtbot, computers, settle_ms=20)
    controller.configure(computers.folder, "Desk")
    started: list[bool] = []
    finished: list[object] = []
    controller.roundStarted.connect(lambda: started.append(controller.running))
    controller.roundFinished.connect(finished.append)
    assert controller.sync_now()
    assert not controller.sync_now()  # one runs: this one waits for it
    clients.create(ClientData(name="Ben Kurz"))
    context.events.changed(Change.CLIENTS, [])
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=30_000)
    controller.wait()
    assert len(started) == 2
    qtbot.wait(60)
    assert len(finished) == 2  # and no more: nothing changed since


def test_a_round_that_receives_refreshes_every_view_once(qtbot, computers):
    _shared_note(computers)
    computers.use("desk")
    clients.create(ClientData(name="Clara Neu"))
    plain_round(computers, "desk")
    computers.use("laptop")
    context, controller = make_controller(qtbot, computers, settle_ms=20)
    seen: list[str] = []
    context.events.journalChanged.connect(lambda kind, _ids: seen.append(kind))
    assert round_through(qtbot, controller).received > 0
    assert seen == [Change.JOURNAL]
    qtbot.wait(60)
    assert not controller.running  # its own refresh is not a change to send back


def _editor(qtbot, note_id: int) -> tuple[NoteEditor, OpenNote]:
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.edit(notes.get(note_id))
    return editor, OpenNote(editor)


def test_the_open_note_shows_what_the_other_computer_wrote(qtbot, computers):
    note = _shared_note(computers)
    note_id = note.id
    computers.use("laptop")
    notes.save(_with_body(same_note(note), "Laptop"))
    plain_round(computers, "laptop")
    computers.use("desk")
    editor, open_note = _editor(qtbot, note_id)
    _context, controller = make_controller(qtbot, computers, open_note)
    assert round_through(qtbot, controller).received > 0
    assert editor.body.toPlainText() == "Laptop"
    editor.body.setPlainText("Laptop, and more")
    editor.flush()
    assert notes.get(note_id).body == "Laptop, and more"  # the new text, not the old one


def test_typing_during_a_round_that_changed_the_note_makes_a_conflict_not_a_loss(qtbot, computers):
    note = _shared_note(computers, "First call")
    note_id = note.id
    computers.use("laptop")
    notes.save(_with_body(same_note(note), "First call. Budget 5000"))
    plain_round(computers, "laptop", "Laptop")
    computers.use("desk")
    editor, open_note = _editor(qtbot, note_id)
    before = open_note.snapshot()
    # The user types while the round applies the laptop's text (no autosave in between).
    editor.body.setPlainText("First call. Wants it by May")
    result = store_sync.run_round()
    assert notes.get(note_id).body == "First call. Budget 5000"
    assert open_note.after_round(before, result)
    [shown] = store_sync.note_conflicts([note_id])  # at once, as the engine will name it
    assert shown.body == "First call. Budget 5000"
    assert editor.body.toPlainText() == "First call. Wants it by May"
    editor.flush()
    assert notes.get(note_id).body == "First call. Wants it by May"
    store_sync.run_round()  # the typing goes out; the other text stays beside it
    [conflict] = store_sync.note_conflicts([note_id])
    assert conflict.body == "First call. Budget 5000"
    assert conflict.uuid == shown.uuid
    assert notes.get(note_id).body == "First call. Wants it by May"
    # The other computer finds the same conflict (not one made on the desk only).
    plain_round(computers, "laptop")
    laptop_note = same_note(note)
    assert laptop_note.body == "First call. Wants it by May"
    [there] = store_sync.note_conflicts([laptop_note.id])
    assert there.uuid == conflict.uuid
    assert there.body == "First call. Budget 5000"


def test_own_autosaves_during_a_round_make_no_conflict(qtbot, computers):
    """attack-20b finding 9: the editor's autosaves wait for the round's transaction and
    commit after it; they were taken for the round's doing and made a conflict on this
    computer only, with the user's own earlier text as the 'other computer's'."""
    note = _shared_note(computers, "Desk: first note")
    note_id = note.id
    computers.use("laptop")
    clients.create(ClientData(name="Clara Neu"))  # the round brings something, not this note
    plain_round(computers, "laptop", "Laptop")
    computers.use("desk")
    editor, open_note = _editor(qtbot, note_id)
    before = open_note.snapshot()
    editor.body.setPlainText("Desk: first note, typed")
    result = store_sync.run_round()
    assert result.received > 0
    editor.flush()  # the autosave that waited for the round commits after it
    editor.body.setPlainText("Desk: first note, typed on")
    assert not open_note.after_round(before, result)
    assert store_sync.note_conflicts([note_id]) == []
    assert editor.body.toPlainText() == "Desk: first note, typed on"
    editor.flush()
    store_sync.run_round()
    assert store_sync.note_conflicts([note_id]) == []
    assert notes.get(note_id).body == "Desk: first note, typed on"
    plain_round(computers, "laptop")
    laptop_note = same_note(note)
    assert laptop_note.body == "Desk: first note, typed on"
    assert store_sync.note_conflicts([laptop_note.id]) == []


def _with_body(note: NoteData, body: str) -> NoteData:
    return dataclasses.replace(note, body=body)


def test_the_periodic_round_waits_while_the_user_is_typing(qtbot, computers):
    computers.use("desk")
    context, controller = make_controller(qtbot, computers, settle_ms=150)
    controller.configure(computers.folder, "Desk")
    started: list[bool] = []
    controller.roundStarted.connect(lambda: started.append(True))
    context.events.changed(Change.NOTES, [1])  # an autosave while typing
    controller._periodic()
    assert started == []  # not now: the typing has not settled
    qtbot.waitUntil(lambda: started == [True], timeout=5_000)  # once it has
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    controller.wait()
    controller._periodic()
    assert started == [True, True]  # nothing typed: at once
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    controller.wait()


def test_a_big_round_shows_its_progress_in_the_status_bar(qtbot, computers):
    computers.use("desk")
    context, controller = make_controller(qtbot, computers)
    controller._progressed(10, 50)
    assert not controller.progress.isVisibleTo(context)  # a small round: no bar flashing by
    controller._progressed(300, 5_000)
    assert controller.progress.isVisibleTo(context)
    assert (controller.progress.value(), controller.progress.maximum()) == (300, 5_000)


def test_a_garbled_file_from_another_computer_is_one_line_and_the_round_goes_on(qtbot, computers):
    computers.use("desk")
    clients.create(ClientData(name="Anna Berg"))
    context, controller = make_controller(qtbot, computers)
    controller.configure(computers.folder, "Desk")
    garbled = computers.folder / "changes" / "0123456789abcdef" / "0000000001.jsonl.gz"
    garbled.parent.mkdir(parents=True)
    garbled.write_bytes(b"\x1f\x8b not really gzip")
    result = round_through(qtbot, controller)
    assert result.skipped
    assert result.skipped[0].startswith("changes/0123456789abcdef/0000000001.jsonl.gz: ")
    line = (
        "Skipped: changes/0123456789abcdef/0000000001.jsonl.gz: damaged or incomplete "
        "(perhaps still being copied); it is tried again next round."
    )  # the engine's kind of problem in the window's words (translated)
    short = "1 file(s) in the sync folder could not be read; see the sync status."
    assert context.statuses == [short]  # short: it ran into the status bar's sync line
    assert controller.status.text().startswith("Synced")
    assert line in controller.status.toolTip()
    round_through(qtbot, controller)
    assert context.statuses == [short]  # the same file again is not news


def test_a_folder_full_of_junk_gives_a_short_tooltip(qtbot, computers):
    """attack-20c N14: 5,000 garbage files made a tooltip of 5,001 lines (2.3 s to show)."""
    computers.use("desk")
    _context, controller = make_controller(qtbot, computers)
    controller.configure(computers.folder, "Desk")
    for device in range(30):
        junk = computers.folder / "changes" / f"{device:016x}" / "0000000001.jsonl.gz"
        junk.parent.mkdir(parents=True)
        junk.write_bytes(b"junk")
    result = round_through(qtbot, controller)
    assert len(result.skipped) == 30
    lines = controller.status.toolTip().splitlines()
    assert len(lines) <= 22
    assert lines[-1] == "… and 10 more"
