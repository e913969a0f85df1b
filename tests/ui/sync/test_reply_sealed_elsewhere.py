"""A reply being written here that the other computer discarded (attack-20c N4): what is
typed after the round that brought the discard is kept as a new draft of the client, not
lost to an uncaught error."""

from __future__ import annotations

from helpers import hold_rounds_at_the_lock, make_controller, plain_round, round_through

from clientjournal.core.cooling import DraftData, DraftStatus
from clientjournal.core.records import ClientData
from clientjournal.store import clients, drafts
from clientjournal.ui.replies.composer import ReplyComposer


def test_typing_into_a_reply_discarded_elsewhere_keeps_the_text(qtbot, computers):
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Müller"))
    draft = drafts.save(DraftData(client_id=client_id, subject="Re: Termin", body="Hallo Anna,"))
    plain_round(computers, "desk", "Desk")
    computers.use("laptop")
    plain_round(computers, "laptop", "Laptop")
    (theirs,) = [d for d in drafts.fetch(_all_draft_ids()).values() if d.uuid == draft.uuid]
    drafts.discard(theirs.id)
    plain_round(computers, "laptop")
    computers.use("desk")
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.show_draft(drafts.get(draft.id), clients.get(client_id))
    _context, controller = make_controller(qtbot, computers)
    round_through(qtbot, controller)  # brings the discard
    composer.body.setPlainText("Hallo Anna, typed after the round")
    composer.flush()  # raised DraftStateError, and the text was gone
    bodies = {d.body: DraftStatus(d.status) for d in drafts.fetch(_all_draft_ids()).values()}
    assert bodies == {
        "Hallo Anna,": DraftStatus.DISCARDED,
        "Hallo Anna, typed after the round": DraftStatus.WRITING,
    }


def _all_draft_ids() -> list[int]:
    from clientjournal.store.models import database

    return [row[0] for row in database.execute_sql("SELECT id FROM draft").fetchall()]


def test_the_reply_discarded_elsewhere_goes_on_as_a_new_draft_in_the_pane(
    qtbot, computers, monkeypatch
):
    """attack-20c N4b: after the round that brought the discard, the composer was empty, and
    what was typed in the round's last moment and after it was lost."""

    from helpers import make_controller

    from clientjournal.ui.replies.pane import ReplyPane

    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Müller"))
    draft = drafts.save(DraftData(client_id=client_id, subject="Re: Termin", body="Hallo Anna,"))
    plain_round(computers, "desk", "Desk")
    computers.use("laptop")
    plain_round(computers, "laptop", "Laptop")
    (theirs,) = [d for d in drafts.fetch(_all_draft_ids()).values() if d.uuid == draft.uuid]
    drafts.discard(theirs.id)
    plain_round(computers, "laptop")
    computers.use("desk")
    context, controller = make_controller(qtbot, computers)
    pane = ReplyPane(context)
    qtbot.addWidget(pane)
    pane.show_client(client_id)
    composer = pane.composer
    assert composer.draft is not None and composer.draft.id == draft.id
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    composer.body.setPlainText("Hallo Anna, typed during the round")
    composer.flush()  # as leaving the field does: held for the round
    composer.body.setPlainText("Hallo Anna, typed during the round, to the end")
    cursor = composer.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    composer.body.setTextCursor(cursor)  # typing at the end
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert composer.draft is not None and composer.draft.id != draft.id  # the new draft
    assert composer.body.toPlainText() == "Hallo Anna, typed during the round, to the end"
    composer.body.insertPlainText(" and after")  # where the cursor is: still at the end
    composer.flush()
    bodies = {d.body: DraftStatus(d.status) for d in drafts.fetch(_all_draft_ids()).values()}
    assert bodies == {
        "Hallo Anna,": DraftStatus.DISCARDED,
        "Hallo Anna, typed during the round, to the end and after": DraftStatus.WRITING,
    }
