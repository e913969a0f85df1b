"""A client's projects (engagements); each public write is one transaction.

Agreements can be grouped by project; deleting a project keeps its agreements (they lose the
project, and their history says so).
"""

from __future__ import annotations

from clientjournal.core.agreements.checklist import ProjectData, ProjectStatus
from clientjournal.core.timeutil import utcnow
from clientjournal.store.agreements import history as agreement_history
from clientjournal.store.models import Agreement, Project, database, new_uuid, tuples


def _to_record(row: Project) -> ProjectData:
    return ProjectData(
        client_id=row.client_id,
        name=row.name,
        status=ProjectStatus(row.status),
        started_on=row.started_on,
        ended_on=row.ended_on,
        id=row.id,
        uuid=row.uuid,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def list_projects(client_id: int) -> list[ProjectData]:
    """By start date, projects not started yet last; then in the order they were created."""
    query = (
        Project.select()
        .where(Project.client == client_id)
        .order_by(Project.started_on.is_null(), Project.started_on, Project.created_at, Project.id)
    )
    return [_to_record(row) for row in query]


def get_project(project_id: int) -> ProjectData:
    row = Project.get_or_none(Project.id == project_id)
    if row is None:
        raise KeyError(project_id)
    return _to_record(row)


def _field_values(project: ProjectData) -> dict:
    return {
        "client": project.client_id,
        "name": project.name.strip(),
        "status": ProjectStatus(project.status).value,
        "started_on": project.started_on,
        "ended_on": project.ended_on,
    }


def save_project(project: ProjectData) -> ProjectData:
    """Insert a new project or update one; returns it with id, uuid and times set."""
    now = utcnow()
    with database.atomic():
        if project.id is None:
            row = Project.create(
                uuid=project.uuid or new_uuid(),
                created_at=project.created_at or now,
                updated_at=now,
                **_field_values(project),
            )
            project.id, project.uuid, project.created_at = row.id, row.uuid, row.created_at
        else:
            current = Project.get_or_none(Project.id == project.id)
            if current is None:
                raise KeyError(project.id)
            if current.client_id != project.client_id:
                raise ValueError("a project cannot move to another client")
            Project.update(updated_at=now, **_field_values(project)).where(
                Project.id == project.id
            ).execute()
            project.uuid, project.created_at = current.uuid, current.created_at
    project.name = project.name.strip()
    project.updated_at = now
    return project


def delete_project(project_id: int) -> None:
    """Delete a project; its agreements stay with the client, without a project."""
    now = utcnow()
    with database.atomic():
        row = Project.get_or_none(Project.id == project_id)
        if row is None:
            return
        members = [
            agreement_id
            for (agreement_id,) in tuples(
                Agreement.select(Agreement.id).where(Agreement.project == project_id)
            )
        ]
        for agreement_id in members:
            agreement_history.record(agreement_id, now, [("project_id", row.name, "")])
        Agreement.update(project=None, updated_at=now).where(
            Agreement.project == project_id
        ).execute()
        Project.delete().where(Project.id == project_id).execute()
