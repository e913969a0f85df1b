"""Ups and downs of a relationship: the moods of its notes over time.

Pure Python so the chart's arithmetic (where a point goes, which point the mouse is on, the
trend line) and the "is this relationship's mood falling?" rule (its mood trend) can be tested with exact numbers.
The store computes the same rule for all clients at once in SQL; both go through
``trend_from_sums`` and share the thresholds below, so the chart and the overview never
disagree about the definition.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from clientjournal.core.domain import MOOD_MAX, MOOD_MIN, FrozenValue
from clientjournal.core.lazy_pattern import LazyPattern

RECENT_DAYS = 90
EARLIER_DAYS = 275  # the months before: together with the recent ones, one year
MIN_NOTES = 3  # fewer notes than this in a period say too little to compare averages
MOOD_DROP = 0.5  # a fall of the average by at least this much: the mood is falling
NEGATIVE_STREAK = 3  # ... and so are this many negative notes in a row, the newest ones
STEADY_BAND = MOOD_DROP  # a change smaller than this reads as "steady"

TITLE_LENGTH = 80
MIN_SPAN = timedelta(days=1)  # the time axis never spans less, so one day still has room
TREND_SAMPLES = 80  # the trend line is evaluated at most this many times


class MoodPoint(NamedTuple):
    """One note on the chart (a tuple: hundreds are built on every client switch, and a
    frozen dataclass takes several times as long to construct).  Its title is not here: it is
    read for the one point whose tooltip is shown (store.mood.point_title)."""

    note_id: int
    at: datetime
    mood: int


class TrendDirection(StrEnum):
    UNKNOWN = "unknown"
    FALLING = "falling"
    STEADY = "steady"
    RISING = "rising"


class RelationshipTrend(FrozenValue):
    """The recent mood against the months before; averages are None for too few notes."""

    _fields = (
        "recent_average", "earlier_average", "change", "recent_count", "earlier_count",
        "negative_streak", "falling",
    )  # fmt: skip
    __slots__ = _fields
    recent_average: float | None
    earlier_average: float | None
    change: float | None
    recent_count: int
    earlier_count: int
    negative_streak: bool
    falling: bool

    def __init__(
        self,
        recent_average: float | None,
        earlier_average: float | None,
        change: float | None,
        recent_count: int,
        earlier_count: int,
        negative_streak: bool,
        falling: bool,
    ) -> None:
        self._set(
            recent_average=recent_average,
            earlier_average=earlier_average,
            change=change,
            recent_count=recent_count,
            earlier_count=earlier_count,
            negative_streak=negative_streak,
            falling=falling,
        )

    @property
    def direction(self) -> TrendDirection:
        if self.change is None:
            return TrendDirection.FALLING if self.negative_streak else TrendDirection.UNKNOWN
        if self.change <= -STEADY_BAND:
            return TrendDirection.FALLING
        if self.change >= STEADY_BAND:
            return TrendDirection.RISING
        return TrendDirection.STEADY


class FallingMoodRow(FrozenValue):
    """One line of the "mood falling" overview (Needs attention)."""

    _fields = (
        "client_id", "name", "recent_average", "earlier_average", "change", "last_note_at",
    )  # fmt: skip
    __slots__ = _fields
    client_id: int
    name: str
    recent_average: float
    earlier_average: float | None
    change: float | None
    last_note_at: datetime | None

    def __init__(
        self,
        client_id: int,
        name: str,
        recent_average: float,
        earlier_average: float | None,
        change: float | None,
        last_note_at: datetime | None,
    ) -> None:
        self._set(
            client_id=client_id,
            name=name,
            recent_average=recent_average,
            earlier_average=earlier_average,
            change=change,
            last_note_at=last_note_at,
        )


def trend_windows(now: datetime) -> tuple[datetime, datetime]:
    """(earlier_start, recent_start): recent is ``at >= recent_start`` (a note exactly 90 days
    old is recent, as are notes stamped after ``now``); earlier is
    ``earlier_start <= at < recent_start`` (a note exactly 365 days old still counts)."""
    recent_start = now - timedelta(days=RECENT_DAYS)
    return recent_start - timedelta(days=EARLIER_DAYS), recent_start


def trend_from_sums(
    recent_sum: int,
    recent_count: int,
    earlier_sum: int,
    earlier_count: int,
    negative_streak: bool,
) -> RelationshipTrend:
    """The mood trend rule, from the sums both the chart and the SQL overview can compute.

    A relationship's mood is falling when it has at least ``MIN_NOTES`` recent notes and either
    - there are at least ``MIN_NOTES`` earlier notes and the recent average is at least
      ``MOOD_DROP`` below the earlier one, or
    - the ``NEGATIVE_STREAK`` newest notes are all negative (mood < 0) and all recent, that
      is: at least that many recent notes are newer than the newest note with mood >= 0
      (a note at the very same time as that one does not count); ``negative_streak`` says
      so, computed by the caller.
    A single bad note among good ones is not a falling mood; a slow slide or a bad run is.
    """
    recent = recent_sum / recent_count if recent_count >= MIN_NOTES else None
    earlier = earlier_sum / earlier_count if earlier_count >= MIN_NOTES else None
    change = recent - earlier if recent is not None and earlier is not None else None
    streak = negative_streak and recent_count >= NEGATIVE_STREAK
    fell = change is not None and change <= -MOOD_DROP + 1e-9
    return RelationshipTrend(
        recent_average=recent,
        earlier_average=earlier,
        change=change,
        recent_count=recent_count,
        earlier_count=earlier_count,
        negative_streak=streak,
        falling=recent is not None and (fell or streak),
    )


def relationship_trend(points: Sequence[MoodPoint], now: datetime) -> RelationshipTrend:
    """The trend of one client's notes (any order), with the same rule as the overview."""
    earlier_start, recent_start = trend_windows(now)
    recent = [p for p in points if p.at >= recent_start]
    earlier = [p for p in points if earlier_start <= p.at < recent_start]
    last_ok = max((p.at for p in points if p.mood >= 0), default=None)
    run = sum(1 for p in recent if last_ok is None or p.at > last_ok)
    return trend_from_sums(
        sum(p.mood for p in recent),
        len(recent),
        sum(p.mood for p in earlier),
        len(earlier),
        run >= NEGATIVE_STREAK,
    )


