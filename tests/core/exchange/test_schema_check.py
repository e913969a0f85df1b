"""The small JSON Schema validator: what it accepts, and that its messages read well."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clientjournal.core.exchange.schema_check import (
    SchemaProblem,
    UnsupportedSchemaError,
    Validator,
    describe,
    format_path,
    shown,
    validate,
)

EXPORT_SCHEMA = (
    Path(__file__).resolve().parents[3] / "clientjournal" / "resources" / "export-schema.json"
)

NOTE = {
    "type": "object",
    "required": ["uuid", "mood"],
    "additionalProperties": False,
    "properties": {
        "uuid": {"type": "string", "format": "uuid"},
        "mood": {"type": "integer", "minimum": -2, "maximum": 2},
        "kind": {"enum": ["note", "call"]},
        "due": {"type": ["string", "null"], "format": "date"},
    },
}
DOC = {
    "type": "object",
    "properties": {
        "format": {"const": "clientjournal"},
        "clients": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "status": {"enum": ["prospect", "active", "paused", "ended"]},
                    "notes": {"type": "array", "items": {"$ref": "#/$defs/note"}},
                    "profile": {"type": "object", "additionalProperties": {"type": "string"}},
                },
            },
        },
    },
    "$defs": {"note": NOTE},
}
UUID = "0b7e6a1c-3f57-4f0e-9a55-0d6c3f7f2b11"


def reasons(instance: object, schema: dict) -> list[str]:
    return [str(problem) for problem in validate(instance, schema)]


def test_a_valid_document_has_no_problems():
    doc = {"clients": [{"status": "active", "notes": [{"uuid": UUID, "mood": -2, "due": None}]}]}
    assert validate(doc, DOC) == []


def test_a_deep_problem_carries_its_json_path():
    notes = [{"uuid": UUID, "mood": 0} for _ in range(13)]
    notes[12]["mood"] = 7
    doc = {"clients": [{}, {}, {}, {"notes": notes}]}
    assert validate(doc, DOC) == [
        SchemaProblem(("clients", 3, "notes", 12, "mood"), "7 is more than the maximum 2")
    ]
    assert reasons(doc, DOC) == ["clients[3].notes[12].mood: 7 is more than the maximum 2"]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ({"mood": 0}, 'missing required field "uuid"'),
        ({"uuid": UUID, "mood": -3}, "mood: -3 is less than the minimum -2"),
        ({"uuid": UUID, "mood": "1"}, "mood: expected a whole number, got a text"),
        ({"uuid": UUID, "mood": True}, "mood: expected a whole number, got true"),
        ({"uuid": UUID, "mood": 1.5}, "mood: expected a whole number, got 1.5"),
        ({"uuid": UUID, "mood": 0, "kind": "lunch"}, "kind: the text is not one of note, call"),
        ({"uuid": UUID, "mood": 0, "colour": "red"}, "[field 3]: unexpected field"),
        ({"uuid": "not-a-uuid", "mood": 0}, "uuid: the text is not a UUID"),
        ({"uuid": UUID, "mood": 0, "due": 5}, "due: expected a string or null, got 5"),
        ({"uuid": UUID, "mood": 0, "due": "2024-02-30"}, "due: the text is not a date"),
    ],
)
def test_readable_reasons(note, expected):
    problems = reasons(note, NOTE)
    assert len(problems) == 1
    assert problems[0].startswith(expected)


def test_enum_message_lists_the_allowed_values():
    assert reasons({"clients": [{"status": "boss"}]}, DOC) == [
        "clients[0].status: the text is not one of prospect, active, paused, ended"
    ]


def test_const_and_top_level_type():
    assert reasons({"format": "other"}, DOC) == ['format: expected "clientjournal", got a text']
    assert reasons([], DOC) == ["expected an object, got a list"]


def test_integer_accepts_a_whole_float_as_json_does():
    assert validate({"uuid": UUID, "mood": 2.0}, NOTE) == []


def test_additional_properties_as_a_schema_and_odd_keys_in_paths():
    doc = {"clients": [{"profile": {"wants": "calm", "my needs": 3}}]}
    assert reasons(doc, DOC) == ["clients[0].profile[field 2]: expected a string, got 3"]


def test_one_problem_per_value_and_all_values_reported():
    schema = {"type": "array", "items": {"type": "string", "minLength": 3, "format": "date"}}
    assert reasons([5, "x", "2024-01-01"], schema) == [
        "[0]: expected a string, got 5",
        "[1]: the text is shorter than 3 characters",
    ]
    assert reasons([""], {"type": "array", "items": {"type": "string", "minLength": 1}}) == [
        "[0]: must not be empty"
    ]


def test_limit_stops_early():
    assert len(validate([1, 2, 3], {"items": {"type": "string"}}, limit=2)) == 2


def test_max_length_does_not_echo_a_huge_text():
    (problem,) = validate("x" * 5000, {"type": "string", "maxLength": 10})
    assert problem.reason == "text of 5,000 characters is longer than the maximum 10"


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("2024-05-01T08:00:00Z", True),
        ("2024-05-01T08:00:00.123456Z", True),
        ("2024-05-01T10:00:00+02:00", True),
        ("2024-05-01t08:00:00z", True),
        ("2024-05-01T08:00:00", False),  # no time zone: which instant would it be?
        ("2024-05-01 08:00:00Z", False),
        ("2024-13-01T08:00:00Z", False),
        ("2024-05-01T25:00:00Z", False),
        ("yesterday", False),
        ("2024-05-01T08:00:00Z\n", False),
    ],
)
def test_date_time_format(text, valid):
    assert (validate(text, {"type": "string", "format": "date-time"}) == []) is valid


@pytest.mark.parametrize(
    ("text", "valid"),
    [("2024-02-29", True), ("2023-02-29", False), ("20240101", False), ("2024-1-1", False)],
)
def test_date_format(text, valid):
    assert (validate(text, {"format": "date"}) == []) is valid


def test_pattern_end_anchor_means_end_of_text():
    schema = {"type": "string", "pattern": "^[0-9a-f]{4}$"}
    assert validate("beef", schema) == []
    assert reasons("beef\n", schema) == ["the text does not match ^[0-9a-f]{4}$"]
    assert reasons("BEEF", schema) == ["the text does not match ^[0-9a-f]{4}$"]


def test_unicode_digits_are_not_digits():
    assert validate("٢٠٢٤-٠١-٠١", {"format": "date"}) != []


def test_enum_and_const_compare_as_json():
    assert validate(1.0, {"const": 1}) == []
    assert reasons(True, {"const": 1}) == ["expected 1, got true"]
    assert reasons(0, {"enum": [False, None]}) == ["0 is not one of false, null"]


def test_boolean_schemas():
    assert validate({"a": 1}, {"properties": {"a": True}}) == []
    assert reasons({"a": 1}, {"properties": {"a": False}}) == ["a: no value is allowed here"]


def test_a_schema_may_refer_to_itself():
    tree = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": "#"}}},
    }
    doc = {"children": [{"children": [{"children": 3}]}]}
    assert reasons(doc, tree) == ["children[0].children[0].children: expected a list, got 3"]


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "oneOf": []},
        {"format": "email"},
        {"$ref": "https://example.com/schema.json"},
        {"$ref": "#/$defs/missing"},
        {"type": "text"},
    ],
)
def test_unsupported_schema_fails_loudly_rather_than_ignoring_a_rule(schema):
    with pytest.raises(UnsupportedSchemaError):
        Validator(schema)


def test_the_shipped_export_schema_compiles():
    schema = json.loads(EXPORT_SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Validator(schema)


def test_format_path_and_describe():
    assert format_path(("clients", 3, "notes", 12, "mood")) == "clients[3].notes[12].mood"
    assert format_path((0, "a b")) == '[0]["a b"]'
    assert format_path(()) == ""
    assert describe("Patient Jane Roe") == "a text"  # the file's text is never quoted
    assert shown("Zeile 1\nZeile 2") == '"Zeile 1\\nZeile 2"'  # the schema's may be
    assert shown("ä" * 100) == '"' + "ä" * 37 + '…"'
    assert len(shown("ä" * 100)) == 40
    assert (describe(None), describe(False), describe({}), describe([])) == (
        "null",
        "false",
        "an object",
        "a list",
    )
