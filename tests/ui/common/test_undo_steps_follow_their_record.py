"""Undo and redo steps act on the record the user acted on, also after its row id went to
another record (undo28a).  SQLite gives a new row the highest id plus one, so the newest
row's id, once deleted, is the next row's; an undo puts a record back under a new id when
its own is taken, and a sync round deletes and inserts rows.  The steps held row ids: one
further down the stack, or a redo after such a change, wrote over, deleted, trashed or put
back someone else's record.  Now each finds its record by uuid; one whose record is gone
changes nothing and says so in the status bar."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtGui import QUndoStack

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.cooling import DraftData
from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, drafts, notes, payments
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.common.context import JournalEvents
from clientjournal.ui.common.undo_commands import (
    AddPayment,
    DeleteAgreement,
    DeleteNote,
    DeletePayment,
    DiscardDraft,
    EditClient,
    EditPayment,
    MarkSent,
    TrashClient,
)


def _invoice(client_id: int, cents: int) -> PaymentData:
    day = date(2026, 12, 1)
    return PaymentData(client_id=client_id, amount_cents=cents, issued_on=day, due_on=day)


def _amounts(client_id: int) -> list[int]:
    return sorted(p.amount_cents for p in payments.for_client(client_id))


def test_undo_edit_invoice_below_its_deletion_after_a_new_invoice_took_its_id(qtbot, journal):
    client_id = clients.create(ClientData(name="Nora"))
    payments.create(_invoice(client_id, 100))
    before = payments.create(_invoice(client_id, 200))
    after = payments.update(dataclasses.replace(before, amount_cents=250))
    stack = QUndoStack()
    stack.push(EditPayment(before, after, "Edit invoice", JournalEvents()))
    stack.push(DeletePayment(after, JournalEvents()))
    taker = payments.create(_invoice(client_id, 900))  # as an import or a round would
    assert taker.id == before.id

    stack.undo()  # the invoice comes back under a new id
    stack.undo()  # its edit is undone on it, not on the invoice that took its id

    assert _amounts(client_id) == [100, 200, 900]
    assert payments.get(taker.id).amount_cents == 900
    stack.redo()
    assert _amounts(client_id) == [100, 250, 900]


def test_undo_add_invoice_and_redo_delete_invoice_after_a_round_gave_its_id_away(qtbot, journal):
    client_id = clients.create(ClientData(name="Nora"))
    stack = QUndoStack()
    stack.push(AddPayment(_invoice(client_id, 100), JournalEvents()))
    added = payments.for_client(client_id)[0]
    payments.delete(added.id)  # deleted on another computer, brought by a round
    taker = payments.create(_invoice(client_id, 900))
    assert taker.id == added.id

    stack.undo()  # its invoice is gone: nothing to delete

    assert _amounts(client_id) == [900]

    stack.push(DeletePayment(taker, JournalEvents()))
    stack.undo()
    payments.delete(taker.id)  # gone again by a round, and its id to the next one
    third = payments.create(_invoice(client_id, 300))
    assert third.id == taker.id
    stack.redo()
    assert _amounts(client_id) == [300]


def test_edit_client_and_move_to_trash_after_the_client_was_purged_and_its_id_taken(qtbot, journal):
    clients.create(ClientData(name="Anna"))
    nora_id = clients.create(ClientData(name="Nora", company="Alt GmbH"))
    before = clients.get(nora_id)
    after = dataclasses.replace(before, company="Neu GmbH")
    stack = QUndoStack()
    stack.push(EditClient(before, after, "Edit client", JournalEvents()))
    stack.push(TrashClient(clients.get(nora_id), JournalEvents()))
    clients.empty_trash()  # emptied on another computer, brought by a round
    taker_id = clients.create(ClientData(name="Otto", company="Otto AG"))
    assert taker_id == nora_id

    stack.undo()  # Nora is gone: the undo of her move to the trash changes nothing
    stack.undo()  # and the undo of her edit does not write over Otto
    stack.redo()
    stack.redo()  # nor does the redo of her move to the trash trash Otto

    otto = clients.get(taker_id)
    assert (otto.name, otto.company, otto.deleted_at) == ("Otto", "Otto AG", None)


def test_redo_delete_note_after_a_round_gave_its_id_to_another_note(qtbot, journal):
    client_id = clients.create(ClientData(name="Nora"))
    note = notes.save(NoteData(client_id=client_id, body="deleted", created_at=utcnow()))
    stack = QUndoStack()
    stack.push(DeleteNote(notes.get(note.id), JournalEvents()))
    stack.undo()
    notes.delete(note.id)  # deleted on another computer, brought by a round
    taker = notes.save(NoteData(client_id=client_id, body="new", created_at=utcnow()))
    assert taker.id == note.id

    stack.redo()

    assert [n.body for n in notes.fetch(notes.ids_for_client(client_id)).values()] == ["new"]


def test_redo_delete_agreement_after_a_round_gave_its_id_to_another(qtbot, journal):
    client_id = clients.create(ClientData(name="Nora"))
    item = agreements.save(AgreementData(client_id=client_id, title="Preis"))
    stack = QUndoStack()
    stack.push(DeleteAgreement(item.id, item.title, JournalEvents()))
    stack.undo()
    agreements.delete(item.id)  # deleted on another computer, brought by a round
    taker = agreements.save(AgreementData(client_id=client_id, title="Termin"))
    assert taker.id == item.id

    stack.redo()

    assert [agreements.get(i).title for i in agreements.ids_for_client(client_id)] == ["Termin"]


def test_undo_discard_reply_after_it_was_purged_and_its_id_taken(qtbot, journal):
    client_id = clients.create(ClientData(name="Nora"))
    draft = drafts.save(DraftData(client_id=client_id, subject="Re", body="Nein."))
    stack = QUndoStack()
    stack.push(DiscardDraft(draft.id, JournalEvents()))
    drafts.delete_forever(draft.id)  # its trash emptied on another computer
    taker = drafts.save(DraftData(client_id=client_id, subject="Other", body="Ja."))
    assert taker.id == draft.id
    drafts.discard(taker.id)  # discarded there too

    stack.undo()  # the reply is gone: the other one stays in the trash

    assert drafts.get(taker.id).status.value == "discarded"


def test_undo_mark_sent_after_its_mail_note_was_deleted_and_put_back(qtbot, journal):
    """The e-mail note of a sent reply, deleted (the reply lets go of it) and put back by an
    undo under a new id: the undo of Mark as sent deletes it, as it would have before."""
    client_id = clients.create(ClientData(name="Nora"))
    draft = drafts.save(DraftData(client_id=client_id, subject="Re", body="Gern."))
    stack = QUndoStack()
    stack.push(MarkSent(draft.id, utcnow(), JournalEvents()))
    (mail_id,) = notes.ids_for_client(client_id)
    stack.push(DeleteNote(notes.get(mail_id), JournalEvents()))
    notes.save(NoteData(client_id=client_id, body="written after", created_at=utcnow()))

    stack.undo()  # the mail note back, under a new id
    stack.undo()  # the reply not sent after all: its mail note goes

    bodies = [n.body for n in notes.fetch(notes.ids_for_client(client_id)).values()]
    assert bodies == ["written after"]
    assert drafts.get(draft.id).status.value == "writing"


def test_a_step_whose_record_is_gone_says_so_in_the_status_bar(qtbot, window):
    client_id = clients.create(ClientData(name="Nora", company="Alt GmbH"))
    before = clients.get(client_id)
    after = dataclasses.replace(before, company="Neu GmbH")
    window.undo_stack.push(EditClient(before, after, "Edit client", window.events))
    clients.trash(client_id)
    clients.empty_trash()  # emptied on another computer, brought by a round

    window.undo_action.trigger()

    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "Could not undo “Edit client”: the record is no longer in the journal."
        ),
        timeout=2_000,
    )


def test_undo_discard_and_mark_sent_after_the_reply_changed_elsewhere_say_so(qtbot, window):
    """The reply is there, but no longer in the state the step left it in (restored from the
    trash, or unmarked, on another computer or by an import): the store refuses the step
    (DraftStateError), which raised inside the undo stack; now it changes nothing and says so."""
    client_id = clients.create(ClientData(name="Nora"))
    cases = [(DiscardDraft, drafts.restore), (MarkSent, drafts.unmark_sent)]
    for step, elsewhere in cases:
        draft = drafts.save(DraftData(client_id=client_id, subject="Re", body="Gern."))
        made = (
            step(draft.id, window.events)
            if step is DiscardDraft
            else step(draft.id, utcnow(), window.events)
        )
        window.undo_stack.push(made)
        elsewhere(draft.id)  # on another computer, or by an import
        said = f"Could not undo “{made.text()}”: it has changed since (on another computer or by an import)."

        window.undo_action.trigger()

        qtbot.waitUntil(
            lambda said=said: window.statusBar().currentMessage() == said, timeout=2_000
        )
        assert drafts.get(draft.id).status.value == "writing"


def test_undo_of_a_profile_entry_typed_during_an_import_puts_back_the_imported_value(
    qtbot, journal
):
    """The step of an entry typed while an import holds the journal is made from the entry
    as it was before the import and written after it (held28c): its undo put back that old
    value over the import's. It puts back what the entry held right before the step wrote."""
    client_id = clients.create(ClientData(name="Nora", profile={"phone": "111", "city": "Kiel"}))
    before = clients.get(client_id)
    after = dataclasses.replace(before, profile={**before.profile, "phone": "333"})
    step = EditClient(before, after, "Edit phone", JournalEvents(), merge_key="profile")
    imported = dataclasses.replace(before, profile={"phone": "222", "city": "Kiel"})
    clients.update(imported)  # the import writes while the typing waits
    stack = QUndoStack()
    stack.push(step)  # the held step written when the import ends
    assert clients.get(client_id).profile == {"phone": "333", "city": "Kiel"}

    stack.undo()

    assert clients.get(client_id).profile == {"phone": "222", "city": "Kiel"}
    stack.redo()
    assert clients.get(client_id).profile == {"phone": "333", "city": "Kiel"}
