"""The limits every way in shares (core/validation.py): the client dialog, the JSON import,
the contacts import and sync check a client with these (attack 18 finding 3)."""

from __future__ import annotations

from datetime import date

import pytest

from clientjournal.core.records import ClientData
from clientjournal.core.tags import MAX_TAGS, normalize_tags
from clientjournal.core.validation import (
    PROBLEM_FIELDS,
    client_problems,
    is_email,
    is_visible,
    profile_problems,
)


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "\u200b",
        "\u200b\u200c\u200d\u2060\ufeff",
        "\u00a0\u3000",
        "\u3164",
        "\u2800",
        "\u202e\u200f",
    ],
)
def test_a_name_of_nothing_visible_is_missing(name: str) -> None:
    assert not is_visible(name)
    assert client_problems(ClientData(name=name)) == ["name_missing"]


@pytest.mark.parametrize("name", ["Ann", " Zoë ", "李", "🧘", "e\u0301", "ا"])
def test_a_visible_name_is_fine(name: str) -> None:
    assert is_visible(name)
    assert client_problems(ClientData(name=name)) == []


def test_each_field_over_its_limit_is_a_problem_the_import_can_name() -> None:
    client = ClientData(
        name="Ann",
        company="c" * 201,
        email="a" * 250 + "@x.de",
        phone="1" * 101,
        started_on=date(2024, 5, 1),
        ended_on=date(2020, 1, 1),
        tags=[str(n) for n in range(MAX_TAGS + 1)],
    )
    problems = client_problems(client)
    assert problems == [
        "company_too_long",
        "email_invalid",
        "phone_too_long",
        "ended_before_started",
        "too_many_tags",
    ]
    at_limits = ClientData(
        name="N" * 200,
        company="c" * 200,
        email="a" * 249 + "@x.de",
        phone="1" * 100,
        tags=[str(n) for n in range(MAX_TAGS)],
    )
    assert client_problems(at_limits) == []
    assert is_email("a" * 249 + "@x.de") and not is_email("a" * 250 + "@x.de")
    for problem in [*problems, "name_missing", "name_too_long"]:
        field, kind = PROBLEM_FIELDS[problem]
        assert field and kind


def test_profile_keys_are_bounded_but_not_part_of_the_dialog_check() -> None:
    many = {f"k{n}": "v" for n in range(101)}
    assert profile_problems(many) == ["profile_too_many_fields"]
    assert profile_problems({"k" * 65: "v"}) == ["profile_key_too_long"]
    assert profile_problems({"k" * 64: "v", "wants": "x"}) == []
    assert client_problems(ClientData(name="Ann", profile=many)) == []  # nothing to fix there


def test_the_store_keeps_no_more_tags_than_the_import_takes() -> None:
    assert len(normalize_tags(str(n) for n in range(100_000))) == MAX_TAGS


def test_sync_takes_no_client_value_the_import_would_refuse() -> None:
    """core/sync/values.py checks each synced value with the same limits: a value sync took
    but the import refuses would make the journal's own export unreadable."""
    from clientjournal.core.sync.values import acceptable

    refused = [
        ("name", "\u200b"),
        ("name", "   "),
        ("name", "N" * 201),
        ("company", "c" * 201),
        ("email", "not an address"),
        ("email", "a" * 250 + "@x.de"),
        ("phone", "1" * 101),
        ("tags", [f"t{n}" for n in range(101)]),
        ("profile/" + "k" * 65, "v"),
    ]
    for field, value in refused:
        assert not acceptable("client", field, value), field
    taken = [
        ("name", "Zoë"),
        ("company", "c" * 200),
        ("email", ""),
        ("email", "anna@bäckerei.de"),
        ("phone", "1" * 100),
        ("tags", [f"t{n}" for n in range(100)]),
        ("profile/" + "k" * 64, "v"),
        ("profile/wants", None),
    ]
    for field, value in taken:
        assert acceptable("client", field, value), field
