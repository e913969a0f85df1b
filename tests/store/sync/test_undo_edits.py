"""The undo of a delete while another computer edited the record (sync-attack-20 finding 3).

The delete wins over the concurrent edit, and the edit is kept in the state; when the record
comes back by the undo, the edit must come back with it, never be overwritten silently by the
text this computer had when it deleted (the undo puts the deleted row back as it was, and
capturing it took that old text for a new edit built on the other computer's)."""

from __future__ import annotations

from clientjournal.store import notes, payments
from clientjournal.store.agreements import checklist
from tests.store.sync.replicas import AT, uid

CLIENT, NOTE, AGREEMENT, PAYMENT = uid("c-1"), uid("n-1"), uid("a-1"), uid("p-1")

ROWS = [
    ("INSERT INTO client (id, uuid, name, created_at, updated_at) VALUES (7, ?, 'Anna', ?, ?)",
     CLIENT),
    ("INSERT INTO note (id, uuid, client_id, created_at, updated_at, body) "
     "VALUES (3, ?, 7, ?, ?, 'Anruf: Angebot bis Freitag')", NOTE),
    ("INSERT INTO agreement (uuid, client_id, title, details, category, status, "
     "created_at, updated_at) VALUES (?, 7, 'Angebot', 'bis Freitag', 'scope', 'open', ?, ?)",
     AGREEMENT),
    ("INSERT INTO payment (uuid, client_id, number, amount_cents, currency, issued_on, due_on, "
     "note, created_at, updated_at) VALUES (?, 7, 'R-1', 1000, 'EUR', '2026-03-01', "
     "'2026-03-15', 'erste Rate', ?, ?)", PAYMENT),
]  # fmt: skip

LATER = "2026-03-05T05:06:07.123456Z"


def _synced(pair):
    laptop, desktop = pair
    for statement, uuid in ROWS:
        laptop.sql(statement, uuid, AT, AT)
    laptop.round()
    desktop.round()
    return laptop, desktop


def _row_id(replica, table: str, uuid: str) -> int:
    ((row_id,),) = replica.sql(f"SELECT id FROM {table} WHERE uuid = ?", uuid)
    return row_id


def test_the_undo_of_a_notes_delete_brings_back_the_others_edit(pair):
    laptop, desktop = _synced(pair)
    laptop.open()
    deleted = notes.delete(_row_id(laptop, "note", NOTE))  # as the window does, for its undo
    desktop.sql(
        "UPDATE note SET body = 'edited on the desktop', mood = 2, updated_at = ? "
        "WHERE uuid = ?", LATER, NOTE,
    )  # fmt: skip
    for replica in (laptop, desktop, laptop):
        replica.round()
    assert laptop.sql("SELECT uuid FROM note") == desktop.sql("SELECT uuid FROM note") == []
    laptop.open()
    notes.restore(deleted)
    for replica in (laptop, desktop, laptop):
        replica.round()
    for replica in (laptop, desktop):
        assert replica.sql("SELECT body, mood, updated_at FROM note WHERE uuid = ?", NOTE) == [
            ("edited on the desktop", 2, LATER)
        ]
        assert replica.conflicts() == []
    assert laptop.export() == desktop.export()


def test_an_edit_made_before_the_delete_and_the_others_edit_are_both_kept(pair):
    """The laptop's text changed just before its delete (no round in between): the undo
    brings that text back, concurrent to the desktop's edit, so both are kept."""
    laptop, desktop = _synced(pair)
    laptop.sql("UPDATE note SET body = 'edited on the laptop' WHERE uuid = ?", NOTE)
    laptop.open()
    deleted = notes.delete(_row_id(laptop, "note", NOTE))
    desktop.sql("UPDATE note SET body = 'edited on the desktop' WHERE uuid = ?", NOTE)
    for replica in (laptop, desktop, laptop):
        replica.round()
    laptop.open()
    notes.restore(deleted)
    for replica in (laptop, desktop, laptop):
        replica.round()
    texts = {"edited on the laptop", "edited on the desktop"}
    for replica in (laptop, desktop):
        ((body,),) = replica.sql("SELECT body FROM note WHERE uuid = ?", NOTE)
        conflicts = [conflict[2] for conflict in replica.conflicts()]
        assert {body, *conflicts} == texts and len(conflicts) == 1
    assert laptop.export() == desktop.export()


def test_the_undo_of_an_agreements_and_a_payments_delete_keeps_the_others_edits(pair):
    laptop, desktop = _synced(pair)
    laptop.open()
    agreement = checklist.delete(_row_id(laptop, "agreement", AGREEMENT))
    payment = payments.delete(_row_id(laptop, "payment", PAYMENT))
    desktop.sql("UPDATE agreement SET details = 'bis Montag', title = 'Angebot neu'")
    desktop.sql("UPDATE payment SET note = 'zweite Rate', amount_cents = 2000")
    for replica in (laptop, desktop, laptop):
        replica.round()
    assert desktop.sql("SELECT uuid FROM agreement UNION ALL SELECT uuid FROM payment") == []
    laptop.open()
    checklist.restore(*agreement)
    payments.restore(payment)
    for replica in (laptop, desktop, laptop):
        replica.round()
    for replica in (laptop, desktop):
        assert replica.sql("SELECT title, details FROM agreement") == [
            ("Angebot neu", "bis Montag")
        ]
        assert replica.sql("SELECT note, amount_cents FROM payment") == [("zweite Rate", 2000)]
    assert laptop.export() == desktop.export()


def test_an_undo_without_an_edit_elsewhere_and_a_later_edit_still_sync(pair):
    """Nothing changed elsewhere: the note comes back as it was; an edit after the undo is
    published as any edit."""
    laptop, desktop = _synced(pair)
    laptop.open()
    deleted = notes.delete(_row_id(laptop, "note", NOTE))
    laptop.round()
    desktop.round()
    laptop.open()
    notes.restore(deleted)
    laptop.round()
    desktop.round()
    assert desktop.sql("SELECT body FROM note") == [("Anruf: Angebot bis Freitag",)]
    laptop.sql("UPDATE note SET body = 'danach' WHERE uuid = ?", NOTE)
    laptop.round()
    desktop.round()
    assert desktop.sql("SELECT body FROM note") == [("danach",)]
    assert laptop.sql("SELECT key FROM sync_local WHERE key LIKE 'held/%'") == []
