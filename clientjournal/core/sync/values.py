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
from clientjournal.core.sync.records import KINDS, SETTING, SYNCED_SETTINGS
from clientjournal.core.tags import MAX_TAGS
from clientjournal.core.timeutil import from_iso, to_iso
from clientjournal.core.validation import (
    MAX_COMPANY_LENGTH,
    MAX_NAME_LENGTH,
    MAX_PHONE_LENGTH,
    MAX_PROFILE_FIELDS,
    MAX_PROFILE_KEY_LENGTH,
    is_email,
    is_visible,
)

Check = Callable[[Any], bool]


def _text(value: Any) -> bool:
    return type(value) is str


def _text_up_to(high: int, low: int = 0) -> Check:
    """Text within the export schema's limits (what the journal's own import takes back: a
    value sync takes but import refuses would make the whole export unreadable)."""
    return lambda value: type(value) is str and low <= len(value) <= high


def _name(value: Any) -> bool:
    """A name the client dialog and the import take (core/validation.py): visible, not too long."""
    return type(value) is str and len(value) <= MAX_NAME_LENGTH and is_visible(value)


def _email(value: Any) -> bool:
    """Empty, or what the client dialog and the import take for an address."""
    return type(value) is str and (not value.strip() or is_email(value))


def _tags(value: Any) -> bool:
    return len(value) <= MAX_TAGS and all(
        1 <= len(tag) <= 100 and not tag.isspace() for tag in value
    )


def _text_or_null(value: Any) -> bool:
    return value is None or type(value) is str


_UTC = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}Z")


def _moment(value: Any) -> bool:
    """An ISO time that ``timeutil.from_iso`` reads and ``to_iso`` writes back (what the
    export and the search do with every stored time): its year is 1 to 9999 also in UTC.
    ``datetime.fromisoformat`` alone took 0001-01-01T00:00:00+01:00, and converting it to
    UTC overflowed in the export and the search on every computer that received it."""
    if type(value) is not str:
        return False
    if _UTC.fullmatch(value) is not None:  # how the journal writes times: UTC already
        try:
            datetime.fromisoformat(value[:-1])
        except ValueError:
            return False
        return True
    if value != value.strip():
        return False
    try:
        to_iso(from_iso(value))
    except (ValueError, OverflowError):
        return False
    return True


def _moment_or_null(value: Any) -> bool:
    return value is None or _moment(value)


_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _day(value: Any) -> bool:
    """A date as the journal writes it and its export schema takes it (YYYY-MM-DD, digits
    only: ``date.fromisoformat`` also takes forms like 2024-W01-1)."""
    if type(value) is not str or _DAY.fullmatch(value) is None:
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


def _signals(value: Any) -> bool:
    """A draft's tone signals: JSON text of a list of short texts (the journal parses it
    when it reads the row; the export lists them)."""
    if type(value) is not str:
        return False
    try:
        found = json.loads(value)
    except (ValueError, RecursionError):
        return False
    return type(found) is list and all(type(s) is str and len(s) <= 100 for s in found)


def _score(value: Any) -> bool:
    return value is None or (type(value) in (int, float) and 0 <= value <= 1)


_CURRENCY = re.compile(r"[A-Za-z]{3}")
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
        "name": _name,
        "company": _text_up_to(MAX_COMPANY_LENGTH),
        "email": _email,
        "phone": _text_up_to(MAX_PHONE_LENGTH),
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
        "body": _text_up_to(1_000_000),
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
        "field": _text_up_to(1_000_000, 1),
        "old": _text_up_to(1_000_000),
        "new": _text_up_to(1_000_000),
        "note": _text_up_to(1_000_000),
        "actor": _text,
    },
    "agreement_template": {**_COMMON, "name": _text, "language": _text, "items": _items},
    "draft": {
        **_COMMON,
        "subject": _text_up_to(100_000),
        "body": _text_up_to(1_000_000),
        "status": _one_of(DraftStatus),
        "held_at": _moment_or_null,
        "hold_until": _moment_or_null,
        "released_early_at": _moment_or_null,
        "sent_at": _moment_or_null,
        "tone_score": _score,
        "tone_signals": _signals,
    },
    "payment": {
        **_COMMON,
        "number": _text_up_to(200),
        "amount_cents": _integer(0, 100_000_000_000),
        "currency": _currency,
        "issued_on": _day,
        "due_on": _day,
        "paid_on": _day_or_null,
        "note": _text_up_to(1_000_000),
    },
    "setting": {"value": _setting},
}
"""Per kind, the columns whose values are checked, and its references (a UUID: text, or null
where the reference is optional); tags and profile entries have their own checks."""

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _uuid(value: Any) -> bool:
    """A UUID as the journal writes it and its export schema takes it (lower-case hex): a
    record or reference of any other form arrived, and the JSON export no longer imported."""
    return type(value) is str and _UUID.fullmatch(value) is not None


def _uuid_or_null(value: Any) -> bool:
    return value is None or _uuid(value)


MAX_SETTING_KEY = 100
MAX_SETTING_TEXT = 20_000
_SETTING_KEY = re.compile(r"[a-z][a-z0-9_]*(?:/[a-z0-9_][a-z0-9_.-]*)*")
"""A setting's key: lower-case ASCII words joined by ``/`` (``cooling/morning_hour``); no
empty part, no part that starts with a dot (``..``), nothing JSON escapes (a snapshot's line
is matched with its id as it is, ``snapshots._LINE_STARTS``)."""


