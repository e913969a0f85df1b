"""A note changed on two computers at once: the banner above the note's text shows both
versions and resolves each way in one undoable step."""

from __future__ import annotations

import dataclasses

import pytest
from fake_context import FakeContext
from helpers import plain_round, same_note
from PySide6.QtWidgets import QVBoxLayout

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.ui.common.context import ClientTab
from clientjournal.ui.notes.editor import NoteEditor
from clientjournal.ui.sync.conflict_banner import NoteConflictBanner
from clientjournal.ui.sync.open_note import OpenNote

MINE = "Call on Monday: the budget is 5000"
THEIRS = "Call on Monday: wants the site by May"


def make_conflict(computers) -> tuple[int, int]:
    """One note, edited on the desk and on the laptop before either saw the other's edit;
    the desk receives the laptop's: the desk's text stays, the laptop's is the conflict.
    Returns the desk's client and note ids."""
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    note = notes.save(NoteData(client_id=client_id, body="Call on Monday", created_at=utcnow()))
    assert note.id is not None
    plain_round(computers, "desk", "Desk")
    plain_round(computers, "laptop", "Laptop")
    notes.save(dataclasses.replace(same_note(note), body=THEIRS))
    plain_round(computers, "laptop")
    computers.use("desk")
    notes.save(dataclasses.replace(notes.get(note.id), body=MINE))
    assert plain_round(computers, "desk").conflicts == 1
    return client_id, note.id


@pytest.fixture
def banner(qtbot, computers):
    client_id, note_id = make_conflict(computers)
    context = FakeContext()
    qtbot.addWidget(context)
    editor = NoteEditor(context)
    open_note = OpenNote(editor)
    shown = NoteConflictBanner(context, open_note)
    editor.add_banner(shown)
    QVBoxLayout(context).addWidget(editor)
    context.resize(1000, 740)
    context.show()
    qtbot.waitExposed(context)
    editor.edit(notes.get(note_id))
    shown.ids = (client_id, note_id)  # type: ignore[attr-defined]
    shown.context = context  # type: ignore[attr-defined]
    yield shown
    editor.flush()  # into this test's journal, before it is closed


def test_the_banner_shows_both_versions(banner):
    assert banner.isVisible()
    assert "Laptop" in banner.title.text()
    assert banner.mine.toPlainText() == MINE
    assert banner.theirs.toPlainText() == THEIRS
    assert banner.keep_mine.isVisible() and banner.keep_both.isVisible()
    banner._open_note.editor.body.setPlainText(MINE + " (net)")
    assert banner.mine.toPlainText() == MINE + " (net)"  # what is being typed


def _bodies(client_id: int) -> list[str]:
    return sorted(n.body for n in notes.fetch(notes.ids_for_client(client_id)).values())


@pytest.mark.parametrize(
    ("choice", "after"),
    [
        ("keep_mine", [MINE]),
        ("take_theirs", [THEIRS]),
        ("keep_both", sorted([MINE, THEIRS])),
    ],
)
def test_each_choice_resolves_and_undoes_in_one_step(banner, choice, after):
    client_id, note_id = banner.ids
    editor = banner._open_note.editor
    getattr(banner, choice).click()
    assert _bodies(client_id) == after
    assert store_sync.note_conflicts([note_id]) == []
    assert banner.isHidden()
    assert editor.body.toPlainText() == (THEIRS if choice == "take_theirs" else MINE)
    assert banner.context.undo_stack.count() == 1
    banner.context.undo_stack.undo()
    assert _bodies(client_id) == [MINE]
    [conflict] = store_sync.note_conflicts([note_id])
    assert conflict.body == THEIRS
    assert editor.body.toPlainText() == MINE
    assert banner.isVisible()
    banner.context.undo_stack.redo()
    assert _bodies(client_id) == after


def test_what_is_typed_is_the_version_keep_mine_keeps(banner):
    client_id, note_id = banner.ids
    editor = banner._open_note.editor
    editor.body.setPlainText(MINE + ", agreed")  # not yet saved by the autosave
    banner.keep_mine.click()
    assert _bodies(client_id) == [MINE + ", agreed"]
    assert store_sync.note_conflicts([note_id]) == []


def test_another_note_with_a_conflict_is_named_and_opened(banner, qtbot):
    client_id, note_id = banner.ids
    editor = banner._open_note.editor
    editor.start_new(client_id)
    assert banner.isVisible()
    assert banner.keep_mine.isHidden()
    assert "1 note" in banner.title.text()
    banner.open_other.click()
    assert banner.context.opened == [(client_id, ClientTab.NOTES, note_id)]


