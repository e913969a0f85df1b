"""A small JSON Schema (draft 2020-12) validator for the subset the export schema uses.

Why our own: the app ships with exact pins and a trimmed frozen build, and an import must say in
one plain line what is wrong and where (``clients[3].notes[12].mood: 7 is more than the maximum
2``), which general validators do not phrase for people.  The subset is small; a keyword outside
it raises ``UnsupportedSchemaError`` when the schema is compiled, so the schema can never grow a
rule that is silently not checked.

Supported: ``type`` (a name or a list, including ``"null"``), ``enum``, ``const``, ``properties``,
``required``, ``additionalProperties`` (false or a schema), ``items`` (one schema), ``minimum``,
``maximum``, ``minLength``, ``maxLength``, ``pattern``, ``format`` (``date-time``, ``date``,
``uuid``), boolean schemas and local ``$ref`` (``#/...``); annotations are ignored.  Patterns are
Python regular expressions compiled with ``re.ASCII``, and a final ``$`` means the true end of the
text, as in JSON Schema.

Each value gets at most one problem (a string of the wrong type is not also too short), so the
first problem is the one a person should fix first.  Validation compiles the schema into closures
once, and paths are built only when a problem is found: a 100,000-note export is checked in well
under a second.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

JsonPath = tuple[str | int, ...]
# A path while walking: (parent link, key) pairs, so descending costs one small tuple.
_Link = tuple[Any, str | int] | None
_Check = Callable[[Any, _Link, "_Collector"], None]

ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "$defs", "title", "description", "default", "examples"}
)
KEYWORDS = frozenset({
    "$ref", "type", "enum", "const", "properties", "required", "additionalProperties", "items",
    "minimum", "maximum", "minLength", "maxLength", "pattern", "format",
})  # fmt: skip
# JSON type name → (phrase for messages, exact Python types that surely match: a cheap first test)
_TYPES: dict[str, tuple[str, tuple[type, ...]]] = {
    "null": ("null", (type(None),)),
    "boolean": ("true or false", (bool,)),
    "integer": ("a whole number", (int,)),
    "number": ("a number", (int, float)),
    "string": ("a string", (str,)),
    "array": ("a list", (list,)),
    "object": ("an object", (dict,)),
}
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?(?:[Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_SHOWN_TEXT = 40


class UnsupportedSchemaError(ValueError):
    """The schema asks for something this validator cannot check."""


@dataclass(frozen=True, slots=True)
class SchemaProblem:
    path: JsonPath
    reason: str

    @property
    def location(self) -> str:
        return format_path(self.path)

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}" if self.path else self.reason


class UnnamedKey(str):
    """A key the schema does not name (a profile field, an unexpected field): it is the file's
    text, so a message shows its position in the object instead (``[field 2]``), unless the
    caller knows the key as one of its own words (``format_path``'s ``known``)."""

    key: str

    def __new__(cls, position: int, key: str) -> UnnamedKey:
        made = super().__new__(cls, str(position))
        made.key = key
        return made


def format_path(path: JsonPath, known: frozenset[str] = frozenset()) -> str:
    """``("clients", 3, "notes", 12, "mood")`` → ``clients[3].notes[12].mood``; a key the
    schema does not name shows as ``[field N]`` unless it is one of ``known``."""
    text = ""
    for part in path:
        if isinstance(part, UnnamedKey) and part.key not in known:
            text += f"[field {part}]"
        elif isinstance(part, UnnamedKey):
            text += f".{part.key}"
        elif isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER.fullmatch(part):
            text += f".{part}" if text else part
        else:
            text += f"[{json.dumps(part, ensure_ascii=False)}]"
    return text


def describe(value: object) -> str:
    """A value of the file as a short phrase for a message: its kind, never its text (a
    message may end up in a log or a bug report: "… "Patient Jane Roe HIV positive" is not
    a date-time" must not); numbers, true/false and null are shown."""
    if isinstance(value, str):
        return "a text"
    return shown(value)


def shown(value: object) -> str:
    """A value of the schema (an allowed value, a constant) as a short one-line phrase."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= _SHOWN_TEXT else text[: _SHOWN_TEXT - 1] + "…"
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= _SHOWN_TEXT else text[: _SHOWN_TEXT - 2] + '…"'
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return type(value).__name__


def validate(
    instance: object, schema: Mapping[str, Any] | bool, limit: int | None = None
) -> list[SchemaProblem]:
    """All problems (or the first ``limit``) in document order; empty means valid."""
    return Validator(schema).validate(instance, limit)


class _Enough(Exception):
    pass


class _Collector:
    __slots__ = ("limit", "problems")

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.problems: list[SchemaProblem] = []

    def add(self, link: _Link, reason: str) -> None:
        parts: list[str | int] = []
        while link is not None:
            link, key = link
            parts.append(key)
        self.problems.append(SchemaProblem(tuple(reversed(parts)), reason))
        if self.limit is not None and len(self.problems) >= self.limit:
            raise _Enough


def _is_type(value: object, name: str) -> bool:
    if name == "null":
        return value is None
    if name == "boolean":
        return isinstance(value, bool)
    if name == "string":
        return isinstance(value, str)
    if name == "object":
        return isinstance(value, Mapping)
    if name == "array":
        return isinstance(value, list | tuple)
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return isinstance(value, int | float)  # "number"


def _json_equal(a: object, b: object) -> bool:
    """Equality as JSON sees it: 1 == 1.0, but true is not 1."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return a == b
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def _is_date(text: str) -> bool:
    if not _DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_date_time(text: str) -> bool:
    if not _DATE_TIME.fullmatch(text):
        return False
    try:
        datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


_FORMATS: dict[str, tuple[Callable[[str], bool], str]] = {
    "date-time": (
        _is_date_time,
        "a date-time (ISO 8601 with a time zone, e.g. 2024-05-01T08:00:00Z)",
    ),
    "date": (_is_date, "a date (YYYY-MM-DD)"),
    "uuid": (lambda text: _UUID.fullmatch(text) is not None, "a UUID"),
}


def _compile_pattern(pattern: str) -> re.Pattern[str]:
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern, re.ASCII)


