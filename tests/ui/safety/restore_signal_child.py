"""A child for test_trust26b_logout_during_restore.py: the real app (``app.run_gui``) on a
journal; File → Restore from backup of BACKUP once the window is up, the restore held in its
thread until the file GO exists (the parent sends its signal meanwhile); with ``fails`` it
then fails as a damaged backup does.  With ``after``:
the restore runs through, then TEXT is typed into the restored window's note editor (not
yet saved) before the parent's signal.

    python restore_signal_child.py DATA_DIR BACKUP GO during|fails|after TEXT

Prints ``restoring`` once the restore's thread has begun (``during``, ``fails``), ``typed`` once the
text is in the restored window's editor (``after``).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any


def main(data_dir: Path, backup: Path, go: Path, mode: str, text: str) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from clientjournal.app import run_gui
    from clientjournal.store.safety import restore as restore_module
    from clientjournal.ui.shell.main_window import MainWindow

    app = QApplication([])
    real = restore_module.restore

    def held(*args: Any, **kwargs: Any) -> Any:
        if mode in ("during", "fails"):
            os.write(1, b"restoring\n")
            deadline = time.monotonic() + 20
            while not go.exists() and time.monotonic() < deadline:
                time.sleep(0.01)
        if mode == "fails":
            raise restore_module.RestoreError("the backup is damaged (made to fail)")
        return real(*args, **kwargs)

    restore_module.restore = held

    def shown() -> list[MainWindow]:
        return [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

    def restore_when_ready() -> None:
        windows = shown()
        # once its start is complete (sync built: see the note of trust26b on a restore
        # begun before that) and nothing else works on the journal
        if not windows or windows[0]._sync is None or windows[0].journal_work.busy:
            QTimer.singleShot(20, restore_when_ready)
            return
        successor = windows[0].backups.restore_from(backup)
        if mode == "after" and successor is not None:
            QTimer.singleShot(200, lambda: type_into(successor))

    def type_into(window: Any) -> None:
        body = window.pane.editor.body
        body.setFocus()
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key(0), Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(body, event)
        os.write(1, b"typed\n")

    QTimer.singleShot(0, restore_when_ready)
    QTimer.singleShot(60_000, app.quit)  # never outlive a parent that forgot it
    return run_gui(data_dir, False, [])


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), *sys.argv[4:6]))
