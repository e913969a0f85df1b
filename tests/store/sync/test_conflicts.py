"""A note edited on two computers at once: both texts kept (the other one as a conflict both
computers find), resolving it syncs, and its undo brings it back everywhere."""

from __future__ import annotations

import pytest

from clientjournal.store import sync

AT = "2026-03-04T05:06:07.123456Z"


@pytest.fixture
def conflicted(pair):
    laptop, desktop = pair
    laptop.sql(
        "INSERT INTO client (id, uuid, name, created_at, updated_at) VALUES (1, '00000000-0000-0000-0000-000000632d31', 'A', ?, ?)",
        AT, AT,
    )  # fmt: skip
    laptop.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "VALUES ('00000000-0000-0000-0000-0000006e2d31', 1, ?, ?, 'Start')",
        AT, AT,
    )  # fmt: skip
    laptop.round()
    desktop.round()
    laptop.sql("UPDATE note SET body = 'Laptop text'")
    desktop.sql("UPDATE note SET body = 'Desktop text'")
    first = laptop.round()
    second = desktop.round()
    third = laptop.round()
    assert first.conflicts == 0 and second.conflicts + third.conflicts == 2
    return laptop, desktop


def open_conflicts(replica):
    replica.open()
    (note_id,) = replica.sql(
        "SELECT id FROM note WHERE uuid = '00000000-0000-0000-0000-0000006e2d31'"
    )[0]
    return note_id, sync.note_conflicts([note_id])


def test_both_computers_keep_both_texts(conflicted):
    laptop, desktop = conflicted
    bodies = []
    for replica in (laptop, desktop):
        note_id, conflicts = open_conflicts(replica)
        (conflict,) = conflicts
        (body,) = replica.sql("SELECT body FROM note WHERE id = ?", note_id)[0]
        bodies.append((body, conflict.body, conflict.uuid))
        assert {body, conflict.body} == {"Laptop text", "Desktop text"}
        assert sync.conflicted_note_ids(_client(replica)) == {note_id}
        assert conflict.note_id == note_id and conflict.device_name and conflict.at.tzinfo
    assert bodies[0] == bodies[1]  # the same winner, the same conflict, on both


def _client(replica) -> int:
    return replica.sql("SELECT id FROM client WHERE uuid = '00000000-0000-0000-0000-000000632d31'")[
        0
    ][0]


@pytest.mark.parametrize("keep", ["mine", "theirs", "both"])
def test_resolving_syncs_and_undo_brings_it_back(conflicted, keep):
    laptop, desktop = conflicted
    note_id, (conflict,) = open_conflicts(desktop)
    (before,) = desktop.sql("SELECT body FROM note WHERE id = ?", note_id)[0]
    sync.resolve_conflict(conflict.uuid, keep)
    assert sync.note_conflicts([note_id]) == []
    expected = {
        "mine": [before],
        "theirs": [conflict.body],
        "both": sorted([before, conflict.body]),
    }[keep]
    assert sorted(body for (body,) in desktop.sql("SELECT body FROM note")) == sorted(expected)
    desktop.round()
    laptop.round()
    assert open_conflicts(laptop)[1] == []
    assert laptop.export() == desktop.export()
    # the undo, on the desktop: the conflict is open again, everywhere
    desktop.open()
    sync.restore_conflict(conflict, before)
    assert [c.uuid for c in sync.note_conflicts([note_id])] == [conflict.uuid]
    desktop.round()
    laptop.round()
    assert [c.uuid for c in open_conflicts(laptop)[1]] == [conflict.uuid]
    assert laptop.export() == desktop.export()
    assert laptop.conflicts() == desktop.conflicts()


def _same_note(replica, body: str) -> None:
    replica.sql(
        "INSERT INTO client (id, uuid, name, phone, created_at, updated_at) "
        "VALUES (1, '00000000-0000-0000-0000-000000632d31', 'A', '0401', ?, ?)",
        AT, AT,
    )  # fmt: skip
    replica.sql(
        "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
        "VALUES ('00000000-0000-0000-0000-0000006e2d31', 1, ?, ?, ?)",
        AT, AT, body,
    )  # fmt: skip


def test_equal_texts_written_apart_are_no_conflict_then_or_after_an_edit(pair):
    """The same journal imported on both computers, each publishing before it saw the other:
    equal values agree, so no field and no note body becomes a conflict, not even once the
    body is edited on one of them."""
    laptop, desktop = pair
    _same_note(laptop, "Imported text")
    _same_note(desktop, "Imported text")
    results = [laptop.round(), desktop.round(), laptop.round(), desktop.round()]
    assert [r.conflicts for r in results] == [0, 0, 0, 0]
    desktop.sql("UPDATE note SET body = 'Edited on the desktop'")
    results = [desktop.round(), laptop.round(), desktop.round()]
    assert [r.conflicts for r in results] == [0, 0, 0]
    for replica in (laptop, desktop):
        note_id, conflicts = open_conflicts(replica)
        assert conflicts == []
        assert replica.sql("SELECT body FROM note WHERE id = ?", note_id) == [
            ("Edited on the desktop",)
        ]
        assert replica.sql("SELECT phone FROM client") == [("0401",)]


