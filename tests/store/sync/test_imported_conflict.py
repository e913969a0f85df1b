"""A note's text an import brought while the window kept the user's typing (held28c):
kept beside the note as a conflict of this computer only, marked as the import's, resolved
as any other conflict, and a sync round neither fails on it nor sends it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clientjournal.store import sync
from clientjournal.store.exchange import conflicts as exchange_conflicts
from tests.store.sync.replicas import uid

NOTE = uid("n-1")
CLIENT = uid("c-1")
WHEN = datetime(2026, 3, 4, 6, 0, tzinfo=UTC)


@pytest.fixture
def typed_over_an_import(pair):
    """The laptop's note, its text the user's typing, the import's text kept beside it."""
    laptop, desktop = pair
    laptop.add_client(CLIENT, "A")
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "SELECT ?, id, created_at, updated_at, 'From the file' FROM client WHERE uuid = ?",
        NOTE, CLIENT,
    )  # fmt: skip
    (note_id,) = laptop.sql("SELECT id FROM note WHERE uuid = ?", NOTE)[0]
    laptop.open()
    assert exchange_conflicts.keep_imported(note_id, "From the file", WHEN)
    assert not exchange_conflicts.keep_imported(note_id, "From the file", WHEN)  # once
    laptop.sql("UPDATE note SET body = 'Typed here' WHERE id = ?", note_id)  # the held save
    return laptop, desktop, note_id


def test_it_is_a_conflict_marked_as_the_imports(typed_over_an_import):
    laptop, _desktop, note_id = typed_over_an_import
    laptop.open()
    (conflict,) = sync.note_conflicts([note_id])
    assert exchange_conflicts.imported([conflict.uuid, "other"]) == {conflict.uuid}
    assert not conflict.mine and not conflict.earlier
    assert (conflict.body, conflict.at, conflict.device_name) == ("From the file", WHEN, "")


def test_a_round_sends_the_note_and_not_the_conflict(typed_over_an_import):
    laptop, desktop, note_id = typed_over_an_import
    assert laptop.round().conflicts == 0
    desktop.round()
    assert desktop.sql("SELECT body FROM note WHERE uuid = ?", NOTE) == [("Typed here",)]
    assert desktop.sql("SELECT COUNT(*) FROM note_conflict") == [(0,)]
    laptop.round()
    laptop.open()
    assert [c.body for c in sync.note_conflicts([note_id])] == ["From the file"]  # still here


@pytest.mark.parametrize(
    ("keep", "bodies"),
    [
        ("mine", ["Typed here"]),
        ("theirs", ["From the file"]),
        ("both", ["From the file", "Typed here"]),
    ],
)
def test_each_choice_syncs_as_for_a_computers_conflict(typed_over_an_import, keep, bodies):
    laptop, desktop, note_id = typed_over_an_import
    laptop.round()
    laptop.open()
    (conflict,) = sync.note_conflicts([note_id])
    sync.resolve_conflict(conflict.uuid, keep)
    assert sync.note_conflicts([note_id]) == []
    laptop.round()
    desktop.round()
    assert sorted(body for (body,) in desktop.sql("SELECT body FROM note")) == bodies
    assert sorted(body for (body,) in laptop.sql("SELECT body FROM note")) == bodies
