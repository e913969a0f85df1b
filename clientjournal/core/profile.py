"""The client profile: what a freelancer should know about each client, field by field.

The articles list it: what they want, the direction, what must never happen; their needs
(budget, punctuality, reachability, attention, discounts, extras); where they come from
(industry, role, background, current problems); the person (interests, birthday, small talk);
my own needs with them and red flags; and when it ends, whether I would work with them again.
The profile is stored as a dict of texts, so a field added later needs no migration, and keys
this version does not know (from an import, or a newer app) are kept untouched.
"""

from __future__ import annotations

from enum import StrEnum

from clientjournal.core.domain import FrozenValue


class ProfileSection(StrEnum):
    ESSENTIALS = "essentials"  # always in view above the notes
    NEEDS = "needs"
    BACKGROUND = "background"
    PERSONAL = "personal"
    MINE = "mine"
    ENDING = "ending"


class WorkAgain(StrEnum):
    UNDECIDED = ""
    YES = "yes"
    NO = "no"


class ProfileField(FrozenValue):
    _fields = ("key", "section", "warning")
    __slots__ = ("key", "section", "warning")
    key: str
    section: ProfileSection
    warning: bool  # shown highlighted: the no-gos and the red flags

    def __init__(self, key: str, section: ProfileSection, warning: bool = False) -> None:
        self._set(key=key, section=section, warning=warning)


PROFILE_FIELDS: tuple[ProfileField, ...] = (
    ProfileField("wants", ProfileSection.ESSENTIALS),
    ProfileField("direction", ProfileSection.ESSENTIALS),
    ProfileField("never", ProfileSection.ESSENTIALS, warning=True),
    ProfileField("budget", ProfileSection.NEEDS),
    ProfileField("punctuality", ProfileSection.NEEDS),
    ProfileField("reachability", ProfileSection.NEEDS),
    ProfileField("attention", ProfileSection.NEEDS),
    ProfileField("discounts", ProfileSection.NEEDS),
    ProfileField("extras", ProfileSection.NEEDS),
    ProfileField("industry", ProfileSection.BACKGROUND),
    ProfileField("role", ProfileSection.BACKGROUND),
    ProfileField("background", ProfileSection.BACKGROUND),
    ProfileField("problems", ProfileSection.BACKGROUND),
    ProfileField("interests", ProfileSection.PERSONAL),
    ProfileField("birthday", ProfileSection.PERSONAL),
    ProfileField("small_talk", ProfileSection.PERSONAL),
    ProfileField("my_needs", ProfileSection.MINE),
    ProfileField("red_flags", ProfileSection.MINE, warning=True),
    ProfileField("work_again", ProfileSection.ENDING),
    ProfileField("work_again_reason", ProfileSection.ENDING),
    ProfileField("declined_reason", ProfileSection.ENDING),
)
FIELD_KEYS = frozenset(field.key for field in PROFILE_FIELDS)
MAX_FIELD_LENGTH = 20_000


def fields_in(section: ProfileSection) -> list[ProfileField]:
    return [field for field in PROFILE_FIELDS if field.section is section]


def with_field(profile: dict, key: str, value: str) -> dict:
    """A copy of ``profile`` with one field set; an empty value removes it, so an emptied
    field leaves no trace in the export."""
    changed = dict(profile)
    text = value.strip()[:MAX_FIELD_LENGTH]
    if text:
        changed[key] = text
    else:
        changed.pop(key, None)
    return changed


def filled_count(profile: dict) -> int:
    """How many of the known fields hold something (the "7 of 21" beside the full profile)."""
    return sum(1 for key in FIELD_KEYS if str(profile.get(key, "")).strip())