def _string_checks(node: Mapping[str, Any], where: str) -> list[Callable[[str], str | None]]:
    checks: list[Callable[[str], str | None]] = []
    if "minLength" in node:
        low = node["minLength"]
        checks.append(
            lambda v: (
                None
                if len(v) >= low
                else "must not be empty"
                if not v
                else f"the text is shorter than {low} characters"
            )
        )
    if "maxLength" in node:
        high = node["maxLength"]
        checks.append(
            lambda v: (
                None
                if len(v) <= high
                else f"text of {len(v):,} characters is longer than the maximum {high:,}"
            )
        )
    if "format" in node:
        if node["format"] not in _FORMATS:
            raise UnsupportedSchemaError(f"{where}: format {node['format']!r} is not supported")
        test, phrase = _FORMATS[node["format"]]
        checks.append(lambda v: None if test(v) else f"the text is not {phrase}")
    if "pattern" in node:
        regex = _compile_pattern(node["pattern"])
        source = node["pattern"]
        checks.append(lambda v: None if regex.search(v) else f"the text does not match {source}")
    return checks


def _number_checks(node: Mapping[str, Any]) -> list[Callable[[float], str | None]]:
    checks: list[Callable[[float], str | None]] = []
    if "minimum" in node:
        low = node["minimum"]
        checks.append(
            lambda v: None if v >= low else f"{describe(v)} is less than the minimum {low}"
        )
    if "maximum" in node:
        high = node["maximum"]
        checks.append(
            lambda v: None if v <= high else f"{describe(v)} is more than the maximum {high}"
        )
    return checks


def _whole_range(value: float) -> str | None:  # SQLite's INTEGER has 64 bits; JSON has no limit
    return None if -(2**63) <= value < 2**63 else f"{describe(value)} is too big a number to store"


