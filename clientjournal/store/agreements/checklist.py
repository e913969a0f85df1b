"""The agreement checklist of a client: reading and writing; each public write is one transaction.

The UI gets plain ``AgreementData`` records and holds ids, like the note timeline.  Every change
to an agreement is recorded in its history (``agreement_history``); a status change has to be
one the checklist allows (``core.agreements.checklist.check_transition``), otherwise nothing is written.
Projects and the user's own templates have modules of their own; their functions are available
here too, so the UI needs only this module.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from peewee import Value

from clientjournal.core.agreements.checklist import (
    DUE_SOON_DAYS,
    AgreementCategory,
    AgreementData,
    AgreementEvent,
    AgreementStatus,
    InvalidTransition,
    check_transition,
)
from clientjournal.core.agreements.templates import AgreementTemplate
from clientjournal.core.timeutil import utcnow
from clientjournal.store.agreements import history as agreement_history
from clientjournal.store.agreements.history import CREATED, history
from clientjournal.store.agreements.projects import (
    delete_project,
    get_project,
    list_projects,
    save_project,
)
from clientjournal.store.agreements.templates import (
    delete_template,
    get_template,
    list_templates,
    save_template,
)
from clientjournal.store.models import (
    Agreement,
    Client,
    Note,
    Project,
    database,
    new_uuid,
    tuples,
)
from clientjournal.store.tab_counts import PENDING, summary_counts

__all__ = [
    "add_from_template",
    "delete",
    "delete_project",
    "delete_template",
    "due_items",
    "fetch",
    "get",
    "get_project",
    "get_template",
    "history",
    "ids_for_client",
    "list_projects",
    "list_templates",
    "move",
    "restore",
    "save",
    "save_project",
    "save_template",
    "set_status",
    "summary_counts",
]

# Statuses with something still to do: only these can be due or overdue.
_PENDING = PENDING


def _to_record(row: Agreement) -> AgreementData:
    return AgreementData(
        client_id=row.client_id,
        title=row.title,
        category=AgreementCategory(row.category),
        status=AgreementStatus(row.status),
        details=row.details,
        project_id=row.project_id,
        due_on=row.due_on,
        agreed_on=row.agreed_on,
        source_note_id=row.source_note_id,
        position=row.position,
        id=row.id,
        uuid=row.uuid,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _local_today() -> date:
    return utcnow().astimezone().date()


def ids_for_client(
    client_id: int, project_id: int | None = None, all_projects: bool = True
) -> list[int]:
    """Agreement ids in checklist order; ``all_projects=False`` keeps only those of
    ``project_id`` (``None``: those without a project)."""
    query = Agreement.select(Agreement.id).where(Agreement.client == client_id)
    if not all_projects:
        query = query.where(Agreement.project.is_null(project_id is None))
        if project_id is not None:
            query = query.where(Agreement.project == project_id)
    query = query.order_by(Agreement.position, Agreement.id)
    return [row[0] for row in tuples(query)]


def fetch(ids: Iterable[int]) -> dict[int, AgreementData]:
    wanted = list(ids)
    if not wanted:
        return {}
    return {row.id: _to_record(row) for row in Agreement.select().where(Agreement.id.in_(wanted))}


def get(agreement_id: int) -> AgreementData:
    found = fetch([agreement_id])
    if agreement_id not in found:
        raise KeyError(agreement_id)
    return found[agreement_id]


def _check_links(agreement: AgreementData) -> None:
    """The project and the note an agreement points at must be the same client's."""
    links = ((Project, agreement.project_id, "project"), (Note, agreement.source_note_id, "note"))
    for model, linked_id, what in links:
        if linked_id is None:
            continue
        owner = model.select(model.client).where(model.id == linked_id).tuples().first()
        if owner is None:
            raise ValueError(f"the {what} {linked_id} does not exist")
        if owner[0] != agreement.client_id:
            raise ValueError(f"the {what} {linked_id} belongs to another client")


def _field_values(agreement: AgreementData) -> dict:
    return {
        "title": agreement.title.strip(),
        "category": AgreementCategory(agreement.category).value,
        "status": AgreementStatus(agreement.status).value,
        "details": agreement.details,
        "project": agreement.project_id,
        "due_on": agreement.due_on,
        "agreed_on": agreement.agreed_on,
        "source_note": agreement.source_note_id,
    }


