"""A setting this version does not know (a later version's) is read, not refused: its key is
well-formed (``values.is_setting_key``) and its value text of bounded length.  A malformed key
is refused, saying it is not a setting's key; the settings this version knows keep their own
checks."""

from __future__ import annotations

import pytest

from clientjournal.core.sync import format as fmt
from clientjournal.core.sync import snapshots
from clientjournal.core.sync.clock import Clock
from clientjournal.core.sync.records import SYNCED_SETTINGS
from clientjournal.core.sync.values import MAX_SETTING_TEXT, acceptable, is_setting_key

DEVICE = "0123456789abcdef"
LATER = "reports/week_starts_on"
MALFORMED = [
    "Reports/Week", "../reports", "reports//week", "reports/../x", "reports/.hidden",
    "reports/", "/reports", "reports/week\n", "reports/wéek", 'reports/"x', "reports\\x",
    "reports/ week", "1reports", "a" * 101, "",
]  # fmt: skip


def _change_file(key: str, value: object) -> bytes:
    stamp = Clock(DEVICE).tick(1_000)
    line = fmt.Change("setting", key, "value", value, stamp, None).line()
    return fmt.encode(fmt.header(DEVICE, "Laptop", 1), [line])


def _snapshot_lines(key: str, value: object, two_clocks: bool = False) -> list[str]:
    clock = Clock(DEVICE)
    first = clock.tick(1_000)
    second = clock.tick(2_000) if two_clocks else first
    fields = {"value": [value, second, None], "_deleted": [False, first, None]}
    packed = fmt.dumps(snapshots.pack(fields, None))
    return [snapshots.snapshot_line("setting", key, packed)]


def test_setting_keys():
    for key in (*SYNCED_SETTINGS, LATER, "theme", "a/b.c-d_e/f1", "a" * 100):
        assert is_setting_key(key), key
    for key in MALFORMED:
        assert not is_setting_key(key), key


def test_a_change_file_with_a_later_setting_is_read():
    _head, changes = fmt.read_change_file(_change_file(LATER, "monday"))
    assert [(c.kind, c.uuid, c.value) for c in changes] == [("setting", LATER, "monday")]


@pytest.mark.parametrize("two_clocks", [False, True], ids=["one clock", "two clocks"])
def test_a_snapshot_with_a_later_setting_is_read(two_clocks):
    lines = _snapshot_lines(LATER, "monday", two_clocks)
    (record,) = snapshots.read_snapshot(lines)
    assert (record.kind, record.uuid, record.fields["value"][0]) == ("setting", LATER, "monday")
    (checked,) = snapshots.check_snapshot(lines)
    named = checked[:2] if isinstance(checked, tuple) else (checked.kind, checked.uuid)
    assert named == ("setting", LATER)


@pytest.mark.parametrize("key", MALFORMED)
def test_a_malformed_setting_key_is_refused_as_such(key):
    said = fmt.NOT_A_SETTING_KEY if key else "a change without a record id"
    with pytest.raises(fmt.FileProblem) as change_file:
        fmt.read_change_file(_change_file(key, "1"))
    assert str(change_file.value) == said
    for reader in (snapshots.read_snapshot, snapshots.check_snapshot):
        with pytest.raises(fmt.FileProblem) as snapshot:
            reader(_snapshot_lines(key, "1"))
        assert str(snapshot.value) == said


LATER_VALUES_REFUSED = [1, 1.5, True, None, "x" * (MAX_SETTING_TEXT + 1), ["a"], {"a": 1}]


@pytest.mark.parametrize("value", LATER_VALUES_REFUSED, ids=repr)
@pytest.mark.parametrize("two_clocks", [False, True], ids=["one clock", "two clocks"])
def test_a_later_setting_whose_value_is_not_bounded_text_is_refused(value, two_clocks):
    assert not acceptable("setting", "value", value, LATER)
    with pytest.raises(fmt.FileProblem):
        fmt.read_change_file(_change_file(LATER, value))
    for reader in (snapshots.read_snapshot, snapshots.check_snapshot):
        with pytest.raises(fmt.FileProblem):
            reader(_snapshot_lines(LATER, value, two_clocks))


def test_a_known_setting_keeps_its_own_check():
    assert acceptable("setting", "value", "x" * MAX_SETTING_TEXT, LATER)
    for key in SYNCED_SETTINGS:
        assert not acceptable("setting", "value", "monday", key)
        assert not acceptable("setting", "value", "monday")  # no key: as a known one
        with pytest.raises(fmt.FileProblem, match="cannot keep"):
            fmt.read_change_file(_change_file(key, "monday"))
        for reader in (snapshots.read_snapshot, snapshots.check_snapshot):
            with pytest.raises(fmt.FileProblem, match="cannot keep"):
                reader(_snapshot_lines(key, "monday"))
        assert snapshots.read_snapshot(_snapshot_lines(key, "7"))
