"""The backup folder and counts from the settings, used by the app's daily backup and by
``clientjournal backup`` / ``check``; a picked folder that is missing is never swapped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clientjournal import settings
from clientjournal.app import main, schedule_daily_backup
from clientjournal.core.demo.journal import generate
from clientjournal.core.safety.backup_policy import backup_file_name, parse_backup_name
from clientjournal.paths import BACKUP_DIR_ENV, journal_file
from clientjournal.settings import Settings
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill


@pytest.fixture
def filled(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    open_journal(data_dir)
    fill(generate(3, 12, seed=5))
    close_journal()
    return data_dir


def _dailies(folder: Path) -> list[str]:
    found = [path.name for path in folder.glob("journal-*.sqlite3")]
    return sorted(name for name in found if (parsed := parse_backup_name(name)) and parsed.daily)


def test_the_daily_backup_goes_to_the_picked_folder_and_keeps_the_set_count(
    qtbot, filled, tmp_path
):
    picked = tmp_path / "usb"
    picked.mkdir()
    old = datetime.now(UTC) - timedelta(days=30)
    for day in range(5):  # five older daily copies, a day apart (rotation reads the names)
        (picked / backup_file_name(old + timedelta(days=day))).write_bytes(b"old copy")
    settings.save(Settings(backup_folder=str(picked), backup_daily=2, backup_weekly=0))
    schedule_daily_backup(filled, delay_ms=0)
    qtbot.waitUntil(lambda: len(_dailies(picked)) == 2, timeout=20000)
    newest = _dailies(picked)[-1]
    assert (picked / newest).read_bytes()[:16] == b"SQLite format 3\x00"
    assert not (filled / "backups").exists()  # nothing written next to the journal


def test_a_missing_picked_folder_skips_the_daily_backup_with_a_message(
    qtbot, filled, tmp_path, capfd
):
    unplugged = tmp_path / "media" / "usb" / "backups"
    settings.save(Settings(backup_folder=str(unplugged)))
    said: list[str] = []
    schedule_daily_backup(filled, delay_ms=0, report=said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert str(unplugged) in said[0] and "next start" in said[0]
    assert "no daily backup" in capfd.readouterr().err
    assert not unplugged.exists() and not (tmp_path / "media").exists()  # never created
    assert not (filled / "backups").exists()  # and not written elsewhere instead


def test_the_environment_still_wins_over_the_picked_folder(qtbot, filled, tmp_path, monkeypatch):
    settings.save(Settings(backup_folder=str(tmp_path / "unplugged")))
    monkeypatch.setenv(BACKUP_DIR_ENV, str(tmp_path / "from-env"))
    schedule_daily_backup(filled, delay_ms=0)
    qtbot.waitUntil(lambda: bool(_dailies(tmp_path / "from-env")), timeout=20000)


def test_cli_backup_and_check_use_the_picked_folder(filled, tmp_path, capsys):
    picked = tmp_path / "usb"
    picked.mkdir()
    settings.save(Settings(backup_folder=str(picked)))
    assert main(["--data-dir", str(filled), "backup"]) == 0
    (made,) = picked.glob("journal-*-manual.sqlite3")
    assert str(made) in capsys.readouterr().out
    assert not (filled / "backups").exists()
    journal_file(filled).write_bytes(b"garbled " * 512)  # check now points at the newest backup
    assert main(["--data-dir", str(filled), "check"]) == 1
    out = capsys.readouterr().out
    assert f"newest backup: {made}" in out and "3 clients, 12 notes" in out


def test_cli_backup_refuses_a_missing_picked_folder(filled, tmp_path, capsys):
    unplugged = tmp_path / "unplugged"
    settings.save(Settings(backup_folder=str(unplugged)))
    assert main(["--data-dir", str(filled), "backup"]) == 1
    err = capsys.readouterr().err
    assert "no backup made" in err and str(unplugged) in err
    assert not unplugged.exists() and not (filled / "backups").exists()
    out = tmp_path / "copy.sqlite3"
    assert main(["--data-dir", str(filled), "backup", "-o", str(out)]) == 0  # -o still works
    assert out.is_file()


def test_check_also_finds_the_copies_next_to_the_journal(filled, tmp_path, capsys):
    assert main(["--data-dir", str(filled), "backup"]) == 0  # into the journal's backups/
    (made,) = (filled / "backups").glob("journal-*.sqlite3")
    picked = tmp_path / "usb"
    picked.mkdir()
    settings.save(Settings(backup_folder=str(picked)))
    journal_file(filled).write_bytes(b"garbled " * 512)
    capsys.readouterr()
    assert main(["--data-dir", str(filled), "check"]) == 1
    assert f"newest backup: {made}" in capsys.readouterr().out