def _next_position(client_id: int) -> int:
    (last,) = database.execute_sql(
        "SELECT MAX(position) FROM agreement WHERE client_id = ?", (client_id,)
    ).fetchone()
    return (last or 0) + 1


def _insert(agreement: AgreementData, note: str, actor: str, now: datetime) -> None:
    status = AgreementStatus(agreement.status)
    if status == AgreementStatus.BROKEN and not note.strip():
        raise InvalidTransition("marking an agreement broken needs a short note")
    if status == AgreementStatus.AGREED and agreement.agreed_on is None:
        agreement.agreed_on = _local_today()
    _check_links(agreement)
    row = Agreement.create(
        uuid=agreement.uuid or new_uuid(),
        client=agreement.client_id,
        position=_next_position(agreement.client_id),
        created_at=agreement.created_at or now,
        updated_at=now,
        **_field_values(agreement),
    )
    agreement_history.record(row.id, now, [(CREATED, "", status.value)], note, actor)
    agreement.id = row.id


def _update(
    agreement: AgreementData,
    note: str,
    actor: str,
    now: datetime,
    history_from: AgreementData | None = None,
    quiet: bool = False,
) -> None:
    row = Agreement.get_or_none(Agreement.id == agreement.id)
    if row is None:
        raise KeyError(agreement.id)
    if row.client_id != agreement.client_id:
        raise ValueError("an agreement cannot move to another client")
    current = _to_record(row)
    status = AgreementStatus(agreement.status)
    check_transition(current.status, status, note)
    if (
        status == AgreementStatus.AGREED
        and current.status != status
        and agreement.agreed_on is None
    ):
        agreement.agreed_on = _local_today()
    _check_links(agreement)
    agreement.title = agreement.title.strip()
    changed = agreement_history.changes(current, agreement)
    lines = [] if quiet else agreement_history.changes(history_from or current, agreement)
    if not changed and not lines and not note.strip():
        return
    if changed:
        Agreement.update(updated_at=now, **_field_values(agreement)).where(
            Agreement.id == agreement.id
        ).execute()
    elif not quiet:  # only a note (or a typing session's line) for the history
        Agreement.update(updated_at=now).where(Agreement.id == agreement.id).execute()
    if lines or note.strip():
        agreement_history.record(row.id, now, lines, note, actor)


def save(
    agreement: AgreementData,
    note: str = "",
    actor: str = "user",
    *,
    quiet: bool = False,
    history_from: AgreementData | None = None,
) -> AgreementData:
    """Insert a new agreement (it goes last in the client's list) or update one.

    Typing is saved as it goes (``quiet``: the fields, no history line), and the history gets
    one line per typing session when it ends: ``history_from`` is the agreement as it was when
    the session began, so the line reads from that value to the final one.

    Every changed field is recorded in the history with ``note`` and ``actor``; a new agreement
    gets a "created" line.  A status change must be allowed by ``check_transition`` (broken
    needs a note): otherwise ``InvalidTransition`` is raised and nothing is written.  When the
    status becomes agreed and no date agreed is set, it is today (local).  Position, uuid and
    times are the store's (``move`` changes the position).  Returns the agreement as stored;
    ``agreement`` itself is left as it was.
    """
    agreement = dataclasses.replace(agreement)
    now = utcnow()
    with database.atomic():
        if agreement.id is None:
            _insert(agreement, note, actor, now)
        else:
            _update(agreement, note, actor, now, history_from, quiet)
        assert agreement.id is not None  # _insert set it
        return get(agreement.id)


def set_status(agreement_id: int, status: AgreementStatus, note: str = "") -> AgreementData:
    """Move an agreement to ``status``; raises ``InvalidTransition`` for a step not allowed."""
    with database.atomic():
        agreement = get(agreement_id)
        agreement.status = AgreementStatus(status)
        return save(agreement, note)


def delete(agreement_id: int) -> tuple[AgreementData, list[AgreementEvent]]:
    """Delete an agreement with its history; returns both so the UI can offer undo."""
    with database.atomic():
        agreement = get(agreement_id)
        events = history(agreement_id)
        Agreement.delete().where(Agreement.id == agreement_id).execute()
    return agreement, events


