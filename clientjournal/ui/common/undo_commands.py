"""Undoable actions on the journal; each step is one store transaction."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from clientjournal.core.domain import ClientStatus
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


Refresh = Callable[[int | None], None]  # called with the client id to show afterwards


class TrashClient(QUndoCommand):
    def __init__(self, client: ClientData, refresh: Refresh) -> None:
        super().__init__(_tr("Delete client “%1”").replace("%1", client.name))
        self._client_id = client.id
        self._refresh = refresh

    def redo(self) -> None:
        clients.trash(self._client_id)
        self._refresh(None)

    def undo(self) -> None:
        clients.restore(self._client_id)
        self._refresh(self._client_id)


class EditClient(QUndoCommand):
    """Any change of a client's fields, archiving included; undo puts the old fields back."""

    def __init__(self, before: ClientData, after: ClientData, text: str, refresh: Refresh) -> None:
        super().__init__(text)
        self._before = before
        self._after = after
        self._refresh = refresh

    def redo(self) -> None:
        clients.update(self._after)
        self._refresh(self._after.id)

    def undo(self) -> None:
        clients.update(self._before)
        self._refresh(self._before.id)


def archived(client: ClientData) -> ClientData:
    return dataclasses.replace(
        client, status=ClientStatus.ENDED, ended_on=client.ended_on or date.today()
    )


class DeleteNote(QUndoCommand):
    def __init__(self, note: NoteData, refresh: Refresh) -> None:
        super().__init__(_tr("Delete note"))
        self._note = note
        self._refresh = refresh

    def redo(self) -> None:
        self._note = notes.delete(self._note.id)
        self._refresh(self._note.client_id)

    def undo(self) -> None:
        notes.restore(self._note)
        self._refresh(self._note.client_id)


class DeleteAgreement(QUndoCommand):
    """Undo puts the item back in its place, with its whole history."""

    def __init__(self, agreement_id: int, title: str, refresh: Refresh) -> None:
        super().__init__(_tr("Delete agreement “%1”").replace("%1", title))
        self._id = agreement_id
        self._saved: tuple | None = None
        self._refresh = refresh

    def redo(self) -> None:
        from clientjournal.store.agreements import checklist as agreements

        self._saved = agreements.delete(self._id)
        self._refresh(self._saved[0].client_id)

    def undo(self) -> None:
        from clientjournal.store.agreements import checklist as agreements

        item, events = self._saved
        agreements.restore(item, events)
        self._refresh(item.client_id)


class DiscardDraft(QUndoCommand):
    """Discarding moves a reply to the trash; undo brings it back where it was."""

    def __init__(self, draft_id: int, refresh: Refresh) -> None:
        super().__init__(_tr("Discard reply"))
        self._id = draft_id
        self._refresh = refresh

    def redo(self) -> None:
        from clientjournal.store import drafts

        self._refresh(drafts.discard(self._id).client_id)

    def undo(self) -> None:
        from clientjournal.store import drafts

        self._refresh(drafts.restore(self._id).client_id)


class AddPayment(QUndoCommand):
    """A new invoice; undo deletes it, redo puts the same record (id, uuid) back."""

    def __init__(self, payment: PaymentData, refresh: Refresh) -> None:
        super().__init__(_tr("Add invoice"))
        self._new = payment
        self.stored: PaymentData | None = None
        self._refresh = refresh

    def redo(self) -> None:
        from clientjournal.store import payments

        if self.stored is None:
            self.stored = payments.create(self._new)
        else:
            payments.restore(self.stored)
        self._refresh(self.stored.client_id)

    def undo(self) -> None:
        from clientjournal.store import payments

        if self.stored is not None:
            payments.delete(self.stored.id)
            self._refresh(self.stored.client_id)


class EditPayment(QUndoCommand):
    """Any change of an invoice, marking it paid included; undo writes the old fields back."""

    def __init__(
        self, before: PaymentData, after: PaymentData, text: str, refresh: Refresh
    ) -> None:
        super().__init__(text)
        self._before = before
        self._after = after
        self._refresh = refresh

    def redo(self) -> None:
        from clientjournal.store import payments

        payments.update(self._after)
        self._refresh(self._after.client_id)

    def undo(self) -> None:
        from clientjournal.store import payments

        payments.update(self._before)
        self._refresh(self._before.client_id)


class DeletePayment(QUndoCommand):
    def __init__(self, payment: PaymentData, refresh: Refresh) -> None:
        super().__init__(_tr("Delete invoice"))
        self._payment = payment
        self._refresh = refresh

    def redo(self) -> None:
        from clientjournal.store import payments

        self._payment = payments.delete(self._payment.id)
        self._refresh(self._payment.client_id)

    def undo(self) -> None:
        from clientjournal.store import payments

        payments.restore(self._payment)
        self._refresh(self._payment.client_id)
