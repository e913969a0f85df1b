"""The cooling-off queue's rules: when a held draft is ready, what a draft may do next, mailto.

The background articles advise to sleep a night over an angry reply.  "A night" is read as:
the draft is ready at the later of the next morning (the first ``morning_hour``:00 local time
strictly after it was put to sleep) and a minimum rest in real elapsed time.  So a reply
written at 10:00 waits until 08:00 the next day, one written at 02:00 until 10:00 the same day.

Local time is a ``ZoneInfo`` when one is given; otherwise the system's zone as the C library
sees it (``TZ``, ``/etc/localtime``), DST included, without needing to know its name.  The
ready time is stored in UTC; when the user's zone changes while a draft sleeps, the store
recomputes it from the time it was held (``store.drafts.refresh_hold_times``), so the draft is
still ready in the morning where the user is now.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from urllib.parse import quote

from clientjournal.core.domain import NEW, Record

DEFAULT_MORNING_HOUR = 8
DEFAULT_MIN_REST = timedelta(hours=8)
# How many days ahead a "next morning" is searched: one is enough everywhere except where a
# whole calendar day was skipped (Samoa, 30 December 2011).
_DAYS_AHEAD = 4


class DraftStatus(StrEnum):
    """Stable ids (they appear in export files); the UI translates them."""

    WRITING = "writing"  # being composed, not held
    HELD = "held"  # sleeping on it (ready once ``hold_until`` has passed)
    SENT = "sent"  # marked sent; it became a note of kind email
    DISCARDED = "discarded"  # in the trash; can be restored


OPEN_STATUSES = (DraftStatus.WRITING, DraftStatus.HELD)
CLOSED_STATUSES = (DraftStatus.SENT, DraftStatus.DISCARDED)


class DraftStateError(ValueError):
    """A step the draft's status does not allow (e.g. sending a draft that is still asleep)."""


class DraftData(Record):
    """A reply to a client, as the UI gets it.

    ``hold_until`` is set while the draft is held (and kept when it is sent or discarded from
    held, so a restore knows it was held); going back to writing clears it.  ``held_at`` is
    when it was last put to sleep, ``released_early_at`` when it was last taken out before it
    was ready.  ``tone_signals`` are the stable ``signal_keys`` of ``core.tone``.  A ``Record``,
    not a dataclass, which compiled its methods at import before the first paint (issue 21).
    """

    _fields = (
        "client_id", "subject", "body", "status", "created_at", "updated_at", "held_at",
        "hold_until", "released_early_at", "sent_at", "sent_note_id", "tone_score",
        "tone_signals", "id", "uuid",
    )  # fmt: skip
    __slots__ = _fields
    _factories = {"tone_signals": list}
    client_id: int
    subject: str
    body: str
    status: DraftStatus
    created_at: datetime | None
    updated_at: datetime | None
    held_at: datetime | None
    hold_until: datetime | None
    released_early_at: datetime | None
    sent_at: datetime | None
    sent_note_id: int | None
    tone_score: float | None
    tone_signals: list[str]
    id: int | None
    uuid: str

    def __init__(
        self,
        client_id: int,
        subject: str = "",
        body: str = "",
        status: DraftStatus = DraftStatus.WRITING,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        held_at: datetime | None = None,
        hold_until: datetime | None = None,
        released_early_at: datetime | None = None,
        sent_at: datetime | None = None,
        sent_note_id: int | None = None,
        tone_score: float | None = None,
        tone_signals: list[str] = NEW,
        id: int | None = None,
        uuid: str = "",
    ) -> None:
        self.client_id = client_id
        self.subject = subject
        self.body = body
        self.status = status
        self.created_at = created_at
        self.updated_at = updated_at
        self.held_at = held_at
        self.hold_until = hold_until
        self.released_early_at = released_early_at
        self.sent_at = sent_at
        self.sent_note_id = sent_note_id
        self.tone_score = tone_score
        self.tone_signals = [] if tone_signals is NEW else tone_signals
        self.id = id
        self.uuid = uuid


# --- the ready-time rule --------------------------------------------------------------------


def _wall(instant: datetime, tz: tzinfo | None) -> datetime:
    """The naive local wall-clock time of an aware instant."""
    return instant.astimezone(tz).replace(tzinfo=None)


def _instant(wall: datetime, tz: tzinfo | None, fold: int = 0) -> datetime:
    """The aware UTC instant of a naive local wall time (``fold`` picks one of a repeated hour).

    Without ``tz`` the naive ``timestamp()`` asks the C library, which knows the system zone's
    DST rules.  A wall time inside a gap comes back shifted by the gap (PEP 495); the caller
    checks for that.
    """
    if tz is None:
        return datetime.fromtimestamp(wall.replace(fold=fold).timestamp(), UTC)
    return wall.replace(tzinfo=tz, fold=fold).astimezone(UTC)


