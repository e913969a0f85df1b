"""A sync round and an operation writing from a thread (an import: ``JournalWork.hold_saves``)
both hold the editors' saves (ui/common/autosave).  Each lets go of its own hold only: the
round's controller releases on every way out (the round's end, its cut, the window's close),
and none of those may make the saves while an import still has the journal's write lock;
nor may the import's end make them while a round holds it (work27a)."""

from __future__ import annotations

from helpers import desk_client, hold_rounds_at_the_lock, note_editor_in_a_round

from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import notes
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import JournalWork


def test_a_round_running_when_an_import_begins_then_the_import_holds_the_saves(
    qtbot, computers, monkeypatch
):
    client_id = desk_client(computers)
    note_id = notes.ids_for_client(client_id)[0]
    notes.save(NoteData(client_id=client_id, body="Another note", created_at=utcnow()))
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor, context, controller = note_editor_in_a_round(
        qtbot, computers, note_id, inside
    )  # sends the other note
    try:
        editor.body.setPlainText("typed during the round")
        editor.flush()  # waits for the round
        assert autosave.held_saves() == 1
        work = context.journal_work
        gate.set()
        assert work.begin("import")  # sync pauses: the round ends, the saves it held are made
        assert not controller.running
        assert notes.get(note_id).body == "typed during the round"
        work.hold_saves()  # the import's thread would start now
        editor.body.setPlainText("typed during the import")
        editor.flush()
        assert autosave.held_saves() == 1
        autosave.release()  # a round's release again (its controller's every way out)
        controller.stop()  # the window's close: the controller releases the round's hold
        assert autosave.holding() and autosave.held_saves() == 1
        assert notes.get(note_id).body == "typed during the round"
        work.end()
        assert notes.get(note_id).body == "typed during the import"
        assert not autosave.holding() and not editor.unsaved()
    finally:
        gate.set()
        controller.stop()


def test_holds_overlap_and_the_saves_wait_for_the_last_in_order(qtbot):
    work = JournalWork()
    made: list[str] = []
    assert work.begin("import")
    work.hold_saves()
    work.hold_saves()  # once is enough: one end lets go
    autosave.hold()  # a round of another window, say
    autosave.after_hold(lambda: made.append("first"))
    autosave.after_hold(lambda: made.append("second"))
    work.end()
    assert made == [] and autosave.holding()
    work.end()  # a second end does nothing
    assert made == []
    autosave.release()
    assert made == ["first", "second"] and not autosave.holding()


def test_a_held_step_that_begins_a_holding_operation_puts_the_rest_after_it(qtbot):
    """A step made at the end of a hold that begins another operation writing from a thread
    (a contact import asked for during a round): the steps after it wait for that one's end,
    in order, instead of waiting on its thread's lock."""
    work = JournalWork()
    made: list[str] = []

    def begin_import() -> None:
        made.append("import begins")
        assert work.begin("import")
        work.hold_saves()

    autosave.hold()
    autosave.after_hold(begin_import)
    autosave.after_hold(lambda: made.append("a save"))
    autosave.release()
    assert made == ["import begins"] and autosave.holding()
    autosave.after_hold(lambda: made.append("a save during the import"))
    work.end()
    assert made == ["import begins", "a save", "a save during the import"]
    assert not autosave.holding()


def test_an_operation_not_begun_holds_nothing(qtbot):
    work = JournalWork()
    work.hold_saves()  # not begun (refused): nothing to hold for, no end to let go
    assert not autosave.holding()
