"""The vocabulary of a client relationship, shared by store, UI, import and export.

Values are stable identifiers (they appear in export files); labels for people live in the UI,
where they can be translated.
"""

from __future__ import annotations

from enum import StrEnum

MOOD_MIN = -2
MOOD_MAX = 2


class ClientStatus(StrEnum):
    PROSPECT = "prospect"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class AddressForm(StrEnum):
    """How to write to the client: German du/Sie, or in English first name/formal."""

    DU = "du"
    SIE = "sie"
    FIRST_NAME = "first_name"
    FORMAL = "formal"


class Salutation(StrEnum):
    """How a formal letter names the client: "Guten Tag Frau Müller" / "Dear Ms Müller", or,
    with none chosen, by the full name.  Kept in the profile under ``SALUTATION_KEY``."""

    NONE = ""
    MS = "ms"
    MR = "mr"


SALUTATION_KEY = "salutation"


class NoteKind(StrEnum):
    NOTE = "note"
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    LUNCH = "lunch"


class ClientSort(StrEnum):
    NAME = "name"
    SURNAME = "surname"  # a person by the last word of the name, a company by its name
    LAST_CONTACT = "last_contact"


def clamp_mood(value: int) -> int:
    return max(MOOD_MIN, min(MOOD_MAX, int(value)))


# Kinds that mean the two of you were actually in touch; a plain note is not contact.
CONTACT_KINDS = frozenset({NoteKind.CALL, NoteKind.MEETING, NoteKind.EMAIL, NoteKind.LUNCH})
