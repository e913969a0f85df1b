"""The client dialog's limits applied to a JSON import (issue 18: one set of limits for every
way in, ``core/validation.py``), after the schema and before anything is written."""

from __future__ import annotations

from datetime import date
from typing import Any

from clientjournal.core.records import ClientData
from clientjournal.core.tags import MAX_TAGS
from clientjournal.core.validation import (
    PROBLEM_FIELDS,
    client_problems,
    is_visible,
    one_line,
    profile_problems,
)
from clientjournal.store.exchange.common import ImportFailed, location

ONE_LINE_FIELDS = ("name", "company", "email", "phone")
MAX_NOTE_CONFLICTS = 100
"""Open sync conflicts one note may carry in a file: two computers make one at a time; a
hundred is far more than a journal ever holds, and each may hold a note-sized text."""


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)  # the schema checked its form


def check_limits(source: str, document: Any) -> None:
    """What the client dialog refuses, the import refuses too (one set of limits for every
    way in, ``core/validation.py``): an empty or invisible name, an address that is none, an
    end before the start, an overlong company or phone, more tags than a record keeps, a
    profile no editor writes.  Named by the client's place and the field, never the value;
    an export written before these checks that holds such a value is refused the same way
    (the message names the client and the field to correct in the file).  A line break in a
    one-line field becomes a space, as when it is pasted into the dialog (``one_line``)."""
    for i, client in enumerate(document["clients"]):
        for key in ONE_LINE_FIELDS:
            client[key] = one_line(client[key])
        data = ClientData(
            name=client["name"],
            company=client["company"],
            email=client["email"],
            phone=client["phone"],
            started_on=_day(client["started_on"]),
            ended_on=_day(client["ended_on"]),
            tags=client.get("tags", []),
        )
        problems = client_problems(data) + profile_problems(client["profile"])
        if problems:
            field, kind = PROBLEM_FIELDS[problems[0]]
            raise ImportFailed(source, kind, location(document, ("clients", i, field)))
        for j, project in enumerate(client.get("projects", [])):
            _check_project(source, document, (i, j), project)
        for j, note in enumerate(client["notes"]):
            if len(note.get("tags", [])) > MAX_TAGS:
                kind = PROBLEM_FIELDS["too_many_tags"][1]
                where = location(document, ("clients", i, "notes", j, "tags"))
                raise ImportFailed(source, kind, where)
            if len(note.get("conflicts", ())) > MAX_NOTE_CONFLICTS:
                kind = f"more than {MAX_NOTE_CONFLICTS} open conflicts on one note"
                where = location(document, ("clients", i, "notes", j, "conflicts"))
                raise ImportFailed(source, kind, where)


def _check_project(source: str, document: Any, place: tuple[int, int], project: Any) -> None:
    """The project dialog's checks: a name that shows, on one line; no end before the start
    (a synced journal with one exported such a file, which no import took back)."""
    project["name"] = one_line(project["name"])
    where = ("clients", place[0], "projects", place[1])
    if not is_visible(project["name"]):
        kind = PROBLEM_FIELDS["name_missing"][1]
        raise ImportFailed(source, kind, location(document, (*where, "name")))
    started, ended = _day(project.get("started_on")), _day(project.get("ended_on"))
    if started and ended and ended < started:
        kind = PROBLEM_FIELDS["ended_before_started"][1]
        raise ImportFailed(source, kind, location(document, (*where, "ended_on")))
