"""The vocabulary of a client relationship, shared by store, UI, import and export.

Values are stable identifiers (they appear in export files); labels for people live in the UI,
where they can be translated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import Field, FrozenInstanceError
from enum import StrEnum
from typing import Any, ClassVar

MOOD_MIN = -2
MOOD_MAX = 2


class ClientStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class AddressForm(StrEnum):
    """How to write to the client: German du/Sie, or in English first name/formal."""

    DU = "du"
    SIE = "sie"
    FIRST_NAME = "first_name"
    FORMAL = "formal"


class Salutation(StrEnum):
    """How a formal letter names the client: "Guten Tag Frau Müller" / "Dear Ms Müller", or,
    with none chosen, by the full name.  Kept in the profile under ``SALUTATION_KEY``."""

    NONE = ""
    MS = "ms"
    MR = "mr"


SALUTATION_KEY = "salutation"


class NoteKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    LUNCH = "lunch"


class ClientSort(StrEnum):
    NAME = "name"
    SURNAME = "surname"  # a person by the last word of the name, a company by its name
    LAST_CONTACT = "last_contact"


def clamp_mood(value: int) -> int:
    return max(MOOD_MIN, min(MOOD_MAX, int(value)))


class FrozenValue:
    """A small immutable record that compares, hashes and prints by its fields as a frozen
    dataclass does, without the six methods a dataclass compiles when its module is imported:
    ~0.5 ms each before the window's first paint (issue 21).  A subclass names its fields in
    ``_fields`` (in order) and in ``__slots__``, and sets them in ``__init__`` with ``_set``."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def _set(self, **values: object) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple[type, tuple[object, ...]]:
        """Copied and pickled by calling the class again with its fields, in order (each
        subclass takes them so, as its dataclass did): the default way sets the slots one by
        one, which ``__setattr__`` refuses (attack21b B1)."""
        return (self.__class__, self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self._values(), strict=True))
        return f"{self.__class__.__qualname__}({shown})"


NEW: Any = object()
"""A ``Record`` parameter's default where its dataclass had ``default_factory``: a fresh value
(``Record._factories``) for each record, while an explicit ``None`` stays ``None``."""


class _RecordType(type):
    """``Record``'s metaclass: makes a class's ``__dataclass_fields__`` on the first look."""

    def __getattr__(cls, name: str) -> Any:
        if name != "__dataclass_fields__" or cls is Record:
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        import dataclasses
        import inspect

        factories: dict[str, Callable[[], Any]] = cls._factories
        specs: list[tuple[str, object, Field[Any]]] = []
        for parameter in list(inspect.signature(cls).parameters.values()):
            name_, default = parameter.name, parameter.default
            if name_ in factories:
                made: Field[Any] = dataclasses.field(default_factory=factories[name_])
            elif default is inspect.Parameter.empty:
                made = dataclasses.field()
            else:
                made = dataclasses.field(default=default)
            specs.append((name_, parameter.annotation, made))
        shadow = dataclasses.make_dataclass(cls.__name__, specs)
        fields: dict[str, Field[Any]] = getattr(shadow, "__dataclass_fields__")  # noqa: B009
        type.__setattr__(cls, "__dataclass_fields__", fields)
        return fields


class Record(metaclass=_RecordType):
    """A mutable record that compares and prints by its fields as a ``dataclass(slots=True)``
    does (no hash, as such a dataclass), without the methods a dataclass compiles from
    generated source when its module is imported: ~4–5 M instructions a record before the
    window's first paint (issue 21).  ``dataclasses.replace`` and ``dataclasses.fields`` work
    on it: ``__dataclass_fields__`` is made on its first look, from ``__init__``'s signature
    (a parameter defaulting to ``NEW`` gets the factory named in ``_factories``).  A subclass
    names its fields in ``_fields`` (in ``__init__``'s order) and in ``__slots__``."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()
    _factories: ClassVar[dict[str, Callable[[], Any]]] = {}
    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]
    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable

    def __init_subclass__(cls) -> None:
        type.__setattr__(cls, "__match_args__", cls._fields)  # as a dataclass: ``case C(a, b)``

    def __getattr__(self, name: str) -> Any:
        """``dataclasses.fields(record)`` looks at the record before its class: made here."""
        if name == "__dataclass_fields__":
            return getattr(type(self), name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(self._fields, self._values(), strict=True))
        return f"{self.__class__.__qualname__}({shown})"


# Kinds that mean the two of you were actually in touch; a plain note is not contact.
CONTACT_KINDS = frozenset({NoteKind.CALL, NoteKind.MEETING, NoteKind.EMAIL, NoteKind.LUNCH})
