"""Merging duplicate clients while the other computer still writes to the one merged away
(sync-attack finding 19)."""

from __future__ import annotations

import pytest

from clientjournal.store import sync

AT = "2026-03-04T05:06:07.123456Z"
LATER = "2026-03-05T05:06:07.123456Z"


@pytest.mark.xfail(reason="finding 19", strict=True)
def test_a_note_written_meanwhile_follows_the_merge(pair):
    laptop, desktop = pair
    for replica, uuid, at in ((laptop, "c-a", AT), (desktop, "c-b", LATER)):
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
        "SELECT 'n-b', id, ?, ?, 'written on the desk meanwhile' FROM client WHERE uuid = 'c-b'",
        LATER, LATER,
    )  # fmt: skip
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    query = (
        "SELECT c.uuid FROM note n JOIN client c ON c.id = n.client_id "
        "WHERE n.uuid = 'n-b' AND c.deleted_at IS NULL"
    )
    assert laptop.sql(query) == desktop.sql(query) == [("c-a",)]