def falling_rank(trend: RelationshipTrend) -> float:
    """How badly the mood falls, lower is worse: the fall of the average, or, with no earlier period
    to compare with, the fall from neutral to the recent average."""
    if trend.change is not None:
        return trend.change
    return min(0.0, trend.recent_average or 0.0)


_LEADING_MARKS = LazyPattern(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+\[[ xX]\]\s+|[-*+]\s+|\d+[.)]\s+)+")
_LINK = LazyPattern(r"!?\[([^\]]*)\]\([^)]*\)")
_INLINE_MARK = LazyPattern(r"[*_`~\[]")
_RULE_CHARS = "-=*_#>|~ \t"
_LEAD_CHARS = "#>*+-0123456789"


def _link_text(match: re.Match[str]) -> str:
    return match.group(1)


_INLINE_MARKS = LazyPattern(r"(\*\*|__|~~|`|(?<!\w)[*_]|[*_](?!\w))")


def note_title(body: str, length: int = TITLE_LENGTH) -> str:
    """The first non-empty line of a note as plain text, Markdown marks stripped, at most
    ``length`` characters (an ellipsis shows where it was cut).

    Called for hundreds of notes on a client switch, so it looks at one line at a time and
    runs the Markdown patterns only over a line that has a mark in it.
    """
    rest = body
    while rest:
        line, _, rest = rest.partition("\n")
        text = line[: length * 3].strip()  # room for link targets and marks, not a paragraph
        if not text:
            continue
        if text[0] in _LEAD_CHARS or _INLINE_MARK.search(text):
            text = _LEADING_MARKS.sub("", text)
            if "[" in text:
                text = _LINK.sub(_link_text, text)
            text = _INLINE_MARKS.sub("", text)
            if not text.strip(_RULE_CHARS):  # a rule or a bare mark: not a title
                continue
        text = " ".join(text.split())
        if len(text) > length:
            text = text[: length - 1].rstrip() + "…"
        return text
    return ""


def _day_means(
    points: Sequence[MoodPoint], stamps: Sequence[float] | None = None
) -> list[tuple[float, float]]:
    """(mean time in seconds, mean mood) per calendar day (UTC): a burst counts once.

    ``stamps`` are the points' ``at.timestamp()`` when the caller has them already.  The sums
    are added up in the points' order, as ``sum`` would: the same floats, so the same pixels."""
    if stamps is None:
        stamps = [point.at.timestamp() for point in points]
    days: dict[date, list[float]] = {}
    for point, stamp in zip(points, stamps, strict=True):
        day = point.at.date()
        sums = days.get(day)
        if sums is None:
            days[day] = [stamp, point.mood, 1]
        else:
            sums[0] += stamp
            sums[1] += point.mood
            sums[2] += 1
    return [(total / n, moods / n) for _, (total, moods, n) in sorted(days.items())]


