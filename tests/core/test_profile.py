"""The profile's fields: sections, setting and clearing, unknown keys kept."""

from __future__ import annotations

from clientjournal.core.profile import (
    FIELD_KEYS,
    PROFILE_FIELDS,
    ProfileSection,
    fields_in,
    filled_count,
    with_field,
)


def test_every_field_the_articles_ask_for_is_there_once():
    keys = [field.key for field in PROFILE_FIELDS]
    assert len(keys) == len(FIELD_KEYS)
    for key in ("wants", "direction", "never", "budget", "punctuality", "reachability",
                "attention", "discounts", "extras", "industry", "role", "background",
                "problems", "interests", "birthday", "small_talk", "my_needs", "red_flags",
                "work_again", "work_again_reason", "declined_reason"):  # fmt: skip
        assert key in FIELD_KEYS
    assert [f.key for f in fields_in(ProfileSection.ESSENTIALS)] == ["wants", "direction", "never"]
    assert {f.key for f in PROFILE_FIELDS if f.warning} == {"never", "red_flags"}


def test_setting_trims_and_clearing_removes_but_unknown_keys_stay():
    profile = {"my needs": "from an old import"}
    changed = with_field(profile, "wants", "  Ruhe  ")
    assert changed == {"my needs": "from an old import", "wants": "Ruhe"}
    assert profile == {"my needs": "from an old import"}  # the original is untouched
    assert with_field(changed, "wants", "   ") == {"my needs": "from an old import"}
    assert filled_count(changed) == 1
