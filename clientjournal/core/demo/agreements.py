"""Projects and agreement checklists for the demo journal.

They are drawn from a ``random.Random`` of their own (derived from the seed) after the clients
and notes, so the checklists did not change which clients and notes a seed gives.  A running
client has a current project with open points, some due soon and a few overdue; finished
projects are mostly done, and now and then an agreement was broken, with a note saying what
happened.  Every agreement has the history the app would have recorded.
"""

from __future__ import annotations

import bisect
import random
from datetime import date, timedelta
from typing import NamedTuple

from clientjournal.core.agreements.checklist import (
    AgreementCategory,
    AgreementData,
    AgreementEvent,
    AgreementStatus,
    ProjectData,
    ProjectStatus,
)
from clientjournal.core.demo import agreement_text as demo_agreement_text
from clientjournal.core.demo import text as demo_text
from clientjournal.core.demo.basics import DAY, at, epoch_date, random_uuid
from clientjournal.core.domain import ClientStatus
from clientjournal.core.records import NoteData

_S = AgreementStatus
_P = ProjectStatus
# Bags, as in demo.py: one rng.choice draws from them with the weights written out.
_PROJECT_COUNTS = (0,) * 15 + (1,) * 45 + (2,) * 28 + (3,) * 12
_ITEM_STATUS = {
    _P.ACTIVE: (_S.OPEN,) * 25 + (_S.AGREED,) * 45 + (_S.DONE,) * 23 + (_S.BROKEN,) * 7,
    _P.PLANNED: (_S.OPEN,) * 7 + (_S.AGREED,) * 3,
    _P.DONE: (_S.DONE,) * 80 + (_S.AGREED,) * 13 + (_S.BROKEN,) * 7,
    _P.CANCELLED: (_S.DONE,) * 4 + (_S.AGREED,) * 2 + (_S.BROKEN,) * 4,
    None: (_S.AGREED,) * 14 + (_S.DONE,) * 4 + (_S.BROKEN,) * 2,  # not tied to a project
}
# Days from today for a pending point with a due date: a few overdue, some soon, most later.
_DUE_OFFSETS = tuple(range(-25, 0)) + tuple(range(0, 8)) * 3 + tuple(range(8, 76))
_DUE_ODDS = {
    AgreementCategory.DEADLINE: 1.0,
    AgreementCategory.PAYMENT_TERMS: 1.0,
    AgreementCategory.REVISIONS: 0.4,
}
_GENERAL_CATEGORIES = (AgreementCategory.COMMUNICATION, AgreementCategory.PAYMENT_TERMS)
_C = AgreementCategory
# Every category, and the ones each project needs settled a second time.
_CATEGORY_BAG = (*_C, _C.SCOPE, _C.PRICE, _C.DEADLINE, _C.DEADLINE, _C.PAYMENT_TERMS)
_PAYMENT_DAYS = ("7", "10", "14", "14", "14", "30", "30")


class ClientSketch(NamedTuple):
    """What the checklists need to know about a generated client."""

    german: bool
    status: ClientStatus
    start: int  # epoch seconds: first contact
    end: int  # the last activity (now for a running relationship)
    projects: tuple[str, ...]  # project items of core.demo.text ("m Website-Relaunch", "logo")
    amounts: tuple[str, ...]  # money in the client's currency
    rates: tuple[str, ...]


class DemoAgreement(NamedTuple):
    """Indexes stand in for ids, which exist only once the journal is stored."""

    client: int  # into DemoJournal.clients
    project: int | None  # into DemoJournal.projects
    note: int | None  # into DemoJournal.notes: the note where it was agreed
    agreement: AgreementData


class Checklists(NamedTuple):
    projects: list[tuple[int, ProjectData]]  # client index, project
    agreements: list[DemoAgreement]
    events: list[tuple[int, AgreementEvent]]  # agreement index, event


class _Where(NamedTuple):
    """Where an agreement belongs: its client, its project (or none) and that project's span."""

    client: int
    sketch: ClientSketch
    project: int | None
    status: ProjectStatus | None
    begin: int
    stop: int  # nothing happens to it after this (the project's end, or now)
    noun: str  # the project as the text refers to it


