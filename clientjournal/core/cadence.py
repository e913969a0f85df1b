"""The contact rhythm: when it is time to get in touch, and when it is too often.

The articles ask for both sides: keep a client informed ("don't let them wait for news"), but
do not nag.  A person counts "12 days ago" in calendar days where they live, not in 24-hour
blocks of UTC, so every count here is of local dates in the zone passed in (the system's by
default); a contact at 23:50 yesterday is one day ago at 00:10 today.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum

from clientjournal.core.domain import FrozenValue

NAG_LIMIT = 3
"""Contacts within one rhythm period from which on it reads as nagging.  Two in a period is a
question and its answer; three is more than twice the rhythm that was agreed."""

DUE_SOON_DAYS = 2  # "in touch in 2 days": a gentle heads-up before the day itself

DEFAULT_CADENCE_CHOICES = (7, 14, 21, 30, 60, 90)  # the rhythms offered first in the editor


class CadenceStatus(StrEnum):
    NONE = "none"  # no rhythm agreed with this client
    OK = "ok"
    DUE_SOON = "due_soon"
    DUE = "due"  # the rhythm's time has come
    TOO_OFTEN = "too_often"


def local_day(moment: datetime, zone: tzinfo | None = None) -> date:
    """The calendar day a moment falls on where the user is (``zone``; None: the system's)."""
    return moment.astimezone(zone).date()


class CadenceState(FrozenValue):
    _fields = (
        "cadence_days", "last_contact", "days_since", "next_due", "days_until_due",
        "contacts_in_period", "status",
    )  # fmt: skip
    __slots__ = _fields
    cadence_days: int | None
    last_contact: datetime | None
    days_since: int | None  # calendar days since the last contact; None: never in touch
    next_due: date | None  # the day the rhythm asks for the next contact
    days_until_due: int | None  # negative: that many days overdue
    contacts_in_period: int  # contacts within the last ``cadence_days`` days, today included
    status: CadenceStatus

    def __init__(
        self,
        cadence_days: int | None,
        last_contact: datetime | None,
        days_since: int | None,
        next_due: date | None,
        days_until_due: int | None,
        contacts_in_period: int,
        status: CadenceStatus,
    ) -> None:
        self._set(
            cadence_days=cadence_days,
            last_contact=last_contact,
            days_since=days_since,
            next_due=next_due,
            days_until_due=days_until_due,
            contacts_in_period=contacts_in_period,
            status=status,
        )


def cadence_state(
    cadence_days: int | None,
    contacts: Iterable[datetime],
    now: datetime,
    zone: tzinfo | None = None,
    known_since: datetime | None = None,
) -> CadenceState:
    """Where a client stands with its rhythm, from the times of the contacts with it.

    ``contacts`` are calls, meetings, e-mails and lunches (and replies sent from the app),
    in any order.  The period for "too often" is the last ``cadence_days`` calendar days up to
    and including today.  Nagging is checked first: a client contacted too often is never also
    "due".

    Without any contact the rhythm counts from ``known_since``, when the client was added:
    a client added a minute ago is not yet overdue, one added a rhythm ago is.  Without that
    either, there is nothing to count from and it is due at once.
    """
    today = local_day(now, zone)
    days = sorted((local_day(moment, zone), moment) for moment in contacts)
    last = days[-1][1] if days else None
    days_since = (today - days[-1][0]).days if days else None
    if not cadence_days:
        return CadenceState(None, last, days_since, None, None, 0, CadenceStatus.NONE)
    first_day_of_period = today - timedelta(days=cadence_days - 1)
    in_period = sum(1 for day, _ in days if first_day_of_period <= day <= today)
    if days:
        next_due = days[-1][0] + timedelta(days=cadence_days)
        until = (next_due - today).days
    elif known_since is not None:
        next_due = min(local_day(known_since, zone), today) + timedelta(days=cadence_days)
        until = (next_due - today).days
    else:
        next_due, until = today, 0
    if in_period >= NAG_LIMIT:
        status = CadenceStatus.TOO_OFTEN
    elif until <= 0:
        status = CadenceStatus.DUE
    elif until <= DUE_SOON_DAYS:
        status = CadenceStatus.DUE_SOON
    else:
        status = CadenceStatus.OK
    return CadenceState(cadence_days, last, days_since, next_due, until, in_period, status)
