"""The chart's arithmetic and the cooling rule, with exact numbers."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from clientjournal.core.mood import (
    ChartGeometry,
    MoodPoint,
    RelationshipTrend,
    TrendDirection,
    _day_means,
    falling_rank,
    note_title,
    relationship_trend,
    trend_from_sums,
    trend_line,
    trend_windows,
)

T0 = datetime(2024, 1, 1, tzinfo=UTC)
NOW = datetime(2024, 6, 1, 12, tzinfo=UTC)
DAY = timedelta(days=1)


def point(at: datetime, mood: int, note_id: int = 0) -> MoodPoint:
    return MoodPoint(note_id, at, mood)


def ago(days: float, mood: int, note_id: int = 0) -> MoodPoint:
    return point(NOW - timedelta(days=days), mood, note_id)


# -- geometry -------------------------------------------------------------------------------
def test_oldest_left_newest_right_plus_two_on_top():
    points = [point(T0, 2), point(T0 + 5 * DAY, 0), point(T0 + 10 * DAY, -2)]
    chart = ChartGeometry(points, 10, 20, 100, 40)
    assert chart.positions == [(10.0, 20.0), (60.0, 40.0), (110.0, 60.0)]
    assert chart.zero_y == 40.0
    assert chart.y_of(1) == 30.0 and chart.y_of(-1) == 50.0


def test_a_single_day_is_centred_in_a_day_wide_axis():
    points = [point(T0, 1), point(T0 + timedelta(hours=1), -1)]
    chart = ChartGeometry(points, 10, 0, 240, 40)
    # 24 h over 240 px: 10 px an hour; the hour sits in the middle, 11.5 h from each edge.
    assert chart.positions[0][0] == pytest.approx(125.0)
    assert chart.positions[1][0] == pytest.approx(135.0)


def test_one_point_sits_in_the_middle():
    chart = ChartGeometry([point(T0, 0)], 0, 0, 100, 40)
    assert chart.positions == [(50.0, 20.0)]


def test_no_points_no_positions():
    chart = ChartGeometry([], 0, 0, 100, 40)
    assert chart.positions == [] and chart.trend == []
    assert chart.hit_test(50, 20, 10) is None


def test_hit_test_finds_the_nearest_point_within_the_radius():
    points = [point(T0, 2), point(T0 + 5 * DAY, 0), point(T0 + 10 * DAY, -2)]
    chart = ChartGeometry(points, 10, 20, 100, 40)
    assert chart.hit_test(62, 43, 5) == 1
    assert chart.hit_test(13, 24, 5) == 0  # 3-4-5: exactly on the radius still hits
    assert chart.hit_test(14, 24, 5) is None
    assert chart.hit_test(85, 50, 5) is None


def test_many_points_on_the_same_x_are_told_apart_by_height():
    same = T0 + 2 * DAY
    points = [point(T0, 0), point(same, 2, 1), point(same, -2, 2), point(same, 0, 3)]
    chart = ChartGeometry(points, 0, 0, 100, 40)
    x = chart.positions[1][0]
    assert chart.hit_test(x, 1, 6) == 1
    assert chart.hit_test(x, 39, 6) == 2
    assert chart.hit_test(x, 19, 6) == 3


def test_on_a_tie_the_point_drawn_on_top_wins():
    points = [point(T0, 0, 1), point(T0, 0, 2), point(T0 + DAY, 0, 3)]
    chart = ChartGeometry(points, 0, 0, 100, 40)
    assert chart.hit_test(*chart.positions[0], 3) == 1


# -- trend line -----------------------------------------------------------------------------
def test_a_burst_of_notes_on_one_day_counts_as_one_day():
    noon = T0 + timedelta(hours=12)
    points = [point(noon, 2)]
    points += [point(noon + DAY, -2, i) for i in range(10)]
    points += [point(noon + 2 * DAY, 2)]
    samples = trend_line(points, noon.timestamp(), (noon + 2 * DAY).timestamp())
    assert [at for at, _ in samples] == [
        noon.timestamp(),
        (noon + DAY).timestamp(),
        (noon + 2 * DAY).timestamp(),
    ]
    # Width 3 days: weights 2/3, 1, 2/3 on the day means +2, −2, +2.
    assert samples[1][1] == pytest.approx(2 / 7)


def test_days_far_apart_keep_their_own_mood():
    points = [point(T0, -2), point(T0 + 100 * DAY, 2)]
    samples = trend_line(points, T0.timestamp(), (T0 + 100 * DAY).timestamp())
    assert samples[0] == (T0.timestamp(), -2.0)
    assert samples[-1] == ((T0 + 100 * DAY).timestamp(), 2.0)


def test_the_running_sums_give_the_plain_weighted_average():
    rng = random.Random(7)
    points = sorted(
        (
            point(T0 + timedelta(hours=rng.uniform(0, 24 * 400)), rng.randint(-2, 2))
            for _ in range(300)
        ),
        key=lambda p: p.at,
    )
    start, end = points[0].at.timestamp(), points[-1].at.timestamp()
    days: dict = {}
    for p in points:
        days.setdefault(p.at.date(), []).append(p)
    means = [
        (sum(p.at.timestamp() for p in ps) / len(ps), sum(p.mood for p in ps) / len(ps))
        for _, ps in sorted(days.items())
    ]
    width = (end - start) / 6
    samples = trend_line(points, start, end)
    assert len(samples) == 80
    for at, value in samples:
        weights = [(max(0.0, 1 - abs(t - at) / width), m) for t, m in means]
        expected = sum(w * m for w, m in weights) / sum(w for w, _ in weights)
        assert value == pytest.approx(expected, abs=1e-9)


def test_trend_stays_inside_the_plot():
    points = [point(T0 + timedelta(hours=h * 7), (h % 5) - 2) for h in range(300)]
    chart = ChartGeometry(points, 5, 5, 300, 60)
    assert 2 <= len(chart.trend) <= 80
    for x, y in chart.trend:
        assert 5 <= x <= 305 and 5 <= y <= 65


# -- the cooling rule -------------------------------------------------------------------------
def test_windows_are_ninety_days_and_the_year_before():
    earlier, recent = trend_windows(NOW)
    assert recent == NOW - timedelta(days=90)
    assert earlier == NOW - timedelta(days=365)


def test_trend_with_exact_numbers_and_day_boundaries():
    points = [
        ago(1, 0),
        ago(10, -1),
        ago(90, -1),  # exactly 90 days old: recent
        point(NOW - timedelta(days=90, seconds=1), 1),  # a second older: earlier
        ago(200, 1),
        ago(365, 2),  # exactly a year: still earlier
        point(NOW - timedelta(days=365, seconds=1), -2),  # outside both
    ]
    trend = relationship_trend(points, NOW)
    assert (trend.recent_count, trend.earlier_count) == (3, 3)
    assert trend.recent_average == pytest.approx(-2 / 3)
    assert trend.earlier_average == pytest.approx(4 / 3)
    assert trend.change == pytest.approx(-2.0)
    assert trend.falling and trend.direction is TrendDirection.FALLING


def test_a_fall_of_exactly_half_a_point_is_cooling_a_bit_less_is_not():
    earlier = [ago(100 + i, m) for i, m in enumerate([2, 1, 1, 1, 1, 1])]  # 7/6
    recent = [ago(1, 1), ago(2, 1), ago(3, 0)]  # 2/3
    assert relationship_trend(earlier + recent, NOW).falling
    milder = [ago(100 + i, m) for i, m in enumerate([1, 1, 1, 1, 1, 1, 1, 1, 1, 2])]  # 1.1
    trend = relationship_trend(milder + recent, NOW)
    assert trend.change == pytest.approx(2 / 3 - 1.1)
    assert not trend.falling and trend.direction is TrendDirection.STEADY


def test_too_few_recent_notes_is_not_cooling():
    points = [ago(100, 2), ago(110, 2), ago(120, 2), ago(1, -2), ago(2, -2)]
    trend = relationship_trend(points, NOW)
    assert trend.recent_average is None and trend.change is None
    assert not trend.falling and trend.direction is TrendDirection.UNKNOWN


def test_too_few_earlier_notes_gives_no_change():
    trend = relationship_trend([ago(100, 2), ago(1, 0), ago(2, 0), ago(3, 0)], NOW)
    assert trend.earlier_average is None and trend.change is None and not trend.falling


def test_the_last_three_notes_all_negative_is_cooling_without_history():
    points = [ago(60, 1), ago(30, -1), ago(20, -1), ago(10, -2)]
    trend = relationship_trend(points, NOW)
    assert trend.negative_streak and trend.falling
    assert trend.recent_average == pytest.approx(-3 / 4)
    assert falling_rank(trend) == pytest.approx(-3 / 4)


def test_a_good_newest_note_breaks_the_run():
    points = [ago(30, -1), ago(20, -1), ago(10, -2), ago(5, 1)]
    trend = relationship_trend(points, NOW)
    assert not trend.negative_streak and not trend.falling


def test_a_run_reaching_back_before_the_recent_period_is_not_a_recent_run():
    points = [ago(200, 2), ago(95, -1), ago(80, -1), ago(70, -1), ago(3, 2), ago(2, -1)]
    assert not relationship_trend(points, NOW).negative_streak
    older = [ago(200, 2), ago(95, -1), ago(85, -1), ago(80, -1)]
    trend = relationship_trend(older, NOW)
    assert trend.recent_count == 2 and not trend.negative_streak and not trend.falling


def test_rising_and_rank():
    points = [ago(100, -1), ago(101, -1), ago(102, 0), ago(1, 2), ago(2, 1), ago(3, 1)]
    trend = relationship_trend(points, NOW)
    assert trend.direction is TrendDirection.RISING and not trend.falling
    assert falling_rank(trend) == pytest.approx(4 / 3 + 2 / 3)


def test_trend_from_sums_is_what_the_overview_uses():
    trend = trend_from_sums(-3, 3, 6, 4, False)
    assert trend == RelationshipTrend(
        recent_average=-1.0,
        earlier_average=1.5,
        change=-2.5,
        recent_count=3,
        earlier_count=4,
        negative_streak=False,
        falling=True,
    )
    assert falling_rank(trend) == -2.5
    assert trend_from_sums(-3, 3, 0, 0, True).falling
    assert not trend_from_sums(-2, 2, 0, 0, True).falling  # two notes are no run of three


# -- titles ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("\n\n## **Budget** call with [Anna](https://example.org)\nmore", "Budget call with Anna"),
        ("- [ ] Send the _revised_ offer", "Send the revised offer"),
        ("> quoted `code` here", "quoted code here"),
        ("1. first point", "first point"),
        ("---\n\nReal text", "Real text"),
        ("snake_case stays", "snake_case stays"),
        ("   \n  \n", ""),
        ("", ""),
    ],
)
def test_titles_are_the_first_line_without_markdown(body, title):
    assert note_title(body) == title


def test_long_titles_are_cut_at_eighty_characters():
    title = note_title("word " * 40)
    assert len(title) == 80 and title.endswith("…")
    assert note_title("x" * 80) == "x" * 80


def test_positions_and_trend_are_exactly_x_of_and_y_of():
    """ChartGeometry writes x_of and y_of out for speed (issue 21): the same floats, so the
    chart's pixels do not move."""
    points = [
        point(T0 + DAY * (i * 0.37) + timedelta(seconds=i * 7), (i * 3) % 5 - 2) for i in range(60)
    ]
    chart = ChartGeometry(points, 31.5, 4.25, 613.0, 57.0)
    assert chart.positions == [(chart.x_of(p.at.timestamp()), chart.y_of(p.mood)) for p in points]
    samples = trend_line(points, chart.start, chart.end)
    assert chart.trend == [(chart.x_of(at), chart.y_of(mood)) for at, mood in samples]
    days: dict = {}
    for p in points:
        days.setdefault(p.at.date(), []).append((p.at.timestamp(), p.mood))
    assert _day_means(points) == [
        (sum(s for s, _ in d) / len(d), sum(m for _, m in d) / len(d))
        for _, d in sorted(days.items())
    ]
