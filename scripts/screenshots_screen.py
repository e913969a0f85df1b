"""Screenshots of the whole (virtual) screen, window manager and all, at a small screen size.

    bash scripts/screenshots_screen.sh JOURNAL OUT_DIR 1366x768 de light

(the shell script starts Xvfb and openbox and runs this inside).  The window is maximised by
the window manager, as on a laptop, and each step is captured with ImageMagick's
``import -window root``: what a user sees, frame, title bar and all, not a widget's own
``grab()``.  Steps: the main window, the full profile, the agreements (an item chosen), a
ready reply in the reply list, the invoices with a note, the search with more results than
it shows, and the vCard import preview.  The journal comes from ``clientjournal demo``; a
ready reply and an invoice with a note are added to the client shown.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("journal", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("size", help="e.g. 1366x768 (the screen's size, for the file names)")
    parser.add_argument("lang", choices=["de", "en"])
    parser.add_argument("theme", choices=["light", "dark"])
    parser.add_argument("--search", default="Angebot")
    args = parser.parse_args()
    os.environ["CLIENTJOURNAL_LANGUAGE"] = args.lang
    config = Path(tempfile.mkdtemp(prefix="cj-screen-"))
    os.environ["CLIENTJOURNAL_CONFIG_DIR"] = str(config)
    (config / "settings.ini").write_text(f"[ui]\ntheme={args.theme}\n", encoding="utf-8")

    from PySide6.QtWidgets import QApplication
    from screen_shooter import Shooter  # scripts/, beside this script

    from clientjournal.app import _make_application, create_window
    from clientjournal.core.cooling import DraftData
    from clientjournal.core.payments import PaymentData
    from clientjournal.core.timeutil import utcnow
    from clientjournal.store import clients, drafts, payments
    from clientjournal.ui.common.context import ClientTab

    app = _make_application([])
    window = create_window(args.journal)
    window.showMaximized()
    client_id = max(clients.list_ids(), key=lambda cid: len(payments.for_client(cid)))
    german = args.lang == "de"
    subject = (
        "Re: Bröckelnde Zusammenarbeit und die Rechnung vom März"
        if german
        else "Re: The crumbling collaboration and the March invoice"
    )
    draft = drafts.save(DraftData(client_id=client_id, subject=subject, body=subject + ".\n"))
    drafts.hold(draft.id, utcnow() - timedelta(days=2))
    note = (
        "Anzahlung 50 %, zweite Hälfte bei Abnahme"
        if german
        else "50 % deposit, the rest on approval"
    )
    payments.create(
        PaymentData(client_id=client_id, number="2026-041", amount_cents=185_000,
                    issued_on=date.today() - timedelta(days=10),
                    due_on=date.today() + timedelta(days=4), note=note)
    )  # fmt: skip
    window.refresh(client_id)
    window.client_list.select_client(client_id)
    suffix = f"{args.size}-{args.lang}-{args.theme}"

    shooter = Shooter(app, args.out, suffix)
    settle, shot = shooter.settle, shooter.shot

    settle(100)
    shot("main")
    pane = window.pane
    pane.summary.profile.set_expanded(True)
    shot("profile")
    pane.summary.profile.set_expanded(False)
    pane.tabs.setCurrentIndex(1)
    agreements = pane.agreements
    if agreements.model.rowCount():
        agreements.view.setCurrentIndex(agreements.model.index(0, 0))
    shot("agreements-tab")
    pane.open_tab(ClientTab.REPLIES, draft.id)
    shot("replies-tab")
    pane.tabs.setCurrentIndex(3)
    shot("payments")
    pane.tabs.setCurrentIndex(0)
    window.search.focus()
    window.search.field.setText(args.search)
    window.search.panel.run()
    shot("search")
    window.search.close()
    from clientjournal.ui.exchange.contact_import_dialog import ContactImportDialog

    vcard = ROOT / "tests" / "data" / "contacts" / "google.vcf"
    dialog = ContactImportDialog(vcard, vcard.read_bytes(), "vcard", window)
    dialog.show()
    shot("contact-import")
    dialog.reject()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
