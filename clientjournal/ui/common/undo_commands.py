"""Undoable actions on the journal; each step is one store transaction.

One route for undo: every command is a ``JournalCommand`` that, after each redo and undo,
reports what changed through the window's ``JournalEvents`` (and, where the user should see
it, asks for the client to be shown).  The views refresh themselves from that signal.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from clientjournal.core.cooling import DraftStateError
from clientjournal.core.domain import ClientStatus
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes, uuids
from clientjournal.ui.common import autosave
from clientjournal.ui.common.context import Change, JournalEvents

if TYPE_CHECKING:  # the invoice commands are built on an edit; core.payments loads with them
    from clientjournal.core.payments import PaymentData


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


class Gone(Exception):
    """The record a step acts on is no longer in the journal (deleted on another computer
    and brought by a round, or its client's trash emptied): the step changes nothing and
    the status bar says so (``JournalCommand``)."""


@dataclasses.dataclass
class Ref:
    """A record a step acts on, by its uuid: its row id is looked up when the step acts.

    Steps held row ids, and a row id may go to another record: the newest row's id, once
    deleted, is the next row's (SQLite without AUTOINCREMENT), and an undo puts a record
    back under a new id when its own is taken.  A step further down the stack then wrote
    over, deleted or moved someone else's record (an edit of invoice 50 undone after undo
    of its deletion had put it back as 51 and a new invoice had taken 50)."""

    table: str
    uuid: str

    @classmethod
    def of(cls, table: str, row_id: int | None, uuid: str = "") -> Ref:
        """The record with ``uuid``, or (none given) the one with ``row_id`` now."""
        if not uuid and row_id is not None:
            uuid = uuids.uuids_of(table, [row_id]).get(row_id, "")
        return cls(table, uuid)

    def id(self) -> int:
        """Its row id now; ``Gone`` when it is no longer in the journal."""
        row_id = uuids.id_of(self.table, self.uuid)
        if row_id is None:
            raise Gone(self.table)
        return row_id


def _after_round(method: Callable[[Any], None], undo: bool) -> Callable[[Any], None]:
    def act(self: Any) -> None:
        try:
            method(self)
        except Gone:
            self.skipped(undo)
        except DraftStateError:  # a reply restored, discarded or unmarked elsewhere meanwhile
            self.skipped(undo, changed=True)

    @functools.wraps(method)
    def step(self: Any) -> None:
        if not undo:  # before the write: an editor lets go of what the step removes
            self.shown_at_once(False)
        autosave.after_hold(lambda: act(self))
        if undo:  # after it: what the undo brings back can be opened
            self.shown_at_once(True)

    return step


class JournalCommand(QUndoCommand):
    """A step that changed records of ``kind``; ``reveal``: show the client it touched."""

    kind = Change.JOURNAL

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Every step, done or undone while a sync round holds the journal, is written when
        the round ends, in order: written then, it waited for the journal's lock on the GUI
        thread (the window frozen up to 5 s) and failed."""
        super().__init_subclass__(**kwargs)
        for name in ("redo", "undo"):
            method = cls.__dict__.get(name)
            if method is not None:
                setattr(cls, name, _after_round(method, name == "undo"))

    def __init__(self, text: str, events: JournalEvents, reveal: bool = True) -> None:
        super().__init__(text)
        self._events = events
        self._reveal = reveal

    def shown_at_once(self, undone: bool) -> None:
        """Right before the step is done (``undone`` False) and right after it is undone, also
        while a sync round holds the journal and the write waits for its end: what the window
        shows of it at once (a deleted note leaves the list and the editor)."""

    def skipped(self, undo: bool, changed: bool = False) -> None:
        """The step found its record gone (``Gone``), or ``changed`` out of the state the
        step left it in (a reply another computer or an import restored, discarded or
        unmarked: the store refuses the step), and changed nothing: the user is told in the
        status bar, in place of "Undone: ..." (the step stays on the stack)."""
        if changed:
            text = (
                _tr(
                    "Could not undo “%1”: it has changed since (on another computer or by an import)."
                )
                if undo
                else _tr(
                    "Could not redo “%1”: it has changed since (on another computer or by an import)."
                )
            )
        else:
            text = (
                _tr("Could not undo “%1”: the record is no longer in the journal.")
                if undo
                else _tr("Could not redo “%1”: the record is no longer in the journal.")
            )
        self._events.skipped(text.replace("%1", self.text()))

    def _report(self, client_id: int | None, reveal: bool | None = None) -> None:
        self._events.changed(self.kind, [client_id])
        if self._reveal if reveal is None else reveal:
            self._events.reveal(client_id)


