"""A child for tests/ui/test_autosave_kill.py: the real note editor, typed into until SIGKILLed.

    python autosave_typist.py DATA_DIR

Opens the journal (with one client), shows a NoteEditor offscreen and types a key every 40 ms
as key events.  Reports on stdout, unbuffered: ``ready``, ``typed N`` after each key and
``saved N`` after each autosave returned (N: characters of the text at that moment).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

TEXT = "".join(f"{i:04d} " for i in range(2000))  # every prefix tells how far the typing got
KEY_INTERVAL_MS = 40


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode("ascii"))


def main(data_dir: Path) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from clientjournal.core.records import ClientData
    from clientjournal.store import clients
    from clientjournal.store.connection import open_journal
    from clientjournal.ui.notes.editor import NoteEditor

    app = QApplication([])
    open_journal(data_dir)
    editor = NoteEditor()
    editor.start_new(clients.create(ClientData(name="Typist")))
    editor.show()
    editor.body.setFocus()
    editor.noteSaved.connect(lambda *_: _say(f"saved {len(editor.body.toPlainText())}"))
    typed = [0]

    def key() -> None:
        char = TEXT[typed[0]]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key(0), Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(editor.body, event)
        typed[0] += 1
        _say(f"typed {typed[0]}")

    timer = QTimer(interval=KEY_INTERVAL_MS, timeout=key)
    timer.start()
    QTimer.singleShot(60_000, app.quit)  # never outlive a parent that forgot it
    _say("ready")
    app.exec()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
