"""A damaged journal at start: the dialog says what happened and which backup can take its
place; restoring moves the damaged file aside, quitting leaves it untouched byte for byte."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from window_chain import close_chain

from clientjournal.app import _open_window, create_window
from clientjournal.paths import BACKUP_DIR_ENV, journal_file
from clientjournal.store import clients
from clientjournal.store.connection import close_journal
from clientjournal.store.safety.backup import backup_journal, list_backups
from clientjournal.ui.safety.backup_dialog import local_time
from clientjournal.ui.safety.damaged_dialog import (
    DamagedDialog,
    check_in_background,
    journal_problem,
)

DEMO = ["--clients", "20", "--notes", "1500", "--seed", "3"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "journal"
    made = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(folder), "demo", *DEMO],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    return folder / "journal.sqlite3"


@pytest.fixture
def journal_with_backups(data_dir: Path, demo: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo journal with two backups: an older one with fewer clients, and the newest."""
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)
    data_dir.mkdir(mode=0o700)
    journal_file(data_dir).write_bytes(demo.read_bytes())
    older = data_dir / "backups" / "journal-20200101T000000Z-manual.sqlite3"
    older.parent.mkdir(mode=0o700)
    backup_journal(data_dir, target=older)
    backup_journal(data_dir, label="manual")
    return data_dir


def truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def garble(path: Path) -> None:
    """Random bytes over a few pages of the search index: the journal opens and the window
    shows its clients and notes, but the pages are broken (found only by the check)."""
    connection = sqlite3.connect(path)
    pages = [
        row[0]
        for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'note_fts_data' AND pagetype = 'leaf'"
        )
    ]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    rng = random.Random(8)
    with path.open("r+b") as stream:
        for page in pages[len(pages) // 2 : len(pages) // 2 + 3]:
            stream.seek((page - 1) * page_size)
            stream.write(bytes(rng.randrange(256) for _ in range(page_size)))


@pytest.fixture
def opened():
    windows = []
    yield windows
    for window in windows:
        close_chain(window)
    close_journal()


@pytest.mark.parametrize(
    ("damage", "words"), [(truncate, "cut short"), (garble, "damaged: parts of it")]
)
def test_the_dialog_says_what_happened_and_names_the_newest_backup(
    qtbot, journal_with_backups: Path, damage, words: str
):
    data_dir = journal_with_backups
    damage(journal_file(data_dir))
    problem = journal_problem(data_dir)
    assert problem is not None
    backups = list_backups(data_dir)
    dialog = DamagedDialog(data_dir, problem, backups)
    qtbot.addWidget(dialog)
    assert words in dialog.what.text()
    newest = backups[0]
    assert newest.taken_at.year > 2020  # not the older one
    offer = dialog.offer.text()
    assert local_time(newest.taken_at) in offer
    counts = [QLocale().toString(newest.clients), QLocale().toString(newest.notes)]
    assert f"{counts[0]} clients and {counts[1]} notes" in offer
    assert dialog.restore_button.isEnabled() and dialog.restore_button.isDefault()


def test_restore_at_start_moves_the_damaged_file_aside_and_opens(
    qtbot, journal_with_backups: Path, on_dialog, opened
):
    data_dir = journal_with_backups
    path = journal_file(data_dir)
    truncate(path)
    damaged = path.read_bytes()
    newest = list_backups(data_dir)[0]
    on_dialog(lambda dialog: dialog.restore_button.click())
    window = _open_window(data_dir, None, smoke_test=False)
    assert window is not None
    opened.append(window)
    assert clients.count() == newest.clients
    aside = list(data_dir.glob("journal-replaced-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == damaged  # kept, never overwritten


def test_another_backup_can_be_chosen(qtbot, journal_with_backups: Path, on_dialog, opened):
    data_dir = journal_with_backups
    journal_file(data_dir).write_text("not a journal at all\n")
    older = list_backups(data_dir)[1]

    def choose_older(dialog) -> None:
        assert "not a journal at all" in dialog.what.text()

        def pick(restore_dialog) -> None:
            restore_dialog.list.setCurrentItem(restore_dialog.list.topLevelItem(1))
            on_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
            restore_dialog._confirm()

        on_dialog(pick)
        dialog.choose_button.click()

    on_dialog(choose_older)
    window = _open_window(data_dir, None, smoke_test=False)
    assert window is not None
    opened.append(window)
    assert older.path.name.startswith("journal-2020")
    assert len(list(data_dir.glob("journal-replaced-*.sqlite3"))) == 1


@pytest.mark.parametrize("damage", [truncate, lambda path: path.write_text("hello\n")])
def test_quit_leaves_the_damaged_file_untouched(
    qtbot, journal_with_backups: Path, on_dialog, damage, capfd
):
    data_dir = journal_with_backups
    path = journal_file(data_dir)
    damage(path)
    before = path.read_bytes()
    on_dialog(lambda dialog: dialog.quit_button.click())
    assert _open_window(data_dir, None, smoke_test=False) is None
    assert path.read_bytes() == before
    assert not list(data_dir.glob("journal-replaced-*"))
    assert "cannot open the journal" in capfd.readouterr().err


def test_an_empty_journal_with_backups_is_not_taken_for_a_new_one(
    qtbot, journal_with_backups: Path, on_dialog
):
    data_dir = journal_with_backups
    journal_file(data_dir).write_bytes(b"")
    on_dialog(lambda dialog: dialog.quit_button.click())
    assert _open_window(data_dir, None, smoke_test=False) is None
    assert journal_file(data_dir).read_bytes() == b""


def test_damage_that_opening_misses_is_found_beside_the_window(
    qtbot, journal_with_backups: Path, on_dialog, opened
):
    data_dir = journal_with_backups
    garble(journal_file(data_dir))
    window = create_window(data_dir)  # a garbled page in the middle opens fine
    opened.append(window)
    window.show()
    shown = []

    def restore_newest(dialog) -> None:
        shown.append(dialog.what.text())
        assert dialog.quit_button.text() == "Not now"
        dialog.restore_button.click()

    on_dialog(restore_newest)
    with qtbot.waitSignal(window.backups.windowReplaced, timeout=30000):
        check_in_background(window, window.backups.restore_from)
    assert "damaged" in shown[0]
    assert journal_problem(data_dir) is None  # the journal in place is the backup now
    assert len(list(data_dir.glob("journal-replaced-*.sqlite3"))) == 1


def test_an_unlocked_encrypted_journal_gets_the_check_too(journal_with_backups: Path):
    """Before the passphrase is known the check stays out of the way (the prompt comes first);
    once it is unlocked, damage in the encrypted file is found like in a plain one."""
    from clientjournal.store.safety.encryption import remember
    from clientjournal.store.safety.reencrypt import change_passphrase

    data_dir = journal_with_backups
    change_passphrase(data_dir, None, "ein langer Satz als Passphrase")
    remember(data_dir, None)
    try:
        assert journal_problem(data_dir) is None  # locked: left to the prompt
        remember(data_dir, "ein langer Satz als Passphrase")
        assert journal_problem(data_dir) is None  # unlocked and healthy
        truncate(journal_file(data_dir))
        remember(data_dir, None)
        assert journal_problem(data_dir) is None  # still locked: no verdict without the key
        remember(data_dir, "ein langer Satz als Passphrase")
        assert journal_problem(data_dir)  # unlocked: the damage is named
    finally:
        remember(data_dir, None)
