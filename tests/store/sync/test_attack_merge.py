"""Merging duplicate clients while the other computer still writes to the one merged away
(sync-attack finding 19)."""

from __future__ import annotations

from clientjournal.store import sync
from tests.store.sync.replicas import uid

AT = "2026-03-04T05:06:07.123456Z"
LATER = "2026-03-05T05:06:07.123456Z"
C_A, C_B, N_B = uid("c-a"), uid("c-b"), uid("n-b")


def test_a_note_written_meanwhile_follows_the_merge(pair):
    laptop, desktop = pair
    for replica, uuid, at in (
        (laptop, "00000000-0000-0000-0000-000000632d61", AT),
        (desktop, "00000000-0000-0000-0000-000000632d62", LATER),
    ):
        replica.sql(
            "INSERT INTO client (uuid, name, email, created_at, updated_at) "
            "VALUES (?, 'Anna Berg', 'anna@example.org', ?, ?)",
            uuid, at, at,
        )  # fmt: skip
    laptop.round()
    desktop.round()
    laptop.round()
    laptop.open()
    (pair_found,) = sync.duplicate_clients()
    sync.merge_clients(pair_found.keep_id, pair_found.other_id)
    desktop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT '00000000-0000-0000-0000-0000006e2d62', id, ?, ?, 'written on the desk meanwhile' FROM client WHERE uuid = '00000000-0000-0000-0000-000000632d62'",
        LATER, LATER,
    )  # fmt: skip
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    query = (
        "SELECT c.uuid FROM note n JOIN client c ON c.id = n.client_id "
        "WHERE n.uuid = '00000000-0000-0000-0000-0000006e2d62' AND c.deleted_at IS NULL"
    )
    assert laptop.sql(query) == desktop.sql(query) == [("00000000-0000-0000-0000-000000632d61",)]


def test_after_the_undo_of_the_merge_the_note_is_back_with_its_client(pair):
    laptop, desktop = pair
    for replica, uuid, at in ((laptop, C_A, AT), (desktop, C_B, LATER)):
        replica.sql(
            "INSERT INTO client (uuid, name, email, created_at, updated_at) "
            "VALUES (?, 'Anna Berg', 'anna@example.org', ?, ?)",
            uuid, at, at,
        )  # fmt: skip
    for replica in (laptop, desktop, laptop):
        replica.round()
    laptop.open()
    (found,) = sync.duplicate_clients()
    undo = sync.merge_clients(found.keep_id, found.other_id)
    desktop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, ?, ?, 'written on the desk meanwhile' FROM client WHERE uuid = ?",
        N_B, LATER, LATER, C_B,
    )  # fmt: skip
    query = (
        "SELECT c.uuid, c.deleted_at IS NULL FROM note n JOIN client c ON c.id = n.client_id "
        "WHERE n.uuid = ?"
    )
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    assert laptop.sql(query, N_B) == desktop.sql(query, N_B) == [(C_A, 1)]
    laptop.open()
    sync.unmerge_clients(undo)
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    assert laptop.sql(query, N_B) == desktop.sql(query, N_B) == [(C_B, 1)]
    assert laptop.export() == desktop.export()


def test_a_merged_client_restored_from_the_trash_gets_its_new_notes_again(pair):
    """Without the undo: what the merge moved stays with the kept client; what is written
    for the restored client afterwards (or was meanwhile) is its own again, on both sides."""
    laptop, desktop = pair
    for replica, uuid, at in ((laptop, C_A, AT), (desktop, C_B, LATER)):
        replica.sql(
            "INSERT INTO client (uuid, name, email, created_at, updated_at) "
            "VALUES (?, 'Anna Berg', 'anna@example.org', ?, ?)",
            uuid, at, at,
        )  # fmt: skip
    for replica in (laptop, desktop, laptop):
        replica.round()
    laptop.open()
    (found,) = sync.duplicate_clients()
    sync.merge_clients(found.keep_id, found.other_id)
    desktop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, ?, ?, 'written on the desk meanwhile' FROM client WHERE uuid = ?",
        N_B, LATER, LATER, C_B,
    )  # fmt: skip
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    laptop.sql("UPDATE client SET deleted_at = NULL WHERE uuid = ?", C_B)  # from the trash
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    query = "SELECT c.uuid FROM note n JOIN client c ON c.id = n.client_id WHERE n.uuid = ?"
    assert laptop.sql(query, N_B) == desktop.sql(query, N_B) == [(C_B,)]
    assert laptop.export() == desktop.export()


def test_the_undo_of_the_merge_puts_a_note_written_meanwhile_back_at_once(pair):
    """attack-20b finding 4: after the undo the note written on the other computer for the
    merged client stayed under the kept one until the next round; edited there in that time,
    it was filed under the kept client on every computer for good."""
    laptop, desktop = pair
    for replica, uuid, at in ((laptop, C_A, AT), (desktop, C_B, LATER)):
        replica.sql(
            "INSERT INTO client (uuid, name, email, created_at, updated_at) "
            "VALUES (?, 'Anna Berg', 'anna@example.org', ?, ?)",
            uuid, at, at,
        )  # fmt: skip
    for replica in (laptop, desktop, laptop):
        replica.round()
    laptop.open()
    (found,) = sync.duplicate_clients()
    undo = sync.merge_clients(found.keep_id, found.other_id)
    desktop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, ?, ?, 'written on the desk meanwhile' FROM client WHERE uuid = ?",
        N_B, LATER, LATER, C_B,
    )  # fmt: skip
    query = (
        "SELECT c.uuid, c.deleted_at IS NULL FROM note n JOIN client c ON c.id = n.client_id "
        "WHERE n.uuid = ?"
    )
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    assert laptop.sql(query, N_B) == [(C_A, 1)]
    laptop.open()
    sync.unmerge_clients(undo)
    assert laptop.sql(query, N_B) == [(C_B, 1)]  # at once, not at the next round
    laptop.sql("UPDATE note SET body = body || ' EDITED' WHERE uuid = ?", N_B)
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    assert laptop.sql(query, N_B) == desktop.sql(query, N_B) == [(C_B, 1)]
    assert laptop.export() == desktop.export()
