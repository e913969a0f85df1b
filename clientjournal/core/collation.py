"""The order in which names are listed: the way a person reads them, not by code points.

Letters with diacritics sort with their base letter (Köhler before Krüger, Ägidius among the
A's), ß as ss, case is ignored, and a run of digits compares as a number ("Studio 9" before
"Studio 10").  This is the German phone-book rule (DIN 5007-1), which also reads right for
English.  Plain Python: the store registers it as an SQLite collation, the exports sort with it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

COLLATION = "cj_name"
"""The name the store registers :func:`compare` under, for ``ORDER BY name COLLATE cj_name``."""

_DIGITS = re.compile(r"(\d+)")
# Legal forms that mark a name as a company's, never sorted by its last word.
_LEGAL_FORMS = frozenset(
    {"gmbh", "ag", "kg", "ohg", "gbr", "ug", "ev", "se", "mbh", "co", "ltd", "inc", "llc", "plc",
     "corp", "sa", "sarl", "bv", "nv", "ab", "oy", "as", "kgaa", "partg"}
)  # fmt: skip

SortKey = tuple[tuple[str | int, ...], str]


def _fold(text: str) -> str:
    if text.isascii():
        # ASCII is its own NFKD form, has no combining marks and casefolds as lower(): the same
        # key without the two passes over unicodedata, which at 20,000 clients (one key per
        # client at every start, for the list's order) took about half the time.
        return " ".join(text.lower().split())
    return _fold_unicode(text)


def _fold_unicode(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())  # casefold: ß -> ss; runs of spaces as one


@lru_cache(maxsize=65536)
def sort_key(text: str) -> SortKey:
    """A key that sorts ``text`` as described above; equal folded names keep a stable order
    by their exact text."""
    parts = _DIGITS.split(_fold(text or ""))
    # split() alternates text and digit runs, always starting with text: position i holds a
    # str when i is even and a number when odd, so two keys always compare like with like.
    folded = tuple(int(part) if index % 2 else part for index, part in enumerate(parts))
    return folded, text or ""


@lru_cache(maxsize=65536)
def binary_key(text: str) -> str:
    """The same order as :func:`sort_key` as one string that sorts by code points: SQLite
    computes it once per row (``ORDER BY cj_sort_key(name)``) where a collation would call
    back for every comparison, ten times as often on a long list.  A digit run becomes a mark
    below every letter, its length and its digits (so 9 < 10); the exact text breaks ties."""
    folded = _DIGITS.sub(_number, _fold(text or ""))
    return f"{folded}\x00{text or ''}"


def _number(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    return f"\x01{chr(0x20 + len(digits))}{digits}"


def compare(left: str | None, right: str | None) -> int:
    """-1, 0 or 1, as SQLite asks of a collation."""
    a, b = sort_key(left or ""), sort_key(right or "")
    return (a > b) - (a < b)


def is_company_name(name: str, company: str = "") -> bool:
    """Whether ``name`` names a company rather than a person: it is the company's name, or
    it ends with a legal form (GmbH, AG, Ltd, ...)."""
    words = name.split()
    if not words:
        return True
    if company.strip() and _fold(name) == _fold(company):
        return True
    last = re.sub(r"[^\w]", "", _fold(words[-1]))
    return last in _LEGAL_FORMS


@lru_cache(maxsize=65536)
def surname_first(name: str, company: str = "") -> str:
    """``name`` as a surname sort reads it: a person's last word first ("Anna Schmidt" ->
    "Schmidt Anna"); a company's name, or a single word, as it is."""
    words = name.split()
    if len(words) < 2 or is_company_name(name, company):
        return name.strip()
    return " ".join([words[-1], *words[:-1]])
