"""The settings file: every setting survives a round trip; a hand-edited file never crashes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from clientjournal import settings
from clientjournal.paths import BACKUP_DIR_ENV, settings_file
from clientjournal.settings import Settings
from clientjournal.ui.replies.hold_settings import hold_times


def test_defaults_without_a_file():
    assert not settings_file().exists()
    loaded = settings.load()
    assert loaded == Settings()
    assert (loaded.language, loaded.theme) == ("system", "system")
    assert (loaded.morning_hour, loaded.min_rest_hours) == (8, 8.0)
    assert (loaded.backup_daily, loaded.backup_weekly) == (7, 4)
    assert loaded.backup_folder == ""
    assert loaded.default_cadence is None


def test_the_defaults_are_cores():
    from clientjournal.core.cooling import DEFAULT_MIN_REST, DEFAULT_MORNING_HOUR
    from clientjournal.core.safety.backup_policy import DEFAULT_DAILY, DEFAULT_WEEKLY

    default = Settings()
    assert default.morning_hour == DEFAULT_MORNING_HOUR
    assert timedelta(hours=default.min_rest_hours) == DEFAULT_MIN_REST
    assert (default.backup_daily, default.backup_weekly) == (DEFAULT_DAILY, DEFAULT_WEEKLY)


def test_reading_the_settings_at_start_imports_no_domain_module():
    import subprocess
    import sys

    code = (
        "import sys; from clientjournal import settings; settings.load(); "
        "print([m for m in ('dataclasses', 'datetime', 'clientjournal.core.cooling') "
        "if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_setting_round_trips_through_the_file(tmp_path: Path):
    chosen = Settings(
        language="de",
        theme="dark",
        morning_hour=6,
        min_rest_hours=12.5,
        backup_folder=str(tmp_path / "usb disk, backups"),
        backup_daily=10,
        backup_weekly=8,
        default_cadence_days=21,
    )
    settings.save(chosen)
    assert settings_file().is_file()
    # A fresh read from the file, as the next start sees it (not Qt's in-process cache).
    text = settings_file().read_text(encoding="utf-8")
    assert "theme=dark" in text and "default_cadence_days=21" in text
    assert settings.load() == chosen
    assert settings.load().default_cadence == 21
    assert hold_times() == (6, timedelta(hours=12.5))


@pytest.mark.parametrize(
    ("ini", "expected"),
    [
        (
            "[ui]\nlanguage=fr\ntheme=purple\n[cooling]\nmorning_hour=31\nmin_rest_hours=-4\n"
            "[backup]\ndaily=0\nweekly=9999\n[clients]\ndefault_cadence_days=-3\n",
            Settings(
                morning_hour=23,
                min_rest_hours=0.0,
                backup_daily=1,
                backup_weekly=104,
                default_cadence_days=0,
            ),
        ),
        (
            "[ui]\nlanguage=DE\ntheme= Dark\n[cooling]\nmorning_hour=seven\n"
            "min_rest_hours=nan\n[backup]\ndaily=3.0\nweekly=\n[clients]\n"
            "default_cadence_days=1e9\n",
            Settings(language="de", theme="dark", backup_daily=3, default_cadence_days=366),
        ),
        ("[cooling]\nmin_rest_hours=inf\n", Settings(min_rest_hours=48.0)),
        ("this is not an ini file at all \x00\x01", Settings()),
    ],
)
def test_bad_values_from_a_hand_edited_file_are_brought_into_range(ini: str, expected: Settings):
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_file().write_text(ini, encoding="utf-8")
    assert settings.load(settings_file()) == expected


def test_the_backup_folder_order_environment_then_setting_then_journal(tmp_path, monkeypatch):
    data_dir = tmp_path / "journal"
    picked = tmp_path / "picked"
    assert settings.backup_folder(data_dir, Settings()) == data_dir / "backups"
    assert settings.backup_folder(data_dir, Settings(backup_folder=str(picked))) == picked
    monkeypatch.setenv(BACKUP_DIR_ENV, str(tmp_path / "env"))
    assert settings.backup_folder(data_dir, Settings(backup_folder=str(picked))) == tmp_path / "env"


def test_a_picked_folder_that_is_missing_or_not_writable_is_a_problem(tmp_path):
    data_dir = tmp_path / "journal"
    picked = tmp_path / "unplugged"
    chosen = Settings(backup_folder=str(picked))
    assert settings.backup_folder_problem(data_dir, chosen) == "missing"
    assert settings.backup_folder_problem(data_dir, Settings()) is None  # created when needed
    picked.mkdir()
    assert settings.backup_folder_problem(data_dir, chosen) is None
    picked.chmod(0o500)
    try:
        import os

        if os.geteuid() != 0:  # root may write anywhere
            assert settings.folder_problem(picked) == "not writable"
    finally:
        picked.chmod(0o700)
    a_file = tmp_path / "file"
    a_file.write_text("x")
    assert settings.folder_problem(a_file) == "not a folder"


def test_lists_look_in_the_picked_folder_and_next_to_the_journal(tmp_path, monkeypatch):
    data_dir = tmp_path / "journal"
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    assert settings.backup_folders(data_dir, Settings()) == [data_dir / "backups"]
    picked = Settings(backup_folder=str(tmp_path / "usb"))
    assert settings.backup_folders(data_dir, picked) == [tmp_path / "usb", data_dir / "backups"]
