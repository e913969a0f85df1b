"""A reply being written here that the other computer discarded (attack-20c N4): what is
typed after the round that brought the discard is kept as a new draft of the client, not
lost to an uncaught error."""

from __future__ import annotations

from helpers import make_controller, plain_round, round_through

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
