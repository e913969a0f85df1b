"""Names in the order a person reads them: diacritics with their base letter, ß as ss, no
case, digits as numbers; and a person's name by surname."""

from __future__ import annotations

from clientjournal.core.collation import compare, is_company_name, sort_key, surname_first


def test_names_sort_by_their_letters_not_by_code_points():
    names = ["Wolf", "Öztürk", "Krüger", "Köhler", "Schröder", "Schäfer", "Ägidius", "anna"]
    assert sorted(names, key=sort_key) == [
        "Ägidius", "anna", "Köhler", "Krüger", "Öztürk", "Schäfer", "Schröder", "Wolf",
    ]  # fmt: skip


def test_case_sharp_s_and_numbers():
    assert sort_key("STRASSE")[0] == sort_key("Straße")[0]
    assert sorted(["Studio 10", "studio 9", "Studio 100"], key=sort_key) == [
        "studio 9",
        "Studio 10",
        "Studio 100",
    ]
    assert compare("Köhler", "Krüger") == -1 and compare("b", "B") != 0  # still a total order
    assert compare("Anna", "Anna") == 0 and compare(None, "") == 0


def test_a_person_sorts_by_surname_a_company_as_it_is():
    assert surname_first("Anna Maria Schmidt") == "Schmidt Anna Maria"
    assert surname_first("Müller GmbH") == "Müller GmbH"
    assert surname_first("Studio Nord", company="Studio Nord") == "Studio Nord"
    assert surname_first("Cher") == "Cher"
    assert is_company_name("Acme Ltd.") and not is_company_name("Jürgen Müller", "Acme")
