"""Take the README's screenshots of the relationship screens from a demo journal.

    QT_QPA_PLATFORM=xcb DISPLAY=:99 .venv/bin/python scripts/screenshots.py JOURNAL OUT_DIR \
        --lang de --client "Jürgen Bäumer" --suffix de

Run it on a real (virtual) screen, e.g. under Xvfb, so what is captured is what a user sees:
the main window with a client's full profile and mood chart, the payments tab, the three
lists of the "needs attention" window, and with ``--search`` the global search.  The journal
comes from ``clientjournal demo``.  ``--theme light|dark`` picks the appearance (through a
settings file in a temporary config folder, as a user's choice would); ``--dialogs`` adds the
agreements and replies tabs, the settings, restore, contact import and welcome dialogs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("journal", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=["de", "en"], default="en")
    parser.add_argument("--client", required=True, help="name of the client to show")
    parser.add_argument("--suffix", default="en")
    parser.add_argument("--search", default="", help="also show the global search for this")
    parser.add_argument("--theme", choices=["system", "light", "dark"], default="system")
    parser.add_argument("--dialogs", action="store_true", help="also the newer screens")
    args = parser.parse_args()
    os.environ["CLIENTJOURNAL_LANGUAGE"] = args.lang
    config = Path(tempfile.mkdtemp(prefix="cj-shots-"))
    os.environ["CLIENTJOURNAL_CONFIG_DIR"] = str(config)
    (config / "settings.ini").write_text(f"[ui]\ntheme={args.theme}\n", encoding="utf-8")

    from PySide6.QtWidgets import QApplication

    from clientjournal.app import _make_application, create_window
    from clientjournal.store import clients

    app = _make_application([])
    window = create_window(args.journal)
    window.resize(1280, 820)
    window.show()
    ids = clients.list_ids(args.client)
    if not ids:
        print(f"no client named {args.client!r}", file=sys.stderr)
        return 1
    window.client_list.select_client(ids[0])
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:  # lazy models and delayed layouts fill in over a few event rounds
        for _ in range(40):
            app.processEvents()
            time.sleep(0.01)

    def save(widget: object, name: str) -> None:
        settle()
        path = args.out / f"{name}-{args.suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    save(window, "main")
    window.pane.summary.profile.set_expanded(True)
    save(window, "profile")
    window.pane.summary.profile.set_expanded(False)
    window.pane.tabs.setCurrentIndex(3)
    save(window, "payments")
    window.pane.tabs.setCurrentIndex(0)
    window.attention_actions.show_attention()
    view = window.attention_actions._attention
    view.resize(900, 480)
    for index, name in enumerate(("get-in-touch", "overdue", "cooling")):
        view.tabs.setCurrentIndex(index)
        save(view, name)
    view.close()
    if args.dialogs:
        _dialogs(window, save, args.lang == "de")
    if args.search:
        window.search.field.setText(args.search)
        window.search.panel.run()
        window.search.panel.open_selected()
        window.search.field.setFocus()
        save(window, "search")
    window.close()
    QApplication.processEvents()
    return 0


HEATED = [  # English, German: what the tone detector's banner is for
    "You ALWAYS change everything at the last minute!!! This is your last chance, "
    "otherwise I will stop working on this project.",
    "Sie ändern SCHON WIEDER alles in letzter Minute!!! Das ist Ihre letzte Chance, sonst "
    "höre ich mit dem Projekt auf.",
]

CONTACTS_CSV = (
    "Vorname;Nachname;E-Mail-Adresse;Firma;Telefon geschäftlich\n"
    "Anna;Beispiel;anna@example.org;Atelier Blau;+49 30 1234567\n"
    "Jonas;Weber;j.weber@example.com;Weber Druck GmbH;+49 40 7654321\n"
    "Mia;Schulz;mia@example.net;;+49 89 555123\n"
).encode("cp1252")


def _dialogs(window: object, save: object, german: bool) -> None:
    """The tabs and dialogs that issues 8 and 10 added, each as a user opens it."""
    from clientjournal.ui.exchange.contact_import_dialog import ContactImportDialog
    from clientjournal.ui.safety.backup_dialog import RestoreDialog, all_backups
    from clientjournal.ui.settings.dialog import SettingsDialog
    from clientjournal.ui.shell.welcome_dialog import WelcomeDialog

    pane = window.pane  # type: ignore[attr-defined]
    for index, name in ((1, "agreements-tab"), (2, "replies-tab")):
        pane.tabs.setCurrentIndex(index)
        save(window, name)  # type: ignore[operator]
    replies = pane.replies
    pane.tabs.setCurrentWidget(replies)
    replies.new_reply()
    replies.composer.body.setPlainText(HEATED[german])
    replies.composer.rate()
    replies.composer.flush()  # saved, so the list shows its first line
    save(window, "reply-banner")  # type: ignore[operator]
    pane.tabs.setCurrentIndex(0)
    from clientjournal.ui.agreements.due import DueDialog
    from clientjournal.ui.replies.queue import QueueDialog

    for name, table in (("due-soon", DueDialog(window)), ("queue", QueueDialog(window))):  # type: ignore[arg-type]
        table.resize(900, 420)
        table.show()
        save(table, name)  # type: ignore[operator]
        table.close()
    data_dir = window.data_dir  # type: ignore[attr-defined]
    for name, dialog in (
        ("settings", SettingsDialog(data_dir, window)),  # type: ignore[arg-type]
        ("restore", RestoreDialog(all_backups(data_dir), data_dir, window)),  # type: ignore[arg-type]
        (
            "contact-import",
            ContactImportDialog(data_dir / "kontakte.csv", CONTACTS_CSV, "csv", window),
        ),  # type: ignore[arg-type]
        ("welcome", WelcomeDialog(window)),  # type: ignore[arg-type]
    ):
        dialog.show()
        save(dialog, name)  # type: ignore[operator]
        dialog.reject()


if __name__ == "__main__":
    sys.exit(main())
