"""Names in the order a person reads them: diacritics with their base letter, ß as ss, no
case, digits as numbers; and a person's name by surname."""

from __future__ import annotations

import random
import string
import types
import unicodedata

from clientjournal.core import collation
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


def _varied_names(count: int) -> list[str]:
    """Names built at random (seeded) from every kind of character the fold treats specially,
    mixed within one name as well as alone: plain ASCII in both cases, digit runs, runs of
    spaces and tabs, umlauts and ß, accents in composed and decomposed form, ligatures and
    full-width forms (which NFKD changes), Greek, Cyrillic, CJK and combining marks alone."""
    pools = [
        string.ascii_letters,
        string.digits,
        string.punctuation,
        " \t\n",
        "äöüÄÖÜßẞ",
        "éèêëÉÈáàâåçñøØłŁ",
        "e\u0301a\u0308o\u0323\u0301",  # decomposed accents, a combining mark after a letter
        "ﬁﬂĲ²½Ａｚ０９",  # ligatures, super-/fractional and full-width forms
        "ΑβγΣσς",
        "ЖжЁёЙй",
        "東京李",
        "\u0301\u0308",  # combining marks with no base letter
    ]
    rng = random.Random(21)
    names = []
    for _ in range(count):
        chosen = rng.sample(pools, rng.randint(1, 3))
        names.append("".join(rng.choice(rng.choice(chosen)) for _ in range(rng.randint(0, 14))))
    return names


def test_the_ascii_shortcut_folds_exactly_like_the_unicode_fold():
    names = [
        *_varied_names(20_000),
        *["", " ", "Anna  Schmidt ", "STRASSE", "Straße", "Studio 009", "Müller GmbH", "O'Neil"],
    ]
    ascii_names = [name for name in names if name.isascii()]
    assert len(ascii_names) > 3_000 and len(names) - len(ascii_names) > 10_000  # both paths ran
    for name in names:
        assert collation._fold(name) == collation._fold_unicode(name), repr(name)


def test_an_ascii_name_is_folded_without_unicodedata(monkeypatch):
    """The fast path is the point (one key per client at every start): ASCII must not reach
    the NFKD pass, and anything else still must."""

    asked: list[str] = []

    def normalize(form: str, text: str) -> str:
        asked.append(text)
        return unicodedata.normalize(form, text)

    # Only the collation module's view of unicodedata: pytest itself uses the real one.
    monkeypatch.setattr(
        collation,
        "unicodedata",
        types.SimpleNamespace(normalize=normalize, combining=unicodedata.combining),
    )
    assert collation._fold("  Studio 10  GmbH\t") == "studio 10 gmbh"
    assert asked == []
    assert collation._fold("Jörg") == "jorg"
    assert asked == ["Jörg"]
