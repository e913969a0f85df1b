"""Screenshots of sync: a note changed on two computers, and Settings → Sync.

    bash scripts/screenshots_sync.sh OUT_DIR 1366x768 de light

(the shell script starts Xvfb and openbox and runs this inside).  Two journals are built in a
temporary folder: A (``clientjournal demo``, the computer "Laptop") and B ("Desk"), which
syncs A's journal in through a sync folder.  Then one note is changed on both before either
sees the other's text, and B's round keeps the other text as a conflict.  B's window is
maximised by the window manager and captured with ImageMagick's ``import -window root``
(what a user sees, frame and all): the client with the note open, the conflict banner above
it (``note-conflict``), then Settings → Sync (``sync-settings``).  Nothing outside the
temporary folders is touched: the settings come from ``$CLIENTJOURNAL_CONFIG_DIR``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "clientjournal"]


def cli(*args: str | Path) -> None:
    """One command of the program, as a user types it (its own process, the journal's lock)."""
    subprocess.run([*CLI, *map(str, args)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def set_device_name(data_dir: Path, folder: Path, name: str) -> None:
    from clientjournal.store.connection import close_journal, open_journal
    from clientjournal.store.sync import configure

    open_journal(data_dir)
    try:
        configure(folder, name)
    finally:
        close_journal()


def pick_note(data_dir: Path, rank: int = 0) -> int:
    """The newest note but ``rank`` of the client with the most notes."""
    from clientjournal.store import clients, notes
    from clientjournal.store.connection import close_journal, open_journal

    open_journal(data_dir)
    try:
        client_id = max(clients.list_ids(), key=lambda cid: len(notes.ids_for_client(cid)))
        found = notes.fetch(notes.ids_for_client(client_id)).values()
        note_id = sorted(found, key=lambda note: note.created_at, reverse=True)[rank].id
        assert note_id is not None
        return note_id
    finally:
        close_journal()


def edit_note(data_dir: Path, note_id: int, text: str) -> None:
    """Add ``text`` to a note, as typed in the window."""
    from clientjournal.store import notes
    from clientjournal.store.connection import close_journal, open_journal

    open_journal(data_dir)
    try:
        note = notes.get(note_id)
        note.body = note.body.rstrip() + "\n\n" + text
        notes.save(note)
    finally:
        close_journal()


def uuid_of(data_dir: Path, note_id: int) -> str:
    from clientjournal.store import notes
    from clientjournal.store.connection import close_journal, open_journal

    open_journal(data_dir)
    try:
        uuid = notes.get(note_id).uuid
        assert uuid is not None
        return uuid
    finally:
        close_journal()


def id_of(data_dir: Path, uuid: str) -> tuple[int, int]:
    """(note id, client id) of the note with ``uuid`` in the journal in ``data_dir``."""
    from clientjournal.store import notes
    from clientjournal.store.connection import close_journal, open_journal
    from clientjournal.store.models import Note

    open_journal(data_dir)
    try:
        note_id = Note.get(Note.uuid == uuid).id
        return note_id, notes.get(note_id).client_id
    finally:
        close_journal()


def build(base: Path, german: bool) -> tuple[Path, int, int]:
    """Journals A and B and their sync folder in ``base``; B has one note conflict.
    Returns B's folder, the note's id and its client's id there."""
    laptop, desk, folder = base / "laptop", base / "desk", base / "Nextcloud" / "clientjournal"
    folder.mkdir(parents=True)
    cli("demo", "--data-dir", laptop, "--clients", "40", "--notes", "1200", "--seed", "7")
    cli("sync", "--data-dir", laptop, folder)
    set_device_name(laptop, folder, "Laptop")
    cli("sync", "--data-dir", desk, folder)
    set_device_name(desk, folder, "Desk")
    cli("sync", "--data-dir", laptop, folder)  # each computer has published its name
    cli("sync", "--data-dir", desk, folder)
    on_laptop = (
        "Rückruf am Donnerstag: Angebot gilt bis Monatsende."
        if german
        else "Call back on Thursday: the offer stands until the month's end."
    )
    on_desk = (
        "Rückruf am Freitag verschoben: erst die Rechnung vom März klären."
        if german
        else "Call back moved to Friday: first settle the March invoice."
    )
    # The laptop changes the note; later the desk changes it too, before it has seen the
    # laptop's text, and publishes it.  The desk's later text wins on both; the desk keeps the
    # laptop's as the other version when its window syncs (1.5 s after its start): that
    # round brings the conflict (and one more changed note), and Settings -> Sync shows its
    # counts.  Nothing to send in that round: the status line's counts fit.
    uuid = uuid_of(laptop, pick_note(laptop))
    desk_note, client_id = id_of(desk, uuid)
    edit_note(laptop, id_of(laptop, uuid)[0], on_laptop)
    logos = "Logos in hoher Auflösung sind da." if german else "Got the logos."
    edit_note(laptop, pick_note(laptop, 2), logos)
    time.sleep(1.1)  # two edits at distinct times, the desk's the later one
    edit_note(desk, desk_note, on_desk)
    cli("sync", "--data-dir", desk, folder)
    cli("sync", "--data-dir", laptop, folder)
    return desk, desk_note, client_id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("size", help="e.g. 1366x768 (the screen's size, for the file names)")
    parser.add_argument("lang", choices=["de", "en"])
    parser.add_argument("theme", choices=["light", "dark"])
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="cj-"))
    try:
        return shoot(args, base)
    finally:
        shutil.rmtree(base, ignore_errors=True)


def shoot(args: argparse.Namespace, base: Path) -> int:
    os.environ["CLIENTJOURNAL_LANGUAGE"] = args.lang
    os.environ["HOME"] = str(base)  # Settings -> Sync shows "~/Nextcloud/…", no machine path
    config = base / "config"
    config.mkdir()
    os.environ["CLIENTJOURNAL_CONFIG_DIR"] = str(config)
    os.environ["CLIENTJOURNAL_BACKUP_DIR"] = str(base / "backups")
    (config / "settings.ini").write_text(f"[ui]\ntheme={args.theme}\n", encoding="utf-8")
    journal, note_id, client_id = build(base, args.lang == "de")

    from PySide6.QtWidgets import QApplication
    from screen_shooter import Shooter  # scripts/, beside this script

    from clientjournal.app import _make_application, create_window

    app = _make_application([])
    window = create_window(journal)
    window.showMaximized()
    suffix = f"{args.lang}-{'light' if args.theme == 'light' else 'dark'}"

    shooter = Shooter(app, args.out, suffix)
    settle, shot = shooter.settle, shooter.shot

    settle(100)
    window.client_list.select_client(client_id)
    settle()
    window.pane.show_note(note_id)
    from clientjournal.store.sync import note_conflicts

    for _ in range(50):  # the first sync round (1.5 s after the start) brings the conflict
        settle(10)
        if note_conflicts([note_id]):
            break
    for _ in range(60):  # the round's message (8 s) leaves the status line its whole width
        if not window.statusBar().currentMessage():
            break
        settle(10)
    settle(100)
    shot("note-conflict")
    from clientjournal.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(journal, window)
    dialog.tabs.setCurrentWidget(dialog.sync_page)
    dialog.show()
    shot("sync-settings")
    dialog.reject()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
