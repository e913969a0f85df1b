"""Plain records passed between the store and the UI.

The UI never sees peewee models: it gets these, so no widget can trigger a lazy query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind


@dataclass(slots=True)
class ClientData:
    name: str
    company: str = ""
    email: str = ""
    phone: str = ""
    address_form: AddressForm = AddressForm.SIE
    status: ClientStatus = ClientStatus.ACTIVE
    started_on: date | None = None
    ended_on: date | None = None
    profile: dict = field(default_factory=dict)
    id: int | None = None
    uuid: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None
    last_contact: datetime | None = None  # derived from the notes, never stored
    cadence_days: int | None = None  # the wished contact rhythm; None: no rhythm agreed
    tags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class NoteData:
    client_id: int
    created_at: datetime
    body: str = ""
    kind: NoteKind = NoteKind.NOTE
    mood: int = 0
    pinned: bool = False
    id: int | None = None
    uuid: str = ""
    updated_at: datetime | None = None
    tags: list[str] = field(default_factory=list)
