"""The baseline: a bare PySide6 QMainWindow, started and reported the same way as the app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from clientjournal.app import process_age_ms


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 760)

    def finish() -> None:
        print(f"ready in {process_age_ms():.0f} ms", flush=True)
        app.quit()

    class Watcher(QObject):
        seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, finish)
            return False

    watcher = Watcher(window)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
