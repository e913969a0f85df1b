"""Plain records passed between the store and the UI.

The UI never sees peewee models: it gets these, so no widget can trigger a lazy query.
"""

from __future__ import annotations

from datetime import date, datetime

from clientjournal.core.domain import NEW, AddressForm, ClientStatus, NoteKind, Record


class ClientData(Record):
    """A client, as the store gives it (written out as a ``Record``, not a dataclass: issue 21).
    ``last_contact`` is derived from the notes, never stored; ``cadence_days`` is the wished
    contact rhythm (None: no rhythm agreed)."""

    _fields = (
        "name", "company", "email", "phone", "address_form", "status", "started_on",
        "ended_on", "profile", "id", "uuid", "created_at", "updated_at", "deleted_at",
        "last_contact", "cadence_days", "tags",
    )  # fmt: skip
    __slots__ = _fields
    _factories = {"profile": dict, "tags": list}
    name: str
    company: str
    email: str
    phone: str
    address_form: AddressForm
    status: ClientStatus
    started_on: date | None
    ended_on: date | None
    profile: dict
    id: int | None
    uuid: str
    created_at: datetime | None
    updated_at: datetime | None
    deleted_at: datetime | None
    last_contact: datetime | None
    cadence_days: int | None
    tags: list[str]

    def __init__(
        self,
        name: str,
        company: str = "",
        email: str = "",
        phone: str = "",
        address_form: AddressForm = AddressForm.SIE,
        status: ClientStatus = ClientStatus.ACTIVE,
        started_on: date | None = None,
        ended_on: date | None = None,
        profile: dict = NEW,
        id: int | None = None,
        uuid: str = "",
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
        deleted_at: datetime | None = None,
        last_contact: datetime | None = None,
        cadence_days: int | None = None,
        tags: list[str] = NEW,
    ) -> None:
        self.name = name
        self.company = company
        self.email = email
        self.phone = phone
        self.address_form = address_form
        self.status = status
        self.started_on = started_on
        self.ended_on = ended_on
        self.profile = {} if profile is NEW else profile
        self.id = id
        self.uuid = uuid
        self.created_at = created_at
        self.updated_at = updated_at
        self.deleted_at = deleted_at
        self.last_contact = last_contact
        self.cadence_days = cadence_days
        self.tags = [] if tags is NEW else tags


class NoteData(Record):
    """A note, as the store gives it (a ``Record``, not a dataclass: issue 21)."""

    _fields = (
        "client_id", "created_at", "body", "kind", "mood", "pinned", "id", "uuid",
        "updated_at", "tags",
    )  # fmt: skip
    __slots__ = _fields
    _factories = {"tags": list}
    client_id: int
    created_at: datetime
    body: str
    kind: NoteKind
    mood: int
    pinned: bool
    id: int | None
    uuid: str
    updated_at: datetime | None
    tags: list[str]

    def __init__(
        self,
        client_id: int,
        created_at: datetime,
        body: str = "",
        kind: NoteKind = NoteKind.NOTE,
        mood: int = 0,
        pinned: bool = False,
        id: int | None = None,
        uuid: str = "",
        updated_at: datetime | None = None,
        tags: list[str] = NEW,
    ) -> None:
        self.client_id = client_id
        self.created_at = created_at
        self.body = body
        self.kind = kind
        self.mood = mood
        self.pinned = pinned
        self.id = id
        self.uuid = uuid
        self.updated_at = updated_at
        self.tags = [] if tags is NEW else tags
