"""The hybrid logical clock: text order is time order, never backwards, a clock far ahead is
followed (not refused) and reported."""

from __future__ import annotations

from clientjournal.core.sync import clock as hlc
from clientjournal.core.sync.clock import Clock, writers_own_time

DAY = 86_400_000


def test_clocks_order_as_text_and_each_tick_is_later():
    clock = Clock("aaaaaaaaaaaaaaaa")
    stamps = [clock.tick(1_000), clock.tick(999), clock.tick(999), clock.tick(2_000)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert hlc.parse(stamps[1]) == hlc.Stamp(1_000, 1, "aaaaaaaaaaaaaaaa")
    assert hlc.wall_ms(stamps[3]) == 2_000 and hlc.device_of(stamps[3]) == "aaaaaaaaaaaaaaaa"


def test_two_devices_never_tie():
    a, b = Clock("aaaaaaaaaaaaaaaa"), Clock("bbbbbbbbbbbbbbbb")
    assert a.tick(5) != b.tick(5) and a.tick(6) < b.tick(6)


def test_a_clock_days_ahead_is_followed_so_later_edits_still_win():
    now = 1_800_000_000_000
    ahead = Clock("bbbbbbbbbbbbbbbb").tick(now + 3 * DAY)
    assert hlc.far_ahead(ahead, now) == 3 * DAY
    assert hlc.far_ahead(Clock("c" * 16).tick(now + 1000), now) == 0
    mine = Clock("aaaaaaaaaaaaaaaa")
    mine.observe(ahead)
    assert mine.tick(now) > ahead  # an edit made after seeing it is ordered after it


def test_a_clock_is_restored_from_its_text():
    clock = Clock("aaaaaaaaaaaaaaaa")
    last = clock.tick(42)
    assert Clock("aaaaaaaaaaaaaaaa", last).tick(1) > last


def test_only_clocks_look_like_clocks():
    good = Clock("0123456789abcdef").tick(1)
    assert hlc.is_clock(good)
    for bad in ("", "x" * 40, good.replace("-", "+"), 17, None, good[:20], "١" * 13 + good[13:]):
        assert not hlc.is_clock(bad), bad


def test_a_carried_time_is_not_the_writers_own():
    """A computer that read a clock days ahead writes that time with its counter going on;
    only the computer whose clock is ahead writes it with a counter of 0 (finding 4)."""
    ahead = Clock("bbbbbbbbbbbbbbbb")
    far = ahead.tick(1_000_000_000_000 + 3 * 86_400_000)
    assert writers_own_time(far)
    right = Clock("aaaaaaaaaaaaaaaa")
    right.observe(far)
    carried = right.tick(1_000_000_000_000)
    assert carried > far and not writers_own_time(carried)
    assert writers_own_time(right.tick(1_000_000_000_000 + 4 * 86_400_000))


def test_a_clock_is_what_parse_takes_and_nothing_else():
    """Sync-attack-20 finding 5: ``isdigit`` took a superscript 2 in the counter, which
    ``parse`` then refused in the middle of every round; other Unicode digits were taken and
    their text order is not their number's."""
    good = "1796545843520-00000003-feedfacefeedface"
    assert hlc.is_clock(good) and hlc.parse(good).counter == 3
    bad = [
        "1796545843520-0000000²-feedfacefeedface",
        "1796545843520-0000000٣-feedfacefeedface",
        "1796545843520-000000０1-feedfacefeedface",
        "179654584352٠-00000003-feedfacefeedface",
        "1796545843520-00000003-FEEDFACEFEEDFACE",
        "1796545843520-00000003-feedfacefeedfacé",
        "1796545843520-00000003-feedfacefeedfacg",
        "1796545843520-00000003-feedfacefeedface\n",
    ]
    for text in bad:
        assert not hlc.is_clock(text), text
        try:
            hlc.parse(text)
        except ValueError:
            continue
        raise AssertionError(f"parse took {text!r}")
