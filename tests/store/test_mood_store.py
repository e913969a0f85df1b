"""Chart points of one client, and the cooling overview across clients, on a real journal."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clientjournal.core.domain import ClientStatus
from clientjournal.core.mood import relationship_trend
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, mood, notes
from clientjournal.store.models import database

NOW = datetime(2024, 6, 20, 10, tzinfo=UTC)


def note(client_id: int, days_ago: float, mood_value: int, body: str = "") -> int:
    saved = notes.save(
        NoteData(
            client_id=client_id,
            created_at=NOW - timedelta(days=days_ago),
            mood=mood_value,
            body=body,
        )
    )
    return saved.id


def client(name: str, **fields) -> int:
    return clients.create(ClientData(name=name, **fields))


def history(client_id: int, earlier: list[int], recent: list[int]) -> None:
    """Earlier moods 100+ days ago, recent ones in the last weeks, oldest first."""
    for offset, value in enumerate(earlier):
        note(client_id, 300 - offset, value)
    for offset, value in enumerate(recent):
        note(client_id, 60 - offset, value)


def test_points_are_the_newest_notes_oldest_first_with_titles(journal):
    anna = client("Anna")
    other = client("Bert")
    first = note(anna, 30, 1, "\n# Kick-off **call**\nwith details")
    second = note(anna, 20, -2, "Angry mail about the [invoice](https://x)")
    third = note(anna, 10, 0, "")
    note(other, 5, 2, "not Anna's")
    points = mood.mood_points(anna)
    assert [p.note_id for p in points] == [first, second, third]
    assert [p.mood for p in points] == [1, -2, 0]
    titles = [mood.point_title(p.note_id) for p in points]
    assert titles == ["Kick-off call", "Angry mail about the invoice", ""]
    assert points[0].at == NOW - timedelta(days=30)
    assert points[0].at.tzinfo is UTC
    assert [p.note_id for p in mood.mood_points(anna, limit=2)] == [second, third]
    assert mood.mood_points(9999) == []


def test_a_long_first_line_is_cut(journal):
    anna = client("Anna")
    note(anna, 1, 0, "a" * 2000)
    (point,) = mood.mood_points(anna)
    assert len(mood.point_title(point.note_id)) == 80


def test_points_read_no_note_text(journal, monkeypatch, sql_traced):
    """A switch reads the chart's points; a title is read only for a tooltip (issue 21)."""
    anna = client("Anna")
    note(anna, 2, 1, "First")
    note(anna, 1, -1, "Second")

    def refuse(body: str) -> str:
        raise AssertionError("a title was made for a chart point")

    monkeypatch.setattr(mood, "note_title", refuse)
    with sql_traced() as statements:
        assert [p.mood for p in mood.mood_points(anna)] == [1, -1]
    assert statements and not any("body" in sql for sql in statements)


def test_a_gone_note_has_no_title(journal):
    assert mood.point_title(9999) == ""


def test_stamps_in_other_forms_are_read_as_before(journal):
    """The points' fast path is for to_iso's "…Z"; an offset or a naive stamp goes through
    from_iso as before."""
    anna = client("Anna")
    first = note(anna, 2, 1)
    second = note(anna, 1, 2)
    database.execute_sql(
        "UPDATE note SET created_at = ? WHERE id = ?", ("2024-06-01T12:00:00+02:00", first)
    )
    database.execute_sql(
        "UPDATE note SET created_at = ? WHERE id = ?", ("2024-06-02T08:00:00", second)
    )
    points = mood.mood_points(anna)
    assert [p.at for p in points] == [
        datetime(2024, 6, 1, 10, tzinfo=UTC),
        datetime(2024, 6, 2, 8, tzinfo=UTC),
    ]
    assert all(p.at.tzinfo is UTC for p in points)


def test_cooling_lists_falls_and_negative_runs_worst_first(journal):
    steep = client("Steep")  # +2 → −1
    history(steep, [2, 2, 2], [-1, -1, -1])
    mild = client("mild")  # +1 → 0
    history(mild, [1, 1, 1], [0, 0, 0])
    run = client("Run")  # no earlier notes, the newest three negative
    history(run, [], [1, -1, -1, -1])
    fine = client("Fine")
    history(fine, [0, 0, 0], [1, 1, 0])
    few = client("Few")  # falls, but only two recent notes
    history(few, [2, 2, 2], [-2, -2])
    ended = client("Ended", status=ClientStatus.ENDED)
    history(ended, [2, 2, 2], [-2, -2, -2])
    trashed = client("Trashed")
    history(trashed, [2, 2, 2], [-2, -2, -2])
    clients.trash(trashed)
    paused = client("Paused", status=ClientStatus.PAUSED)  # still a relationship: 1 → −1/3
    history(paused, [1, 1, 1], [0, -1, 0])

    rows = mood.falling_moods(NOW)
    assert [row.name for row in rows] == ["Steep", "Paused", "mild", "Run"]
    top = rows[0]
    assert top.client_id == steep
    assert top.recent_average == pytest.approx(-1.0)
    assert top.earlier_average == pytest.approx(2.0)
    assert top.change == pytest.approx(-3.0)
    assert top.last_note_at == NOW - timedelta(days=58)
    assert rows[3].earlier_average is None and rows[3].change is None
    assert rows[3].recent_average == pytest.approx(-0.5)
    assert [row.name for row in mood.falling_moods(NOW, limit=2)] == ["Steep", "Paused"]


def test_the_overview_agrees_with_the_chart_rule_at_the_boundaries(journal):
    anna = client("Anna")
    for days, value in [(90, -1), (1, -1), (2, 0), (365, 2), (200, 1), (95, 1), (366, -2)]:
        note(anna, days, value)
    trend = relationship_trend(mood.mood_points(anna), NOW)
    (row,) = mood.falling_moods(NOW)
    assert trend.falling
    assert row.recent_average == pytest.approx(trend.recent_average) == pytest.approx(-2 / 3)
    assert row.earlier_average == pytest.approx(trend.earlier_average) == pytest.approx(4 / 3)
    # A second later the 90-day note is no longer recent: two recent notes are too few.
    assert mood.falling_moods(NOW + timedelta(seconds=1)) == []


def test_an_empty_journal_has_nothing_cooling(journal):
    assert mood.falling_moods(NOW) == []
