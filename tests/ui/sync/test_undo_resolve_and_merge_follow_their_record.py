"""Undo of a conflict's choice and of a merge act on the notes they concern, also after
those notes' row ids went to other notes (undo28a): below an undone "Delete note" (the note
back under a new id, a new note having taken its own), the undo of "Take the other
computer's version" wrote the text before it, and the conflict, into the new note, and the
undo of a merge moved the new note to the other client and left the merged one behind."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from test_conflict_banner import MINE, THEIRS, make_conflict

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.ui.common.context import JournalEvents
from clientjournal.ui.common.undo_commands import DeleteNote
from clientjournal.ui.sync.conflict_banner import ResolveConflict
from clientjournal.ui.sync.merge import MergeClients


def _bodies(client_id: int) -> list[str]:
    return sorted(n.body for n in notes.fetch(notes.ids_for_client(client_id)).values())


def test_undo_a_choice_below_the_notes_undone_deletion(qtbot, computers):
    client_id, note_id = make_conflict(computers)
    (conflict,) = store_sync.note_conflicts([note_id])
    stack = QUndoStack()
    stack.push(ResolveConflict(conflict, "theirs", client_id, JournalEvents()))
    stack.push(DeleteNote(notes.get(note_id), JournalEvents()))
    taker = notes.save(NoteData(client_id=client_id, body="written after", created_at=utcnow()))
    assert taker.id == note_id

    stack.undo()  # the note back (the other computer's text), under a new id
    stack.undo()  # the choice undone on it: this computer's text, the conflict open again

    assert _bodies(client_id) == sorted([MINE, "written after"])
    assert store_sync.note_conflicts([taker.id]) == []
    (back,) = [i for i in notes.ids_for_client(client_id) if i != taker.id]
    assert [c.body for c in store_sync.note_conflicts([back])] == [THEIRS]


def test_undo_a_merge_below_an_undone_deletion_of_a_note_it_moved(qtbot, journal):
    keep = clients.create(ClientData(name="Anna Berg", email="anna@berg.example"))
    other = clients.create(ClientData(name="Anna Berg", email="anna@berg.example"))
    moved = notes.save(NoteData(client_id=other, body="from the laptop", created_at=utcnow()))
    stack = QUndoStack()
    stack.push(MergeClients(clients.get(keep), clients.get(other), JournalEvents()))
    stack.push(DeleteNote(notes.get(moved.id), JournalEvents()))
    taker = notes.save(NoteData(client_id=keep, body="written after", created_at=utcnow()))
    assert taker.id == moved.id

    stack.undo()  # the moved note back (under the kept client), under a new id
    stack.undo()  # the merge undone: that note back to the other client, the new one stays

    assert _bodies(keep) == ["written after"]
    assert _bodies(other) == ["from the laptop"]
