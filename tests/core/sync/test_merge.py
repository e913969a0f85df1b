"""Per-field merge and note conflicts: the later clock wins; the conflicts a replica finds do
not depend on the order in which it heard of the edits."""

from __future__ import annotations

import itertools

from clientjournal.core.sync.clock import Clock
from clientjournal.core.sync.merge import canonical, conflict_uuid, losers, merge_field, same_value


def _apply(changes):
    fields, versions = {}, {}
    for value, stamp, base in changes:
        merge_field(fields, "body", value, stamp, base, versions)
    return fields["body"], losers(versions, fields["body"])


def test_later_clock_wins_whatever_the_order():
    a, b = Clock("aaaaaaaaaaaaaaaa"), Clock("bbbbbbbbbbbbbbbb")
    first = ("old", a.tick(1), None)
    second = ("new", b.tick(2), first[1])
    for order in ([first, second], [second, first]):
        body, found = _apply(order)
        assert body[0] == "new" and found == []


def test_concurrent_edits_keep_both_texts_and_every_order_agrees():
    laptop, desktop, tablet = (Clock(c * 16) for c in "abc")
    created = ("Start", laptop.tick(1), None)
    on_desktop = ("Desktop text", desktop.tick(5), created[1])
    on_tablet = ("Tablet text", tablet.tick(6), created[1])
    built_on = ("Laptop after desktop", laptop.tick(7), on_desktop[1])
    outcomes = set()
    for order in itertools.permutations([created, on_desktop, on_tablet, built_on]):
        body, found = _apply(order)
        outcomes.add((body[0], tuple(found)))
    assert outcomes == {("Laptop after desktop", ((on_tablet[1], "Tablet text"),))}


def test_same_clock_after_a_device_clash_picks_the_same_value_everywhere():
    stamp = Clock("aaaaaaaaaaaaaaaa").tick(1)
    results = set()
    for order in (["x", "y"], ["y", "x"]):
        fields: dict = {}
        for value in order:
            merge_field(fields, "name", value, stamp, None, None)
        results.add(fields["name"][0])
    assert results == {"y"}


def test_a_conflict_has_the_same_uuid_everywhere():
    stamp = Clock("aaaaaaaaaaaaaaaa").tick(1)
    assert conflict_uuid("n-1", stamp) == conflict_uuid("n-1", stamp)
    assert conflict_uuid("n-1", stamp) != conflict_uuid("n-2", stamp)


def test_the_same_edit_on_two_computers_is_no_conflict_in_any_order():
    """A journal imported on two computers (the same text, no base), one of them edited
    later, a third computer's own edit of the same start: only the really different text is
    a conflict, whichever order the versions arrive in."""
    laptop, desktop, tablet = (Clock(c * 16) for c in "abc")
    on_laptop = ("Imported", laptop.tick(1), None)
    on_desktop = ("Imported", desktop.tick(2), None)
    edited = ("Edited on the laptop", laptop.tick(5), on_desktop[1])
    outcomes = set()
    for order in itertools.permutations([on_laptop, on_desktop, edited]):
        body, found = _apply(order)
        outcomes.add((body[0], tuple(found)))
    assert outcomes == {("Edited on the laptop", ())}
    other = ("Imported, then changed", tablet.tick(3), None)
    outcomes = set()
    for order in itertools.permutations([on_laptop, on_desktop, edited, other]):
        body, found = _apply(order)
        outcomes.add((body[0], tuple(found)))
    assert outcomes == {("Edited on the laptop", ((other[1], "Imported, then changed"),))}


def test_same_value_agrees_with_the_canonical_text():
    """The shortcut for strings, integers, booleans and nulls must say what comparing their
    canonical JSON says, also where Python's == does not (1 == True == 1.0)."""
    values = [
        "", "a", "ä", "\ud800", "1", "true", "null", 0, 1, -1, 2**70, True, False, None,
        1.0, 0.0, -0.0, [1], [True], {"a": 1}, {"a": True}, ["a", None],
    ]  # fmt: skip
    for one, other in itertools.product(values, repeat=2):
        assert same_value(one, other) is (canonical(one) == canonical(other)), (one, other)


def test_the_same_value_under_the_same_clock_does_not_win():
    stamp = Clock("aaaaaaaaaaaaaaaa").tick(1)
    fields = {"name": ["Anna", stamp, None]}
    assert not merge_field(fields, "name", "Anna", stamp, None, None)
    assert fields["name"] == ["Anna", stamp, None]
    # 1 == True in Python, but not as JSON: the larger text wins, in either order
    results = set()
    for order in ([1, True], [True, 1]):
        fields = {}
        for value in order:
            merge_field(fields, "n", value, stamp, None, None)
        results.add(repr(fields["n"][0]))
    assert results == {"True"}