class TrashClient(JournalCommand):
    kind = Change.CLIENTS

    def __init__(self, client: ClientData, events: JournalEvents) -> None:
        super().__init__(_tr("Delete client “%1”").replace("%1", client.name), events)
        assert client.id is not None  # a stored client
        self._client = Ref.of("client", client.id, client.uuid)

    def redo(self) -> None:
        client_id = self._client.id()
        clients.trash(client_id)
        self._report(client_id, reveal=False)

    def undo(self) -> None:
        client_id = self._client.id()
        clients.restore(client_id)
        self._report(client_id)


class EditClient(JournalCommand):
    """Any change of a client's fields, archiving included; undo puts the old fields back.
    An edit in place (profile, tags) is not revealed: it may be saved on the way to another
    client, and the selection must not jump back."""

    kind = Change.CLIENTS

    MERGE_ID = 1

    def __init__(
        self,
        before: ClientData,
        after: ClientData,
        text: str,
        events: JournalEvents,
        reveal: bool = True,
        merge_key: str = "",
        kind: Change = Change.CLIENTS,
    ) -> None:
        super().__init__(text, events, reveal)
        self.kind = kind  # PROFILE for an edit in place: the list's order cannot change
        self._before = before
        self._after = after
        self._merge_key = merge_key  # edits with the same key in a row are one undo step
        self._client = Ref.of("client", before.id, before.uuid)
        self._stored: ClientData | None = None  # the client as stored right before the redo

    def id(self) -> int:
        return self.MERGE_ID if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """A field saved as it is typed: one undo step for the typing, not one per save."""
        if not isinstance(other, EditClient) or other._merge_key != self._merge_key:
            return False
        if other._client != self._client:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        client_id = self._client.id()
        self._stored = clients.get(client_id)
        clients.update(only_changed(self._before, self._after, self._stored))
        self._report(client_id)

    def undo(self) -> None:
        client_id = self._client.id()
        back = (
            self._before
            if self._stored is None
            else stored_before(self._before, self._after, self._stored)
        )
        clients.update(only_changed(self._after, back, clients.get(client_id)))
        self._report(client_id)


def changed_on_both_sides(base: Any, mine: Any, stored: Any, names: tuple[str, ...]) -> bool:
    """Whether one of the fields ``names`` was changed from ``base`` both in ``mine`` and, to
    another value, in ``stored`` (a round or an import wrote it while the typing waited)."""
    return any(
        getattr(mine, name) != getattr(base, name)
        and getattr(stored, name) not in (getattr(base, name), getattr(mine, name))
        for name in names
    )


def stored_before(old: Any, new: Any, stored: Any) -> Any:
    """``old`` with what differs from ``old`` to ``new`` (a profile's entries one by one) as
    ``stored`` held it right before the step wrote.  A step made while an import or a sync
    round held the journal is written after it, over what it wrote meanwhile: its undo put
    back the value from before the import (held28c), not the one the step wrote over."""
    changes = {}
    for item in dataclasses.fields(new):
        before, after, kept = (getattr(r, item.name) for r in (old, new, stored))
        if before == after:
            continue
        if isinstance(before, dict) and isinstance(after, dict) and isinstance(kept, dict):
            value = dict(before)
            for key in before.keys() | after.keys():
                if before.get(key) == after.get(key):
                    continue
                if key in kept:
                    value[key] = kept[key]
                else:
                    value.pop(key, None)
            kept = value
        changes[item.name] = kept
    return dataclasses.replace(old, **changes)


