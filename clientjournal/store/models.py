"""Peewee models of the journal.

The tables themselves are created by the numbered migrations in ``migrations.py``, never by
``create_table``, so that a journal written by any older version can be brought up to date.

Each model spells out ``id = AutoField()``, the very key peewee would add itself, so the type
checker knows ``Model.id`` (a column in queries, the row id on a row). The annotations such as
``client_id: int`` declare the id accessors peewee adds for each foreign key (``note.client_id``
without loading the client); peewee looks only at assigned fields, never at annotations.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, cast

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SelectBase,
    TextField,
)

from clientjournal.core.timeutil import from_iso, to_iso, utcnow

database = DatabaseProxy()


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def tuples(query: SelectBase) -> Iterable[tuple[Any, ...]]:
    """``query.tuples()``, typed as what it yields: peewee's stubs give ``.tuples()`` the
    query's own type, whose rows would be model instances."""
    return cast("Iterable[tuple[Any, ...]]", query.tuples())


class UtcDateTimeField(Field):
    """An aware datetime kept as fixed-width UTC ISO text, so it sorts and indexes as time."""

    field_type = "TEXT"

    def db_value(self, value: datetime | str | None) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = from_iso(value)
        return to_iso(value)

    def python_value(self, value: str | None) -> datetime | None:
        return None if value is None else from_iso(value)


class JsonField(TextField):
    def db_value(self, value: dict | None) -> str:
        return json.dumps(value or {}, ensure_ascii=False, sort_keys=True)

    def python_value(self, value: str | None) -> dict:
        return json.loads(value) if value else {}


class IsoDateField(DateField):
    def python_value(self, value: str | date | None) -> date | None:
        if value is None or isinstance(value, date):
            return value
        return date.fromisoformat(value)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Client(BaseModel):
    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    name = TextField()
    company = TextField(default="")
    email = TextField(default="")
    phone = TextField(default="")
    address_form = TextField(default="sie")
    status = TextField(default="active")
    started_on = IsoDateField(null=True)
    ended_on = IsoDateField(null=True)
    profile = JsonField(default=dict)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    deleted_at = UtcDateTimeField(null=True)
    cadence_days = IntegerField(null=True)
    demo = BooleanField(default=False)  # written by the demo, removable in one step (migration 7)


class Note(BaseModel):
    id = AutoField()
    client_id: int
    uuid = CharField(unique=True, default=new_uuid)
    client = ForeignKeyField(Client, backref="notes", on_delete="CASCADE", column_name="client_id")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    kind = TextField(default="note")
    mood = IntegerField(default=0)
    body = TextField(default="")
    pinned = BooleanField(default=False)


class Project(BaseModel):
    id = AutoField()
    client_id: int
    uuid = CharField(unique=True, default=new_uuid)
    client = ForeignKeyField(
        Client, backref="projects", on_delete="CASCADE", column_name="client_id"
    )
    name = TextField()
    status = TextField(default="active")
    started_on = IsoDateField(null=True)
    ended_on = IsoDateField(null=True)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


class Agreement(BaseModel):
    id = AutoField()
    client_id: int
    project_id: int | None
    source_note_id: int | None
    uuid = CharField(unique=True, default=new_uuid)
    client = ForeignKeyField(
        Client, backref="agreements", on_delete="CASCADE", column_name="client_id"
    )
    project = ForeignKeyField(
        Project, null=True, backref="agreements", on_delete="SET NULL", column_name="project_id"
    )
    title = TextField()
    category = TextField(default="other")
    status = TextField(default="open")
    details = TextField(default="")
    due_on = IsoDateField(null=True)
    agreed_on = IsoDateField(null=True)
    source_note = ForeignKeyField(
        Note, null=True, backref="agreements", on_delete="SET NULL", column_name="source_note_id"
    )
    position = IntegerField(default=0)
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


class AgreementEvent(BaseModel):
    """One line of an agreement's history (the record the UI gets is core's AgreementEvent)."""

    id = AutoField()
    agreement_id: int
    uuid = CharField(unique=True, default=new_uuid)
    agreement = ForeignKeyField(
        Agreement, backref="events", on_delete="CASCADE", column_name="agreement_id"
    )
    at = UtcDateTimeField(default=utcnow)
    field = TextField()
    old = TextField(default="")
    new = TextField(default="")
    note = TextField(default="")
    actor = TextField(default="user")


class AgreementTemplate(BaseModel):
    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    name = TextField()
    language = TextField(default="en")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


class AgreementTemplateItem(BaseModel):
    id = AutoField()
    template_id: int
    template = ForeignKeyField(
        AgreementTemplate, backref="items", on_delete="CASCADE", column_name="template_id"
    )
    position = IntegerField(default=0)
    title = TextField()
    category = TextField(default="other")
    details = TextField(default="")


