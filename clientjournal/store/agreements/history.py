"""The history of an agreement: which field changed, from what to what, when, why and by whom.

Values are kept as text the way a person reads them and the way they survive an export to
another journal: dates as YYYY-MM-DD, statuses and categories as their stable values, a project
by its name (so the line still reads right after the project is deleted) and the note an
agreement came from by the note's UUID (ids differ between journals; UUIDs do not).  An empty
text means "none".  Events are only ever added, never changed; they go when their agreement goes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum

from clientjournal.core.agreements.checklist import HISTORY_FIELDS, AgreementData, AgreementEvent
from clientjournal.store.models import AgreementEvent as EventRow
from clientjournal.store.models import Note, Project, database, new_uuid, tuples

CREATED = "created"  # the first event of every agreement; ``new`` holds its first status
COMMENT = "note"  # a note added to the history without changing a field


def as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _names(
    model: type[Project] | type[Note], column: str, ids: Iterable[int | None]
) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    query = model.select(model.id, getattr(model, column)).where(model.id.in_(wanted))
    return dict(tuples(query))


def changes(old: AgreementData, new: AgreementData) -> list[tuple[str, str, str]]:
    """(field, old text, new text) for every recorded field that differs."""
    found = []
    for field in HISTORY_FIELDS:
        before, after = getattr(old, field), getattr(new, field)
        if isinstance(before, Enum):
            before = before.value
        if isinstance(after, Enum):
            after = after.value
        if before != after:
            found.append((field, before, after))
    if not found:
        return []
    projects = _names(Project, "name", (v for f, *vs in found if f == "project_id" for v in vs))
    notes = _names(Note, "uuid", (v for f, *vs in found if f == "source_note_id" for v in vs))
    lookup = {"project_id": projects, "source_note_id": notes}
    result = []
    for field, before, after in found:
        if field in lookup:
            before, after = lookup[field].get(before), lookup[field].get(after)
        result.append((field, as_text(before), as_text(after)))
    return result


def record(
    agreement_id: int,
    at: datetime,
    lines: list[tuple[str, str, str]],
    note: str = "",
    actor: str = "user",
) -> None:
    """Add history lines inside the caller's transaction.

    The note goes with the status change when there is one (a broken agreement says what
    happened), otherwise with the first line; a note without any change is kept as a line of
    its own (field ``"note"``).
    """
    note = note.strip()
    if not lines:
        if not note:
            return
        lines = [(COMMENT, "", "")]
    fields = [field for field, _, _ in lines]
    noted = fields.index("status") if "status" in fields else 0
    EventRow.insert_many(
        [
            {
                "uuid": new_uuid(),
                "agreement": agreement_id,
                "at": at,
                "field": field,
                "old": old,
                "new": new,
                "note": note if index == noted else "",
                "actor": actor,
            }
            for index, (field, old, new) in enumerate(lines)
        ]
    ).execute()


def to_event(row: EventRow) -> AgreementEvent:
    return AgreementEvent(
        agreement_id=row.agreement_id,
        at=row.at,
        field=row.field,
        old=row.old,
        new=row.new,
        note=row.note,
        actor=row.actor,
        id=row.id,
        uuid=row.uuid,
    )


def history(agreement_id: int) -> list[AgreementEvent]:
    """The agreement's history, oldest first."""
    query = (
        EventRow.select()
        .where(EventRow.agreement == agreement_id)
        .order_by(EventRow.at, EventRow.id)
    )
    return [to_event(row) for row in query]


def put_back(events: Iterable[AgreementEvent]) -> None:
    """Re-insert events exactly as they were (same ids and uuids), inside the caller's
    transaction; used by undo.  An id taken since (by a line another agreement's change
    wrote): the lines get new ids, in their order (the history orders lines of one instant
    by id); a line whose uuid is there again is not put back twice."""
    events = list(events)
    uuids = [event.uuid for event in events if event.uuid]
    there = {row.uuid for row in EventRow.select(EventRow.uuid).where(EventRow.uuid.in_(uuids))}
    ids = [event.id for event in events if event.id is not None]
    taken = {row.id for row in EventRow.select(EventRow.id).where(EventRow.id.in_(ids))}
    rows = [
        {
            "id": None if taken else event.id,  # new ones, in the lines' order
            "uuid": event.uuid or new_uuid(),
            "agreement": event.agreement_id,
            "at": event.at,
            "field": event.field,
            "old": event.old,
            "new": event.new,
            "note": event.note,
            "actor": event.actor,
        }
        for event in events
        if not (event.uuid and event.uuid in there)
    ]
    if rows:
        with database.atomic():
            EventRow.insert_many(rows).execute()