def _texts(replica) -> tuple[set[str], list[str]]:
    _note_id, conflicts = open_conflicts(replica)
    bodies = {body for (body,) in replica.sql("SELECT body FROM note")}
    return bodies, sorted(c.body for c in conflicts)


@pytest.mark.parametrize(
    ("on_desktop", "on_laptop"),
    [
        ("mine", "theirs"),
        ("theirs", "mine"),
        ("mine", "mine"),
        ("theirs", "theirs"),
        ("both", "theirs"),
        ("mine", "both"),
    ],
)
def test_two_computers_choosing_apart_lose_neither_choice(conflicted, on_desktop, on_laptop):
    """attack-20b finding 11: both computers resolve the same conflict before either saw the
    other's choice.  A choice that kept the note's text published nothing, so the other
    choice won alone and the text one user chose to keep was gone everywhere.  Now two
    different choices meet as a new conflict (the same on both); the same choice agrees."""
    laptop, desktop = conflicted
    chosen = []
    for replica, keep in ((desktop, on_desktop), (laptop, on_laptop)):
        note_id, (conflict,) = open_conflicts(replica)
        (body,) = replica.sql("SELECT body FROM note WHERE id = ?", note_id)[0]
        chosen.append(
            {"mine": {body}, "theirs": {conflict.body}, "both": {body, conflict.body}}[keep]
        )
        sync.resolve_conflict(conflict.uuid, keep)
    for replica in (desktop, laptop, desktop, laptop):
        replica.round()
    desktop_texts, laptop_texts = _texts(desktop), _texts(laptop)
    assert desktop_texts == laptop_texts
    assert laptop.export() == desktop.export()
    bodies, conflicts = desktop_texts
    for texts in chosen:
        assert texts <= bodies | set(conflicts)  # every text a user chose to keep is there
    if chosen[0] == chosen[1] and len(chosen[0]) == 1:
        assert (bodies, conflicts) == (chosen[0], [])  # the same choice: agreed, no conflict


def test_undo_of_keep_both_after_a_round_keeps_the_other_computers_edit(conflicted):
    """attack-20b finding 12: "keep both", a round, the other computer edits the kept copy,
    then Ctrl+Z here: the undo deleted the copy with that edit, everywhere, and the conflict
    it opened again showed on this computer only."""
    laptop, desktop = conflicted
    note_id, (conflict,) = open_conflicts(desktop)
    (before,) = desktop.sql("SELECT body FROM note WHERE id = ?", note_id)[0]
    sync.resolve_conflict(conflict.uuid, "both")
    desktop.round()
    laptop.round()
    copy = laptop.sql("SELECT uuid FROM note WHERE body = ?", conflict.body)
    assert len(copy) == 1
    laptop.sql("UPDATE note SET body = body || ' +laptop edit' WHERE uuid = ?", copy[0][0])
    laptop.round()
    desktop.round()
    desktop.open()
    sync.restore_conflict(conflict, before)  # Ctrl+Z of "keep both" on the desktop
    for replica in (desktop, laptop, desktop, laptop):
        replica.round()
    assert laptop.export() == desktop.export()
    assert laptop.conflicts() == desktop.conflicts()
    for replica in (desktop, laptop):
        bodies, conflicts = _texts(replica)
        assert conflict.body + " +laptop edit" in bodies | set(conflicts)
        assert conflicts == [conflict.body]  # open again, on both


def test_undo_of_a_choice_reopens_the_conflict_where_it_was_never_shown(pair):
    """attack-20b finding 12, second half: the laptop received the edit, the choice ("keep
    both") and later its undo without ever having shown the conflict; the conflict opened
    again by the undo showed on the desktop only."""
    laptop, desktop = pair
    _same_note(laptop, "Start")
    laptop.round()
    desktop.round()
    laptop.sql("UPDATE note SET body = 'Laptop text'")
    desktop.sql("UPDATE note SET body = 'Desktop text'")
    laptop.round()
    desktop.round()  # the desktop shows the conflict; the laptop has not seen it
    note_id, (conflict,) = open_conflicts(desktop)
    (before,) = desktop.sql("SELECT body FROM note WHERE id = ?", note_id)[0]
    sync.resolve_conflict(conflict.uuid, "both")
    desktop.round()
    laptop.round()
    assert open_conflicts(laptop)[1] == []
    desktop.open()
    sync.restore_conflict(conflict, before)
    desktop.round()
    laptop.round()
    assert [c.uuid for c in open_conflicts(laptop)[1]] == [conflict.uuid]
    assert laptop.conflicts() == desktop.conflicts()
