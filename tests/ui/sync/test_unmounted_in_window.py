"""The window's side of an emptied sync folder (a disk not mounted): the round fails with
one line in the status bar and in Settings → Sync saying so; choosing the folder again there
starts anew; renaming the computer does not."""

from __future__ import annotations

import shutil

from helpers import make_controller

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.sync.settings_page import SyncPage


def test_an_emptied_folder_is_a_warning_until_chosen_again(qtbot, computers):
    computers.use("desk")
    clients.create(ClientData(name="Anna Berg"))
    _context, controller = make_controller(qtbot, computers)
    page = SyncPage(controller)
    qtbot.addWidget(page)
    page.device.setText("Desk")
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        assert page.use_folder(computers.folder)
    controller.wait()
    shutil.rmtree(computers.folder)
    computers.folder.mkdir()  # the stick pulled: its mount point stays

    with qtbot.waitSignal(controller.roundFailed, timeout=30_000) as failed:
        assert controller.sync_now()
    controller.wait()
    line = failed.args[0]
    assert line.startswith("Sync failed: ") and "is the disk mounted?" in line
    assert controller.status.accessibleDescription() == line
    assert page.last.text() == line
    assert list(computers.folder.iterdir()) == []

    page.device.setText("Desk 2")
    page._rename()  # the name only: still refused
    with qtbot.waitSignal(controller.roundFailed, timeout=30_000):
        assert controller.sync_now()
    controller.wait()
    assert list(computers.folder.iterdir()) == []

    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        assert page.use_folder(computers.folder)  # chosen again: start anew there
    controller.wait()
    assert (computers.folder / "sync.json").exists()
    assert controller.status.text().startswith("Synced")