def _morning(day: date, hour: int, tz: tzinfo | None) -> datetime:
    """The instant of ``hour``:00 local time on ``day``: its first occurrence if the hour is
    repeated (clocks going back), the first valid time after it if it falls into a gap."""
    wall = datetime.combine(day, time(hour))
    first = _instant(wall, tz, fold=0)
    if _wall(first, tz) == wall:
        later = _instant(wall, tz, fold=1)
        return min(first, later) if _wall(later, tz) == wall else first
    # In a gap: fold=0 and fold=1 land on either side of the transition; the first instant
    # whose wall time is at or after ``wall`` is the transition itself.  Found by bisection
    # in whole seconds (transitions happen on whole seconds).
    low, high = sorted((first, _instant(wall, tz, fold=1)))
    if _wall(low, tz) >= wall:
        return low
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) // 2
        middle = middle.replace(microsecond=0)
        if middle <= low:
            middle = low + timedelta(seconds=1)
        if _wall(middle, tz) >= wall:
            high = middle
        else:
            low = middle
    return high


def next_morning(
    after: datetime, morning_hour: int = DEFAULT_MORNING_HOUR, tz: tzinfo | None = None
) -> datetime:
    """The first ``morning_hour``:00 local time strictly after ``after`` (aware UTC).

    One morning per calendar day: in the rare zone whose clocks go back over the morning hour,
    its second occurrence does not count as another morning.
    """
    if not 0 <= morning_hour <= 23:
        raise ValueError(f"the morning hour must be 0..23, not {morning_hour}")
    start = _as_utc(after, tz)
    day = _wall(start, tz).date()
    for offset in range(_DAYS_AHEAD):
        morning = _morning(day + timedelta(days=offset), morning_hour, tz)
        if morning > start:
            return morning
    raise ValueError(f"no {morning_hour}:00 local time within {_DAYS_AHEAD} days of {after}")


def _as_utc(value: datetime, tz: tzinfo | None) -> datetime:
    """Naive input is local time: in ``tz`` when given, else in the system's zone."""
    if value.tzinfo is None:
        value = _instant(value, tz)
    return value.astimezone(UTC)


def hold_until(
    created: datetime,
    morning_hour: int = DEFAULT_MORNING_HOUR,
    min_rest: timedelta = DEFAULT_MIN_REST,
    tz: tzinfo | None = None,
) -> datetime:
    """When a draft put to sleep at ``created`` is ready (aware UTC).

    The later of the next morning (the first ``morning_hour``:00 local time strictly after
    ``created``) and ``created + min_rest``; the rest is real elapsed time, so a DST night
    neither shortens nor lengthens it, while the morning stays 08:00 on the clock.
    ``tz``: a ``tzinfo`` (``ZoneInfo``) for local time; ``None`` is the system's zone.
    """
    if min_rest < timedelta(0):
        raise ValueError("the minimum rest cannot be negative")
    start = _as_utc(created, tz)
    return max(next_morning(start, morning_hour, tz), start + min_rest)


# --- state of a draft -----------------------------------------------------------------------


def is_ready(draft: DraftData, now: datetime) -> bool:
    """Held, and its time has come: it may be reread, edited, sent or discarded."""
    return (
        draft.status == DraftStatus.HELD
        and draft.hold_until is not None
        and draft.hold_until <= now
    )


def is_sleeping(draft: DraftData, now: datetime) -> bool:
    """Held and not ready yet: taking it out now is releasing early."""
    return draft.status == DraftStatus.HELD and not is_ready(draft, now)


def time_left(draft: DraftData, now: datetime) -> timedelta:
    """How long a held draft still sleeps; zero when it is ready or not held at all."""
    if draft.status != DraftStatus.HELD or draft.hold_until is None:
        return timedelta(0)
    return max(draft.hold_until - now, timedelta(0))


def restored_status(draft: DraftData) -> DraftStatus:
    """The status a discarded draft goes back to: held if it was discarded while held (its
    ``hold_until`` is still set), otherwise writing."""
    return DraftStatus.HELD if draft.hold_until is not None else DraftStatus.WRITING


def require(draft: DraftData, allowed: tuple[DraftStatus, ...], action: str) -> None:
    """Raises ``DraftStateError`` unless the draft's status is one of ``allowed``."""
    if DraftStatus(draft.status) not in allowed:
        raise DraftStateError(f"a {DraftStatus(draft.status)} draft cannot be {action}")


def sent_note_body(subject: str, body: str) -> str:
    """The text of the note a sent draft becomes: the subject in bold as a first line."""
    subject = " ".join(subject.split())
    return f"**{subject}**\n\n{body}" if subject else body


# --- mailto ---------------------------------------------------------------------------------

# RFC 6068 "qchar" minus what delimits the header fields ("?", "&", "=", "#", "%"): the
# address stays readable ("@", "+", "," between addresses), everything else is encoded.
_ADDRESS_SAFE = "@!$'()*+,;:._-~"


def mailto_url(to: str, subject: str, body: str) -> str:
    """An RFC 6068 ``mailto:`` URL with the subject and body percent-encoded as UTF-8.

    Line breaks become ``%0D%0A`` (whatever the draft used), spaces ``%20`` (a "+" would stay a
    plus sign in the mail client), and ``&``, ``?``, ``#``, ``%`` and ``+`` are encoded so they
    cannot cut the subject or body short.  Fields left empty are left out.
    """
    address = quote(to.strip(), safe=_ADDRESS_SAFE)
    fields = []
    if subject:
        fields.append("subject=" + quote(" ".join(subject.splitlines()), safe=""))
    if body:
        lines = body.replace("\r\n", "\n").replace("\r", "\n")
        fields.append("body=" + quote(lines.replace("\n", "\r\n"), safe=""))
    return f"mailto:{address}" + ("?" + "&".join(fields) if fields else "")
