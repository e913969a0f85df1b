"""Checks on what a user typed, so a bad value gets a clear message before it reaches the disk."""

from __future__ import annotations

import re

from clientjournal.core.domain import MOOD_MAX, MOOD_MIN
from clientjournal.core.records import ClientData, NoteData

# Deliberately loose: one "@" with something on both sides and a dot in the domain.  Stricter
# patterns reject real addresses (umlaut domains, plus signs) and annoy more than they help.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_NAME_LENGTH = 200
MAX_NOTE_LENGTH = 1_000_000


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


def note_problems(note: NoteData) -> list[str]:
    problems = []
    if not MOOD_MIN <= note.mood <= MOOD_MAX:
        problems.append("mood_out_of_range")
    if len(note.body) > MAX_NOTE_LENGTH:
        problems.append("note_too_long")
    return problems
