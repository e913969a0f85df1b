"""The hybrid logical clock that orders every change in the sync folder.

A clock is text: ``WWWWWWWWWWWWW-CCCCCCCC-DEVICE`` (wall time in ms since 1970, thirteen digits;
a counter, eight digits; the device id).  Fixed widths make the text order the clock order, so
SQLite and Python compare clocks as strings, and the device id makes two clocks of different
devices never equal: the order is total.

A new clock is later than every clock this device has written or seen (the counter carries it
when the wall clock is behind).  That is what keeps one device whose clock is days ahead from
freezing the others: once they have seen its changes, their own edits are ordered after them,
whatever their wall clocks say.  Such a device is reported (``far_ahead``; only for clocks
that hold its own wall time, ``writers_own_time``, not the time it carries); a clock after
``MAX_WALL_MS`` is refused with its file (the round reads it so).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WALL_DIGITS = 13
COUNTER_DIGITS = 8
MAX_COUNTER = 10**COUNTER_DIGITS - 1
FAR_AHEAD_MS = 24 * 3600 * 1000  # a day: more than any time zone or a wrong-DST mistake
MAX_WALL_MS = 9_000_000_000_000
"""A clock after this (the year 2255) is not a wrong clock but a broken or hostile file: its
file is refused, never observed (observed, every later clock of every computer would follow
it, up to the end of what thirteen digits hold).  A clock only years ahead is taken, with a
warning: refusing it would cut that computer off for good, as its own clock never goes back."""

_CLOCK = re.compile(r"([0-9]{13})-([0-9]{8})-([0-9a-f]{8,64})")


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def text(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.device}"


def parse(text: str) -> Stamp:
    """The parts of a clock; ValueError for anything that is not one."""
    match = _CLOCK.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        raise ValueError("not a clock")
    return Stamp(int(match[1]), int(match[2]), match[3])


_HEX = "0123456789abcdef"


def is_clock(text: object) -> bool:
    """The shape of a clock, exactly what ``parse`` takes (checked for every clock of every
    file read, so no regex): ASCII digits only, a lower-case hex device.  ``isdigit`` alone
    also took a superscript 2, which ``parse`` then refused in the middle of every round on
    every computer, and other Unicode digits, whose text order is not their number's."""
    return (
        type(text) is str
        and 31 <= len(text) <= 87
        and text.isascii()
        and text[13] == "-"
        and text[22] == "-"
        and text[:13].isdigit()
        and text[14:22].isdigit()
        and not text[23:].strip(_HEX)
    )


def wall_ms(text: str) -> int:
    return int(text[:WALL_DIGITS])


def device_of(text: str) -> str:
    return text[WALL_DIGITS + COUNTER_DIGITS + 2 :]


class Clock:
    """This device's clock: ``tick`` for each change it makes, ``observe`` each one it reads."""

    def __init__(self, device: str, last: str | None = None) -> None:
        self.device = device
        self._wall = 0
        self._counter = 0
        if last:
            self.observe(last)

    def last(self) -> str:
        return f"{self._wall:013d}-{self._counter:08d}-{self.device}"

    def tick(self, now_ms: int) -> str:
        if now_ms > self._wall:
            self._wall, self._counter = now_ms, 0
        elif self._counter < MAX_COUNTER:
            self._counter += 1
        elif self._wall < 10**WALL_DIGITS - 1:  # 10⁸ changes in a millisecond of a clock ahead
            self._wall, self._counter = self._wall + 1, 0
        else:
            raise ValueError("the clock is at the end of its range")
        return self.last()

    def observe(self, text: str) -> None:
        stamp = parse(text)
        if (stamp.wall_ms, stamp.counter) > (self._wall, self._counter):
            self._wall, self._counter = stamp.wall_ms, stamp.counter


def writers_own_time(text: str) -> bool:
    """Whether a clock's wall time is its writer's wall clock when it made the change: a
    counter of 0.  ``tick`` carries the counter on whenever the wall clock is behind the
    newest clock seen, so a computer that has read another's clock of three days ahead
    writes that time with a counter above 0 (its own clock is right: it must not be blamed),
    while the computer whose clock is ahead writes its own time with a counter of 0."""
    return text[WALL_DIGITS + 1 : WALL_DIGITS + 1 + COUNTER_DIGITS] == "0" * COUNTER_DIGITS


def far_ahead(text: str, now_ms: int) -> int:
    """How many ms ``text`` is ahead of ``now_ms`` when that is more than a day, else 0."""
    ahead = wall_ms(text) - now_ms
    return ahead if ahead > FAR_AHEAD_MS else 0
