"""The calendar file: folded, escaped and readable by a real iCalendar library."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar

from clientjournal.core.exchange.ics import (
    GERMAN_LABELS,
    CalendarEvent,
    CalendarLabels,
    calendar_text,
    escape_text,
    fold,
    labels_for,
)

NOW = datetime(2024, 6, 20, 10, tzinfo=UTC)


def test_long_lines_fold_at_75_octets_without_splitting_umlauts():
    line = "SUMMARY:" + "Größenänderung " * 20
    folded = fold(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join(piece[1:] if i else piece for i, piece in enumerate(pieces)) == line


def test_text_is_escaped():
    assert escape_text("a, b; c\\d\r\ne") == "a\\, b\\; c\\\\d\\ne"


def test_a_real_parser_reads_back_what_was_written():
    events = [
        CalendarEvent("agreement-1@clientjournal", "Fällig: Logo, 2. Runde; final", date(2024, 7, 1),
                      "Zeile 1\nZeile 2 — mit Ümlauten und 🎉", "agreement"),
        CalendarEvent("reply-2@clientjournal", "Reread", datetime(2024, 6, 21, 6, tzinfo=UTC)),
    ]  # fmt: skip
    text = calendar_text(events, NOW, "Client Journal")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    calendar = icalendar.Calendar.from_ical(text)
    parsed = list(calendar.walk("VEVENT"))
    assert [str(event["UID"]) for event in parsed] == [event.uid for event in events]
    first, second = parsed
    assert str(first["SUMMARY"]) == "Fällig: Logo, 2. Runde; final"
    assert str(first["DESCRIPTION"]) == "Zeile 1\nZeile 2 — mit Ümlauten und 🎉"
    assert first.decoded("DTSTART") == date(2024, 7, 1)
    assert first.decoded("DTEND") == date(2024, 7, 2)
    assert second.decoded("DTSTART") == datetime(2024, 6, 21, 6, tzinfo=UTC)
    assert str(calendar["X-WR-CALNAME"]) == "Client Journal"


def test_labels_follow_the_language():
    assert labels_for("de_DE") is GERMAN_LABELS
    assert labels_for("en") == CalendarLabels()
