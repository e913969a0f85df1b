"""Agreements with a client: what was settled up front, and where each point stands.

The background articles trace most trouble (extra revision rounds, late payment, cut invoices)
back to points that were never agreed; these rules keep the checklist honest: a status moves
only along sensible paths, and "due" is judged in the user's own calendar days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from clientjournal.core.agreements.status import AgreementStatus

DUE_SOON_DAYS = 7


class AgreementCategory(StrEnum):
    SCOPE = "scope"
    PRICE = "price"
    DEADLINE = "deadline"
    REVISIONS = "revisions"
    PAYMENT_TERMS = "payment_terms"
    COMMUNICATION = "communication"
    USAGE_RIGHTS = "usage_rights"
    OTHER = "other"


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    DONE = "done"
    CANCELLED = "cancelled"


# Where a status may go next.  Broken can be re-agreed (renegotiated); done can be re-opened
# as agreed when it turns out it was not really done; nothing jumps from open to done without
# having been agreed, because then it was never an agreement.
TRANSITIONS: dict[AgreementStatus, frozenset[AgreementStatus]] = {
    AgreementStatus.OPEN: frozenset({AgreementStatus.AGREED, AgreementStatus.BROKEN}),
    AgreementStatus.AGREED: frozenset(
        {AgreementStatus.OPEN, AgreementStatus.DONE, AgreementStatus.BROKEN}
    ),
    AgreementStatus.DONE: frozenset({AgreementStatus.AGREED}),
    AgreementStatus.BROKEN: frozenset({AgreementStatus.AGREED, AgreementStatus.OPEN}),
}


class InvalidTransition(ValueError):
    """A status change that the checklist does not allow (e.g. open straight to done)."""


def can_transition(current: AgreementStatus, new: AgreementStatus) -> bool:
    return new == current or new in TRANSITIONS[AgreementStatus(current)]


def check_transition(current: AgreementStatus, new: AgreementStatus, note: str = "") -> None:
    """Raises InvalidTransition; marking something broken needs a short note of what happened."""
    if not can_transition(current, new):
        raise InvalidTransition(f"an agreement cannot go from {current} to {new}")
    if new == AgreementStatus.BROKEN and current != new and not note.strip():
        raise InvalidTransition("marking an agreement broken needs a short note")


# The fields of AgreementData whose changes the history records, in the order they are recorded.
HISTORY_FIELDS = (
    "title",
    "category",
    "status",
    "details",
    "due_on",
    "agreed_on",
    "project_id",
    "source_note_id",
)


class DueState(StrEnum):
    NONE = "none"  # no due date, or nothing left to do
    LATER = "later"
    SOON = "soon"  # within DUE_SOON_DAYS
    TODAY = "today"
    OVERDUE = "overdue"


def due_state(
    due_on: date | None, status: AgreementStatus, now: datetime, soon_days: int = DUE_SOON_DAYS
) -> DueState:
    """Judged in local calendar days: due on the 5th is overdue from local midnight of the 6th."""
    if due_on is None or AgreementStatus(status) in (AgreementStatus.DONE, AgreementStatus.BROKEN):
        return DueState.NONE
    today = now.astimezone().date()
    days = (due_on - today).days
    if days < 0:
        return DueState.OVERDUE
    if days == 0:
        return DueState.TODAY
    if days <= soon_days:
        return DueState.SOON
    return DueState.LATER


@dataclass(slots=True)
class ProjectData:
    client_id: int
    name: str
    status: ProjectStatus = ProjectStatus.ACTIVE
    started_on: date | None = None
    ended_on: date | None = None
    id: int | None = None
    uuid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class AgreementData:
    client_id: int
    title: str
    category: AgreementCategory = AgreementCategory.OTHER
    status: AgreementStatus = AgreementStatus.OPEN
    details: str = ""
    project_id: int | None = None
    due_on: date | None = None
    agreed_on: date | None = None
    source_note_id: int | None = None  # the note (call, e-mail) where it was agreed
    position: int = 0
    id: int | None = None
    uuid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(slots=True)
class AgreementEvent:
    """One change in an agreement's history: which field, from what to what, when, and why."""

    agreement_id: int
    at: datetime
    field: str
    old: str
    new: str
    note: str = ""
    actor: str = "user"  # "user" or "import"
    id: int | None = None
    uuid: str = ""


# What the agreement editor holds unsaved during a sync round, kept beside the journal against
# a crash as text (``store/sync/held``): everything the user edits in it except the status,
# whose steps are queued for the round's end on their own.  The source note stays out: it is
# chosen from the notes, not typed, and rarely changed.
HELD_FIELDS = ("title", "details", "category", "due_on", "agreed_on", "project_id")


def held_text(item: AgreementData) -> dict[str, str]:
    """``item``'s ``HELD_FIELDS`` as the text they are kept in ("" for no date, no project)."""
    return {
        "title": item.title,
        "details": item.details,
        "category": AgreementCategory(item.category).value,
        "due_on": item.due_on.isoformat() if item.due_on else "",
        "agreed_on": item.agreed_on.isoformat() if item.agreed_on else "",
        "project_id": "" if item.project_id is None else str(item.project_id),
    }


def from_held_text(name: str, text: str) -> object:
    """The value of field ``name`` kept as ``text`` by ``held_text``; ValueError for text it
    cannot have written (the file is the app's own, but a crash may have cut it short)."""
    if name in ("title", "details"):
        return text
    if name == "category":
        return AgreementCategory(text)
    if name in ("due_on", "agreed_on"):
        return date.fromisoformat(text) if text else None
    if name == "project_id":
        return int(text) if text else None
    raise ValueError(name)
