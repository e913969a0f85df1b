"""First start: a welcome on an empty journal, once; demo data that one click removes again."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QPushButton

from clientjournal.core.demo.journal import generate
from clientjournal.core.domain import AddressForm
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.demo import removal as demo_data
from clientjournal.store.demo.fill import fill
from clientjournal.ui.shell.welcome_dialog import WELCOMED_KEY, should_welcome, welcome_if_new
from clientjournal.ui.shell.window_settings import app_settings


def click(qtbot, dialog, name: str) -> None:
    qtbot.mouseClick(dialog.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def remove_action(window) -> QAction:
    return window.findChild(QAction, "actionRemoveDemo")


def test_the_welcome_demo_is_shown_and_can_be_removed(qtbot, window, on_dialog):
    assert not window.demo.isVisible() and not remove_action(window).isVisible()
    seen = []

    def explore(dialog) -> None:
        seen.append(dialog.objectName())
        click(qtbot, dialog, "welcomeExploreDemo")

    on_dialog(explore)
    assert welcome_if_new(window)
    qtbot.waitUntil(lambda: window.client_list.model.rowCount() == demo_data.WELCOME_CLIENTS)
    assert seen == ["welcomeDialog"]
    assert window.demo.isVisible() and remove_action(window).isVisible()
    assert window.client_list.current_client_id() is not None  # the first demo client shown
    assert window.reply_actions.watch.button.isVisible()  # its reply ready to reread
    stored = clients.fetch(clients.list_ids()).values()  # English UI, English demo
    assert {c.address_form for c in stored} <= {AddressForm.FIRST_NAME, AddressForm.FORMAL}
    assert not should_welcome() and not welcome_if_new(window)  # once, never again

    on_dialog(lambda box: click(qtbot, box, "confirmRemoveDemo"))
    qtbot.mouseClick(window.demo.button, Qt.MouseButton.LeftButton)
    assert clients.count() == 0 and not demo_data.has_demo()
    assert window.client_list.model.rowCount() == 0
    assert not window.demo.isVisible() and not remove_action(window).isVisible()
    assert window.pane.currentWidget() is window.pane.empty
    assert not should_welcome()  # an empty journal again, but the user was welcomed


def test_start_empty_writes_nothing_and_is_not_asked_again(qtbot, windows, on_dialog):
    window = windows.open()
    on_dialog(lambda dialog: click(qtbot, dialog, "welcomeStartEmpty"))
    assert welcome_if_new(window)
    qtbot.waitUntil(lambda: str(app_settings().value(WELCOMED_KEY, "")).lower() == "true")
    assert demo_data.is_empty() and not window.demo.isVisible()
    window = windows.restart()
    assert not welcome_if_new(window)


def test_no_welcome_for_a_journal_with_data(qtbot, journal, windows):
    clients.create(ClientData(name="Vera Vorhanden"))
    window = windows.open()
    assert not should_welcome() and not welcome_if_new(window)
    qtbot.wait(50)
    assert QApplication.activeModalWidget() is None


def test_the_window_alone_never_welcomes(qtbot, window):
    """Tests and create_window get no dialog: only app.py asks for the welcome."""
    qtbot.wait(50)
    assert QApplication.activeModalWidget() is None
    assert app_settings().value(WELCOMED_KEY) is None


def test_removing_keeps_the_users_client_and_undo_forgets_the_demo(
    qtbot, journal, windows, on_dialog
):
    demo = generate(25, 500, seed=1)
    fill(demo)  # as `clientjournal demo` does: removable too
    mine = clients.create(ClientData(name="Zora Zuletzt"))
    window = windows.open()
    assert window.demo.isVisible() and remove_action(window).isVisible()
    window.client_list.select_client(demo.clients[0].id)
    window.client_actions.delete_client()  # an undoable step on a demo client
    assert window.undo_stack.count() == 1

    on_dialog(lambda box: box.reject())  # cancel: nothing happens
    remove_action(window).trigger()
    assert clients.count() == 25 and window.demo.isVisible()

    window.search.field.setText(demo.clients[2].name)  # results that are about to go
    watch = window.reply_actions.watch
    watch.check()
    assert watch.button.isVisible()  # the demo has a reply ready to reread
    on_dialog(lambda box: click(qtbot, box, "confirmRemoveDemo"))
    remove_action(window).trigger()
    assert window.left.currentWidget() is window.client_list and not window.search.field.text()
    assert clients.list_ids() == [mine] and clients.count(trashed=True) == 0
    assert [window.client_list.model.id_at(0)] == [mine]
    assert window.client_list.current_client_id() == mine
    assert window.undo_stack.count() == 0
    assert not window.demo.isVisible() and not watch.button.isVisible()


def test_the_smoke_test_never_welcomes(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "clientjournal", "--smoke-test", "--data-dir", str(tmp_path / "j")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ready in ")
    assert app_settings().value(WELCOMED_KEY) is None


def test_the_demo_is_an_operation_on_the_journal_nothing_else_begins_meanwhile(qtbot, window):
    """The demo is written in a thread behind a progress shown after 400 ms: an import or a
    restore begun in those 400 ms would swap the journal under its transaction (pause24b)."""
    from clientjournal.ui.shell.welcome_dialog import DemoLoader

    work = window.journal_work
    assert DemoLoader(window).start()
    assert work.busy and not window.exchange.import_action.isEnabled()
    assert not work.begin("import")  # refused while the demo is written
    qtbot.waitUntil(lambda: not work.busy, timeout=20000)
    assert window.exchange.import_action.isEnabled()
    assert clients.count() == demo_data.WELCOME_CLIENTS


def test_no_demo_while_another_operation_runs(qtbot, window):
    from clientjournal.ui.shell.welcome_dialog import DemoLoader

    work = window.journal_work
    assert work.begin("import")
    try:
        assert not DemoLoader(window).start()
        assert "import" in window.statusBar().currentMessage()
        qtbot.wait(200)
        assert clients.count() == 0 and work.running == "import"
    finally:
        work.end()
