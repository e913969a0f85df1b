"""Settings → Sync: choosing the folder sets sync up and runs a round; a second computer set
up the same way receives the first one's journal and lists it; problems are one line."""

from __future__ import annotations

import shutil

import pytest
from helpers import make_controller, plain_round, round_through
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTabWidget

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.sync.format import GARBLED, TOO_LARGE
from clientjournal.core.sync.problems import CLOCK_AHEAD
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.ui.common.context import Change
from clientjournal.ui.sync.settings_page import SyncPage


def _page(qtbot, controller) -> SyncPage:
    page = SyncPage(controller)
    qtbot.addWidget(page)
    return page


def test_the_page_sets_up_sync_and_the_other_computer_receives_the_journal(qtbot, computers):
    computers.use("desk")
    anna = clients.create(ClientData(name="Anna Berg", email="anna@berg.example"))
    notes.save(NoteData(client_id=anna, body="Met at the fair", created_at=utcnow()))
    _context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    assert not page.sync_now.isEnabled()  # no folder yet
    page.device.setText("Desk")
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000) as finished:
        assert page.use_folder(computers.folder)
    controller.wait()
    assert finished.args[0].sent > 0
    assert store_sync.sync_config().device_name == "Desk"
    assert page.folder.text() == str(computers.folder)
    assert "sent" in page.last.text()
    assert page.sync_now.isEnabled()
    assert controller.status.text().startswith("Synced")

    computers.use("laptop")
    context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    page.device.setText("Laptop")
    seen: list[str] = []
    context.events.journalChanged.connect(lambda kind, _ids: seen.append(kind))
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000) as finished:
        assert page.use_folder(computers.folder)
    controller.wait()
    assert finished.args[0].received > 0
    assert [c.name for c in clients.fetch(clients.list_ids()).values()] == ["Anna Berg"]
    assert Change.JOURNAL in seen  # every view refreshes
    assert "received" in page.last.text()
    assert page.devices.text().startswith("Desk")

    # Sync now, with nothing new: the line says so.
    page.sync_now.click()
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    controller.wait()
    assert "nothing new" in page.last.text()

    # The desk writes again: the laptop's next round names when.
    computers.use("desk")
    clients.create(ClientData(name="Ben Kurz"))
    store_sync.run_round()
    computers.use("laptop")
    page.sync_now.click()
    qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    controller.wait()
    assert page.devices.text().startswith("Desk: last change ")


def test_a_folder_that_cannot_be_used_is_one_line_and_changes_nothing(qtbot, computers, tmp_path):
    computers.use("desk")
    _context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    assert not page.use_folder(a_file)
    assert page.problem.isVisibleTo(page)
    assert page.problem.text() and "\n" not in page.problem.text()
    assert "Traceback" not in page.problem.text()
    assert store_sync.sync_config().folder is None
    assert not controller.running
    assert not page.turn_off.isEnabled()


def test_a_failed_round_is_one_warning_line_in_the_status_bar_and_on_the_page(
    qtbot, computers, tmp_path
):
    computers.use("desk")
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    _context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    controller.configure(folder, "Desk")
    shutil.rmtree(folder)  # the disk it was on is gone
    with qtbot.waitSignal(controller.roundFailed, timeout=30_000) as failed:
        assert controller.sync_now()
    controller.wait()
    line = failed.args[0]
    assert line.startswith("Sync failed: ") and "\n" not in line and "Traceback" not in line
    assert controller.status.accessibleDescription() == line
    assert page.last.text() == line
    assert page.sync_now.isEnabled()  # try again


def test_turning_sync_off_stops_the_rounds(qtbot, computers):
    computers.use("desk")
    _context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    controller.configure(computers.folder, "Desk")
    page.show_state()
    assert page.turn_off.isEnabled()
    page.turn_off.click()
    assert store_sync.sync_config().folder is None
    assert not controller.enabled
    assert not controller.sync_now()
    assert not controller.status.isVisibleTo(controller.status.parentWidget())
    assert page.folder.text() == ""


@pytest.mark.usefixtures("english")
def test_settings_has_a_sync_page_in_the_window(window, qtbot, on_dialog):
    from clientjournal.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window.data_dir, window)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget, "settingsTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "S&ync" in titles
    page = dialog.findChild(SyncPage, "syncSettings")
    assert page is not None and page.controller is window.sync


def test_saving_settings_gives_the_journal_settings_to_the_journal(qtbot, computers):
    from clientjournal import settings

    computers.use("desk")
    context, controller = make_controller(qtbot, computers)
    controller.configure(computers.folder, "Desk")
    settings.save(settings.load()._replace(morning_hour=6, default_cadence_days=21))
    context.events.changed(Change.SETTINGS)
    assert store_sync.journal_settings() == {
        "cooling/morning_hour": "6",
        "clients/default_cadence_days": "21",
    }
    round_through(qtbot, controller)

    computers.use("laptop")
    settings.save(settings.load()._replace(theme="dark"))  # this computer's own choice
    _context, laptop = make_controller(qtbot, computers)
    laptop.configure(computers.folder, "Laptop")
    assert round_through(qtbot, laptop).received
    mirrored = settings.load()
    assert (mirrored.morning_hour, mirrored.default_cadence_days, mirrored.theme) == (6, 21, "dark")


