"""A child for test_shutdown.py: the real app (``app.run_gui``) on a journal, with a few words
typed into the note editor as key events and not yet saved; then it waits for a signal.

    python signal_typist.py DATA_DIR TEXT

Prints ``typed`` once the text is in the editor (the autosave has not run yet).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(data_dir: Path, text: str) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from clientjournal.app import run_gui
    from clientjournal.ui.shell.main_window import MainWindow

    app = QApplication([])

    def type_when_ready() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, type_when_ready)
            return
        body = windows[0].pane.editor.body
        body.setFocus()
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key(0), Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(body, event)
        os.write(1, b"typed\n")

    QTimer.singleShot(0, type_when_ready)
    QTimer.singleShot(60_000, app.quit)  # never outlive a parent that forgot it
    return run_gui(data_dir, False, [])


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), sys.argv[2]))
