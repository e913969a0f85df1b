"""A healthy journal on a full disk is never called damaged by the window (attack18 finding 2):
the dialog says that the system refuses it and offers no restore.  The disk is a small tmpfs
(tests/cli/mounts.py), skipped with the reason where it cannot be mounted."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "cli"))
from mounts import fill_up, small_disk

from clientjournal.app import _open_window
from clientjournal.paths import BACKUP_DIR_ENV
from clientjournal.store.connection import close_journal
from clientjournal.ui.safety.damaged_dialog import kind_of


def cli(data_dir: Path, *args: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_an_io_error_is_a_refusal_not_damage():
    assert (
        kind_of("x/journal.sqlite3: the disk could not be written or read (full, …)") == "refused"
    )
    assert kind_of("the file cannot be opened: disk I/O error") == "refused"
    assert kind_of("the file cannot be opened: file is not a database") == "damaged"


def test_the_window_on_a_full_disk_offers_no_restore(
    qtbot, tmp_path: Path, on_dialog, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    made = tmp_path / "made"
    cli(made, "demo", "--clients", "5", "--notes", "40")
    cli(made, "backup")
    with small_disk(tmp_path / "disk", 3072) as disk:
        data_dir = disk / "journal"
        shutil.copytree(made, data_dir)
        fill_up(disk, 0)
        before = sorted(path.name for path in data_dir.iterdir())
        seen: dict[str, object] = {}

        def look(dialog) -> None:
            seen["title"] = dialog.windowTitle()
            seen["restore"] = dialog.restore_button.isEnabled()
            seen["what"] = dialog.what.text()
            dialog.quit_button.click()

        on_dialog(look)
        try:
            window = _open_window(data_dir, None, smoke_test=False)
        finally:
            close_journal()
        assert window is None
        assert seen["title"] == "The journal cannot be opened", seen
        assert seen["restore"] is False
        assert "The system refuses" in str(seen["what"])
        assert sorted(path.name for path in data_dir.iterdir()) == before  # no -wal, no -shm


@pytest.mark.parametrize(
    ("problem", "title"),
    [
        (
            "x: the journal was written by a newer Client Journal (schema 99; this version "
            "reads up to 8): update the app to open it",
            "The journal needs a newer Client Journal",
        ),
        (
            "the journal x/journal.sqlite3 is missing while journal-replaced-1.sqlite3, the "
            "journal an earlier restore replaced, is there",
            "The journal is missing",
        ),
        ("the file is truncated: 10 bytes of 4,096", "The journal is damaged"),
    ],
)
def test_the_title_says_what_happened(qtbot, tmp_path: Path, problem: str, title: str):
    """attack18 M9: a journal from a newer version, or a missing one, is not called damaged,
    and a missing journal's restore moves no damaged file aside."""
    from clientjournal.ui.safety.damaged_dialog import DamagedDialog

    dialog = DamagedDialog(tmp_path, problem, [])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
    assert ("damaged file" in dialog.offer.text()) == (title == "The journal is damaged")


def test_the_window_as_root_refuses_another_users_journal(
    qtbot, tmp_path: Path, on_dialog, monkeypatch: pytest.MonkeyPatch
):
    """attack18 finding 4: started as root (sudo) on another user's journal, the window does
    not write root's files into it: the dialog says the system refuses it, no restore."""
    import os

    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("only root can open another user's journal for writing")
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    data_dir = tmp_path / "theirs"
    cli(data_dir, "demo", "--clients", "3", "--notes", "10")
    for path in (data_dir, *data_dir.rglob("*")):
        os.chown(path, 65534, 65534)
    before = {str(p): (p.stat().st_uid, p.read_bytes()) for p in data_dir.rglob("*")}
    seen: dict[str, object] = {}

    def look(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["restore"] = dialog.restore_button.isEnabled()
        dialog.quit_button.click()

    on_dialog(look)
    try:
        assert _open_window(data_dir, None, smoke_test=False) is None
    finally:
        close_journal()
    assert seen == {"title": "The journal cannot be opened", "restore": False}
    after = {str(p): (p.stat().st_uid, p.read_bytes()) for p in data_dir.rglob("*")}
    assert after == before


def test_an_encrypted_backup_restored_at_start_says_the_journal_is_encrypted_now(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """attack18 finding 13 in the window: a plain (damaged) journal replaced by an encrypted
    backup needs the backup's passphrase from now on; the window says so, and the plain
    journal moved aside gets that passphrase too."""
    from PySide6.QtWidgets import QMessageBox

    from clientjournal.core.records import ClientData
    from clientjournal.paths import journal_file
    from clientjournal.store import clients
    from clientjournal.store.connection import open_journal
    from clientjournal.store.safety.backup import backup_journal
    from clientjournal.store.safety.encryption import looks_encrypted, remember
    from clientjournal.store.safety.reencrypt import reencrypt_file
    from clientjournal.ui.safety import damaged_dialog

    secret = "ein langer Satz als Passphrase"
    open_journal(data_dir)
    clients.create(ClientData(name="Anna"))
    close_journal()
    sealed = backup_journal(data_dir, target=tmp_path / "sealed.sqlite3").path
    reencrypt_file(sealed, None, secret)
    remember(data_dir, secret)  # as the passphrase prompt for the chosen backup leaves it
    said: list[str] = []
    monkeypatch.setattr(damaged_dialog, "ask", lambda *args, **kwargs: sealed)
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *rest: said.append(text)
    )
    try:
        assert damaged_dialog.recover_at_start(data_dir, "the file is damaged", None)
    finally:
        remember(data_dir, None)
    assert looks_encrypted(journal_file(data_dir))
    assert len(said) == 1 and "backup's passphrase" in said[0], said
    aside = list(data_dir.glob("journal-replaced-*.sqlite3"))
    assert aside and all(looks_encrypted(path) for path in aside)
