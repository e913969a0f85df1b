"""Replies (drafts) and the sleep-on-it queue; each public write is one transaction.

The UI gets plain ``DraftData`` records and holds ids, like the note timeline.  What a draft
may do next is decided here, from its stored status, so a stale record in the UI can never
send a draft that is still asleep:

- writing --hold--> held; a held draft is sealed: ``save`` refuses changed text.
- held, not ready --release_early--> writing, with ``released_early_at`` recorded (the UI asks
  for the deliberate second step before it calls this).
- held and ready --reopen--> writing (to edit and re-rate it; nothing early to record).
- writing, or held and ready --mark_sent--> sent, and in the same transaction a note of kind
  email with the text.  A sleeping draft has to be released early first.
- writing or held --discard--> discarded --restore--> what it was: held if its ``hold_until``
  is still set (it was discarded while held; it may be ready by now), else writing.
  ``hold_until`` is set while a draft is held and cleared when it goes back to writing, which
  is what makes that rule work.
- discarded --delete_forever--> gone.

Invalid steps raise ``DraftStateError`` (a ``ValueError``) and write nothing.  Times are the
caller's ``now`` where the rule depends on it, so tests and the UI agree on "ready".
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from clientjournal.core import cooling
from clientjournal.core.cooling import (
    CLOSED_STATUSES,
    DEFAULT_MIN_REST,
    DEFAULT_MORNING_HOUR,
    OPEN_STATUSES,
    DraftData,
    DraftStateError,
    DraftStatus,
    is_ready,
    require,
    restored_status,
    sent_note_body,
)
from clientjournal.core.domain import NoteKind
from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import from_iso, to_iso, to_utc, utcnow
from clientjournal.store import notes
from clientjournal.store.models import Client, Draft, database, new_uuid, tuples

__all__ = [
    "DraftStateError",
    "delete_forever",
    "discard",
    "fetch",
    "get",
    "hold",
    "ids_for_client",
    "mark_sent",
    "queue",
    "queue_entry",
    "ready",
    "ready_count",
    "refresh_hold_times",
    "release_early",
    "reopen",
    "restore",
    "save",
    "unmark_sent",
]

_HELD = DraftStatus.HELD.value


def _to_record(row: Draft) -> DraftData:
    return DraftData(
        client_id=row.client_id,
        subject=row.subject,
        body=row.body,
        status=DraftStatus(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        held_at=row.held_at,
        hold_until=row.hold_until,
        released_early_at=row.released_early_at,
        sent_at=row.sent_at,
        sent_note_id=row.sent_note_id,
        tone_score=row.tone_score,
        tone_signals=list(row.tone_signals),
        id=row.id,
        uuid=row.uuid,
    )


def ids_for_client(client_id: int, include_closed: bool = False) -> list[int]:
    """The client's writing and held drafts (with ``include_closed`` also sent and discarded
    ones), most recently changed first."""
    statuses = OPEN_STATUSES + CLOSED_STATUSES if include_closed else OPEN_STATUSES
    query = (
        Draft.select(Draft.id)
        .where(Draft.client == client_id, Draft.status.in_([s.value for s in statuses]))
        .order_by(Draft.updated_at.desc(), Draft.id.desc())
    )
    return [row[0] for row in tuples(query)]


def fetch(ids: Iterable[int]) -> dict[int, DraftData]:
    wanted = list(ids)
    if not wanted:
        return {}
    return {row.id: _to_record(row) for row in Draft.select().where(Draft.id.in_(wanted))}


def get(draft_id: int) -> DraftData:
    found = fetch([draft_id])
    if draft_id not in found:
        raise KeyError(draft_id)
    return found[draft_id]


def _tone(draft: DraftData) -> tuple[float | None, list[str]]:
    score = draft.tone_score
    if score is not None:
        score = float(score)
        if math.isnan(score) or not 0.0 <= score <= 1.0:
            raise ValueError(f"a tone score is 0..1, not {draft.tone_score!r}")
    return score, [str(key) for key in draft.tone_signals]


def save(draft: DraftData) -> DraftData:
    """Insert a new draft (always as writing) or update one's text, subject and tone rating.

    Never changes the status: that is what the named steps below are for.  A held, sent or
    discarded draft is sealed: saving it with a changed subject or body raises
    ``DraftStateError`` (release it early, or reopen it once ready, to edit it), while saving
    it unchanged (an autosave of what is shown) does nothing.  Nothing is written either when
    a writing draft is saved unchanged, so an autosave on focus loss does not move it to the
    top of the list.  Returns the draft as stored; ``draft`` itself is left as it was.
    """
    score, signals = _tone(draft)
    now = utcnow()
    with database.atomic():
        if draft.id is None:
            if not Client.select().where(Client.id == draft.client_id).exists():
                raise ValueError(f"the client {draft.client_id} does not exist")
            row = Draft.create(
                uuid=draft.uuid or new_uuid(),
                client=draft.client_id,
                subject=draft.subject,
                body=draft.body,
                status=DraftStatus.WRITING.value,
                created_at=draft.created_at or now,
                updated_at=now,
                tone_score=score,
                tone_signals=signals,
            )
            return get(row.id)
        current = get(draft.id)
        if current.client_id != draft.client_id:
            raise ValueError("a draft cannot move to another client")
        same_text = (current.subject, current.body) == (draft.subject, draft.body)
        if current.status != DraftStatus.WRITING:
            if same_text:
                return current
            require(current, (DraftStatus.WRITING,), "edited")
        if same_text and (current.tone_score, current.tone_signals) == (score, signals):
            return current
        Draft.update(
            subject=draft.subject,
            body=draft.body,
            tone_score=score,
            tone_signals=signals,
            updated_at=now,
        ).where(Draft.id == draft.id).execute()
        return get(draft.id)


def _set(draft_id: int, **values: object) -> DraftData:
    Draft.update(**values).where(Draft.id == draft_id).execute()
    return get(draft_id)


def hold(
    draft_id: int,
    now: datetime,
    morning_hour: int = DEFAULT_MORNING_HOUR,
    min_rest: timedelta = DEFAULT_MIN_REST,
    tz: tzinfo | None = None,
) -> DraftData:
    """Sleep on it: a writing draft is held until ``cooling.hold_until(now, ...)`` (local time
    in ``tz``, default the system's zone).  An empty draft has nothing to sleep on."""
    with database.atomic():
        draft = get(draft_id)
        require(draft, (DraftStatus.WRITING,), "held")
        if not (draft.subject.strip() or draft.body.strip()):
            raise DraftStateError("an empty draft cannot be held")
        until = cooling.hold_until(now, morning_hour, min_rest, tz)
        return _set(
            draft_id, status=_HELD, held_at=to_utc(now), hold_until=until, updated_at=to_utc(now)
        )


def release_early(draft_id: int, now: datetime) -> DraftData:
    """Take a held draft out of the queue before it is ready; it goes back to writing and the
    release is recorded in ``released_early_at``.  The deliberate second step ("are you
    sure?") is the UI's, before calling this.  A draft that has become ready in the meantime is
    simply reopened (nothing early to record).  Raises ``DraftStateError`` if it is not held."""
    with database.atomic():
        draft = get(draft_id)
        require(draft, (DraftStatus.HELD,), "released")
        early = {} if is_ready(draft, now) else {"released_early_at": to_utc(now)}
        return _set(
            draft_id,
            status=DraftStatus.WRITING.value,
            hold_until=None,
            updated_at=to_utc(now),
            **early,
        )


def reopen(draft_id: int, now: datetime | None = None) -> DraftData:
    """A ready draft goes back to writing, to be edited and rated again (and held again if it
    still reads as heated).  A draft still asleep raises ``DraftStateError``: that is
    ``release_early``."""
    now = now or utcnow()
    with database.atomic():
        draft = get(draft_id)
        require(draft, (DraftStatus.HELD,), "reopened")
        if not is_ready(draft, now):
            raise DraftStateError(
                "the draft is not ready yet; releasing it early is a step of its own"
            )
        return _set(
            draft_id, status=DraftStatus.WRITING.value, hold_until=None, updated_at=to_utc(now)
        )


def mark_sent(draft_id: int, now: datetime) -> tuple[DraftData, int]:
    """The user sent it (copied, or through the mail client): in one transaction the draft
    becomes sent and its client gets a note of kind email at ``now`` with the text (the subject
    in bold as a first line).  Returns the draft and the note's id.

    Allowed for a writing draft and a ready one; a draft still asleep raises
    ``DraftStateError`` (release it early first), and so does an empty one.
    """
    with database.atomic():
        draft = get(draft_id)
        require(draft, OPEN_STATUSES, "marked sent")
        if draft.status == DraftStatus.HELD and not is_ready(draft, now):
            raise DraftStateError("the draft is still asleep; release it early to send it now")
        if not (draft.subject.strip() or draft.body.strip()):
            raise DraftStateError("an empty draft cannot be marked sent")
        note = notes.save(
            NoteData(
                client_id=draft.client_id,
                created_at=to_utc(now),
                body=sent_note_body(draft.subject, draft.body),
                kind=NoteKind.EMAIL,
                mood=0,
            )
        )
        if note.id is None:  # notes.save always assigns one; this keeps type checkers honest
            raise RuntimeError("the note was not stored")
        sent = _set(
            draft_id,
            status=DraftStatus.SENT.value,
            sent_at=to_utc(now),
            sent_note=note.id,
            updated_at=to_utc(now),
        )
    return sent, note.id


def unmark_sent(
    draft_id: int, now: datetime | None = None, note_id: int | None = None
) -> DraftData:
    """Undo ``mark_sent``: in one transaction the e-mail note it wrote is deleted (if it is
    still there) and the draft goes back to what it was: held (same ready time) if it was
    sent from the queue, else writing.  Raises ``DraftStateError`` unless the draft is sent.

    ``note_id``: that note as the caller found it by its uuid, when the draft no longer
    points at it: deleted, the draft let go of it (ON DELETE SET NULL), and an undo of the
    deletion put it back, perhaps under a new id."""
    with database.atomic():
        draft = get(draft_id)
        require(draft, (DraftStatus.SENT,), "unmarked as sent")
        sent_note_id = draft.sent_note_id if draft.sent_note_id is not None else note_id
        if sent_note_id is not None:
            # the user may have deleted the note already; the draft still comes back
            with contextlib.suppress(KeyError):
                notes.delete(sent_note_id)
        return _set(
            draft_id,
            status=restored_status(draft).value,
            sent_at=None,
            sent_note=None,
            updated_at=to_utc(now or utcnow()),
        )


def discard(draft_id: int, now: datetime | None = None) -> DraftData:
    """Move a writing or held draft to the trash; ``restore`` brings it back as it was."""
    with database.atomic():
        draft = get(draft_id)
        require(draft, OPEN_STATUSES, "discarded")
        return _set(
            draft_id, status=DraftStatus.DISCARDED.value, updated_at=to_utc(now or utcnow())
        )


def restore(draft_id: int, now: datetime | None = None) -> DraftData:
    """Take a draft out of the trash: held again (same ready time) if it was discarded while
    held, else writing."""
    with database.atomic():
        draft = get(draft_id)
        require(draft, (DraftStatus.DISCARDED,), "restored")
        status = restored_status(draft)
        return _set(draft_id, status=status.value, updated_at=to_utc(now or utcnow()))


def delete_forever(draft_id: int) -> DraftData:
    """Delete a discarded draft for good (emptying the trash); returns it as it was."""
    with database.atomic():
        draft = get(draft_id)
        require(draft, (DraftStatus.DISCARDED,), "deleted")
        Draft.delete().where(Draft.id == draft_id).execute()
    return draft


def queue(now: datetime) -> list[tuple[DraftData, str]]:
    """The held drafts of clients not in the trash, each with its client's name: ready ones
    first (longest ready first), then the sleeping ones by when they wake up."""
    # Tuples, each field converted by its own python_value as for a model row, without
    # building a model object per draft (800 held at ten times the demo journal).
    query = (
        Draft.select(*_RECORD_FIELDS, Client.name)
        .join(Client, on=(Draft.client == Client.id))
        .where(Draft.status == _HELD, Client.deleted_at.is_null())
        .order_by(Draft.hold_until, Draft.id)
    )
    rows = [(_tuple_record(row), row[-1]) for row in tuples(query)]
    return sorted(rows, key=lambda item: not is_ready(item[0], now))  # stable: keeps the order


_RECORD_FIELDS = (
    Draft.client,
    Draft.subject,
    Draft.body,
    Draft.status,
    Draft.created_at,
    Draft.updated_at,
    Draft.held_at,
    Draft.hold_until,
    Draft.released_early_at,
    Draft.sent_at,
    Draft.sent_note,
    Draft.tone_score,
    Draft.tone_signals,
    Draft.id,
    Draft.uuid,
)


def _tuple_record(row: tuple[Any, ...]) -> DraftData:
    """``_to_record`` of a row of ``_RECORD_FIELDS`` (in that order)."""
    return DraftData(
        client_id=row[0],
        subject=row[1],
        body=row[2],
        status=DraftStatus(row[3]),
        created_at=row[4],
        updated_at=row[5],
        held_at=row[6],
        hold_until=row[7],
        released_early_at=row[8],
        sent_at=row[9],
        sent_note_id=row[10],
        tone_score=row[11],
        tone_signals=list(row[12]),
        id=row[13],
        uuid=row[14],
    )


def ready(now: datetime) -> list[tuple[int, str]]:
    """The ready drafts of ``queue`` as (id, uuid), in its order (longest ready first): what
    the reply watch needs every 30 s, without building a record for every held draft (at ten
    times the demo journal, 800 held drafts, that took 18 ms of the UI thread)."""
    rows = database.execute_sql(
        "SELECT d.id, d.uuid FROM draft d JOIN client c ON c.id = d.client_id "
        "WHERE d.status = ? AND d.hold_until <= ? AND c.deleted_at IS NULL "
        "ORDER BY d.hold_until, d.id",
        (_HELD, to_iso(now)),
    ).fetchall()
    return [(draft_id, uuid) for draft_id, uuid in rows]


def queue_entry(draft_id: int) -> tuple[DraftData, str] | None:
    """One draft with its client's name, as ``queue`` gives it; None if it is gone."""
    row = database.execute_sql(
        "SELECT c.name FROM draft d JOIN client c ON c.id = d.client_id WHERE d.id = ?",
        (draft_id,),
    ).fetchone()
    found = fetch([draft_id])
    if row is None or draft_id not in found:
        return None
    return found[draft_id], row[0]


def ready_count(now: datetime) -> int:
    """How many held drafts are ready (the count shown in the window); trashed clients' not."""
    (count,) = database.execute_sql(
        "SELECT COUNT(*) FROM draft d JOIN client c ON c.id = d.client_id "
        "WHERE d.status = ? AND d.hold_until <= ? AND c.deleted_at IS NULL",
        (_HELD, to_iso(now)),
    ).fetchone()
    return count


def refresh_hold_times(
    morning_hour: int = DEFAULT_MORNING_HOUR,
    min_rest: timedelta = DEFAULT_MIN_REST,
    tz: tzinfo | None = None,
) -> int:
    """Recompute the ready time of every held draft (and of discarded ones that a restore
    would hold again) from when it was held, in the current local zone and settings; returns
    how many changed.

    Call it at start, when the system's zone changes and when the morning hour or the rest is
    changed: a draft written at 23:30 in Berlin is then ready at 08:00 in New York.  A draft
    that was ready may be asleep again afterwards (it is still night where the user is now).
    ``updated_at`` is not touched: this is not an edit, and must not win a merge.
    """
    changed = 0
    with database.atomic():
        # Plain rows, and only the time the hold started parsed: the stored ready time is
        # compared as the fixed-width text it is kept as (``to_iso``), and parsed only if that
        # differs (a third of the time at start with 800 held drafts was peewee's rows and
        # parsing).
        rows = database.execute_sql(
            "SELECT id, COALESCE(held_at, created_at), hold_until FROM draft "
            "WHERE hold_until IS NOT NULL AND status IN (?, ?)",
            (_HELD, DraftStatus.DISCARDED.value),
        ).fetchall()
        starts = [(from_iso(started), draft_id, until) for draft_id, started, until in rows]
        fresh_times = _hold_untils(sorted(starts), morning_hour, min_rest, tz)
        for (_, draft_id, until), fresh in zip(sorted(starts), fresh_times, strict=True):
            if to_iso(fresh) != until and fresh != from_iso(until):  # text, else instant
                Draft.update(hold_until=fresh).where(Draft.id == draft_id).execute()
                changed += 1
    return changed


def _hold_untils(
    starts: list[tuple[datetime, int, str]],
    morning_hour: int,
    min_rest: timedelta,
    tz: tzinfo | None,
) -> list[datetime]:
    """``cooling.hold_until`` of each start (sorted), the next morning found once per run of
    starts on one local day before it: the zone arithmetic of a next morning (~12 µs) was most
    of the 11 ms the refresh took at start with 800 held drafts.

    Exact: ``next_morning`` tries the mornings from the start's local day on and takes the
    first one after it; for a later start on the same day that is still before that morning,
    the mornings it skipped are before the later start too, so it takes the same one.
    """
    result: list[datetime] = []
    day: date | None = None
    anchor_morning: datetime | None = None
    for start, _, _ in starts:
        start_day = start.astimezone(tz).date()
        if start_day == day and anchor_morning is not None and start < anchor_morning:
            # hold_until's rule: the later of the next morning and the rest
            result.append(max(anchor_morning, start + min_rest))
            continue
        result.append(cooling.hold_until(start, morning_hour, min_rest, tz))
        day, anchor_morning = start_day, cooling.next_morning(start, morning_hour, tz)
    return result
