"""How text is indexed and searched so that people find what they remember, not what they typed.

German is written both ways: "Müller", "Mueller" and, on an English keyboard, "Muller"; "Straße"
and "Strasse".  So a word with an umlaut or ß is indexed in its two ASCII spellings (ae and a),
and a query is folded to one of them; other accents are dropped ("Café" is found as "cafe").
Every query word matches as a prefix, and a few common German and English endings are cut from
it first ("Rechnungen" finds "Rechnung", "invoices" finds "invoice") — stems where they are
cheap, without a dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from clientjournal.core.lazy_pattern import LazyPattern

WORD = re.compile(r"\w+", re.UNICODE)
_UMLAUT_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_UMLAUT_PLAIN = str.maketrans({"ß": "ss"})
_SPECIAL = frozenset("äöüß")
# Longest first; a word keeps at least MIN_STEM letters.
_ENDINGS = ("ungen", "ingen", "ing", "ern", "en", "er", "es", "ed", "e", "s", "n")
MIN_STEM = 4
MAX_TERMS = 12


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def word_forms(word: str) -> list[str]:
    """The ASCII spellings a word is found by: one, or two for umlauts and ß."""
    return list(_forms(word))


@lru_cache(maxsize=65_536)  # a journal's vocabulary is small; every note written goes through
def _forms(word: str) -> tuple[str, ...]:
    lower = word.casefold()
    if _SPECIAL.isdisjoint(lower):
        return (_strip_accents(lower),)
    with_e = _strip_accents(lower.translate(_UMLAUT_E))
    plain = _strip_accents(lower.translate(_UMLAUT_PLAIN))
    return (with_e,) if with_e == plain else (with_e, plain)


def _spellings(match: re.Match[str]) -> str:
    word = match.group()
    return word if word.isascii() else " ".join(_forms(word))


@lru_cache(maxsize=65_536)
def _token(token: str) -> str:
    return WORD.sub(_spellings, token)


def index_text(*parts: str) -> str:
    """What goes into the full-text index for a record's texts: the text itself, with each
    word that is not plain ASCII replaced by its ASCII spellings.  The index's tokenizer does
    the rest (case, word boundaries); this runs for every note written, so plain text costs
    nothing."""
    text = " ".join(part for part in parts if part)
    if text.isascii():
        return text
    return " ".join(token if token.isascii() else _token(token) for token in text.split())


def stem(term: str) -> str:
    for ending in _ENDINGS:
        if term.endswith(ending) and len(term) - len(ending) >= MIN_STEM:
            return term[: -len(ending)]
    return term


def query_terms(text: str) -> list[str]:
    """The folded, stemmed words of a query, at most MAX_TERMS (a pasted paragraph is not a
    query a person means)."""
    terms = []
    for word in WORD.findall(text):
        term = stem(word_forms(word)[0])
        if term and term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


def match_expression(terms: list[str]) -> str:
    """An FTS5 query: every term as a prefix, all of them required.  A single letter is taken
    as a whole word: as a prefix it would match nearly everything, slowly."""
    return " ".join(f'"{term}"*' if len(term) > 1 else f'"{term}"' for term in terms)


def _matches(word: str, terms: list[str]) -> bool:
    forms = word_forms(word)
    return any(form.startswith(term) for form in forms for term in terms)


def has_all_terms(text: str, terms: list[str]) -> bool:
    """Whether every term finds a word of ``text`` the way the index does (as a prefix; a
    single letter as a whole word): a client's name found by the query (``search``)."""
    folded = index_text(text).casefold()  # every word's spellings: a term must be in it
    if not terms or not all(term in folded for term in terms):
        return False  # most texts a search looks at (~0.3 µs against 5 µs for the words)
    forms = WORD.findall(folded)  # index_text wrote each word's forms (word_forms)
    return all(
        any(form == term if len(term) == 1 else form.startswith(term) for form in forms)
        for term in terms
    )


def escape_html(text: str, quote: bool = True) -> str:
    """``html.escape``'s output, without importing ``html``: that loads ``html.entities`` (its
    2,000-entry table is for unescaping), ~1.4 ms before the window's first paint (issue 21)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def snippet(text: str, terms: list[str], width: int = 160) -> str:
    """An HTML excerpt of ``text`` around the first match, the matching words in bold."""
    flat = " ".join(text.split())
    found = [m for m in WORD.finditer(flat) if _matches(m.group(), terms)]
    start = 0
    if found and found[0].start() > width // 3:
        start = flat.rfind(" ", 0, found[0].start() - width // 3) + 1
    end = min(len(flat), start + width)
    if end < len(flat):
        cut = flat.rfind(" ", start, end)
        end = cut if cut > start else end
    pieces = ["…" if start else ""]
    position = start
    for match in found:
        if match.start() < start or match.end() > end:
            continue
        pieces.append(escape_html(flat[position : match.start()]))
        pieces.append(f"<b>{escape_html(match.group())}</b>")
        position = match.end()
    pieces.append(escape_html(flat[position:end]))
    if end < len(flat):
        pieces.append("…")
    return "".join(pieces)


_MD_LEADING = LazyPattern(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+\[[ xX]\]\s+|[-*+]\s+|\d+[.)]\s+)+")
_MD_RULE = LazyPattern(r"^\s*(?:[-*_=]\s*){3,}$")
_MD_LINK = LazyPattern(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARKS = LazyPattern(r"\*\*|__|~~|`+|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")
_MD_ESCAPE = LazyPattern(r"\\([\\`*_{}\[\]()#+\-.!>~|])")


def plain_text(markdown: str) -> str:
    """A note's Markdown as the words a person reads, on one line: headings, quotes, list
    marks, emphasis, code marks and link targets dropped (an excerpt shows no ``**`` or
    ``#``); a word with an underscore inside (snake_case) keeps it."""
    lines = []
    for line in markdown.splitlines():
        if _MD_RULE.match(line):
            continue
        text = _MD_LEADING.sub("", line)
        if "[" in text:
            text = _MD_LINK.sub(lambda match: match.group(1), text)
        text = _MD_MARKS.sub("", text)
        text = _MD_ESCAPE.sub(r"\1", text)
        if text.strip():
            lines.append(text.strip())
    return " ".join(" ".join(lines).split())
