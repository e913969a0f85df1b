"""An agreement open in the editor that the other computer deleted (attack-20c N3,
agreements): typing after the round that brought the delete raised an uncaught KeyError at
every autosave and the text was lost; it is kept as a new agreement of the client."""

from __future__ import annotations

from helpers import make_controller, plain_round, round_through

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.models import database
from clientjournal.ui.agreements.editor import AgreementEditor


def _agreement_uuids() -> dict[str, str]:
    rows = database.execute_sql("SELECT uuid, details FROM agreement").fetchall()
    return dict(rows)


def test_typing_into_an_agreement_deleted_elsewhere_keeps_the_text(qtbot, computers):
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Müller"))
    item = agreements.save(AgreementData(client_id=client_id, title="Anzahlung"))
    plain_round(computers, "desk", "Desk")
    computers.use("laptop")
    plain_round(computers, "laptop", "Laptop")
    (theirs,) = database.execute_sql("SELECT id FROM agreement").fetchall()
    agreements.delete(theirs[0])
    plain_round(computers, "laptop")
    computers.use("desk")
    editor = AgreementEditor()
    qtbot.addWidget(editor)
    editor.show_item(agreements.get(item.id))
    _context, controller = make_controller(qtbot, computers)
    round_through(qtbot, controller)  # brings the delete
    editor.details.setPlainText("30 % vor Beginn")
    editor.save()  # raised KeyError
    kept = _agreement_uuids()
    assert list(kept.values()) == ["30 % vor Beginn"]
    assert item.uuid not in kept  # a new agreement, not the deleted one back
