"""The cooling-off rule at its edges: midnight, the morning hour, DST, zone changes; mailto."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qs, unquote, urlsplit
from zoneinfo import ZoneInfo

import pytest

from clientjournal.core.cooling import (
    DEFAULT_MIN_REST,
    DEFAULT_MORNING_HOUR,
    DraftData,
    DraftStatus,
    hold_until,
    is_ready,
    is_sleeping,
    mailto_url,
    next_morning,
    restored_status,
    sent_note_body,
    time_left,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
KOLKATA = ZoneInfo("Asia/Kolkata")
NO_REST = timedelta(0)


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def ready_local(created: datetime, tz=BERLIN, **kwargs) -> datetime:
    """The ready time as wall-clock time in ``tz``, naive, for readable assertions."""
    result = hold_until(created, tz=tz, **kwargs)
    assert result.tzinfo is UTC
    return result.astimezone(tz).replace(tzinfo=None)


def test_defaults_are_the_documented_ones():
    assert DEFAULT_MORNING_HOUR == 8
    assert timedelta(hours=8) == DEFAULT_MIN_REST


@pytest.mark.parametrize(
    ("written", "ready"),
    [
        ((2024, 6, 10, 10, 0), (2024, 6, 11, 8, 0)),  # the three examples of DESIGN.md
        ((2024, 6, 10, 23, 30), (2024, 6, 11, 8, 0)),
        ((2024, 6, 10, 2, 0), (2024, 6, 10, 10, 0)),
    ],
)
def test_the_examples_of_the_design(written, ready):
    assert ready_local(berlin(*written)) == datetime(*ready)


@pytest.mark.parametrize(
    ("written", "ready"),
    [
        ((2024, 6, 10, 23, 59, 59), (2024, 6, 11, 8, 0)),  # rest would end 07:59:59
        ((2024, 6, 11, 0, 0), (2024, 6, 11, 8, 0)),  # both rules agree to the second
        ((2024, 6, 11, 0, 0, 1), (2024, 6, 11, 8, 0, 1)),  # the rest decides from here on
        ((2024, 6, 11, 7, 59), (2024, 6, 11, 15, 59)),  # a minute before the morning hour
        ((2024, 6, 11, 8, 0), (2024, 6, 12, 8, 0)),  # on the hour: strictly after, tomorrow
        ((2024, 6, 11, 8, 1), (2024, 6, 12, 8, 0)),
        ((2024, 6, 11, 16, 0), (2024, 6, 12, 8, 0)),  # rest and morning meet exactly
        ((2024, 12, 31, 23, 30), (2025, 1, 1, 8, 0)),  # across the year
        ((2024, 2, 28, 23, 0), (2024, 2, 29, 8, 0)),  # into a leap day
    ],
)
def test_edges_around_midnight_and_the_morning_hour(written, ready):
    assert ready_local(berlin(*written)) == datetime(*ready)


def test_the_next_morning_alone_is_strictly_after():
    assert ready_local(berlin(2024, 6, 11, 7, 59), min_rest=NO_REST) == datetime(2024, 6, 11, 8)
    assert ready_local(berlin(2024, 6, 11, 8, 0), min_rest=NO_REST) == datetime(2024, 6, 12, 8)
    just_before = berlin(2024, 6, 11, 7, 59, 59, 999999)
    assert ready_local(just_before, min_rest=NO_REST) == datetime(2024, 6, 11, 8)


def test_minimum_rest_boundaries():
    written = berlin(2024, 6, 10, 20, 0)
    assert ready_local(written, min_rest=timedelta(hours=12)) == datetime(2024, 6, 11, 8)
    assert ready_local(written, min_rest=timedelta(hours=12, seconds=1)) == datetime(
        2024, 6, 11, 8, 0, 1
    )
    assert ready_local(written, min_rest=timedelta(hours=30)) == datetime(2024, 6, 12, 2)
    with pytest.raises(ValueError):
        hold_until(written, min_rest=timedelta(seconds=-1), tz=BERLIN)


def test_a_configured_morning_hour():
    assert ready_local(berlin(2024, 6, 10, 22, 0), morning_hour=9) == datetime(2024, 6, 11, 9)
    assert ready_local(berlin(2024, 6, 10, 22, 0), morning_hour=0) == datetime(2024, 6, 11, 6)
    assert ready_local(berlin(2024, 6, 10, 22, 0), morning_hour=23) == datetime(2024, 6, 11, 6)
    late = ready_local(berlin(2024, 6, 10, 22, 0), morning_hour=23, min_rest=NO_REST)
    assert late == datetime(2024, 6, 10, 23)
    for bad in (-1, 24):
        with pytest.raises(ValueError):
            hold_until(berlin(2024, 6, 10, 22, 0), morning_hour=bad, tz=BERLIN)


# --- DST ------------------------------------------------------------------------------------
# Berlin 2024: clocks go forward on 31 March 02:00 -> 03:00, back on 27 October 03:00 -> 02:00.

DST_CASES = [
    # The spring night is an hour short: still 08:00 on the clock, not 07:00 or 09:00 ...
    ((2024, 3, 30, 22, 0), (2024, 3, 31, 8, 0)),
    # ... unless the 8 h of rest, real hours, end later: 23:30 CET + 8 h = 08:30 CEST.
    ((2024, 3, 30, 23, 30), (2024, 3, 31, 8, 30)),
    ((2024, 3, 31, 1, 30), (2024, 3, 31, 10, 30)),  # just before the gap: 8 real hours
    ((2024, 3, 31, 3, 0), (2024, 3, 31, 11, 0)),  # just after it
    # The autumn night is an hour long: still 08:00, the rest is long over.
    ((2024, 10, 26, 23, 30), (2024, 10, 27, 8, 0)),
    ((2024, 10, 27, 1, 0), (2024, 10, 27, 8, 0)),  # 1:00 CEST + 8 h = 08:00 CET exactly
    ((2024, 10, 27, 4, 0), (2024, 10, 27, 12, 0)),
]


@pytest.mark.parametrize(("written", "ready"), DST_CASES)
def test_dst_nights_with_a_zoneinfo(written, ready):
    assert ready_local(berlin(*written)) == datetime(*ready)


@pytest.mark.parametrize(("written", "ready"), DST_CASES)
def test_dst_nights_in_the_system_zone(local_zone, written, ready):
    local_zone("Europe/Berlin")
    created = datetime(*written).astimezone()  # local wall time, DST from the C library
    result = hold_until(created)
    assert result.tzinfo is UTC
    assert result.astimezone().replace(tzinfo=None) == datetime(*ready)
    assert result == hold_until(created, tz=BERLIN)  # the same instant both ways


def test_the_repeated_autumn_hour_counts_by_its_instant():
    first = datetime(2024, 10, 27, 2, 30, tzinfo=BERLIN)  # 02:30 CEST, 00:30 UTC
    second = first.replace(fold=1)  # 02:30 CET, an hour later
    assert hold_until(first, tz=BERLIN) == datetime(2024, 10, 27, 8, 30, tzinfo=UTC)
    assert hold_until(second, tz=BERLIN) == datetime(2024, 10, 27, 9, 30, tzinfo=UTC)


def test_a_morning_hour_in_the_gap_moves_to_the_first_valid_time(local_zone):
    written = berlin(2024, 3, 30, 12, 0)
    # 02:00 does not exist on 31 March in Berlin: the clocks show 03:00 CEST from that instant.
    expected = datetime(2024, 3, 31, 1, 0, tzinfo=UTC)
    assert hold_until(written, morning_hour=2, min_rest=NO_REST, tz=BERLIN) == expected
    local_zone("Europe/Berlin")
    assert hold_until(written, morning_hour=2, min_rest=NO_REST) == expected


def test_a_gap_at_midnight_and_a_skipped_day(local_zone):
    havana = ZoneInfo("America/Havana")  # 2024-03-10: 00:00 -> 01:00
    written = datetime(2024, 3, 9, 12, 0, tzinfo=havana)
    ready = hold_until(written, morning_hour=0, min_rest=NO_REST, tz=havana)
    assert ready.astimezone(havana).replace(tzinfo=None) == datetime(2024, 3, 10, 1, 0)
    # Samoa skipped 30 December 2011 entirely: its morning is the first time after it.
    apia = ZoneInfo("Pacific/Apia")
    written = datetime(2011, 12, 29, 12, 0, tzinfo=apia)
    ready = hold_until(written, min_rest=NO_REST, tz=apia)
    assert ready.astimezone(apia).replace(tzinfo=None) == datetime(2011, 12, 31, 0, 0)
    local_zone("Pacific/Apia")
    assert hold_until(written, min_rest=NO_REST) == ready


def test_the_repeated_morning_hour_counts_once(local_zone):
    """Clocks going back over the morning hour: its second occurrence is not a new morning."""
    first_two = datetime(2024, 10, 27, 0, 0, tzinfo=UTC)  # 02:00 CEST
    assert next_morning(berlin(2024, 10, 26, 12, 0), 2, BERLIN) == first_two
    between = datetime(2024, 10, 27, 0, 30, tzinfo=UTC)  # 02:30 CEST, before 02:00 CET
    assert next_morning(between, 2, BERLIN) == datetime(2024, 10, 28, 1, 0, tzinfo=UTC)
    local_zone("Europe/Berlin")
    assert next_morning(berlin(2024, 10, 26, 12, 0), 2) == first_two
    assert next_morning(between, 2) == datetime(2024, 10, 28, 1, 0, tzinfo=UTC)


# --- other zones and zone changes -----------------------------------------------------------


def test_a_zone_change_while_held_is_ready_in_the_new_morning():
    written = berlin(2024, 6, 10, 23, 30)  # 21:30 UTC, 17:30 in New York
    assert ready_local(written) == datetime(2024, 6, 11, 8)
    in_new_york = hold_until(written, tz=NEW_YORK)
    assert in_new_york.astimezone(NEW_YORK).replace(tzinfo=None) == datetime(2024, 6, 11, 8)
    assert in_new_york == datetime(2024, 6, 11, 12, 0, tzinfo=UTC)


def test_a_zone_change_of_the_system_while_held(local_zone):
    local_zone("Europe/Berlin")
    written = datetime(2024, 6, 10, 23, 30).astimezone()
    assert hold_until(written) == datetime(2024, 6, 11, 6, 0, tzinfo=UTC)
    local_zone("America/New_York")  # flew over; recomputed from the same instant
    ready = hold_until(written)
    assert ready == datetime(2024, 6, 11, 12, 0, tzinfo=UTC)
    assert ready.astimezone().replace(tzinfo=None) == datetime(2024, 6, 11, 8, 0)


@pytest.mark.parametrize(
    ("zone", "written", "ready"),
    [
        ("America/Los_Angeles", (2024, 3, 9, 23, 30), (2024, 3, 10, 8, 30)),  # spring night
        ("America/Los_Angeles", (2024, 11, 2, 22, 0), (2024, 11, 3, 8, 0)),  # autumn night
        ("America/Sao_Paulo", (2024, 6, 10, 10, 0), (2024, 6, 11, 8, 0)),
        ("Asia/Kolkata", (2024, 6, 10, 10, 0), (2024, 6, 11, 8, 0)),  # +05:30
        ("Asia/Kolkata", (2024, 6, 10, 2, 0), (2024, 6, 10, 10, 0)),
        ("Australia/Adelaide", (2024, 10, 5, 23, 0), (2024, 10, 6, 8, 0)),  # +09:30 -> +10:30
        ("Asia/Kathmandu", (2024, 6, 10, 0, 15), (2024, 6, 10, 8, 15)),  # +05:45
    ],
)
def test_zones_around_the_world(local_zone, zone, written, ready):
    tz = ZoneInfo(zone)
    assert ready_local(datetime(*written, tzinfo=tz), tz=tz) == datetime(*ready)
    local_zone(zone)
    result = hold_until(datetime(*written).astimezone())
    assert result.astimezone().replace(tzinfo=None) == datetime(*ready)


def test_kolkata_morning_in_utc():
    written = datetime(2024, 6, 10, 10, 0, tzinfo=KOLKATA)
    assert hold_until(written, tz=KOLKATA) == datetime(2024, 6, 11, 2, 30, tzinfo=UTC)


def test_input_with_any_tzinfo_is_the_same_instant():
    instant = datetime(2024, 6, 10, 21, 30, tzinfo=UTC)
    expected = hold_until(instant, tz=BERLIN)
    for offset in (timedelta(hours=5, minutes=30), timedelta(hours=-7), timedelta(0)):
        shifted = instant.astimezone(timezone(offset))
        assert hold_until(shifted, tz=BERLIN) == expected
    assert hold_until(instant.astimezone(KOLKATA), tz=BERLIN) == expected
    assert expected.tzinfo is UTC


def test_naive_input_is_local_time(local_zone):
    assert hold_until(datetime(2024, 6, 10, 23, 30), tz=BERLIN) == hold_until(
        berlin(2024, 6, 10, 23, 30), tz=BERLIN
    )
    local_zone("Asia/Kolkata")
    assert hold_until(datetime(2024, 6, 10, 10, 0)) == datetime(2024, 6, 11, 2, 30, tzinfo=UTC)


# --- the state of a draft ---------------------------------------------------------------------


def held(until: datetime) -> DraftData:
    return DraftData(client_id=1, body="x", status=DraftStatus.HELD, hold_until=until)


def test_ready_exactly_at_its_time():
    until = datetime(2024, 6, 11, 6, 0, tzinfo=UTC)
    draft = held(until)
    assert not is_ready(draft, until - timedelta(microseconds=1))
    assert is_sleeping(draft, until - timedelta(microseconds=1))
    assert is_ready(draft, until) and not is_sleeping(draft, until)
    assert time_left(draft, until - timedelta(hours=2)) == timedelta(hours=2)
    assert time_left(draft, until) == timedelta(0)
    assert time_left(draft, until + timedelta(days=1)) == timedelta(0)


@pytest.mark.parametrize("status", [DraftStatus.WRITING, DraftStatus.SENT, DraftStatus.DISCARDED])
def test_only_held_drafts_are_ready_or_sleeping(status):
    past = datetime(2020, 1, 1, tzinfo=UTC)
    draft = DraftData(client_id=1, status=status, hold_until=past)
    now = datetime(2024, 1, 1, tzinfo=UTC)
    assert not is_ready(draft, now) and not is_sleeping(draft, now)
    assert time_left(draft, now) == timedelta(0)


def test_a_discarded_draft_returns_to_what_it_was():
    until = datetime(2024, 6, 11, 6, 0, tzinfo=UTC)
    discarded_held = DraftData(client_id=1, status=DraftStatus.DISCARDED, hold_until=until)
    assert restored_status(discarded_held) == DraftStatus.HELD
    assert restored_status(DraftData(client_id=1, status=DraftStatus.DISCARDED)) == (
        DraftStatus.WRITING
    )


def test_the_draft_record_has_the_documented_defaults():
    draft = DraftData(client_id=3)
    assert (draft.subject, draft.body, draft.status, draft.uuid) == ("", "", "writing", "")
    assert draft.tone_signals == [] and draft.tone_signals is not DraftData(1).tone_signals
    assert [s.value for s in DraftStatus] == ["writing", "held", "sent", "discarded"]


def test_the_note_of_a_sent_draft():
    assert (
        sent_note_body("Angebot", "Hallo Anna,\n\nanbei.") == "**Angebot**\n\nHallo Anna,\n\nanbei."
    )
    assert sent_note_body("", "Nur Text") == "Nur Text"
    assert sent_note_body("  Zwei\nZeilen ", "x") == "**Zwei Zeilen**\n\nx"


# --- mailto ---------------------------------------------------------------------------------


def parts(url: str) -> tuple[str, dict[str, str]]:
    split = urlsplit(url)
    assert split.scheme == "mailto" and not split.fragment
    fields = {k: v[0] for k, v in parse_qs(split.query, keep_blank_values=True).items()}
    return unquote(split.path), fields


def test_mailto_encodes_umlauts_emoji_and_line_breaks():
    url = mailto_url("jörg@weiß.de", "Grüße aus Köln 🎉", "Hallo Jörg,\nbis Freitag!\n\nÜte")
    assert url.startswith("mailto:j%C3%B6rg@wei%C3%9F.de?subject=Gr%C3%BC%C3%9Fe%20aus%20K")
    assert "%F0%9F%8E%89" in url
    assert "body=Hallo%20J%C3%B6rg%2C%0D%0Abis%20Freitag%21%0D%0A%0D%0A%C3%9Cte" in url
    assert " " not in url and "\n" not in url and "+" not in url
    to, fields = parts(url)
    assert to == "jörg@weiß.de"
    assert fields == {
        "subject": "Grüße aus Köln 🎉",
        "body": "Hallo Jörg,\r\nbis Freitag!\r\n\r\nÜte",
    }


def test_mailto_line_breaks_of_any_kind_become_crlf():
    url = mailto_url("a@b.de", "", "eins\r\nzwei\rdrei\nvier")
    assert url == "mailto:a@b.de?body=eins%0D%0Azwei%0D%0Adrei%0D%0Avier"


@pytest.mark.parametrize("text", ["A & B", "warum?", "#1 Thema", "100 % sicher", "1+1=2", "a=b&c"])
def test_mailto_delimiters_in_the_text_cannot_cut_it_short(text):
    url = mailto_url("kunde@example.com", text, text)
    query = url.split("?", 1)[1]
    assert query.count("&") == 1 and "#" not in url
    assert parts(url)[1] == {"subject": text, "body": text}
    assert "%20" in url or " " not in text


def test_mailto_keeps_the_address_readable_and_encodes_what_would_break_it():
    assert mailto_url("anna.m+angebote@example.com", "", "") == (
        "mailto:anna.m+angebote@example.com"
    )
    url = mailto_url(" odd?name&x=1#y%@example.com ", "Hi", "")
    assert url == "mailto:odd%3Fname%26x%3D1%23y%25@example.com?subject=Hi"
    assert parts(url)[0] == "odd?name&x=1#y%@example.com"


def test_mailto_leaves_out_empty_fields_and_flattens_the_subject():
    assert mailto_url("a@b.de", "", "") == "mailto:a@b.de"
    assert mailto_url("", "Hi", "") == "mailto:?subject=Hi"
    assert mailto_url("a@b.de", "zwei\nZeilen", "") == "mailto:a@b.de?subject=zwei%20Zeilen"
