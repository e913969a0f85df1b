"""Take the README's screenshots of the relationship screens from a demo journal.

    QT_QPA_PLATFORM=xcb DISPLAY=:99 .venv/bin/python scripts/screenshots.py JOURNAL OUT_DIR \
        --lang de --client "Jürgen Bäumer" --suffix de

Run it on a real (virtual) screen, e.g. under Xvfb, so what is captured is what a user sees:
the main window with a client's full profile and mood chart, the payments tab, the three
lists of the "needs attention" window, and with ``--search`` the global search.  The journal comes from ``clientjournal demo``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("journal", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", choices=["de", "en"], default="en")
    parser.add_argument("--client", required=True, help="name of the client to show")
    parser.add_argument("--suffix", default="en")
    parser.add_argument("--search", default="", help="also show the global search for this")
    args = parser.parse_args()
    os.environ["CLIENTJOURNAL_LANGUAGE"] = args.lang

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
    window.pane.summary.profile.set_expanded(True)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def save(widget: object, name: str) -> None:
        settle()
        path = args.out / f"{name}-{args.suffix}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    save(window, "profile")
    window.pane.tabs.setCurrentIndex(3)
    save(window, "payments")
    window.pane.tabs.setCurrentIndex(0)
    window.relationship_actions.show_attention()
    view = window.relationship_actions._attention
    view.resize(900, 480)
    for index, name in enumerate(("get-in-touch", "overdue", "cooling")):
        view.tabs.setCurrentIndex(index)
        save(view, name)
    view.close()
    if args.search:
        window.search.field.setText(args.search)
        window.search.panel.run()
        window.search.panel.open_selected()
        window.search.field.setFocus()
        save(window, "search")
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
