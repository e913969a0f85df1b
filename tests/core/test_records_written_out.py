"""``ClientData``, ``NoteData`` and ``DraftData`` are ``core.domain.Record``s, written out
instead of ``dataclass(slots=True)`` (issue 21: a dataclass compiles its methods at import,
before the window's first paint).  Each behaves as that dataclass did: made the same way with
the same defaults (a fresh list or dict each), compared, printed and left unhashable alike,
and ``dataclasses.replace`` and ``dataclasses.fields`` give what they gave."""

from __future__ import annotations

import dataclasses
from dataclasses import field
from datetime import UTC, date, datetime

import pytest

from clientjournal.core.cooling import DraftData, DraftStatus
from clientjournal.core.domain import AddressForm, ClientStatus, NoteKind
from clientjournal.core.records import ClientData, NoteData

_NONE = None
OLD_SPECS = {
    ClientData: [
        ("name", "str"),
        ("company", "str", field(default="")),
        ("email", "str", field(default="")),
        ("phone", "str", field(default="")),
        ("address_form", "AddressForm", field(default=AddressForm.SIE)),
        ("status", "ClientStatus", field(default=ClientStatus.ACTIVE)),
        ("started_on", "date | None", field(default=_NONE)),
        ("ended_on", "date | None", field(default=_NONE)),
        ("profile", "dict", field(default_factory=dict)),
        ("id", "int | None", field(default=_NONE)),
        ("uuid", "str", field(default="")),
        ("created_at", "datetime | None", field(default=_NONE)),
        ("updated_at", "datetime | None", field(default=_NONE)),
        ("deleted_at", "datetime | None", field(default=_NONE)),
        ("last_contact", "datetime | None", field(default=_NONE)),
        ("cadence_days", "int | None", field(default=_NONE)),
        ("tags", "list[str]", field(default_factory=list)),
    ],
    NoteData: [
        ("client_id", "int"),
        ("created_at", "datetime"),
        ("body", "str", field(default="")),
        ("kind", "NoteKind", field(default=NoteKind.NOTE)),
        ("mood", "int", field(default=0)),
        ("pinned", "bool", field(default=False)),
        ("id", "int | None", field(default=_NONE)),
        ("uuid", "str", field(default="")),
        ("updated_at", "datetime | None", field(default=_NONE)),
        ("tags", "list[str]", field(default_factory=list)),
    ],
    DraftData: [
        ("client_id", "int"),
        ("subject", "str", field(default="")),
        ("body", "str", field(default="")),
        ("status", "DraftStatus", field(default=DraftStatus.WRITING)),
        ("created_at", "datetime | None", field(default=_NONE)),
        ("updated_at", "datetime | None", field(default=_NONE)),
        ("held_at", "datetime | None", field(default=_NONE)),
        ("hold_until", "datetime | None", field(default=_NONE)),
        ("released_early_at", "datetime | None", field(default=_NONE)),
        ("sent_at", "datetime | None", field(default=_NONE)),
        ("sent_note_id", "int | None", field(default=_NONE)),
        ("tone_score", "float | None", field(default=_NONE)),
        ("tone_signals", "list[str]", field(default_factory=list)),
        ("id", "int | None", field(default=_NONE)),
        ("uuid", "str", field(default="")),
    ],
}
NOW = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
REQUIRED = {ClientData: ("Anna",), NoteData: (7, NOW), DraftData: (7,)}
FULL = {
    ClientData: (
        "Anna", "Co", "a@b.de", "123", AddressForm.DU, ClientStatus.PAUSED, date(2025, 1, 1),
        None, {"wants": "x"}, 3, "u-1", NOW, NOW, None, NOW, 14, ["a", "b"],
    ),
    NoteData: (7, NOW, "text", NoteKind.CALL, -1, True, 9, "u-2", NOW, ["t"]),
    DraftData: (
        7, "Re", "Hello", DraftStatus.HELD, NOW, NOW, NOW, NOW, None, None, None, 0.5,
        ["s"], 4, "u-3",
    ),
}  # fmt: skip


def _old(kind: type) -> type:
    """The dataclass ``kind`` was, made afresh from its old definition."""
    made = dataclasses.make_dataclass(kind.__name__, OLD_SPECS[kind], slots=True)
    made.__qualname__ = kind.__qualname__
    return made


KINDS = list(OLD_SPECS)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_a_record_is_made_and_shown_as_its_dataclass(kind):
    old = _old(kind)
    for values in (REQUIRED[kind], FULL[kind]):
        new, was = kind(*values), old(*values)
        assert repr(new) == repr(was)
        assert [getattr(new, n) for n in new._fields] == [getattr(was, n) for n in new._fields]
        named = kind(**{f.name: getattr(was, f.name) for f in dataclasses.fields(was)})
        assert named == new
    first, second = kind(*REQUIRED[kind]), kind(*REQUIRED[kind])
    factory_made = [
        f.name for f in dataclasses.fields(old) if f.default_factory is not dataclasses.MISSING
    ]
    for name in factory_made:
        assert getattr(first, name) == getattr(old(*REQUIRED[kind]), name)
        assert getattr(first, name) is not getattr(second, name)  # a fresh one each
    explicit = kind(*REQUIRED[kind], **{name: None for name in factory_made})
    assert all(getattr(explicit, name) is None for name in factory_made)  # as the dataclass
    assert not hasattr(first, "__dict__")
    with pytest.raises(AttributeError):
        first.unknown = 1  # slotted, as before
    with pytest.raises(TypeError):
        kind()  # the required fields stay required
    with pytest.raises(TypeError):
        kind(*FULL[kind], "one too many")


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_records_compare_by_value_and_are_unhashable(kind):
    a, b = kind(*FULL[kind]), kind(*FULL[kind])
    assert a == b and a is not b and (a != b) is False
    name = a._fields[-2]
    setattr(b, name, "changed")
    assert a != b
    assert a != _old(kind)(*FULL[kind])  # another class, as two dataclasses never compare equal
    assert (a == "x") is False
    with pytest.raises(TypeError):
        hash(a)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.__name__)
def test_dataclass_functions_work_as_before(kind):
    record = kind(*FULL[kind])
    old = _old(kind)
    assert dataclasses.is_dataclass(record) and dataclasses.is_dataclass(kind)
    mine = [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.compare)
            for f in dataclasses.fields(record)]  # fmt: skip
    theirs = [(f.name, f.type, f.default, f.default_factory, f.init, f.repr, f.compare)
              for f in dataclasses.fields(old)]  # fmt: skip
    assert mine == theirs
    copied = dataclasses.replace(record)
    assert copied == record and copied is not record and type(copied) is kind
    changed = dataclasses.replace(record, uuid="other")
    assert changed.uuid == "other" and record.uuid != "other"
    assert repr(dataclasses.replace(record, id=None)) == repr(
        dataclasses.replace(old(*FULL[kind]), id=None)
    )
    assert dataclasses.asdict(record) == dataclasses.asdict(old(*FULL[kind]))
    assert kind.__match_args__ == old.__match_args__
    with pytest.raises(TypeError):
        dataclasses.replace(record, unknown=1)


def test_fields_of_a_record_work_before_its_class_was_asked(monkeypatch):
    """``dataclasses.fields(record)`` looks at the record first: answered there too."""
    monkeypatch.delattr(NoteData, "__dataclass_fields__", raising=False)
    note = NoteData(1, NOW)
    assert [f.name for f in dataclasses.fields(note)] == list(NoteData._fields)
    monkeypatch.delattr(NoteData, "__dataclass_fields__", raising=False)
    assert dataclasses.replace(note, body="b").body == "b"
