"""What a synced column may hold: the journal's constraints and what its code reads back.

A change file (or snapshot) that parses is not yet a value the journal can keep: another
device (a buggy or hostile one, or a bit flip that still parses) may send a mood of 999, a
status its enum does not know, or "not-a-time" as a time.  Stored, the first stops every round
on every computer (a CHECK constraint fails in the round's transaction), the others break the
window and the export wherever they arrive.  So every value is checked here, on reading, and a
file with one bad value is refused whole like a garbled one (reported, skipped, tried again).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from clientjournal.core.agreements.checklist import (
    AgreementCategory,
    AgreementStatus,
    ProjectStatus,
)
from clientjournal.core.cooling import DraftStatus
from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind
from clientjournal.core.sync.records import KINDS

Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return type(value) is str


def _text_or_null(value: Any) -> bool:
    return value is None or type(value) is str


def _moment(value: Any) -> bool:
    """An ISO time as ``timeutil.from_iso`` reads it."""
    if type(value) is not str:
        return False
    text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _moment_or_null(value: Any) -> bool:
    return value is None or _moment(value)


def _day(value: Any) -> bool:
    if type(value) is not str or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _day_or_null(value: Any) -> bool:
    return value is None or _day(value)


def _one_of(values: Any) -> Check:
    allowed = frozenset(str(v) for v in values)
    return lambda value: type(value) is str and value in allowed


def _integer(low: int, high: int, null: bool = False) -> Check:
    def check(value: Any) -> bool:
        if value is None:
            return null
        return type(value) is int and low <= value <= high

    return check


def _number_or_null(value: Any) -> bool:
    if value is None:
        return True
    if type(value) is int:
        return -_BIG <= value <= _BIG  # SQLite holds 64 bits
    return type(value) is float and math.isfinite(value)


def _json_text(value: Any) -> bool:
    """Text the journal parses as JSON when it reads the row (a draft's tone signals)."""
    if type(value) is not str:
        return False
    try:
        json.loads(value)
    except (ValueError, RecursionError):
        return False
    return True


_CURRENCY = re.compile(r"[A-Z]{3}")
_SETTING = re.compile(r"-?\d{1,6}")
_BIG = 2**62


def _currency(value: Any) -> bool:
    return type(value) is str and _CURRENCY.fullmatch(value) is not None


def _setting(value: Any) -> bool:
    return type(value) is str and _SETTING.fullmatch(value.strip()) is not None


def _items(value: Any) -> bool:
    """A template's items: [position, title, category, details] rows."""
    categories = _one_of(AgreementCategory)
    return all(
        type(position) is int and _text(title) and categories(category) and _text(details)
        for position, title, category, details in value
    )


_COMMON: dict[str, Check] = {"created_at": _moment, "updated_at": _moment}

CHECKS: dict[str, dict[str, Check]] = {
    "client": {
        **_COMMON,
        "name": _text,
        "company": _text,
        "email": _text,
        "phone": _text,
        "address_form": _one_of(AddressForm),
        "status": _one_of(ClientStatus),
        "started_on": _day_or_null,
        "ended_on": _day_or_null,
        "deleted_at": _moment_or_null,
        "cadence_days": _integer(1, 366, null=True),
        "demo": _integer(0, 1),
    },
    "project": {
        **_COMMON,
        "name": _text,
        "status": _one_of(ProjectStatus),
        "started_on": _day_or_null,
        "ended_on": _day_or_null,
    },
    "note": {
        **_COMMON,
        "kind": _one_of(NoteKind),
        "mood": _integer(-2, 2),
        "body": _text,
        "pinned": _integer(0, 1),
    },
    "agreement": {
        **_COMMON,
        "title": _text,
        "category": _one_of(AgreementCategory),
        "status": _one_of(AgreementStatus),
        "details": _text,
        "due_on": _day_or_null,
        "agreed_on": _day_or_null,
        "position": _integer(-_BIG, _BIG),
    },
    "agreement_event": {
        "at": _moment,
        "field": _text,
        "old": _text,
        "new": _text,
        "note": _text,
        "actor": _text,
    },
    "agreement_template": {**_COMMON, "name": _text, "language": _text, "items": _items},
    "draft": {
        **_COMMON,
        "subject": _text,
        "body": _text,
        "status": _one_of(DraftStatus),
        "held_at": _moment_or_null,
        "hold_until": _moment_or_null,
        "released_early_at": _moment_or_null,
        "sent_at": _moment_or_null,
        "tone_score": _number_or_null,
        "tone_signals": _json_text,
    },
    "payment": {
        **_COMMON,
        "number": _text,
        "amount_cents": _integer(0, _BIG),
        "currency": _currency,
        "issued_on": _day,
        "due_on": _day,
        "paid_on": _day_or_null,
        "note": _text,
    },
    "setting": {"value": _setting},
}
"""Per kind, the columns whose values are checked, and its references (a UUID: text, or null
where the reference is optional); tags and profile entries have their own checks."""

for _kind in KINDS:
    for _ref in _kind.refs:
        CHECKS.setdefault(_kind.name, {})[_ref.field] = _text if _ref.required else _text_or_null


MAX_PROFILE_DEPTH = 16
MAX_PROFILE_ITEMS = 10_000


def _profile(value: Any) -> bool:
    """A profile entry is any JSON, but not nested deeper or larger than a person writes:
    deeper values crash code that walks them recursively (every round, on every computer)."""
    pending = [(value, 0)]
    seen = 0
    while pending:
        item, depth = pending.pop()
        seen += 1
        if depth > MAX_PROFILE_DEPTH or seen > MAX_PROFILE_ITEMS:
            return False
        if isinstance(item, dict):
            pending.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            pending.extend((v, depth + 1) for v in item)
    return True


def acceptable(kind_name: str, field: str, value: Any) -> bool:
    """Whether the journal can keep ``value`` in ``field`` (a deleted record's fields may be
    null: a record created and deleted elsewhere before this journal saw it)."""
    check = CHECKS.get(kind_name, {}).get(field)
    if check is not None:
        return check(value)
    if field.startswith("profile/"):
        return _profile(value)
    return True