def restore(agreement: AgreementData, events: list[AgreementEvent]) -> int:
    """Put a deleted agreement back as it was: same id, uuid, position, times and history;
    returns its id.

    A project or note it pointed at that has gone since is left out rather than refused.
    SQLite gives a new row the highest id plus one, so the ids of the newest agreement and
    of its history's last lines, deleted, go to the next ones written (any agreement's
    change writes a line): those come back under new ids.  One whose uuid is there again
    (an import or a sync round brought it back) is left as it is.  Put back under the old
    ids, the insert failed (attack27c: Undo "Delete agreement" after another agreement was
    ticked raised in the undo stack and brought nothing back).
    """
    with database.atomic():
        back = Agreement.get_or_none(Agreement.uuid == agreement.uuid) if agreement.uuid else None
        if back is not None:
            return int(back.id)
        values = _field_values(agreement)
        if agreement.project_id is not None and not Project.get_or_none(
            Project.id == agreement.project_id
        ):
            values["project"] = None
        if agreement.source_note_id is not None and not Note.get_or_none(
            Note.id == agreement.source_note_id
        ):
            values["source_note"] = None
        now = utcnow()
        taken = agreement.id is not None and Agreement.get_or_none(Agreement.id == agreement.id)
        agreement_id = Agreement.insert(
            id=None if taken else agreement.id,
            uuid=agreement.uuid or new_uuid(),
            client=agreement.client_id,
            position=agreement.position,
            created_at=agreement.created_at or now,
            updated_at=agreement.updated_at or now,
            **values,
        ).execute()
        agreement_history.put_back(
            dataclasses.replace(event, agreement_id=agreement_id) for event in events
        )
    return int(agreement_id)


def move(agreement_id: int, new_row: int, ids_in_view: list[int]) -> list[int]:
    """Move an agreement to index ``new_row`` of ``ids_in_view`` (the order shown); returns the
    new order of the view.

    The view may show only some of the client's agreements (one project): the others keep
    their places, the view's agreements swap among the places they hold, and the positions of
    the whole list are rewritten as 1..n in one transaction.
    """
    with database.atomic():
        client = Agreement.select(Agreement.client).where(Agreement.id == agreement_id).first()
        if client is None:
            raise KeyError(agreement_id)
        rows = (
            Agreement.select(Agreement.id, Agreement.position)
            .where(Agreement.client == client.client_id)
            .order_by(Agreement.position, Agreement.id)
        )
        positions: dict[int, int] = dict(tuples(rows))
        full = list(positions)
        view = [i for i in dict.fromkeys(ids_in_view) if i in positions]
        if agreement_id not in view:
            raise ValueError(f"agreement {agreement_id} is not in the view")
        view.remove(agreement_id)
        view.insert(max(0, min(new_row, len(view))), agreement_id)
        shown = set(view)
        slots = [index for index, i in enumerate(full) if i in shown]
        for slot, i in zip(slots, view, strict=True):
            full[slot] = i
        now = utcnow()
        for position, i in enumerate(full, start=1):
            if positions[i] != position:
                Agreement.update(position=position, updated_at=now).where(
                    Agreement.id == i
                ).execute()
    return view


def add_from_template(
    client_id: int, project_id: int | None, template: AgreementTemplate
) -> list[int]:
    """Append the template's items to the client's list (open, with empty details: the item's
    question is a hint the editor shows, never content); returns their ids in template order.
    The history notes the template's name."""
    ids = []
    with database.atomic():
        for item in template.items:
            agreement = AgreementData(
                client_id=client_id,
                title=item.title,
                category=AgreementCategory(item.category),
                project_id=project_id,
            )
            saved = save(agreement, note=template.name)
            assert saved.id is not None
            ids.append(saved.id)
    return ids


def due_items(now: datetime, within_days: int = DUE_SOON_DAYS) -> list[tuple[AgreementData, str]]:
    """Open and agreed items due by local today + ``within_days`` (overdue ones included) of
    clients not in the trash, by due date and client name; each with its client's name."""
    limit = (now.astimezone().date() + timedelta(days=within_days)).isoformat()
    query = (
        Agreement.select(Agreement, Client.name.alias("client_name"))
        .join(Client, on=(Agreement.client == Client.id))
        .where(
            Agreement.due_on.is_null(False),
            Agreement.due_on <= Value(limit, converter=False),  # ISO text, as stored
            Agreement.status.in_(_PENDING),
            Client.deleted_at.is_null(),
        )
        .order_by(
            Agreement.due_on,
            Client.name.collate("cj_name"),
            Client.id,
            Agreement.position,
            Agreement.id,
        )
        .objects()
    )
    return [(_to_record(row), row.client_name) for row in query]  # type: ignore[attr-defined]  # .objects() puts the aliased client_name on each row
