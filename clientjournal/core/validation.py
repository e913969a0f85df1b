"""Checks on what a user typed, so a bad value gets a clear message before it reaches the disk."""

from __future__ import annotations

import unicodedata

from clientjournal.core.lazy_pattern import LazyPattern
from clientjournal.core.records import ClientData
from clientjournal.core.tags import MAX_TAGS

# Deliberately loose: one "@" with something on both sides and a dot in the domain.  Stricter
# patterns reject real addresses (umlaut domains, plus signs) and annoy more than they help.
EMAIL_PATTERN = LazyPattern(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME_LENGTH = 200
# One set of limits for every way in (issue 18): the client dialog, the JSON import, the
# contacts import and sync take no longer company, e-mail or phone than these.  Generous for
# any real value (254 is the longest address SMTP carries), far below what freezes a window.
MAX_COMPANY_LENGTH = 200
MAX_EMAIL_LENGTH = 254
MAX_PHONE_LENGTH = 100
# The profile editor writes only the app's own fields (about twenty, names up to 20
# characters); keys a newer app adds are kept, within these bounds.
MAX_PROFILE_FIELDS = 100
MAX_PROFILE_KEY_LENGTH = 64
# The longest note: about 500 pages, the export format's limit too (clientjournal/resources/export-schema.json,
# note.body.maxLength).  Measured in the editor: a note of 1,000,000 characters pastes in
# 0.03 s and saves in 0.02-0.03 s (index included); one of 10,000,000 took 0.5 s to paste,
# 0.2-0.3 s for every autosave while typing, and as one long paragraph 5 s to paste and 4 s
# per keystroke, so the app would freeze.  The store refuses a longer note, the editor a paste
# past it (with a message).
MAX_NOTE_LENGTH = 1_000_000
# Control characters other than tab and line breaks (pasted from PDFs and terminals: NUL, form
# feed, escape, ...) mean nothing in a note and break other programs reading an export; they
# are dropped wherever note text comes in: the editor, the store and the import.
_CONTROL = LazyPattern(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_SURROGATE = LazyPattern(r"[\ud800-\udfff]")
# A line break of any kind (those str.splitlines knows) with the spaces around it.  A name,
# company, address or phone number is one line: the client list, the window title, the CSV and
# the calendar show it in one, and a pasted or hand-edited value with a break in it would show
# as a cut-off row.
_LINE_BREAK = LazyPattern(
    r"[^\S\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*"
)


# Characters that show nothing: spaces and line breaks of every kind (Z*), controls (Cc),
# format characters (Cf: zero-width space and joiners, direction marks, soft hyphen), and the
# blank letters and symbols Unicode has (Hangul fillers, the braille blank, the combining
# grapheme joiner).  A name of only these is no name: the list would show an empty row.
_BLANK_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})
_BLANK_CHARACTERS = frozenset("\u034f\u115f\u1160\u2800\u3164\uffa0")


def is_visible(text: str) -> bool:
    """Whether ``text`` has a character that shows (not only spaces or zero-width ones)."""
    return any(
        char not in _BLANK_CHARACTERS and unicodedata.category(char) not in _BLANK_CATEGORIES
        for char in text
    )


def is_email(text: str) -> bool:
    """The address check of the client dialog (and of every import): loose, and not longer
    than an address can be."""
    text = text.strip()
    return len(text) <= MAX_EMAIL_LENGTH and EMAIL_PATTERN.match(text) is not None


def client_problems(client: ClientData) -> list[str]:
    """Problems as short English keys; the UI maps them to translated sentences, the JSON
    import to the field and the kind of problem (``PROBLEM_FIELDS``)."""
    problems = []
    if not is_visible(client.name):
        problems.append("name_missing")
    elif len(client.name) > MAX_NAME_LENGTH:
        problems.append("name_too_long")
    if len(client.company) > MAX_COMPANY_LENGTH:
        problems.append("company_too_long")
    if client.email.strip() and not is_email(client.email):
        problems.append("email_invalid")
    if len(client.phone) > MAX_PHONE_LENGTH:
        problems.append("phone_too_long")
    if client.started_on and client.ended_on and client.ended_on < client.started_on:
        problems.append("ended_before_started")
    if len(client.tags) > MAX_TAGS:
        problems.append("too_many_tags")
    return problems


def profile_problems(profile: dict) -> list[str]:
    """What no editor writes into a profile: too many fields, or a field name too long (the
    values have their own limit, ``core/profile.py``).  Not part of ``client_problems``: the
    dialog cannot change a profile's keys, so it must not refuse a client for them."""
    problems = []
    if len(profile) > MAX_PROFILE_FIELDS:
        problems.append("profile_too_many_fields")
    if any(len(key) > MAX_PROFILE_KEY_LENGTH for key in profile):
        problems.append("profile_key_too_long")
    return problems


PROBLEM_FIELDS: dict[str, tuple[str, str]] = {
    "name_missing": ("name", "the name is empty or has no visible character"),
    "name_too_long": ("name", f"longer than {MAX_NAME_LENGTH} characters"),
    "company_too_long": ("company", f"longer than {MAX_COMPANY_LENGTH} characters"),
    "email_invalid": ("email", "not an e-mail address"),
    "phone_too_long": ("phone", f"longer than {MAX_PHONE_LENGTH} characters"),
    "ended_before_started": ("ended_on", "the end date is before the start date"),
    "too_many_tags": ("tags", f"more than {MAX_TAGS} tags"),
    "profile_too_many_fields": ("profile", f"more than {MAX_PROFILE_FIELDS} fields"),
    "profile_key_too_long": (
        "profile",
        f"a field name longer than {MAX_PROFILE_KEY_LENGTH} characters",
    ),
}
"""For each problem key: the field of the export it is in, and the kind of problem in the
words of an import's one-line refusal (never the value)."""


def one_line(text: str) -> str:
    """``text`` with every line break (and the spaces around it) made one space, then stripped;
    how a one-line field (name, company, e-mail, phone) takes pasted or imported text."""
    return _LINE_BREAK.sub(" ", text).strip() if _LINE_BREAK.search(text) else text.strip()


def strip_controls(text: str) -> str:
    """Note text without control characters; tab and line breaks stay."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def clean_text(text: str) -> str:
    """``strip_controls``, and a lone surrogate (no character; SQLite refuses it) becomes
    U+FFFD.  The import refuses a lone surrogate instead: there it is a broken file."""
    text = strip_controls(text)
    if not text.isascii() and _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text