def only_changed(old: Any, new: Any, now: Any) -> Any:
    """``now`` (the record as stored) with what differs from ``old`` to ``new`` set as in
    ``new``, a profile's entries one by one: a step written whole put back the fields another
    computer changed since (a sync round between the edit and its undo, or while a dialog
    was open), on every computer (attack-20c N10)."""
    changes = {}
    for item in dataclasses.fields(new):
        before, after = getattr(old, item.name), getattr(new, item.name)
        if before == after:
            continue
        if isinstance(after, dict) and isinstance(before, dict):
            merged = dict(getattr(now, item.name))
            for key in before.keys() - after.keys():
                merged.pop(key, None)
            merged.update({k: v for k, v in after.items() if before.get(k) != v})
            after = merged
        changes[item.name] = after
    return dataclasses.replace(now, **changes)


def archived(client: ClientData) -> ClientData:
    return dataclasses.replace(
        client, status=ClientStatus.ENDED, ended_on=client.ended_on or date.today()
    )


class DeleteNote(JournalCommand):
    kind = Change.NOTES

    def __init__(
        self,
        note: NoteData,
        events: JournalEvents,
        shown: Callable[[NoteData, bool], None] | None = None,
    ) -> None:
        """``shown(note, present)``: the notes list and editor show the step at once (during a
        sync round the deletion is written when it ends: attack-20d D4, the note stayed
        listed, and Ctrl+Z left the editor empty)."""
        super().__init__(_tr("Delete note"), events)
        self._note = note
        self._shown = shown

    def shown_at_once(self, undone: bool) -> None:
        if self._shown is not None:
            if not undone:  # the list and the editor let go of the note under its id now
                self._note.id = uuids.id_of("note", self._note.uuid) or self._note.id
            self._shown(self._note, undone)

    def redo(self) -> None:
        from clientjournal.store import sync as store_sync

        try:
            note_id = Ref("note", self._note.uuid).id()
        except Gone:  # deleted meanwhile by a sync round (written when it ended: E12)
            self._gone = True
            raise
        # its open conflicts go with it (ON DELETE CASCADE): the undo brings them back, or a
        # conflict a round made of it meanwhile was lost with the delete (attack-20e E7)
        self._conflicts = store_sync.note_conflicts([note_id])
        self._note = notes.delete(note_id)
        self._gone = False
        self._report(self._note.client_id)

    def undo(self) -> None:
        from clientjournal.store import sync as store_sync

        if getattr(self, "_gone", False):
            return  # nothing was deleted here: the round's deletion is not undone
        # brought back meanwhile (an import, a round): restore gives the note as it is there
        # now, its conflicts its own (these would have put the deleted text over it)
        brought_back = notes.id_of_uuid(self._note.uuid) is not None
        self._note = notes.restore(self._note)  # under a new id if its own was taken since
        if not brought_back:
            for conflict in getattr(self, "_conflicts", []):
                conflict = dataclasses.replace(conflict, note_id=self._note.id)
                store_sync.restore_conflict(conflict, self._note.body, choice=False)
        self._report(self._note.client_id)


class DeleteAgreement(JournalCommand):
    """Undo puts the item back in its place, with its whole history."""

    kind = Change.AGREEMENTS

    def __init__(self, agreement_id: int, title: str, events: JournalEvents) -> None:
        super().__init__(_tr("Delete agreement “%1”").replace("%1", title), events)
        self._agreement = Ref.of("agreement", agreement_id)
        self._saved: tuple | None = None

    def redo(self) -> None:
        from clientjournal.store.agreements import checklist as agreements

        self._saved = None  # found gone (``Gone``): its undo puts nothing back (attack28d)
        self._saved = agreements.delete(self._agreement.id())
        self._report(self._saved[0].client_id)

    def undo(self) -> None:
        from clientjournal.store.agreements import checklist as agreements

        if self._saved is None:  # its redo found it gone: nothing to put back
            return
        item, history = self._saved
        agreements.restore(item, history)  # a new id if its own was taken since
        self._report(item.client_id)