class Validator:
    """A schema compiled once, to check many documents against it."""

    def __init__(self, schema: Mapping[str, Any] | bool) -> None:
        self._root = schema
        self._compiled: dict[int, _Check] = {}
        self._check = self._compile(schema, "#")

    def validate(self, instance: object, limit: int | None = None) -> list[SchemaProblem]:
        collector = _Collector(limit)
        with contextlib.suppress(_Enough):
            self._check(instance, None, collector)
        return collector.problems

    def _resolve(self, ref: str, where: str) -> Any:
        if not ref.startswith("#"):
            raise UnsupportedSchemaError(f"{where}: only local $ref is supported, not {ref!r}")
        node: Any = self._root
        for raw in filter(None, ref[1:].split("/")):
            key = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or key not in node:
                raise UnsupportedSchemaError(f"{where}: $ref {ref!r} points nowhere")
            node = node[key]
        return node

    def _compile(self, node: Mapping[str, Any] | bool, where: str) -> _Check:
        if node is True:
            return lambda value, link, out: None
        if node is False:
            return lambda value, link, out: out.add(link, "no value is allowed here")
        if not isinstance(node, Mapping):
            raise UnsupportedSchemaError(f"{where}: a schema must be an object or a boolean")
        if id(node) in self._compiled:
            return self._compiled[id(node)]
        unknown = set(node) - KEYWORDS - ANNOTATIONS
        if unknown:
            raise UnsupportedSchemaError(
                f"{where}: keyword {sorted(unknown)[0]!r} is not supported"
            )
        # A placeholder first, so a schema that refers to itself compiles.
        compiled: list[_Check] = []
        self._compiled[id(node)] = lambda value, link, out: compiled[0](value, link, out)
        compiled.append(self._build(node, where))
        self._compiled[id(node)] = compiled[0]
        return compiled[0]

    def _build(self, node: Mapping[str, Any], where: str) -> _Check:
        if "$ref" in node and not set(node) - ANNOTATIONS - {"$ref"}:
            return self._compile(self._resolve(node["$ref"], where), node["$ref"])
        types = node.get("type")
        type_names: tuple[str, ...] | None = None
        if types is not None:
            type_names = (types,) if isinstance(types, str) else tuple(types)
            if not set(type_names) <= _TYPES.keys():
                raise UnsupportedSchemaError(f"{where}: unknown type in {types!r}")
        sure_types = frozenset(t for name in type_names or () for t in _TYPES[name][1])
        expected = " or ".join(_TYPES[name][0] for name in type_names or ())
        ref_check = (
            self._compile(self._resolve(node["$ref"], where), node["$ref"])
            if "$ref" in node
            else None
        )
        enum = node.get("enum")
        enum_text = ", ".join(v if isinstance(v, str) else shown(v) for v in enum or ())
        enum_strings = frozenset(v for v in enum or () if isinstance(v, str))
        has_const, const = "const" in node, node.get("const")
        string_checks = _string_checks(node, where)
        number_checks = _number_checks(node)
        if type_names is not None and "integer" in type_names and "number" not in type_names:
            number_checks.append(_whole_range)
        required = tuple(node.get("required", ()))
        properties = {
            key: self._compile(sub, f"{where}/properties/{key}")
            for key, sub in node.get("properties", {}).items()
        }
        extra = node.get("additionalProperties", True)
        extra_check = None if extra is False else self._compile(extra, f"{where}/additional")
        items_check = self._compile(node["items"], f"{where}/items") if "items" in node else None

        def check_object(value: Mapping[str, Any], link: _Link, out: _Collector) -> None:
            for key in required:
                if key not in value:
                    out.add(link, f"missing required field {shown(key)}")
            for position, (key, item) in enumerate(value.items(), 1):
                sub = properties.get(key)
                if sub is None:
                    unnamed = UnnamedKey(position, key)
                    sub = extra_check
                    if sub is None:
                        out.add((link, unnamed), "unexpected field")
                        continue
                    sub(item, (link, unnamed), out)
                    continue
                sub(item, (link, key), out)

        def check(value: Any, link: _Link, out: _Collector) -> None:
            kind = type(value)
            if (
                type_names is not None
                and kind not in sure_types
                and not any(_is_type(value, name) for name in type_names)
            ):
                out.add(link, f"expected {expected}, got {describe(value)}")
                return
            if ref_check is not None:
                before = len(out.problems)
                ref_check(value, link, out)
                if len(out.problems) > before:
                    return
            if (
                enum is not None
                and not (kind is str and value in enum_strings)
                and not any(_json_equal(value, v) for v in enum)
            ):
                what = "the text" if kind is str else describe(value)
                out.add(link, f"{what} is not one of {enum_text}")
                return
            if has_const and not _json_equal(value, const):
                out.add(link, f"expected {shown(const)}, got {describe(value)}")
                return
            if kind is dict:
                check_object(value, link, out)
            elif kind is str or isinstance(value, str):
                for string_check in string_checks:
                    reason = string_check(value)
                    if reason is not None:
                        out.add(link, reason)
                        return
            elif kind is list or isinstance(value, list | tuple):
                if items_check is not None:
                    for index, item in enumerate(value):
                        items_check(item, (link, index), out)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                for number_check in number_checks:
                    reason = number_check(value)
                    if reason is not None:
                        out.add(link, reason)
                        return
            elif isinstance(value, Mapping):
                check_object(value, link, out)

        return check
