"""Issue 18: a plain backup that replaces an encrypted journal whose passphrase is not known
(the journal no longer opens) leaves the journal plain; the window says so in a dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from clientjournal.core.records import ClientData
from clientjournal.paths import journal_file
from clientjournal.store import clients
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.safety.backup import backup_journal
from clientjournal.store.safety.encryption import looks_encrypted, remember
from clientjournal.store.safety.reencrypt import reencrypt_file
from clientjournal.ui.safety import damaged_dialog

SECRET = "ein langer Satz als Passphrase"


def test_restoring_a_plain_backup_over_a_locked_journal_warns(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    open_journal(data_dir)
    clients.create(ClientData(name="Anna"))
    close_journal()
    plain = backup_journal(data_dir, target=tmp_path / "plain.sqlite3").path
    reencrypt_file(journal_file(data_dir), None, SECRET)  # encrypted, key not known here
    remember(data_dir, None)
    said: list[str] = []
    monkeypatch.setattr(damaged_dialog, "ask", lambda *args, **kwargs: plain)
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text)
    )
    assert damaged_dialog.recover_at_start(data_dir, "the file is damaged", None)
    assert not looks_encrypted(journal_file(data_dir))
    assert len(said) == 1 and "not encrypted" in said[0]


@pytest.mark.parametrize(
    "problem",
    [
        "/x/journal.sqlite3: the file system is read-only",
        "the file cannot be read: permission denied (not yours, or not readable)",
        "the disk is full",
    ],
)
def test_a_refusal_of_the_system_is_not_called_damage_and_offers_no_restore(
    qtbot, data_dir: Path, tmp_path: Path, problem: str
):
    """Issue 18: a journal on a read-only disk, not the user's, or a full disk is not damaged:
    the dialog says what refuses, and restoring a backup (which would meet the same refusal)
    is not offered."""
    open_journal(data_dir)
    clients.create(ClientData(name="Anna"))
    close_journal()
    backup_journal(data_dir)
    from clientjournal.store.safety.backup import list_backups

    dialog = damaged_dialog.DamagedDialog(data_dir, problem, list_backups(data_dir))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "The journal cannot be opened"
    assert "refuses" in dialog.what.text() and "damaged" not in dialog.what.text()
    assert not dialog.restore_button.isEnabled() and not dialog.choose_button.isEnabled()
    assert dialog.quit_button.isDefault()
