"""What syncs: each kind of record, its table, its fields and the records it refers to.

A field's value is the column's SQLite value as it is stored (text, integer, real or null), so
what one journal writes another stores byte for byte.  References travel as the other record's
UUID, never a row id.  Some fields are not columns:
- ``tags`` (clients, notes): the sorted tag names of the record's link table;
- ``profile/<key>`` (clients): one field per profile entry, so two devices that edit different
  entries of one profile both keep their edit (null: the entry was removed);
- ``items`` (agreement templates): the template's items, in order, as one list.
``_deleted`` is the tombstone of every kind: true for a deleted record (or a resolved
conflict), false again when an undo brings it back.  ``merged_into`` (clients) names the client
a duplicate was merged into (null again after the undo): what other computers write for the
merged client meanwhile follows it there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DELETED = "_deleted"
MERGED_INTO = "merged_into"
TAGS = "tags"
ITEMS = "items"
PROFILE_PREFIX = "profile/"


@dataclass(frozen=True)
class Ref:
    column: str  # the row-id column, e.g. "client_id"
    field: str  # the field carrying the UUID, e.g. "client"
    kind: str  # the kind it points at
    required: bool  # True: the record waits for it; False: null until it is there


@dataclass(frozen=True)
class Kind:
    name: str
    table: str
    columns: tuple[str, ...]  # plain columns, synced as they are
    required: tuple[str, ...]  # fields a record needs before it can be written (NOT NULL)
    refs: tuple[Ref, ...] = ()
    tags_table: str | None = None  # the link table of ``tags``, keyed by "<table>_id"
    profile: bool = False
    items: bool = False
    key_column: str = "uuid"
    extra: tuple[str, ...] = field(default=())  # fields that are no column (kept in sync_local)

    @property
    def parent(self) -> Ref | None:
        return next((ref for ref in self.refs if ref.required), None)


CLIENT = Kind(
    "client",
    "client",
    (
        "name", "company", "email", "phone", "address_form", "status", "started_on",
        "ended_on", "created_at", "updated_at", "deleted_at", "cadence_days", "demo",
    ),
    ("name", "created_at", "updated_at"),
    tags_table="client_tag",
    profile=True,
    extra=(MERGED_INTO,),
)  # fmt: skip
PROJECT = Kind(
    "project",
    "project",
    ("name", "status", "started_on", "ended_on", "created_at", "updated_at"),
    ("name", "created_at", "updated_at"),
    (Ref("client_id", "client", "client", True),),
)
NOTE = Kind(
    "note",
    "note",
    ("created_at", "updated_at", "kind", "mood", "body", "pinned"),
    ("created_at", "updated_at"),
    (Ref("client_id", "client", "client", True),),
    tags_table="note_tag",
)
AGREEMENT = Kind(
    "agreement",
    "agreement",
    (
        "title", "category", "status", "details", "due_on", "agreed_on", "position",
        "created_at", "updated_at",
    ),
    ("title", "created_at", "updated_at"),
    (
        Ref("client_id", "client", "client", True),
        Ref("project_id", "project", "project", False),
        Ref("source_note_id", "source_note", "note", False),
    ),
)  # fmt: skip
AGREEMENT_EVENT = Kind(
    "agreement_event",
    "agreement_event",
    ("at", "field", "old", "new", "note", "actor"),
    ("at", "field"),
    (Ref("agreement_id", "agreement", "agreement", True),),
)
TEMPLATE = Kind(
    "agreement_template",
    "agreement_template",
    ("name", "language", "created_at", "updated_at"),
    ("name", "created_at", "updated_at"),
    items=True,
)
DRAFT = Kind(
    "draft",
    "draft",
    (
        "subject", "body", "status", "created_at", "updated_at", "held_at", "hold_until",
        "released_early_at", "sent_at", "tone_score", "tone_signals",
    ),
    ("created_at", "updated_at"),
    (
        Ref("client_id", "client", "client", True),
        Ref("sent_note_id", "sent_note", "note", False),
    ),
)  # fmt: skip
PAYMENT = Kind(
    "payment",
    "payment",
    (
        "number", "amount_cents", "currency", "issued_on", "due_on", "paid_on", "note",
        "created_at", "updated_at",
    ),
    ("amount_cents", "issued_on", "due_on", "created_at", "updated_at"),
    (
        Ref("client_id", "client", "client", True),
        Ref("project_id", "project", "project", False),
    ),
)  # fmt: skip
SETTING = Kind("setting", "journal_setting", ("value",), ("value",), key_column="key")
NOTE_CONFLICT = Kind("note_conflict", "note_conflict", (), ())
"""Only its tombstone syncs (the user resolved it); the conflict itself every device derives
from the note's body versions (merge.py), so all of them find the same one."""

KINDS: tuple[Kind, ...] = (
    CLIENT, PROJECT, NOTE, AGREEMENT, AGREEMENT_EVENT, TEMPLATE, DRAFT, PAYMENT, SETTING,
    NOTE_CONFLICT,
)  # fmt: skip
"""In dependency order: a record's parents come before it (written first, deleted last)."""

BY_NAME = {kind.name: kind for kind in KINDS}
ORDER = {kind.name: i for i, kind in enumerate(KINDS)}

SYNCED_SETTINGS = ("cooling/morning_hour", "cooling/min_rest_hours", "clients/default_cadence_days")
"""The settings that belong to the journal (the others belong to the computer)."""


def is_known_field(kind: Kind, name: str) -> bool:
    if name in _KNOWN[kind.name]:
        return True
    return kind.profile and name.startswith(PROFILE_PREFIX) and len(name) > len(PROFILE_PREFIX)


def known_fields(kind: Kind) -> frozenset[str]:
    """The kind's fields apart from profile entries."""
    return _KNOWN[kind.name]


def _known(kind: Kind) -> frozenset[str]:
    names = {DELETED, *kind.columns, *(ref.field for ref in kind.refs), *kind.extra}
    if kind.tags_table is not None:
        names.add(TAGS)
    if kind.items:
        names.add(ITEMS)
    return frozenset(names)


_KNOWN = {kind.name: _known(kind) for kind in KINDS}