def trend_line(
    points: Sequence[MoodPoint],
    start: float,
    end: float,
    stamps: Sequence[float] | None = None,
) -> list[tuple[float, float]]:
    """A smoothed trend as (seconds, mood): per day the mean mood, then a triangular moving
    average over a sixth of the span (at least three days) each side, sampled evenly.

    Averaging per day first is the "time-weighted" part: ten notes on one stormy afternoon
    weigh as much as the one note of a quiet week, not ten times as much.
    """
    if not points:
        return []
    days = _day_means(points, stamps)
    width = max((end - start) / 6, 3 * 86400.0)
    count = min(TREND_SAMPLES, max(2, len(days)))
    first, last = days[0][0], days[-1][0]
    if last <= first:
        return [(first, days[0][1])]
    # Running sums make each sample O(log days): within the window, the weighted sums are
    # sum(m) - (at * sum_left(m) - sum_left(t*m) + sum_right(t*m) - at * sum_right(m)) / width,
    # and likewise for the weights with m = 1.  Times count from the first day, which keeps
    # the products small enough for exact-enough floats.
    times = [at - first for at, _ in days]
    sums = _Running([(t, mood) for t, (_, mood) in zip(times, days, strict=True)])
    samples = []
    for step in range(count):
        at = (last - first) * step / (count - 1)
        low = bisect_right(times, at - width)
        mid = bisect_right(times, at)
        high = bisect_left(times, at + width)
        n_left, t_left, m_left, tm_left = sums.between(low, mid)
        n_right, t_right, m_right, tm_right = sums.between(mid, high)
        weight = n_left + n_right - (at * n_left - t_left + t_right - at * n_right) / width
        total = m_left + m_right - (at * m_left - tm_left + tm_right - at * m_right) / width
        if weight > 1e-9:
            samples.append((first + at, total / weight))
    return samples


class _Running:
    """Prefix sums of count, time, mood and time × mood over sorted (time, mood) pairs."""

    def __init__(self, pairs: list[tuple[float, float]]) -> None:
        self.prefix: list[tuple[float, float, float, float]] = [(0, 0.0, 0.0, 0.0)]
        n = t_sum = m_sum = tm_sum = 0.0
        for t, m in pairs:
            n, t_sum, m_sum, tm_sum = n + 1, t_sum + t, m_sum + m, tm_sum + t * m
            self.prefix.append((n, t_sum, m_sum, tm_sum))

    def between(self, low: int, high: int) -> tuple[float, float, float, float]:
        a, b = self.prefix[low], self.prefix[high]
        return b[0] - a[0], b[1] - a[1], b[2] - a[2], b[3] - a[3]


class ChartGeometry:
    """Where everything goes in a plot rectangle: oldest note left, newest right, +2 at the
    top, −2 at the bottom. Built once per size and data, then asked on every paint and
    mouse move."""

    def __init__(
        self,
        points: Sequence[MoodPoint],
        x: float,
        y: float,
        width: float,
        height: float,
    ) -> None:
        self.points = list(points)
        self.left, self.top, self.width, self.height = x, y, width, height
        stamps = [p.at.timestamp() for p in self.points]
        start = min(stamps, default=0.0)
        end = max(stamps, default=0.0)
        short = MIN_SPAN.total_seconds() - (end - start)
        if short > 0:  # one day (or one note) is centred in a day-wide axis
            start, end = start - short / 2, end + short / 2
        self.start, self.end = start, end
        # x_of and y_of written out (the same arithmetic in the same order, so the same
        # floats): a method call per point and coordinate was most of this on a switch.
        span = end - start
        y_of = {mood: self.y_of(mood) for mood in {p.mood for p in self.points}}
        self.positions = [
            (x + (s - start) / span * width, y_of[p.mood])
            for s, p in zip(stamps, self.points, strict=True)
        ]
        top, scale = y, MOOD_MAX - MOOD_MIN
        self.trend = [
            (x + (at - start) / span * width, top + (MOOD_MAX - mood) / scale * height)
            for at, mood in trend_line(self.points, start, end, stamps)
        ]

    def x_of(self, seconds: float) -> float:
        return self.left + (seconds - self.start) / (self.end - self.start) * self.width

    def y_of(self, mood: float) -> float:
        return self.top + (MOOD_MAX - mood) / (MOOD_MAX - MOOD_MIN) * self.height

    @property
    def zero_y(self) -> float:
        return self.y_of(0)

    def hit_test(self, x: float, y: float, radius: float) -> int | None:
        """The index of the point nearest to (x, y) within ``radius``; on a tie the later
        one, which is drawn on top."""
        best, best_distance = None, radius * radius
        for index, (px, py) in enumerate(self.positions):
            distance = (px - x) ** 2 + (py - y) ** 2
            if distance <= best_distance:
                best, best_distance = index, distance
        return best
