"""Daily backups on real files: verified, private, once a day, rotated over months."""

from __future__ import annotations

import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.core.safety.backup_policy import backup_file_name, parse_backup_name
from clientjournal.paths import BACKUP_DIR_ENV, backup_dir
from clientjournal.store.demo.fill import fill
from clientjournal.store.models import database
from clientjournal.store.safety import backup


@pytest.fixture
def filled(journal: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    fill(generate(4, 25, seed=2))
    return journal


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_daily_backup_is_verified_private_and_self_contained(filled: Path):
    now = datetime(2026, 2, 3, 8, tzinfo=UTC)
    made = backup.daily_if_due(filled, now, tz=UTC)
    assert made is not None and made.path.name == backup_file_name(now)
    assert (made.clients, made.notes) == (4, 25)
    assert mode(made.path) == 0o600 and mode(made.path.parent) == 0o700
    connection = sqlite3.connect(made.path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert backup.daily_if_due(filled, now + timedelta(hours=5), tz=UTC) is None


def test_the_backup_has_what_was_committed_while_the_journal_is_open(filled: Path):
    database.execute_sql("UPDATE note SET body = 'after the start' WHERE id = 1")  # in the WAL
    made = backup.daily_if_due(filled, tz=UTC)
    copy = sqlite3.connect(made.path)
    assert copy.execute("SELECT body FROM note WHERE id = 1").fetchone()[0] == "after the start"
    copy.close()


def test_months_of_starts_keep_seven_daily_four_weekly_and_every_labelled_one(filled: Path):
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    folder = backup_dir(filled)
    folder.mkdir(mode=0o700)
    labelled = folder / backup_file_name(start - timedelta(days=300), "before-v5")
    labelled.write_bytes(b"kept for good")
    mine = folder / "my notes.txt"
    mine.write_text("not a backup")
    made = 0
    for day in range(0, 90):
        for hour in (8, 13):
            if backup.daily_if_due(filled, start + timedelta(days=day, hours=hour), tz=UTC):
                made += 1
    assert made == 90
    names = [parse_backup_name(path.name) for path in folder.iterdir()]
    dailies = sorted(name.taken_at for name in names if name is not None and name.daily)
    assert len(dailies) == 11
    assert dailies[-1] == start + timedelta(days=89, hours=8)  # the first start of the day
    assert labelled.exists() and mine.exists()
    assert all(mode(path) == 0o600 for path in folder.glob("journal-2026*"))


def test_the_backup_folder_can_be_elsewhere(filled: Path, tmp_path: Path, monkeypatch):
    external = tmp_path / "usb-disk" / "journal-backups"
    monkeypatch.setenv(BACKUP_DIR_ENV, str(external))
    made = backup.daily_if_due(filled, tz=UTC)
    assert made.path.parent == external and mode(external) == 0o700
    assert not (filled / "backups").exists()
    other = tmp_path / "picked"
    assert backup.backup_journal(filled, folder=other).path.parent == other


def test_list_backups_gives_date_size_and_counts_newest_first(filled: Path):
    first = backup.backup_journal(filled, now=datetime(2026, 3, 1, tzinfo=UTC))
    second = backup.daily_if_due(filled, datetime(2026, 3, 2, tzinfo=UTC), tz=UTC)
    broken = backup_dir(filled) / backup_file_name(datetime(2026, 3, 3, tzinfo=UTC))
    broken.write_bytes(b"garbage" * 100)
    listed = backup.list_backups(filled)
    assert [info.path for info in listed] == [broken, second.path, first.path]
    assert not listed[0].readable
    assert (listed[1].clients, listed[1].notes, listed[1].label) == (4, 25, "")
    assert listed[2].label == "manual" and listed[2].size == first.path.stat().st_size


def test_a_bad_copy_does_not_pass_verification(tmp_path: Path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(2000))
    with pytest.raises(backup.BackupError, match="did not verify"):
        backup.verify(bad)


def test_the_background_backup_runs_in_a_thread(filled: Path):
    backup.daily_in_background(filled).join(timeout=30)
    assert len(backup.list_backups(filled)) == 1


def test_a_damaged_journal_is_not_backed_up_over_good_copies(tmp_path: Path, monkeypatch):
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "journal.sqlite3").write_bytes(b"SQLite format 3\x00" + bytes(5000))
    with pytest.raises(backup.BackupError, match="cannot back up"):
        backup.daily_if_due(folder, tz=UTC)
    assert not (folder / "backups").exists() or list((folder / "backups").iterdir()) == []