def test_turning_sync_off_during_a_round_leaves_no_status_line(qtbot, computers):
    computers.use("desk")
    context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    controller.configure(computers.folder, "Desk")
    assert controller.sync_now()
    page.turn_off.click()  # the round ends first, or is cut short (then it shows nothing)
    controller.wait()
    assert not controller.running
    assert not controller.enabled
    assert not controller.status.isVisibleTo(context)


def test_the_journals_own_folder_and_a_backup_folder_are_one_line(qtbot, computers, tmp_path):
    """The live database (or its backups) would travel with the folder: refused on the page,
    also the backup folder picked in Settings, and nothing is written into either."""
    from clientjournal import settings

    journal = computers.use("desk")
    disk = tmp_path / "backup-disk"
    disk.mkdir()
    settings.save(settings.load()._replace(backup_folder=str(disk)))
    _context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    for folder in (journal, journal / "backups", disk):
        folder.mkdir(exist_ok=True)
        assert not page.use_folder(folder)
        assert page.problem.isVisibleTo(page)
        assert page.problem.text() and "\n" not in page.problem.text()
        assert store_sync.sync_config().folder is None
    assert not (journal / "sync.json").exists() and list(disk.iterdir()) == []
    assert not controller.running


def test_engine_lines_are_in_the_windows_language(qtbot, computers, tmp_path, monkeypatch):
    """The engine writes English for the command line; the window maps its kinds of problem
    to translated words and keeps the folder it names."""
    from clientjournal.ui.sync import labels

    monkeypatch.setattr(labels, "_tr", lambda text, n=-1: f"«{text}»")
    computers.use("desk")
    _context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    missing = tmp_path / "gone"
    assert not page.use_folder(missing)
    assert page.problem.text() == f"{missing}: «the sync folder does not exist»"
    ahead = store_sync.Problem(CLOCK_AHEAD, device="Laptop", device_id="ab" * 8, days=3.04)
    assert labels.warning_text(ahead) == (
        "«the clock of %1 is %2 days ahead of this computer’s (one of the two is wrong); "
        "its changes count as made then»".replace("%1", "Laptop").replace(
            "%2", QLocale().toString(3.0, "f", 1)
        )
    )
    garbled = store_sync.Problem(GARBLED, "changes/ab/1.jsonl.gz", detail="a line is not JSON")
    assert labels.skipped_text(garbled) == (
        "changes/ab/1.jsonl.gz: «damaged (not what Client Journal writes)»"
    )


def test_no_english_line_of_the_engine_is_read_by_the_window():
    """The window words the engine's problems from their kinds; the English text the engine
    keeps for the command line may say anything without changing what the window shows."""
    from clientjournal.ui.sync import labels

    for kind in (GARBLED, TOO_LARGE):
        one = store_sync.Problem(kind, "changes/ab/1.jsonl.gz", detail="a line is not JSON")
        other = store_sync.Problem(kind, "changes/ab/1.jsonl.gz", detail="wrong type, gzip")
        assert labels.skipped_text(one) == labels.skipped_text(other)
    assert "re" not in vars(labels)  # no regular expressions over the engine's lines


def test_an_unnamed_computer_and_one_that_wrote_only_a_snapshot(qtbot, computers, monkeypatch):
    """A computer without a name is 'another computer (<id>)', never 'computer ' with a
    trailing space; one that has written only its snapshot shows when it wrote it."""
    from clientjournal.store.sync import local

    computers.use("laptop")
    clients.create(ClientData(name="Anna Berg"))
    store_sync.configure(computers.folder)
    with monkeypatch.context() as patch:
        patch.setattr(local, "device_name", lambda: "")  # a computer that never named itself
        store_sync.run_round()  # its first round: a snapshot only
    (laptop,) = [d for d in store_sync.devices_seen() if d.this_device]
    computers.use("desk")
    _context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        assert page.use_folder(computers.folder)
    controller.wait()
    (other,) = [d for d in store_sync.devices_seen() if not d.this_device]
    assert other.name == "" and other.last_change_at is not None
    page.show_state()
    text = page.devices.text()
    assert text.startswith(f"another computer ({laptop.device_id[:8]}): last change "), text
    assert "computer " not in text.replace("another computer (", "")


