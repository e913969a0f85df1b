"""Putting a deleted invoice back (the undo of Delete invoice, the redo of Add invoice) when
its id or its uuid is in use again (attack27c): SQLite gives a new row the highest id plus
one, so the newest invoice's id, once deleted, goes to the next invoice written (an import,
a sync round); the insert with the old id failed (UNIQUE constraint failed: payment.id)."""

from __future__ import annotations

import dataclasses
from datetime import date

from clientjournal.core.payments import PaymentData
from clientjournal.core.records import ClientData
from clientjournal.store import clients, payments


def _invoice(client_id: int, cents: int) -> PaymentData:
    day = date(2026, 12, 1)
    return PaymentData(client_id=client_id, amount_cents=cents, issued_on=day, due_on=day)


def test_an_invoice_whose_id_went_to_another_comes_back_under_a_new_one(journal):
    client_id = clients.create(ClientData(name="Nora"))
    deleted = payments.delete(payments.create(_invoice(client_id, 100)).id)
    newer = payments.create(_invoice(client_id, 200))
    assert newer.id == deleted.id

    back = payments.restore(deleted)

    assert back.id != deleted.id and dataclasses.replace(back, id=deleted.id) == deleted
    assert payments.get(newer.id).amount_cents == 200


def test_an_invoice_there_again_is_left_as_it_is(journal):
    client_id = clients.create(ClientData(name="Nora"))
    deleted = payments.delete(payments.create(_invoice(client_id, 100)).id)
    again = payments.restore(deleted)
    payments.update(dataclasses.replace(again, amount_cents=150))

    assert payments.restore(deleted).amount_cents == 150
    assert [p.id for p in payments.for_client(client_id)] == [again.id]
