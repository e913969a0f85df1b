"""attack25d: a backup folder the user picked (an external disk) that is missing when the
backup begins is never made anew (``backup_journal(make_folder=False)``): the daily backup,
File → Back up now and ``clientjournal backup`` look at it first, but the disk may be
unplugged after that look; made again with its parents, the backup stayed on the computer's
own disk where the disk had been mounted.  The journal's own ``backups/`` is still made."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal import settings
from clientjournal.core.demo.journal import generate
from clientjournal.paths import BACKUP_DIR_ENV
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.safety.backup import BackupError, backup_journal, daily_if_due


@pytest.fixture
def journal_with_records(data_dir: Path) -> Path:
    open_journal(data_dir)
    fill(generate(2, 10, seed=25))
    close_journal()
    return data_dir


def test_a_picked_folder_gone_is_not_made_again(journal_with_records: Path, tmp_path: Path):
    gone = tmp_path / "media" / "stick" / "Backups"
    with pytest.raises(BackupError, match="not available"):
        backup_journal(journal_with_records, folder=gone, make_folder=False)
    assert not (tmp_path / "media").exists()


def test_the_daily_backup_into_a_picked_folder_gone_raises_and_makes_nothing(
    journal_with_records: Path, tmp_path: Path
):
    gone = tmp_path / "stick"
    with pytest.raises(BackupError, match="not available"):
        daily_if_due(journal_with_records, folder=gone, make_folder=False)
    assert not gone.exists()


def test_the_default_folder_is_still_made(
    journal_with_records: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    made = backup_journal(journal_with_records)  # make_folder=True: the journal's backups/
    assert made.path.parent == journal_with_records / "backups"


def test_which_folders_are_picked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    assert not settings.backup_folder_picked(settings.Settings())
    picked = settings.Settings(backup_folder=str(tmp_path / "stick"))
    assert settings.backup_folder_picked(picked)
    monkeypatch.setenv(BACKUP_DIR_ENV, str(tmp_path / "env"))  # made when needed, as before
    assert not settings.backup_folder_picked(picked)
