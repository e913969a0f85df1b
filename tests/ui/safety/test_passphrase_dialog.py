"""The start-up passphrase prompt: a wrong passphrase is said and asked again; Quit opens nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from clientjournal.app import create_window
from clientjournal.core.demo.journal import generate
from clientjournal.store.connection import PassphraseRequired, close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.safety.encryption import passphrase_for, remember
from clientjournal.store.safety.reencrypt import change_passphrase
from clientjournal.ui.safety.passphrase_dialog import PassphraseDialog, ask_to_unlock

SECRET = "Apfelbaum im Winter"


@pytest.fixture
def encrypted(data_dir: Path):
    open_journal(data_dir)
    fill(generate(3, 20, seed=2))
    close_journal()
    change_passphrase(data_dir, None, SECRET)
    open_journal(data_dir, SECRET)  # a window's late timer (another test's) finds it readable
    close_journal()
    remember(data_dir, None)  # as at a fresh start
    yield data_dir
    close_journal()
    remember(data_dir, None)


def test_wrong_then_right_passphrase(qtbot):
    tried = []

    def unlock(passphrase: str) -> bool:
        tried.append(passphrase)
        return passphrase == SECRET

    dialog = PassphraseDialog(unlock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.field.accessibleName() and dialog.accessibleName()
    dialog.open_button.click()  # empty: asks, tries nothing
    assert tried == [] and dialog.message.isVisible()
    dialog.field.setText("falsch")
    dialog.open_button.click()
    assert tried == ["falsch"] and dialog.isVisible()
    assert "does not open" in dialog.message.text() and dialog.field.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        dialog.field.setText(SECRET)
        dialog.open_button.click()
    assert tried == ["falsch", SECRET] and not dialog.isVisible()


def test_the_prompt_unlocks_the_journal_and_the_window_opens(encrypted, on_dialog, windows):
    with pytest.raises(PassphraseRequired):
        create_window(encrypted)

    def answer(dialog) -> None:
        dialog.field.setText("nicht das richtige")
        dialog.open_button.click()
        assert dialog.message.isVisible()
        dialog.field.setText(SECRET)
        dialog.open_button.click()

    on_dialog(answer)
    assert ask_to_unlock(encrypted) is True
    assert passphrase_for(encrypted) == SECRET
    window = windows.open()  # create_window, as the app does after the prompt
    assert window.client_list.view.model().rowCount() == 3


def test_quit_leaves_the_journal_closed(qtbot, encrypted, on_dialog):
    on_dialog(lambda dialog: dialog.quit_button.click())
    assert ask_to_unlock(encrypted) is False
    assert passphrase_for(encrypted) is None
    with pytest.raises(PassphraseRequired):
        open_journal(encrypted)


def test_the_app_asks_for_the_passphrase_instead_of_calling_the_journal_damaged(
    encrypted, on_dialog, qtbot
):
    from clientjournal.app import _open_window

    def answer(dialog) -> None:
        assert dialog.objectName() == "passphraseDialog"  # not the damaged-journal dialog
        dialog.field.setText(SECRET)
        dialog.open_button.click()

    on_dialog(answer)
    window = _open_window(encrypted, None, smoke_test=False)
    qtbot.addWidget(window)
    assert window.findChild(object, "actionEncryption") is not None
    close_journal()
    remember(encrypted, None)
    on_dialog(lambda dialog: dialog.quit_button.click())
    assert _open_window(encrypted, None, smoke_test=False) is None
