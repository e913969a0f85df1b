"""Putting a deleted agreement back (the undo of Delete agreement) when its id, its
history's ids or its uuid are in use again (attack27c).

SQLite gives a new row the highest id plus one: the newest agreement's id and its history's
last ids, once deleted, go to the next rows written; any agreement's change writes a
history line.  The undo's insert with the old ids failed (UNIQUE agreement_event.id)."""

from __future__ import annotations

import dataclasses

from clientjournal.core.agreements.checklist import AgreementData, AgreementStatus
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements


def _shape(events) -> list[tuple]:
    return [(e.at, e.field, e.old, e.new, e.note, e.uuid) for e in events]


def test_an_agreement_whose_history_ids_went_to_another_comes_back_whole(journal):
    client_id = clients.create(ClientData(name="Nora"))
    other = agreements.save(AgreementData(client_id=client_id, title="Umfang"))
    item = agreements.set_status(
        agreements.save(AgreementData(client_id=client_id, title="Preis")).id,
        AgreementStatus.AGREED,
        "per Mail",
    )
    history = agreements.history(item.id)
    deleted, events = agreements.delete(item.id)
    agreements.set_status(other.id, AgreementStatus.AGREED)  # takes the freed line ids
    others = agreements.history(other.id)
    assert {e.id for e in others} & {e.id for e in events}

    back = agreements.restore(deleted, events)

    assert back == item.id
    assert agreements.get(back) == item
    assert _shape(agreements.history(back)) == _shape(history)
    assert agreements.history(other.id) == others


def test_an_agreement_whose_id_went_to_another_comes_back_under_a_new_one(journal):
    client_id = clients.create(ClientData(name="Nora"))
    agreements.save(AgreementData(client_id=client_id, title="Umfang"))
    item = agreements.save(AgreementData(client_id=client_id, title="Preis"))
    history = agreements.history(item.id)
    deleted, events = agreements.delete(item.id)
    newer = agreements.save(AgreementData(client_id=client_id, title="Termin"))
    assert newer.id == item.id

    back = agreements.restore(deleted, events)

    assert back != item.id
    assert dataclasses.replace(agreements.get(back), id=item.id) == item
    assert _shape(agreements.history(back)) == _shape(history)
    assert agreements.get(newer.id).title == "Termin"


def test_an_agreement_there_again_is_left_as_it_is(journal):
    client_id = clients.create(ClientData(name="Nora"))
    item = agreements.save(AgreementData(client_id=client_id, title="Preis"))
    deleted, events = agreements.delete(item.id)
    again = agreements.restore(deleted, events)  # brought back (as an import would)
    agreements.save(dataclasses.replace(agreements.get(again), title="Preis, neu"))

    assert agreements.restore(deleted, events) == again
    assert agreements.get(again).title == "Preis, neu"
    assert agreements.ids_for_client(client_id) == [again]
