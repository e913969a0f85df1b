"""Checks on what a user typed, so a bad value gets a clear message before it reaches the disk."""

from __future__ import annotations

import re

from clientjournal.core.records import ClientData

# Deliberately loose: one "@" with something on both sides and a dot in the domain.  Stricter
# patterns reject real addresses (umlaut domains, plus signs) and annoy more than they help.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME_LENGTH = 200
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
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def client_problems(client: ClientData) -> list[str]:
    """Problems as short English keys; the UI maps them to translated sentences."""
    problems = []
    if not client.name.strip():
        problems.append("name_missing")
    elif len(client.name) > MAX_NAME_LENGTH:
        problems.append("name_too_long")
    if client.email.strip() and not EMAIL_PATTERN.match(client.email.strip()):
        problems.append("email_invalid")
    if client.started_on and client.ended_on and client.ended_on < client.started_on:
        problems.append("ended_before_started")
    return problems


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