def test_with_little_room_the_texts_are_compared_on_request(banner, qtbot):
    client_id, note_id = banner.ids
    editor = banner._open_note.editor
    assert banner.details.isVisible()  # room enough: side by side at once
    banner.context.resize(1000, 600)  # a 1024x640 screen
    editor.start_new(client_id)
    editor.edit(notes.get(note_id))
    assert banner.isVisible() and banner.keep_both.isVisible()
    assert banner.details.isHidden()
    banner.compare.click()
    assert banner.details.isVisible()
    editor.start_new(client_id)
    editor.edit(notes.get(note_id))
    assert banner.details.isVisible()  # as the user chose last


def test_on_the_computer_whose_text_lost_mine_is_still_its_own(qtbot, computers):
    """The laptop's edit lost to the desk's later one: on the laptop the banner names the desk,
    shows the laptop's own text as 'this computer' and Keep mine keeps it (it was the other
    way round: its own text under the laptop's own name, and Keep mine dropped it)."""
    make_conflict(computers)
    plain_round(computers, "desk")
    assert plain_round(computers, "laptop").conflicts == 1
    client_id = clients.list_ids()[0]
    (note_id,) = notes.ids_for_client(client_id)
    (conflict,) = store_sync.note_conflicts([note_id])
    assert conflict.mine and conflict.body == THEIRS and conflict.device_name == "Desk"
    context = FakeContext()
    qtbot.addWidget(context)
    editor = NoteEditor(context)
    shown = NoteConflictBanner(context, OpenNote(editor))
    editor.add_banner(shown)
    QVBoxLayout(context).addWidget(editor)
    context.resize(1000, 740)
    context.show()
    qtbot.waitExposed(context)
    editor.edit(notes.get(note_id))
    assert "Desk" in shown.title.text() and "Laptop" not in shown.title.text()
    assert shown.mine.toPlainText() == THEIRS  # what was typed on this laptop
    assert shown.theirs.toPlainText() == MINE  # the note's text now, from the desk
    shown.keep_mine.click()
    assert _bodies(client_id) == [THEIRS]
    assert store_sync.note_conflicts([note_id]) == []
    context.undo_stack.undo()
    assert _bodies(client_id) == [MINE]
    editor.flush()


def test_typed_on_after_losing_the_own_earlier_version_is_not_named_as_another_computer(
    qtbot, computers
):
    """attack-20d D2: the laptop's text lost to the desk's, the laptop's user typed on in the
    note and synced: from then on the banner said "Also changed on “Laptop”" on the laptop,
    and "Take the other" meant its own old text.  It is the user's earlier version from this
    computer."""
    make_conflict(computers)
    plain_round(computers, "desk")
    assert plain_round(computers, "laptop").conflicts == 1
    client_id = clients.list_ids()[0]
    (note_id,) = notes.ids_for_client(client_id)
    notes.save(dataclasses.replace(notes.get(note_id), body=MINE + " (laptop, typed on)"))
    plain_round(computers, "laptop")
    (conflict,) = store_sync.note_conflicts([note_id])
    assert conflict.body == THEIRS and not conflict.mine and conflict.earlier
    context = FakeContext()
    qtbot.addWidget(context)
    editor = NoteEditor(context)
    shown = NoteConflictBanner(context, OpenNote(editor))
    editor.add_banner(shown)
    QVBoxLayout(context).addWidget(editor)
    context.resize(1000, 740)
    context.show()
    qtbot.waitExposed(context)
    editor.edit(notes.get(note_id))
    assert "Laptop" not in shown.title.text() and "Laptop" not in shown.theirs_label.text()
    assert "earlier" in shown.title.text() and "this computer" in shown.title.text()
    assert shown.mine.toPlainText() == MINE + " (laptop, typed on)"  # the note now
    assert shown.theirs.toPlainText() == THEIRS  # the earlier version from here
    assert "earlier" in shown.take_theirs.text() and "mine" not in shown.keep_mine.text()
    shown.take_theirs.click()
    assert _bodies(client_id) == [THEIRS]


@pytest.mark.parametrize(
    ("keep", "words"),
    [
        ("theirs", "Take the imported version"),
        ("mine", "Keep what you typed"),
        ("both", "Keep both versions"),
    ],
)
def test_a_choice_on_an_imported_conflict_is_named_as_the_banner_names_it(journal, keep, words):
    """The Edit menu and the status line name the step by its text: for the version an
    import brought, "Undo Take the other computer's version" named a computer there is none of
    (held28c)."""
    from clientjournal.store.exchange import conflicts as exchange_conflicts
    from clientjournal.ui.common.context import JournalEvents
    from clientjournal.ui.sync.conflict_banner import ResolveConflict

    client_id = clients.create(ClientData(name="Nora"))
    note = notes.save(NoteData(client_id=client_id, body="Getippt", created_at=utcnow()))
    assert exchange_conflicts.keep_imported(note.id, "Aus der Datei", utcnow())
    (conflict,) = store_sync.note_conflicts([note.id])

    assert ResolveConflict(conflict, keep, client_id, JournalEvents()).text() == words
