"""A dialog is as wide as its title in the title bar: a message box sized to its short text
showed "Export abgesc… Client Journal" under openbox (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QVBoxLayout

from clientjournal.ui.shell.title_room import _TitleRoom, title_width


def _shown_width(qtbot, dialog: QDialog) -> int:
    widths: list[int] = []

    def close() -> None:
        widths.append(dialog.width())
        dialog.accept()

    QTimer.singleShot(50, close)
    dialog.exec()
    qtbot.waitUntil(lambda: bool(widths))
    return widths[0]


def test_a_message_box_is_as_wide_as_its_title(qtbot, journal, windows):
    window = windows.open()
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "Lesbare Dateien exportiert und gespeichert",
        "OK.",
        parent=window,
    )
    need = title_width(box)
    assert need > box.sizeHint().width()  # the text alone would make it narrower
    assert _shown_width(qtbot, box) >= need


def test_a_plain_dialog_is_as_wide_as_its_title(qtbot, journal, windows):
    window = windows.open()
    dialog = QDialog(window)
    dialog.setWindowTitle("Rechnung als bezahlt markieren und Erinnerung beenden")
    QVBoxLayout(dialog)
    assert _shown_width(qtbot, dialog) >= title_width(dialog)


def test_no_dialog_grows_past_its_screen(qtbot, journal, windows):
    window = windows.open()
    box = QMessageBox(QMessageBox.Icon.Information, "Titel " * 200, "OK.", parent=window)
    assert _shown_width(qtbot, box) <= box.screen().availableGeometry().width()


def test_an_ordinary_event_costs_the_filter_no_type_lookup(qtbot, journal, windows):
    """Every event of the app passes the filter (~170 at a client switch, issue 21): it tells a
    Show from the rest by the event's class, not by ``type()`` and the enum's lookup."""
    asked: list[int] = []

    class Counting(QEvent):
        def type(self) -> QEvent.Type:
            asked.append(1)
            return super().type()

    room = _TitleRoom()
    dialog = QDialog(windows.open())
    assert room.eventFilter(dialog, Counting(QEvent.Type.Paint)) is False
    assert room.eventFilter(dialog, Counting(QEvent.Type.LayoutRequest)) is False
    assert asked == []


def test_a_main_windows_paints_pass_the_filter_by_and_it_comes_back(qtbot, journal, windows):
    """A main window's update (every widget's paint, ~60 of a client switch's ~100 events) is
    delivered with the filter stepped aside (issue 21): its paints do not reach it, the
    window's own filters still see the update, and the filter watches again after it."""
    window = windows.open()
    app = QApplication.instance()
    assert app is not None
    seen: list[QEvent.Type] = []

    class Counting(_TitleRoom):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(event.type())
            return super().eventFilter(watched, event)

    class OnWindow(QObject):
        updates = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                OnWindow.updates += 1
            return False

    on_window = OnWindow()
    window.installEventFilter(on_window)
    room = Counting(app)
    app.installEventFilter(room)
    painted: list[int] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(1)
            return False

    paints = Paints()
    window.pane.installEventFilter(paints)
    try:
        window.show()
        qtbot.wait(20)
        seen.clear()
        painted.clear()
        window.pane.update()
        qtbot.waitUntil(lambda: bool(painted))
        assert OnWindow.updates >= 1
        assert QEvent.Type.UpdateRequest in seen
        assert QEvent.Type.Paint not in seen
        # back: a dialog shown now gets its room
        dialog = QDialog(window)
        dialog.setWindowTitle("Rechnung als bezahlt markieren und Erinnerung beenden")
        QVBoxLayout(dialog)
        seen.clear()
        assert _shown_width(qtbot, dialog) >= title_width(dialog)
        assert QEvent.Type.Show in seen
    finally:
        app.removeEventFilter(room)
        window.removeEventFilter(on_window)
        window.pane.removeEventFilter(paints)
