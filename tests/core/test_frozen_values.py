"""``core.domain.FrozenValue``: the small records written out instead of frozen dataclasses
(issue 21: a dataclass compiles its methods at import, before the window's first paint)
compare, hash, print and refuse changes as those dataclasses did."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from clientjournal.core.cadence import CadenceState, CadenceStatus
from clientjournal.core.mood import FallingMoodRow, RelationshipTrend
from clientjournal.core.profile import PROFILE_FIELDS, ProfileField, ProfileSection
from clientjournal.store.cadence import RhythmRow


def _as_dataclass(value: object) -> object:
    """The same record as the frozen dataclass it was."""
    names = type(value)._fields  # type: ignore[attr-defined]
    made = dataclasses.make_dataclass(type(value).__name__, names, frozen=True, slots=True)
    return made(*(getattr(value, name) for name in names))


SAMPLES = [
    ProfileField("never", ProfileSection.ESSENTIALS, warning=True),
    CadenceState(14, None, None, None, None, 0, CadenceStatus.NONE),
    RelationshipTrend(-0.5, 1.0, -1.5, 4, 6, False, True),
    FallingMoodRow(1, "Anna", -0.4, None, None, datetime(2026, 1, 2, tzinfo=UTC)),
    RhythmRow(3, "Bo", CadenceState(None, None, None, None, None, 0, CadenceStatus.NONE)),
]


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: type(v).__name__)
def test_a_frozen_value_behaves_as_its_dataclass_did(value):
    old = _as_dataclass(value)
    assert repr(value) == repr(old)
    same = type(value)(*(getattr(value, name) for name in value._fields))
    assert same == value and hash(same) == hash(value) and same is not value
    assert value != old  # another class, as two dataclasses never compare equal
    assert not hasattr(value, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.name = "changed"
    with pytest.raises(dataclasses.FrozenInstanceError):
        del value._fields


def test_values_differ_by_any_field_and_keep_their_defaults():
    field = ProfileField("wants", ProfileSection.ESSENTIALS)
    assert field.warning is False
    assert field != ProfileField("wants", ProfileSection.ESSENTIALS, warning=True)
    assert len(set(PROFILE_FIELDS)) == len(PROFILE_FIELDS)
    trend = RelationshipTrend(None, None, None, 1, 0, False, False)
    assert trend.direction.value == "unknown"  # its property stays


@pytest.mark.parametrize("value", SAMPLES, ids=lambda v: type(v).__name__)
def test_a_frozen_value_copies_and_pickles_as_its_dataclass_did(value):
    """attack21b B1: copy, deepcopy and pickle set the slots one by one, which a frozen value
    refuses; a frozen dataclass allowed all three."""
    import copy
    import pickle

    for made in (copy.copy(value), copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert made == value and type(made) is type(value)
