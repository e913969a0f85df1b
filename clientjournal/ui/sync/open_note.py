"""The note open in the editor while a round brings changes to it.

The editor holds the note as it read it and writes all of it back at its next autosave, so a
round that changed the note underneath must be shown to it, or that autosave would quietly
write the old text (or the old mood, tags, date) over the other computer's.  Before a round the
window's editors are flushed (cheap: one small transaction each, the same as an autosave), and
what the editor shows is noted; after the round:

- nothing typed meanwhile: the editor reads the note again (cursor kept);
- typed meanwhile and the round changed the text: the typing stays the note's text and the
  other computer's text becomes a conflict beside it (the banner offers both), never lost;
- typed meanwhile and only other fields changed: the editor takes those, the typing stays.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from clientjournal.core.records import NoteData
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.store.exchange import conflicts as exchange_conflicts
from clientjournal.ui.notes.editor import NoteEditor

DROPPED, KEPT, LOST_WITH_CLIENT = "dropped", "kept", "lost_with_client"
_OWN_FIELDS = ("kind", "mood", "pinned", "created_at", "tags")  # the editor's, besides the text


@dataclass(frozen=True)
class Snapshot:
    note: NoteData  # as stored when the round began (the editor had just written it)
    text: str  # what the editor showed then


class OpenNote:
    """The window's note editor, as sync sees it."""

    def __init__(self, editor: NoteEditor) -> None:
        self.editor = editor
        self.removed: str | None = None  # the last round deleted the open note: see _deleted

    @property
    def note_id(self) -> int | None:
        return self.editor.note_id

    @property
    def client_id(self) -> int | None:
        return self.editor.client_id

    def flush(self) -> None:
        self.editor.flush()

    def snapshot(self) -> Snapshot | None:
        """Call after the editors were flushed, before a round."""
        note_id = self.editor.note_id
        if note_id is None:
            return None
        stored = notes.fetch([note_id]).get(note_id)
        if stored is None:
            return None
        return Snapshot(stored, self.editor.body.toPlainText())

    def after_round(
        self, before: Snapshot | None, result: store_sync.RoundResult | None = None
    ) -> bool:
        """Bring the editor up to what the round wrote (see the module's docstring); True
        when the note's text became a conflict here.  Only a text the round itself wrote
        (``result.note_bodies``) counts as the other computer's: the editor's own autosaves,
        which wait for the round's transaction and commit after it, change the stored text
        too, and taking them for the round's made a false conflict on this computer only."""
        self.removed = None
        left, self.editor.saved_after_round[:] = list(self.editor.saved_after_round), []
        for uuid in left:  # typed in, then left while the round held the journal
            if result is not None:
                store_sync.keep_typing(result, uuid)  # the round wrote it too: a conflict
        if before is None or self.editor.note_id != before.note.id:
            return self._opened_during(result)
        note_id = before.note.id
        assert note_id is not None
        stored = notes.fetch([note_id]).get(note_id)
        if stored is None:
            self._deleted(before)
            return False
        wrote = result is not None and before.note.uuid in result.note_bodies

        def keep() -> bool:
            assert result is not None
            return store_sync.keep_typing(result, before.note.uuid)

        return self._bring_up(before, stored, wrote, keep)

    def after_import(self, before: Snapshot | None) -> bool:
        """As ``after_round``, for an operation that wrote the journal from a thread while
        the editor's saves waited for its end (a JSON import; ``JournalWork.hold_saves``):
        called at its end, before those saves.  An import has no clocks: since nothing of
        the window's was saved meanwhile, a text that differs from the one the editor read
        is the import's.  Typed meanwhile over a note whose text the import changed (the
        file's copy was newer), the typing stays the note's text and the file's becomes a
        conflict beside it (``exchange.conflicts.keep_imported``: the banner offers both); the held
        save wrote the typing over it, the file's text lost without a word.  Nothing typed:
        the editor reads the note again (its next keystroke saved the old text over the
        import's).  True when a text was kept as a conflict."""
        self.removed = None
        kept = False
        for note in self.editor.left_during_round():  # typed in, then left meanwhile
            if note.id is not None:
                read = self.editor.stored_text(note.id)
                kept |= self._keep_imported(note.id, read, note.body)
        self.editor.saved_after_round.clear()  # a round's list: nothing a round wrote
        note_id = self.editor.note_id
        if note_id is None:
            return kept
        stored = notes.fetch([note_id]).get(note_id)
        if before is None or note_id != before.note.id:
            # opened meanwhile, read as it was before the import's commit
            read = self.editor.stored_text() or ""
            before = Snapshot(dataclasses.replace(self.editor.current(), body=read), read)
            if stored is not None and not self.editor.unsaved():
                if stored.body != read or self._fields_differ(stored):
                    self.reload(stored)
                return kept
        if stored is None:
            self._deleted(before)
            return kept
        keep_id = note_id
        return (
            self._bring_up(
                before,
                stored,
                stored.body != before.note.body,
                lambda: self._keep_imported(
                    keep_id, before.note.body, self.editor.body.toPlainText()
                ),
            )
            or kept
        )

    def _keep_imported(self, note_id: int, read: str | None, typed: str) -> bool:
        """The import's text of a note typed in meanwhile (``typed``), as a conflict beside
        it, if the import changed it (from ``read``, as the editor read it) to another."""
        stored = notes.fetch([note_id]).get(note_id)
        if stored is None or stored.body in (read, typed) or stored.updated_at is None:
            return False
        return exchange_conflicts.keep_imported(note_id, stored.body, stored.updated_at)

    def _fields_differ(self, stored: NoteData) -> bool:
        shown = self.editor.current()
        return any(getattr(shown, name) != getattr(stored, name) for name in _OWN_FIELDS)

    def _bring_up(
        self, before: Snapshot, stored: NoteData, wrote: bool, keep: Callable[[], bool]
    ) -> bool:
        """The open note, which the round or import changed to ``stored`` (``wrote``: its
        text), shown as it is now with what was typed meanwhile kept (``keep``: the other
        text as a conflict beside the typing; True when it made one)."""
        if stored == before.note:
            return False  # not touched
        typed = self.editor.body.toPlainText()
        # tags, pin, mood, kind, date set in the editor during the round: kept over the
        # round's (attack-20c N13: the reload below dropped them), saved at the next autosave
        shown = self.editor.current()
        mine = {
            name: getattr(shown, name)
            for name in _OWN_FIELDS
            if getattr(shown, name) != getattr(before.note, name)
        }

        def show(note: NoteData, typed: str | None = None) -> None:
            self.reload(dataclasses.replace(note, **mine), typed)
            if mine:
                self.editor.mark_changed()

        if not wrote:
            # The text is the editor's (as typed, or as it saved it meanwhile); other fields
            # may be the round's.
            if typed == stored.body:
                show(stored)
            else:
                show(dataclasses.replace(stored, body=before.text), typed)
            return False
        if typed == before.text:
            show(stored)
            return False
        # The round wrote another computer's text while the user typed: the typing stays the
        # note's text, the other text becomes a conflict beside it, on every computer.
        conflict = keep()
        note_id = stored.id
        assert note_id is not None
        stored = notes.get(note_id)
        show(dataclasses.replace(stored, body=before.text), typed)
        return conflict

    def _opened_during(self, result: store_sync.RoundResult | None) -> bool:
        """Another note was opened since the round began.  Read before the round committed
        and typed in, while the round wrote another computer's text into it: the typing stays
        the note's text (its autosave waits for the round) and the other text becomes a
        conflict, as for the note open when the round began; before, the typing was saved
        over it, and the other computer's text was gone on every computer."""
        note_id = self.editor.note_id
        if note_id is None:
            return False
        stored = notes.fetch([note_id]).get(note_id)
        if stored is None:  # deleted by the round: let go of it, the typing kept (N3)
            read = self.editor.stored_text() or ""
            self._deleted(Snapshot(dataclasses.replace(self.editor.current(), body=read), read))
            return False
        if result is None or not self.editor.unsaved():
            return False
        if stored.body == self.editor.stored_text():
            return False  # read after the round wrote it (or not written): typed on it
        return store_sync.keep_typing(result, stored.uuid)

    def _deleted(self, before: Snapshot) -> None:
        """The round deleted the open note (another computer deleted it, or emptied the
        trash of its client): the editor lets go of it, or a save would write into a row
        that is gone and say "Saved" (attack-20c N3).  What was typed since the round began
        is kept as a new note of the client, if it is still there; ``removed`` says which."""
        body = self.editor.body
        typed = body.toPlainText()
        position, scroll = body.textCursor().position(), body.verticalScrollBar().value()
        self.editor.forget(before.note.id or 0)  # nothing to write back into
        if typed == before.text or not typed.strip():
            self.removed = DROPPED
            return
        client_id = before.note.client_id
        if not clients.fetch([client_id]):
            self.removed = LOST_WITH_CLIENT
            return
        kept = dataclasses.replace(before.note, id=None, uuid="", body=typed)
        self.editor.edit(notes.save(kept))
        _put_cursor(body, position, scroll)  # typing goes on where it was (N3b)
        self.removed = KEPT

    def held_typing(self) -> list[dict[str, object]]:
        """What the editor holds unsaved while a round has the journal (for
        ``store_sync.keep_held_typing``): the open note's text if it differs from the one the
        editor last read or saved (or a new note's), and the notes left meanwhile.  Each with
        that stored text as its ``base``: put back after a crash, the typing goes into its
        note while the note still has it (attack-20d D1: the base was the text when the round
        began to read; saved while it read, the typing came back as a second note; a note
        opened during the round had none)."""
        editor = self.editor
        typed = editor.body.toPlainText()
        held: list[tuple[str, str | None, str, int | None]] = []  # uuid, base, body, client
        if editor.note_id is None:
            if typed.strip():
                held.append(("", None, typed, editor.client_id))
        elif typed != editor.stored_text() or editor.unsaved():
            held.append((editor.current().uuid, editor.stored_text(), typed, editor.client_id))
        held += [
            (n.uuid, editor.stored_text(n.id), n.body, n.client_id)
            for n in editor.left_during_round()
        ]
        ids = {client for *_rest, client in held if client is not None}
        uuids = {i: c.uuid for i, c in clients.fetch(ids).items()} if ids else {}
        return [
            {"uuid": uuid, "base": base, "body": body, "client": uuids.get(client or 0, "")}
            for uuid, base, body, client in held
        ]

    def reload(self, note: NoteData, typed: str | None = None) -> None:
        """Show ``note`` in the editor in place of what it read before, the cursor where it
        was; ``typed``: the text to keep in the field (it saves itself as typing does)."""
        body = self.editor.body
        position = body.textCursor().position()
        scroll = body.verticalScrollBar().value()
        self.editor.forget(note.id or 0)  # drop the old reading without writing it back
        self.editor.edit(note)
        if typed is not None:
            body.setPlainText(typed)  # marks the editor changed: it saves the typing
        _put_cursor(body, position, scroll)

    def reread(self) -> None:
        """After a step on the note made elsewhere (a conflict resolved or undone): the editor
        was flushed before it, so it reads the note again."""
        note_id = self.editor.note_id
        if note_id is None:
            return
        stored = notes.fetch([note_id]).get(note_id)
        if stored is not None:
            self.reload(stored)


def _put_cursor(body: QPlainTextEdit, position: int, scroll: int) -> None:
    """The cursor and the scroll position back where they were, after the text was set."""
    cursor = body.textCursor()
    cursor.setPosition(min(position, len(body.toPlainText())), QTextCursor.MoveMode.MoveAnchor)
    body.setTextCursor(cursor)
    body.verticalScrollBar().setValue(scroll)
