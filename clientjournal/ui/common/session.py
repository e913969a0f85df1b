"""The session ending: a logout, a shutdown, Ctrl+C in a terminal (ui/shell/shutdown.py).

From then on nothing may wait for the user.  A close asked while an operation on the journal
runs comes at its end (``JournalWork``); a message box shown at that end (a restore or a
backup that failed, a restored journal now plain or encrypted) waited for a click that no one
could give, and the app outlived the logout until the session killed it (trust26b).  What
such a box would say goes to the standard error instead, which the session's log keeps.

The mark is a property of the application, so the tests that send themselves a signal can
take it away again (tests/ui/safety/logout.py).
"""

from __future__ import annotations

import sys
from typing import Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

_ENDING = "clientjournalSessionEnding"

BoxKind = Literal["information", "warning", "critical"]


def mark_ending(app: QCoreApplication) -> None:
    app.setProperty(_ENDING, True)


def clear(app: QCoreApplication) -> None:
    app.setProperty(_ENDING, False)


def ending() -> bool:
    app = QCoreApplication.instance()
    return app is not None and bool(app.property(_ENDING))


def say(parent: QWidget | None, kind: BoxKind, title: str, text: str) -> None:
    """A message box of ``kind`` (QMessageBox's static function of that name), or, while the
    session ends, the same words on the standard error."""
    if ending():
        print(f"{title}: {text}", file=sys.stderr, flush=True)
        return
    from PySide6.QtWidgets import QMessageBox  # its class and enums only when shown (issue 21)

    getattr(QMessageBox, kind)(parent, title, text)