def is_setting_key(key: str) -> bool:
    """A key a setting of this version or of a later one may have (see ``_SETTING_KEY``)."""
    if key in SYNCED_SETTINGS:
        return True
    return type(key) is str and len(key) <= MAX_SETTING_KEY and bool(_SETTING_KEY.fullmatch(key))


def is_record_id(kind_name: str, key: str) -> bool:
    """Whether ``key`` can name a record of the kind: a UUID, or for a setting its key (one
    this version does not know too: a later version's, see ``checks_of``)."""
    if kind_name == SETTING.name:
        return is_setting_key(key)
    return _uuid(key)


def _later_setting(value: Any) -> bool:
    """The value of a setting this version does not know (a later version's): text, as the
    journal's ``journal_setting.value`` holds every setting, of bounded length."""
    return type(value) is str and len(value) <= MAX_SETTING_TEXT


_LATER_SETTING: dict[str, Check] = {"value": _later_setting}


def checks_of(kind_name: str, record_id: str) -> dict[str, Check]:
    """``CHECKS`` of the kind, for the record ``record_id``: a setting this version does not
    know (a later version's: its key is well-formed, ``is_setting_key``) is kept and passed
    on, never read here, so its value is only checked to be text of bounded length; the
    settings this version knows keep their own checks."""
    if kind_name == SETTING.name and record_id not in SYNCED_SETTINGS:
        return _LATER_SETTING
    return CHECKS.get(kind_name, {})


CHECKS["client"]["merged_into"] = _uuid_or_null

for _kind in KINDS:
    for _ref in _kind.refs:
        CHECKS.setdefault(_kind.name, {})[_ref.field] = _uuid if _ref.required else _uuid_or_null


def _profile(value: Any) -> bool:
    """A profile entry: text of at most 20,000 characters, or null (removed), as the export
    schema has it; nothing nested (deep values crashed code that walks them recursively)."""
    return value is None or (type(value) is str and len(value) <= 20_000)


def acceptable(kind_name: str, field: str, value: Any, record_id: str | None = None) -> bool:
    """Whether the journal can keep ``value`` in ``field`` (a deleted record's fields may be
    null: a record created and deleted elsewhere before this journal saw it).  ``record_id``:
    the record's (see ``checks_of``); without it a setting is checked as one this version
    knows."""
    checks = CHECKS.get(kind_name, {}) if record_id is None else checks_of(kind_name, record_id)
    check = checks.get(field)
    if check is not None:
        return check(value)
    if field.startswith("profile/"):
        return len(field) - len("profile/") <= MAX_PROFILE_KEY_LENGTH and _profile(value)
    if field == "tags":
        return _tags(value)
    return True


ENDED_BEFORE_STARTED = "ended_before_started"
TOO_MANY_PROFILE_FIELDS = "too_many_profile_fields"
PROJECT_WITHOUT_NAME = "project_without_name"
PAID_BEFORE_ISSUED = "paid_before_issued"  # a payment due or paid before it was issued
HELD_WITHOUT_END = "held_without_end"  # a held draft without the time it is ready
FOREIGN_REFERENCE = "foreign_reference"  # another client's project or note
NAMELESS = "—"  # a project's name that showed nothing (in every language)


def repair_row(kind_name: str, values: dict[str, Any], profile: dict[str, Any] | None) -> list[str]:
    """What the editors and the import refuse across fields of one record, which each
    field's own check cannot see: they arrive one by one, each fine with the other's old
    value (one computer sets a client's start date, another its end date a week before).
    Stored, the JSON export of every such journal no longer imports.  Repaired in the row
    (``values``, ``profile`` as the row's profile entries), the same way on every computer,
    as the journal's state is the same: an end date before the start date is left empty
    (the field the client and project dialogs name), a profile keeps its first
    ``MAX_PROFILE_FIELDS`` entries by name.  Returns what was repaired (for the round's
    warning); the state keeps what arrived, so a later edit on either side still merges."""
    repaired = []
    if kind_name == "project" and not is_visible(str(values.get("name", ""))):
        values["name"] = NAMELESS  # the project dialog and the import take no such name
        repaired.append(PROJECT_WITHOUT_NAME)
    if kind_name in ("client", "project"):
        started, ended = values.get("started_on"), values.get("ended_on")
        if isinstance(started, str) and isinstance(ended, str) and ended < started:
            values["ended_on"] = None  # both YYYY-MM-DD (checked): text order is date order
            repaired.append(ENDED_BEFORE_STARTED)
    if kind_name == "payment":
        issued = values.get("issued_on")
        for name in ("due_on", "paid_on"):
            value = values.get(name)
            if isinstance(issued, str) and isinstance(value, str) and value < issued:
                values[name] = issued  # paid (or due) stays paid, on the day of the invoice
                repaired.append(PAID_BEFORE_ISSUED)
    if kind_name == "draft" and values.get("status") == "held" and values.get("hold_until") is None:
        values["hold_until"] = values.get("held_at") or values.get("updated_at")  # ready now
        repaired.append(HELD_WITHOUT_END)
    if profile is not None and len(profile) > MAX_PROFILE_FIELDS:
        for name in sorted(profile)[MAX_PROFILE_FIELDS:]:
            del profile[name]
        repaired.append(TOO_MANY_PROFILE_FIELDS)
    return repaired