class DiscardDraft(JournalCommand):
    """Discarding moves a reply to the trash; undo brings it back where it was."""

    kind = Change.REPLIES

    def __init__(self, draft_id: int, events: JournalEvents) -> None:
        super().__init__(_tr("Discard reply"), events)
        self._draft = Ref.of("draft", draft_id)

    def redo(self) -> None:
        from clientjournal.store import drafts

        self._report(drafts.discard(self._draft.id()).client_id)

    def undo(self) -> None:
        from clientjournal.store import drafts

        self._report(drafts.restore(self._draft.id()).client_id)


class MarkSent(JournalCommand):
    """The user sent a reply: it becomes a note of kind e-mail.  Undo deletes that note and
    puts the draft back as it was (held in the queue, or being written); redo sends it again
    at the same time.  Without it Ctrl+Z undid an older change on another client."""

    kind = Change.REPLIES

    def __init__(self, draft_id: int, when: datetime, events: JournalEvents) -> None:
        super().__init__(_tr("Mark reply as sent"), events)
        self._draft = Ref.of("draft", draft_id)
        self._when = when
        self._note: Ref | None = None  # the e-mail note the step wrote

    def _report_both(self, client_id: int) -> None:
        self._events.changed(Change.NOTES, [client_id])  # a note, and the last contact
        self._report(client_id)

    def redo(self) -> None:
        from clientjournal.store import drafts

        sent, note_id = drafts.mark_sent(self._draft.id(), self._when)
        self._note = Ref.of("note", note_id)
        self._report_both(sent.client_id)

    def undo(self) -> None:
        from clientjournal.store import drafts

        draft_id = self._draft.id()
        # the note is looked up by its uuid: deleted and put back by an undo, it is no longer
        # the draft's, perhaps under a new id; gone, the draft still comes back
        note_id = uuids.id_of("note", self._note.uuid) if self._note is not None else None
        self._report_both(drafts.unmark_sent(draft_id, note_id=note_id).client_id)


class AddPayment(JournalCommand):
    """A new invoice; undo deletes it, redo puts the same record (id, uuid) back."""

    kind = Change.PAYMENTS

    def __init__(self, payment: PaymentData, events: JournalEvents) -> None:
        super().__init__(_tr("Add invoice"), events)
        self._new = payment
        self.stored: PaymentData | None = None

    def redo(self) -> None:
        from clientjournal.store import payments

        if self.stored is None:
            self.stored = payments.create(self._new)
        else:
            self.stored = payments.restore(self.stored)  # its id may have gone to another
        self._report(self.stored.client_id)

    def undo(self) -> None:
        from clientjournal.store import payments

        if self.stored is not None:
            self.stored = payments.delete(Ref("payment", self.stored.uuid).id())
            self._report(self.stored.client_id)


class EditPayment(JournalCommand):
    """Any change of an invoice, marking it paid included; undo writes the old fields back."""

    kind = Change.PAYMENTS

    def __init__(
        self, before: PaymentData, after: PaymentData, text: str, events: JournalEvents
    ) -> None:
        super().__init__(text, events)
        self._before = before
        self._after = after
        self._payment = Ref.of("payment", before.id, before.uuid)

    def _write(self, old: PaymentData, new: PaymentData) -> None:
        from clientjournal.store import payments

        now = payments.get(self._payment.id())
        self._report(payments.update(only_changed(old, new, now)).client_id)

    def redo(self) -> None:
        self._write(self._before, self._after)

    def undo(self) -> None:
        self._write(self._after, self._before)


class DeletePayment(JournalCommand):
    kind = Change.PAYMENTS

    def __init__(self, payment: PaymentData, events: JournalEvents) -> None:
        super().__init__(_tr("Delete invoice"), events)
        self._payment = payment

    def redo(self) -> None:
        from clientjournal.store import payments

        payment = self._payment
        self._gone = True  # found gone (``Gone``): its undo puts nothing back (attack28d)
        self._payment = payments.delete(Ref.of("payment", payment.id, payment.uuid).id())
        self._gone = False
        self._report(self._payment.client_id)

    def undo(self) -> None:
        from clientjournal.store import payments

        if getattr(self, "_gone", False):
            return  # nothing was deleted here: another computer's deletion is not undone
        self._payment = payments.restore(self._payment)  # its id may have gone to another
        self._report(self._payment.client_id)