class _Texts:
    def __init__(self, block: str) -> None:
        s = demo_text.sections(block)
        self.items = {
            category: tuple(tuple(item.split(" :: ")) for item in s[category.value])
            for category in AgreementCategory
        }
        self.broken, self.weekdays, self.rounds = s["broken"], s["weekday"], s["rounds"]


_TEXTS = {True: _Texts(demo_agreement_text.GERMAN), False: _Texts(demo_agreement_text.ENGLISH)}


_uuid, _date, _time = random_uuid, epoch_date, at


def project_name(item: str, german: bool) -> str:
    """``m Website-Relaunch`` -> ``Website-Relaunch``; ``website relaunch`` -> ``Website relaunch``."""
    noun = item.split(" ", 1)[1] if german else item
    return noun[:1].upper() + noun[1:]


class _Builder:
    def __init__(self, rng: random.Random, notes: list[tuple[int, NoteData]], now_ts: int) -> None:
        self.rng = rng
        self.now_ts = now_ts
        self.out = Checklists([], [], [])
        # Per client the times and indexes of its notes, oldest first, to link a source note.
        self.note_times: dict[int, tuple[list[int], list[int]]] = {}
        for note_index, (client, note) in enumerate(notes):
            times, indexes = self.note_times.setdefault(client, ([], []))
            times.append(int(note.created_at.timestamp()))
            indexes.append(note_index)

    def client(self, index: int, sketch: ClientSketch) -> None:
        rng, now_ts = self.rng, self.now_ts
        self.position = 0
        count = min(rng.choice(_PROJECT_COUNTS), len(sketch.projects))
        if sketch.status is ClientStatus.PROSPECT:
            count = min(count, 1)
        span = max(sketch.end - sketch.start, DAY)
        for k, item in enumerate(rng.sample(sketch.projects, count)):
            last = k == count - 1
            begin = sketch.start + span * k // count + int(rng.random() * 0.1 * span / count)
            finish = begin + int(span / count * rng.uniform(0.4, 0.9))
            status = _P.CANCELLED if rng.random() < 0.1 else _P.DONE
            if sketch.status is ClientStatus.PROSPECT or (
                last and sketch.status is ClientStatus.PAUSED and rng.random() < 0.4
            ):
                status = _P.PLANNED
            elif last and sketch.status is ClientStatus.ACTIVE:
                status = _P.ACTIVE
                begin = max(begin, now_ts - rng.randrange(20, 150) * DAY)
            begin = min(begin, now_ts)
            finish = min(max(finish, begin + 7 * DAY), sketch.end, now_ts)
            started_on: date | None = _date(begin)
            if status is _P.PLANNED:  # perhaps with a start date already fixed
                later = now_ts + rng.randrange(5, 40) * DAY
                started_on = _date(later) if rng.random() < 0.5 else None
            project = ProjectData(
                client_id=0,
                name=project_name(item, sketch.german),
                status=status,
                started_on=started_on,
                ended_on=_date(finish) if status in (_P.DONE, _P.CANCELLED) else None,
                uuid=_uuid(rng),
                created_at=_time(begin),
                updated_at=_time(finish if status in (_P.DONE, _P.CANCELLED) else begin),
            )
            self.out.projects.append((index, project))
            finished = status in (_P.DONE, _P.CANCELLED)
            where = _Where(
                index,
                sketch,
                len(self.out.projects) - 1,
                status,
                begin,
                finish if finished else now_ts,
                item.split(" ", 1)[1] if sketch.german else item,
            )
            for _ in range(rng.randint(3, 7)):
                self.agreement(where, rng.choice(_CATEGORY_BAG))
        if rng.random() < (0.5 if count else 0.25) and sketch.status is not ClientStatus.PROSPECT:
            where = _Where(index, sketch, None, None, sketch.start, sketch.end, "")
            for _ in range(rng.randint(1, 2)):
                self.agreement(where, rng.choice(_GENERAL_CATEGORIES))

    def agreement(self, where: _Where, category: AgreementCategory) -> None:
        rng, now_ts = self.rng, self.now_ts
        sketch, project_status = where.sketch, where.status
        texts = _TEXTS[sketch.german]
        title, details = rng.choice(texts.items[category])
        values = {
            "p": where.noun or ("Projekt" if sketch.german else "project"),
            "amount": rng.choice(sketch.amounts),
            "rate": rng.choice(sketch.rates),
            "weekday": rng.choice(texts.weekdays),
            "days": rng.choice(_PAYMENT_DAYS),
            "rounds": rng.choice(texts.rounds),
        }
        status = rng.choice(_ITEM_STATUS[project_status])
        if project_status is None and sketch.status is ClientStatus.ENDED and status is _S.AGREED:
            status = _S.DONE
        stop = max(where.begin, min(where.stop, now_ts))
        created = min(where.begin + rng.randrange(0, 10 * DAY), stop)
        agreed = min(created + rng.randrange(0, 14 * DAY), stop)
        settled = min(agreed + rng.randrange(DAY, 60 * DAY), stop)  # done or broken
        due_on = None
        if rng.random() < _DUE_ODDS.get(category, 0.1):
            if status in (_S.OPEN, _S.AGREED):
                if project_status in (_P.ACTIVE, _P.PLANNED):
                    offset = rng.choice(_DUE_OFFSETS)
                    # Planned work is not overdue yet, in any time zone: due from tomorrow
                    # (UTC); due today (UTC) read as overdue where it is already tomorrow.
                    offset = max(1, abs(offset)) if project_status is _P.PLANNED else offset
                    due_on = _date(now_ts) + timedelta(days=offset)
            else:
                due_on = _date(max(created, settled - rng.randrange(0, 5) * DAY))
        self.position += 1
        event_times = [created]
        if status is not _S.OPEN:
            event_times.append(agreed)
        if status in (_S.DONE, _S.BROKEN):
            event_times.append(settled)
        record = AgreementData(
            client_id=0,
            title=title.format_map(values),
            category=category,
            status=status,
            details=details.format_map(values),
            due_on=due_on,
            agreed_on=_date(agreed) if status is not _S.OPEN else None,
            position=self.position,
            uuid=_uuid(rng),
            created_at=_time(created),
            updated_at=_time(event_times[-1]),
        )
        note = self.source_note(where.client, agreed) if status is not _S.OPEN else None
        self.out.agreements.append(DemoAgreement(where.client, where.project, note, record))
        self.history(record, event_times, texts)

    def source_note(self, client: int, agreed: int) -> int | None:
        """Now and then the latest note before the agreement, where it was settled."""
        if self.rng.random() >= 0.35 or client not in self.note_times:
            return None
        times, indexes = self.note_times[client]
        position = bisect.bisect_right(times, agreed)
        return indexes[position - 1] if position else None

    def history(self, record: AgreementData, times: list[int], texts: _Texts) -> None:
        rng = self.rng
        agreement = len(self.out.agreements) - 1
        lines = [(times[0], "created", "", "open", "")]
        if record.status is not _S.OPEN:
            lines.append((times[1], "status", "open", "agreed", ""))
            lines.append((times[1], "agreed_on", "", _date(times[1]).isoformat(), ""))
        if record.status is _S.DONE:
            lines.append((times[2], "status", "agreed", "done", ""))
        elif record.status is _S.BROKEN:
            lines.append((times[2], "status", "agreed", "broken", rng.choice(texts.broken)))
        self.out.events.extend(
            (
                agreement,
                AgreementEvent(
                    agreement_id=0,
                    at=_time(ts),
                    field=name,
                    old=old,
                    new=new,
                    note=note,
                    uuid=_uuid(rng),
                ),
            )
            for ts, name, old, new, note in lines
        )


def generate_checklists(
    seed: int, sketches: list[ClientSketch], notes: list[tuple[int, NoteData]], now_ts: int
) -> Checklists:
    """Projects, agreements and their history for the clients sketched, in client order."""
    builder = _Builder(random.Random(f"clientjournal-checklists-{seed}"), notes, now_ts)
    for index, sketch in enumerate(sketches):
        builder.client(index, sketch)
    return builder.out
