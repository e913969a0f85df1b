"""attack24d: bbd169a's ``same_value`` (merge_field's wins, the capture, restored.py) against
the canonical JSON text it stands in for, over hostile values a sync file can carry: lone
surrogates, big integers, bool beside int, -0.0, NaN and infinities (json.loads takes them),
equal-looking Unicode, nesting.  A disagreement would change which value wins on one
computer only, or make the capture publish (or miss) a change."""

from __future__ import annotations

import itertools
import json
import math

from clientjournal.core.sync.merge import canonical, same_value, wins

POOL = [
    None, True, False, 0, 1, -1, 2, 2**53 + 1, 2**63, -(2**63), 2**64 + 1, 10**300,
    0.0, -0.0, 1.0, -1.0, 1e16, 2.0**53 + 1, 1e-320, math.inf, -math.inf, math.nan,
    "", "0", "1", "true", "null", "é", "e\u0301", "\ud800", "\udfff", "\ud83d\ude00", "😀",
    "\x00", "\u2028", "a\"b", "a\\b", "NaN",
    [], [1], [1.0], [True], [None], ["1"], [[1]], [-0.0], [0.0],
    {}, {"a": 1}, {"a": True}, {"a": 1.0}, {"b": 1, "a": 2}, {"a": 2, "b": 1}, {"a": [math.nan]},
]  # fmt: skip


def test_same_value_is_canonical_equality_over_hostile_values():
    wrong = [
        (one, other)
        for one, other in itertools.product(POOL, repeat=2)
        if same_value(one, other) is not (canonical(one) == canonical(other))
    ]
    assert not wrong, wrong


def test_values_read_back_from_a_file_compare_as_they_were_written():
    """A value as one computer holds it and as another reads it from the file (json.loads of
    the canonical text): the same, or the capture publishes it again on every round."""
    wrong = []
    for value in POOL:
        read = json.loads(canonical(value))
        if not same_value(value, read) or not same_value(read, value):
            wrong.append(value)
    assert not wrong, wrong


def test_under_one_clock_exactly_one_of_two_different_values_wins():
    """Two computers merging the same pair in either order pick the same winner: for two
    values with different texts exactly one replaces the other, for the same text neither."""
    clock = "0000018c2b3c4d5e-0001-00000000000000aa"
    wrong = []
    for one, other in itertools.product(POOL, repeat=2):
        forth = wins(one, clock, [other, clock, None])
        back = wins(other, clock, [one, clock, None])
        same = canonical(one) == canonical(other)
        if (same and (forth or back)) or (not same and forth == back):
            wrong.append((one, other, forth, back))
    assert not wrong, wrong
