"""The journal's settings between the settings file and sync: which keys travel, and a value
from another computer brought into range like a hand-edited one."""

from __future__ import annotations

from clientjournal import settings
from clientjournal.settings import Settings


def test_only_the_journals_settings_travel():
    chosen = Settings(language="de", theme="dark", morning_hour=6, backup_daily=3)
    assert settings.journal_values(chosen) == {
        "cooling/morning_hour": "6",
        "cooling/min_rest_hours": "8.0",
        "clients/default_cadence_days": "0",
    }


def test_values_from_another_computer_are_brought_into_range():
    mine = Settings(language="de", morning_hour=7, default_cadence_days=30)
    received = settings.with_journal_values(
        mine,
        {
            "cooling/morning_hour": "31",
            "cooling/min_rest_hours": "nonsense",
            "clients/default_cadence_days": "14",
            "ui/theme": "dark",  # never synced: ignored
        },
    )
    assert received == mine._replace(morning_hour=23, default_cadence_days=14)
