"""The checklist's rules: which status may follow which, and when a point is due, judged in the
user's own calendar days (the day boundary, time zones, a DST change)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from clientjournal.core.agreements.checklist import (
    DUE_SOON_DAYS,
    TRANSITIONS,
    AgreementCategory,
    AgreementStatus,
    DueState,
    InvalidTransition,
    can_transition,
    check_transition,
    due_state,
)
from clientjournal.core.agreements.templates import BUILTIN_TEMPLATES, builtin_templates

S = AgreementStatus
ALLOWED = {
    (S.OPEN, S.AGREED),
    (S.OPEN, S.BROKEN),
    (S.AGREED, S.OPEN),
    (S.AGREED, S.DONE),
    (S.AGREED, S.BROKEN),
    (S.DONE, S.AGREED),
    (S.BROKEN, S.AGREED),
    (S.BROKEN, S.OPEN),
}


# --- status transitions -------------------------------------------------------------------


@pytest.mark.parametrize("current", list(S))
@pytest.mark.parametrize("new", list(S))
def test_the_transition_table(current, new):
    expected = current == new or (current, new) in ALLOWED
    assert can_transition(current, new) is expected
    if expected:
        check_transition(current, new, note="what happened")
    else:
        with pytest.raises(InvalidTransition, match=f"from {current} to {new}"):
            check_transition(current, new, note="what happened")


def test_every_status_has_a_way_on():
    assert set(TRANSITIONS) == set(S)
    assert all(TRANSITIONS[status] for status in S)


@pytest.mark.parametrize(
    ("current", "new"),
    [(S.OPEN, S.DONE), (S.DONE, S.OPEN), (S.DONE, S.BROKEN), (S.BROKEN, S.DONE)],
)
def test_nothing_is_done_without_having_been_agreed(current, new):
    with pytest.raises(InvalidTransition):
        check_transition(current, new)


@pytest.mark.parametrize("note", ["", "   ", "\n\t"])
@pytest.mark.parametrize("current", [S.OPEN, S.AGREED])
def test_broken_needs_a_note(current, note):
    with pytest.raises(InvalidTransition, match="needs a short note"):
        check_transition(current, S.BROKEN, note)
    check_transition(current, S.BROKEN, "Rechnung drei Wochen überfällig")


def test_staying_broken_needs_no_new_note():
    check_transition(S.BROKEN, S.BROKEN)


def test_statuses_accept_their_stored_text():
    assert can_transition("open", "agreed")  # values as read from the database
    assert not can_transition("open", "done")


# --- due and overdue, in local calendar days ----------------------------------------------


def test_due_states_by_days_left(local_zone):
    local_zone("UTC")
    now = datetime(2025, 3, 5, 12, 0, tzinfo=UTC)
    cases = {
        date(2025, 3, 4): DueState.OVERDUE,
        date(2025, 3, 5): DueState.TODAY,
        date(2025, 3, 6): DueState.SOON,
        date(2025, 3, 5 + DUE_SOON_DAYS): DueState.SOON,
        date(2025, 3, 6 + DUE_SOON_DAYS): DueState.LATER,
    }
    for due_on, expected in cases.items():
        assert due_state(due_on, S.OPEN, now) is expected, due_on
        assert due_state(due_on, S.AGREED, now) is expected, due_on
    assert due_state(date(2025, 3, 10), S.OPEN, now, soon_days=3) is DueState.LATER


@pytest.mark.parametrize("status", [S.DONE, S.BROKEN])
def test_nothing_left_to_do_is_never_due(status):
    now = datetime(2025, 3, 5, 12, 0, tzinfo=UTC)
    assert due_state(date(2020, 1, 1), status, now) is DueState.NONE
    assert due_state(None, S.OPEN, now) is DueState.NONE


def test_overdue_from_local_midnight(local_zone):
    local_zone("Europe/Berlin")
    due = date(2025, 3, 5)
    last_second = datetime(2025, 3, 5, 22, 59, 59, tzinfo=UTC)  # 23:59:59 in Berlin (CET)
    midnight = datetime(2025, 3, 5, 23, 0, 0, tzinfo=UTC)  # 00:00 on the 6th in Berlin
    assert due_state(due, S.OPEN, last_second) is DueState.TODAY
    assert due_state(due, S.OPEN, midnight) is DueState.OVERDUE
    # A naive "now" is local time, the way the user reads the clock.
    assert due_state(due, S.OPEN, datetime(2025, 3, 5, 23, 59)) is DueState.TODAY
    assert due_state(due, S.OPEN, datetime(2025, 3, 6, 0, 0)) is DueState.OVERDUE


def test_the_same_instant_is_another_day_across_the_world(local_zone):
    instant = datetime(2025, 3, 5, 12, 30, tzinfo=UTC)
    due = date(2025, 3, 5)
    local_zone("Europe/Berlin")  # 13:30 on the 5th
    assert due_state(due, S.AGREED, instant) is DueState.TODAY
    local_zone("Pacific/Auckland")  # 01:30 on the 6th (NZDT, UTC+13)
    assert due_state(due, S.AGREED, instant) is DueState.OVERDUE
    local_zone("America/Los_Angeles")  # 04:30 on the 5th
    assert due_state(due, S.AGREED, instant) is DueState.TODAY
    assert due_state(date(2025, 3, 4), S.AGREED, instant) is DueState.OVERDUE


def test_the_day_boundary_after_a_dst_change(local_zone):
    local_zone("Europe/Berlin")  # clocks went forward on 2025-03-30: midnight is 22:00 UTC
    due = date(2025, 3, 30)
    assert due_state(due, S.OPEN, datetime(2025, 3, 30, 21, 59, tzinfo=UTC)) is DueState.TODAY
    assert due_state(due, S.OPEN, datetime(2025, 3, 30, 22, 0, tzinfo=UTC)) is DueState.OVERDUE
    due = date(2025, 10, 26)  # and back: midnight is 23:00 UTC again
    assert due_state(due, S.OPEN, datetime(2025, 10, 26, 22, 59, tzinfo=UTC)) is DueState.TODAY
    assert due_state(due, S.OPEN, datetime(2025, 10, 26, 23, 0, tzinfo=UTC)) is DueState.OVERDUE


# --- built-in templates -------------------------------------------------------------------


def test_builtin_templates_in_both_languages_ask_the_important_points():
    languages = {template.language for template in BUILTIN_TEMPLATES}
    assert languages == {"de", "en"}
    for template in BUILTIN_TEMPLATES:
        assert template.builtin and template.id is None and template.items
        categories = {item.category for item in template.items}
        assert {AgreementCategory.PRICE, AgreementCategory.REVISIONS} <= categories
        assert all(item.title.strip() and item.details.endswith("?") for item in template.items)


def test_builtin_templates_put_the_ui_language_first():
    assert [t.language for t in builtin_templates("en")][:2] == ["en", "en"]
    assert [t.language for t in builtin_templates("de")][:2] == ["de", "de"]
    assert builtin_templates() == list(BUILTIN_TEMPLATES)
