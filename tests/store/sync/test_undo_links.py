"""A delete empties the optional references to the record (ON DELETE SET NULL: an agreement's
source note, a draft's sent note, a payment's project); the undo of the delete must bring
those links back on every computer, whether it comes in the same round or a later one."""

from __future__ import annotations

import pytest

from clientjournal.store import notes
from tests.store.sync.replicas import AT, uid

CLIENT, NOTE, AGREEMENT, DRAFT = uid("c-1"), uid("n-1"), uid("a-1"), uid("d-1")

ROWS = [
    ("INSERT INTO client (id, uuid, name, created_at, updated_at) VALUES (7, ?, 'Anna', ?, ?)",
     CLIENT),
    ("INSERT INTO note (id, uuid, client_id, created_at, updated_at, body) "
     "VALUES (3, ?, 7, ?, ?, 'Anruf: Angebot bis Freitag')", NOTE),
    ("INSERT INTO agreement (uuid, client_id, title, category, status, source_note_id, "
     "created_at, updated_at) VALUES (?, 7, 'Angebot', 'scope', 'open', 3, ?, ?)", AGREEMENT),
    ("INSERT INTO draft (uuid, client_id, body, status, sent_note_id, created_at, updated_at) "
     "VALUES (?, 7, 'Danke', 'sent', 3, ?, ?)", DRAFT),
]  # fmt: skip

LINKS = (
    "SELECT a.uuid, n.uuid FROM agreement a LEFT JOIN note n ON n.id = a.source_note_id "
    "UNION ALL SELECT d.uuid, n.uuid FROM draft d LEFT JOIN note n ON n.id = d.sent_note_id"
)
LINKED = [(AGREEMENT, NOTE), (DRAFT, NOTE)]


@pytest.mark.parametrize("undo_at", ["same round", "next round"])
def test_the_undo_of_a_delete_brings_the_links_back_everywhere(pair, undo_at):
    laptop, desktop = pair
    for statement, uuid in ROWS:
        laptop.sql(statement, uuid, AT, AT)
    laptop.round()
    desktop.round()
    assert sorted(desktop.sql(LINKS)) == LINKED
    ((note_id,),) = laptop.sql("SELECT id FROM note WHERE uuid = ?", NOTE)
    deleted = notes.delete(note_id)  # as the window deletes a note, keeping it for the undo
    if undo_at == "next round":
        laptop.round()
        desktop.round()
        assert sorted(desktop.sql(LINKS)) == [(AGREEMENT, None), (DRAFT, None)]
    laptop.open()
    notes.restore(deleted)
    for replica in (laptop, desktop, laptop):
        replica.round()
    assert sorted(laptop.sql(LINKS)) == LINKED
    assert sorted(desktop.sql(LINKS)) == LINKED
    assert laptop.export() == desktop.export()


def test_a_link_cleared_by_hand_stays_cleared(pair):
    laptop, desktop = pair
    for statement, uuid in ROWS:
        laptop.sql(statement, uuid, AT, AT)
    laptop.round()
    desktop.round()
    laptop.sql("UPDATE agreement SET source_note_id = NULL")
    for replica in (laptop, desktop, laptop):
        replica.round()
    expected = [(AGREEMENT, None), (DRAFT, NOTE)]
    assert sorted(laptop.sql(LINKS)) == sorted(desktop.sql(LINKS)) == expected