class JsonListField(TextField):
    """A JSON list kept as text (the tone signals of a draft)."""

    def db_value(self, value: list | None) -> str:
        return json.dumps(list(value or []), ensure_ascii=False)

    def python_value(self, value: str | None) -> list:
        return json.loads(value) if value else []


class Draft(BaseModel):
    """A reply being written or slept on (the record the UI gets is core.cooling's DraftData)."""

    id = AutoField()
    client_id: int
    sent_note_id: int | None
    uuid = CharField(unique=True, default=new_uuid)
    client = ForeignKeyField(Client, backref="drafts", on_delete="CASCADE", column_name="client_id")
    subject = TextField(default="")
    body = TextField(default="")
    status = TextField(default="writing")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)
    held_at = UtcDateTimeField(null=True)
    hold_until = UtcDateTimeField(null=True)
    released_early_at = UtcDateTimeField(null=True)
    sent_at = UtcDateTimeField(null=True)
    sent_note = ForeignKeyField(
        Note, null=True, backref="drafts", on_delete="SET NULL", column_name="sent_note_id"
    )
    tone_score = FloatField(null=True)
    tone_signals = JsonListField(default=list)


class Tag(BaseModel):
    id = AutoField()
    name = TextField(unique=True)


class ClientTag(BaseModel):
    client_id: int
    tag_id: int
    client = ForeignKeyField(Client, on_delete="CASCADE", column_name="client_id")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", column_name="tag_id")

    class Meta:
        primary_key = CompositeKey("client", "tag")


class NoteTag(BaseModel):
    note_id: int
    tag_id: int
    note = ForeignKeyField(Note, on_delete="CASCADE", column_name="note_id")
    tag = ForeignKeyField(Tag, on_delete="CASCADE", column_name="tag_id")

    class Meta:
        primary_key = CompositeKey("note", "tag")


class Payment(BaseModel):
    """An invoice (the record the UI gets is core.payments' PaymentData)."""

    id = AutoField()
    client_id: int
    project_id: int | None
    uuid = CharField(unique=True, default=new_uuid)
    client = ForeignKeyField(
        Client, backref="payments", on_delete="CASCADE", column_name="client_id"
    )
    project = ForeignKeyField(
        Project, null=True, backref="payments", on_delete="SET NULL", column_name="project_id"
    )
    number = TextField(default="")
    amount_cents = IntegerField()
    currency = TextField(default="EUR")
    issued_on = IsoDateField()
    due_on = IsoDateField()
    paid_on = IsoDateField(null=True)
    note = TextField(default="")
    created_at = UtcDateTimeField(default=utcnow)
    updated_at = UtcDateTimeField(default=utcnow)


# Sync (migration 8; store/sync, docs/sync.md).  The sync tables are read and written with
# plain SQL by store/sync; the models say what the tables hold and keep the schema test whole.


class JournalSetting(BaseModel):
    """A setting that belongs to the journal and syncs (not the window's or the computer's)."""

    key = TextField(primary_key=True)
    value = TextField()


class NoteConflict(BaseModel):
    """The other text of a note whose body two devices edited at once, until resolved."""

    id = AutoField()
    note_id: int
    uuid = CharField(unique=True)
    note = ForeignKeyField(Note, backref="conflicts", on_delete="CASCADE", column_name="note_id")
    body = TextField()
    device_id = TextField()
    at = UtcDateTimeField()


class SyncDirty(BaseModel):
    kind = TextField()
    uuid = TextField()
    changed_at = IntegerField()

    class Meta:
        primary_key = CompositeKey("kind", "uuid")
        without_rowid = True


class SyncApplying(BaseModel):
    one = IntegerField(primary_key=True)


class SyncLocal(BaseModel):
    key = TextField(primary_key=True)
    value = TextField()


class SyncRecord(BaseModel):
    kind = TextField()
    uuid = TextField()
    fields = TextField()

    class Meta:
        primary_key = CompositeKey("kind", "uuid")
        without_rowid = True


class SyncRef(BaseModel):
    ref = TextField()
    kind = TextField()
    uuid = TextField()

    class Meta:
        primary_key = CompositeKey("ref", "kind", "uuid")
        without_rowid = True


class SyncFile(BaseModel):
    folder = TextField()
    path = TextField()
    size = IntegerField()
    mtime_ns = IntegerField()

    class Meta:
        primary_key = CompositeKey("folder", "path")
        without_rowid = True


class SyncDevice(BaseModel):
    folder = TextField()
    device = TextField()
    name = TextField(default="")
    upto = IntegerField(default=0)
    last_change_at = TextField(null=True)

    class Meta:
        primary_key = CompositeKey("folder", "device")
        without_rowid = True