def test_changes_waiting_for_a_missing_file_are_shown(qtbot, computers, monkeypatch):
    """Finding 13: the laptop's change file 2 never arrives (file 3 did): after a while the
    page, the status line's tooltip and the command line say so."""
    import time

    from clientjournal.store.sync import incoming
    from tests.store.sync.replicas import files_of

    computers.use("laptop")
    for name in ("Anna", "Bert", "Cleo"):
        clients.create(ClientData(name=name))
        plain_round(computers, "laptop", "Laptop")
    computers.use("laptop")
    (lost,) = [p for p in files_of(computers.folder) if p.name == "0000000002.jsonl.gz"]
    lost.unlink()
    computers.use("desk")
    _context, controller = make_controller(qtbot, computers)
    page = _page(qtbot, controller)
    controller.configure(computers.folder, "Desk")
    now = [int(time.time() * 1000)]
    monkeypatch.setattr(incoming, "_now_ms", lambda: now[0])
    assert round_through(qtbot, controller).problems == ()
    assert "Laptop" not in page.last.text()
    now[0] += incoming.GAP_WARNING_AFTER_MS
    result = round_through(qtbot, controller)
    assert [p.kind for p in result.problems] == ["waiting"]
    page.show_state()
    text = page.last.text()
    assert "changes from Laptop are waiting for a file" in text and lost.name in text
    assert "Laptop" in controller.status.toolTip()
    again = _page(qtbot, controller)  # the page opened later (after a restart, say) tells too
    assert "changes from Laptop are waiting for a file" in again.last.text()


def test_settings_saved_during_a_round_reach_the_journal_when_it_ends(qtbot, computers):
    """Written at once, the journal's settings waited on the GUI thread for the lock of a
    round's transaction (the window frozen up to 5 s)."""
    from clientjournal import settings
    from clientjournal.ui.common import autosave

    computers.use("desk")
    context, controller = make_controller(qtbot, computers)
    controller.configure(computers.folder, "Desk")
    settings.save(settings.load()._replace(morning_hour=6))
    autosave.hold()  # as a round does around its transaction
    try:
        context.events.changed(Change.SETTINGS)
        assert store_sync.journal_settings() == {}
    finally:
        autosave.release()
    assert store_sync.journal_settings() == {"cooling/morning_hour": "6"}


def test_other_computers_one_line_per_name_in_order_and_at_most_a_few(
    qtbot, computers, monkeypatch
):
    """attack-20e E8: a desk restored three times was listed four times under its name, and
    thirty computers ran out of the dialog at 1024×640 ("Computer 10" before "2")."""
    from datetime import UTC, datetime, timedelta

    from clientjournal.ui.sync import settings_page

    computers.use("desk")
    _context, controller = make_controller(qtbot, computers)
    controller.configure(computers.folder, "Laptop")
    then = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    seen = [
        store_sync.DeviceSeen(f"{n:016x}", "Desk", then + timedelta(hours=n), False)
        for n in range(1, 5)
    ]
    monkeypatch.setattr(settings_page.store_sync, "devices_seen", lambda: seen)
    page = _page(qtbot, controller)
    lines = page.devices.text().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Desk (4 computers of this name")
    seen += [
        store_sync.DeviceSeen(f"{n:016x}", f"Computer {n}", then, False) for n in range(10, 40)
    ]
    seen.append(store_sync.DeviceSeen("f" * 16, "Computer 2", then, False))
    page.show_state()
    lines = page.devices.text().splitlines()
    assert len(lines) == settings_page.DEVICE_LINES
    assert lines[0].startswith("Computer 2:") and lines[1].startswith("Computer 10:")
    assert "more" in lines[-1]


def test_a_folder_inside_home_is_shown_from_the_tilde_and_chosen_from_its_real_path(
    qtbot, computers, monkeypatch
):
    """The folder field is narrow at 1024×640 and "/home/anna/" says nothing there: a folder
    inside the home folder shows as "~/…", its tooltip and the folder dialog keep the real
    path; a folder elsewhere shows whole."""
    from pathlib import Path

    from clientjournal.ui.sync import settings_page

    computers.use("desk")
    _context, controller = make_controller(qtbot, computers)
    controller.configure(computers.folder, "Desk")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: computers.folder.parent))
    page = _page(qtbot, controller)
    shown = str(Path("~") / computers.folder.name)
    assert page.folder.text() == shown
    assert page.folder.toolTip() == str(computers.folder)
    opened: list[str] = []
    monkeypatch.setattr(
        settings_page.QFileDialog,
        "getExistingDirectory",
        lambda _parent, _title, start: opened.append(start) or "",
    )
    page.choose.click()
    assert opened == [str(computers.folder)]
    assert page.folder.text() == shown  # nothing chosen: nothing changed
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: Path("/nonexistent-home")))
    page.show_state()
    assert page.folder.text() == str(computers.folder)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: Path("/")))  # HOME=/ (attack21 A2)
    page.show_state()
    assert page.folder.text() == str(computers.folder)

    def no_home(cls):  # no HOME and no passwd entry (attack21 A1): the page still opens
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", classmethod(no_home))
    page.show_state()
    assert page.folder.text() == str(computers.folder)
