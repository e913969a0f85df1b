"""A big snapshot's records are checked without being unpacked (``snapshots.check_snapshot``)
and unpacked when the scratch store gives them back (``spool.Spool.batches``): every line
``read_snapshot`` refuses is refused so too, with the same reason, and every record it takes
comes back from the scratch store as ``read_snapshot`` unpacks it."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from clientjournal.core.sync.format import FileProblem
from clientjournal.core.sync.snapshots import (
    SnapshotRecord,
    check_snapshot,
    read_snapshot,
    snapshot_line,
)
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.sync.receive import spool

A = "1796629509271-00000670-155a34d5666d432a"
B = "1796629509299-00000001-155a34d5666d432a"
C = "9996629509299-00000001-155a34d5666d432a"  # far ahead
CLIENT = "003396e6-3c17-48ca-88fc-cfce2a4b6d52"
NOTE = "000bfb56-0960-4f3b-b745-438a2e6a18f7"

STATES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "client",
        CLIENT,
        {
            "f": {
                "name": ["Malte Beck", 0, None],
                "email": ["malte@example.at", 0, None],
                "status": ["active", 0, None],
                "started_on": ["2024-12-19", 0, None],
                "cadence_days": [None, 0, None],
                "demo": [1, 0, None],
            },
            "c": [A],
        },
    ),
    (
        "client",
        CLIENT,
        {
            "f": {
                "name": ["Malte Beck", 1, 0],
                "status": ["active", 0, None],
                "merged_into": ["48cf4418-bc01-41f1-a03c-9ea9c90645db", 1, None],
            },
            "c": [A, B],
        },
    ),
    (
        "note",
        NOTE,
        {
            "f": {
                "created_at": ["2024-05-10T15:08:14.000000Z", 0, None],
                "kind": ["email", 0, None],
                "mood": [0, 0, None],
                "body": ["Lange Mail.", 1, 0],
                "client": [CLIENT, 0, None],
                "tags": [["vip", "neu"], 0, None],
            },
            "v": [[0, None, None], [1, 0, "Lange Mail."]],
            "c": [A, B],
        },
    ),
    (
        "note",
        NOTE,
        {
            "f": {"body": ["Kurz.", 0, None], "tags": [[], 0, None], "pinned": [0, 0, None]},
            "v": [[0, None, None]],
            "c": [A],
        },
    ),
]

BAD_VALUES: list[Any] = [
    None,
    0,
    -1,
    1.5,
    0.0,
    True,
    False,
    "",
    "x" * 300,
    "2026-13-45",
    "\x00",
    10**30,
    [],
    ["a"],
    [["a"]],
    [1, 2],
    {},
    {"a": 1},
]
BAD_INDEXES: list[Any] = [None, 0, 1, 2, -1, 0.0, 1.0, False, True, "0", [0], {}]


def _variants() -> list[tuple[str, str, Any]]:
    """The good states and many damaged ones: every field's value, clock and base replaced,
    every entry malformed, versions and clocks damaged."""
    found: list[tuple[str, str, Any]] = []
    for kind, uuid, good in STATES:
        found.append((kind, uuid, good))
        for name in good["f"]:
            for value in BAD_VALUES:
                state = copy.deepcopy(good)
                state["f"][name][0] = value
                found.append((kind, uuid, state))
            for place in (1, 2):
                for index in BAD_INDEXES:
                    state = copy.deepcopy(good)
                    state["f"][name][place] = index
                    found.append((kind, uuid, state))
            for entry in ("abc", {"a": 1, "b": 2, "c": 3}, [1, 0], [1, 0, None, 0], None, 5):
                state = copy.deepcopy(good)
                state["f"][name] = entry
                found.append((kind, uuid, state))
        for extra in ("unknown_field", "profile/more"):
            state = copy.deepcopy(good)
            state["f"][extra] = ["x", 0, None]
            found.append((kind, uuid, state))
        for clocks in (
            [],
            [C],
            ["nonsense"],
            [A, A],
            [A, B, B, A, B, A, B, A, B, A, B, A, B, A, B],
        ):
            state = copy.deepcopy(good)
            state["c"] = clocks
            found.append((kind, uuid, state))
        for versions in (
            "x",
            [[0, None, None, None]],
            [[0, None, 1.5]],
            [[0, None, 7]],
            [[5, None, None]],
            [[0, 5, None]],
            [[0.0, None, None]],
            [[None, None, None]],
            [[0, None, "a"], [0, None, "b"]],
        ):
            state = copy.deepcopy(good)
            state["v"] = versions
            found.append((kind, uuid, state))
        for key, value in (("x", 1), ("f", []), ("c", "A")):
            state = copy.deepcopy(good)
            state[key] = value
            found.append((kind, uuid, state))
    return found


def _outcome(read: Any, line: str) -> tuple[str, str] | list[Any]:
    try:
        return read([line], "2999999999999")
    except FileProblem as problem:
        return (problem.kind, str(problem))


@pytest.fixture
def journal(tmp_path):
    open_journal(tmp_path / "journal")
    try:
        yield
    finally:
        close_journal()


def test_a_line_is_refused_by_both_readers_alike_and_taken_the_same(journal, tmp_path):
    refused = taken = 0
    kept: list[SnapshotRecord] = []
    checked_lines = []
    for kind, uuid, state in _variants():
        for text in (json.dumps(state, separators=(",", ":")), json.dumps(state)):
            line = snapshot_line(kind, uuid, text)
            whole, checked = _outcome(read_snapshot, line), _outcome(check_snapshot, line)
            if isinstance(whole, tuple):
                assert checked == whole, line
                refused += 1
                continue
            taken += 1
            assert isinstance(checked, list) and len(checked) == 1
            assert checked[0] == (kind, uuid, text, state["f"]), line  # not unpacked
            kept += whole
            checked_lines += checked
    assert refused > 500 and taken > 20, (refused, taken)

    scratch = spool.Spool(tmp_path / "scratch")
    try:
        scratch.write(1, checked_lines)
        back = [record for batch in scratch.batches([1]) for record in batch]
    finally:
        scratch.close()
    order = sorted(range(len(kept)), key=lambda i: (kept[i].kind != "client", kept[i].uuid, i))
    assert back == [kept[i] for i in order]


def test_a_line_not_as_written_is_unpacked_when_checked():
    """A line whose state is not where ``snapshot_line`` puts it (another key order) is
    checked and unpacked at once, as before (its state is stored as ``pack`` writes it)."""
    _kind, uuid, state = STATES[2]
    line = json.dumps({"uuid": uuid, "kind": "note", "s": state})
    (whole,) = read_snapshot([line])
    (checked,) = check_snapshot([line])
    assert whole.packed_text is None and checked == whole


def test_a_lines_start_is_the_one_snapshot_line_writes_for_every_kind_and_record_id():
    """The reader builds a line's start from the kind and record id without dumping them
    (``_LINE_STARTS``): as ``snapshot_line`` writes it for every id ``check_target`` takes."""
    from clientjournal.core.sync.records import BY_NAME, SYNCED_SETTINGS
    from clientjournal.core.sync.snapshots import _LINE_STARTS

    for kind in BY_NAME:
        ids = SYNCED_SETTINGS if kind == "setting" else (CLIENT, NOTE)
        for uuid in ids:
            start = _LINE_STARTS[kind] + uuid + '","s":'
            assert start == snapshot_line(kind, uuid, "")
            line = snapshot_line(kind, uuid, '{"f":{},"c":[]}')
            assert read_snapshot([line])[0].packed_text == '{"f":{},"c":[]}'


def test_a_line_with_more_after_its_state_is_not_kept_as_its_text(journal, tmp_path):
    """A line whose state is followed by another key, or by a key again (the last one
    counts), was kept with that tail as its state's text: invalid JSON, which failed the
    round inside its transaction when read back from the scratch store (held: at the next
    load of the record).  Now its state is packed anew from what was checked."""
    kind, uuid, good = STATES[0]
    state = json.dumps(good, separators=(",", ":"))
    other = copy.deepcopy(good)
    other["f"]["name"][0] = "Someone Else"
    tails = [
        ',"x":1',
        ',"x":{"a":1}',
        f',"kind":"{kind}"',
        f',"uuid":"{uuid}"',
        ',"s":' + json.dumps(other, separators=(",", ":")),
        ' , "s" : ' + json.dumps(other),
        ',"s":' + json.dumps(other, separators=(",", ":")) + f',"kind":"{kind}"',
    ]
    lines = [snapshot_line(kind, uuid, state)[:-1] + tail + "}" for tail in tails]
    checked: list[Any] = []
    for line in lines:
        parsed = json.loads(line)
        try:
            (whole,) = read_snapshot([line])
        except FileProblem:
            continue  # refused as a whole: fine too
        assert whole.packed_text is None or json.loads(whole.packed_text) == parsed["s"], line
        (again,) = check_snapshot([line])
        assert again == whole, line  # unpacked at once, not kept as text
        checked.append(again)
    assert len(checked) >= 5
    scratch = spool.Spool(tmp_path / "scratch")
    try:
        scratch.write(1, checked)
        back = [record for batch in scratch.batches([1]) for record in batch]
    finally:
        scratch.close()
    assert [(r.fields, r.versions) for r in back] == [(r.fields, r.versions) for r in checked]
