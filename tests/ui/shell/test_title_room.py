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


def test_a_client_switch_passes_the_filter_by_and_a_dialog_after_it_gets_room(
    qtbot, journal, windows
):
    """A client switch's own work (the header's and the note cards' text documents send
    ~60 events) is done with the filter stepped aside (issue 21); it is back afterwards, and
    a dialog shown while it was aside gets its room when it comes back."""
    from datetime import timedelta

    from clientjournal.core.records import ClientData, NoteData
    from clientjournal.core.timeutil import utcnow
    from clientjournal.store import clients, notes
    from clientjournal.ui.shell import title_room

    window = windows.open()
    app = QApplication.instance()
    assert app is not None
    ids = []
    for name in ("Anna", "Bernd", "Clara"):
        client_id = clients.create(ClientData(name=name))
        for number in range(3):
            when = utcnow() - timedelta(days=number + 1)
            notes.save(NoteData(client_id, when, f"**{name}** note {number}", mood=1))
        ids.append(client_id)
    window.client_list.reload()
    window.client_list.select_client(ids[0])
    seen: list[tuple[str, QEvent.Type]] = []

    class Counting(_TitleRoom):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append((type(watched).__name__, event.type()))
            return super().eventFilter(watched, event)

    documents = ("QTextDocument", "QAbstractTextDocumentLayout")
    before = title_room._room  # the window's, replaced by a counting one for the test
    if before is not None:
        app.removeEventFilter(before)
    room = title_room._room = Counting(app)
    app.installEventFilter(room)
    try:
        window.pane.show_client(ids[1])  # the pane alone: the filter sees its documents
        assert [kind for kind in seen if kind[0] in documents]
        seen.clear()
        window.client_list.select_client(ids[2])
        assert window.pane.client_id == ids[2]
        assert [kind for kind in seen if kind[0] in documents] == []
        # back: a dialog shown now gets its room
        dialog = QDialog(window)
        dialog.setWindowTitle("Rechnung als bezahlt markieren und Erinnerung beenden")
        QVBoxLayout(dialog)
        seen.clear()
        assert _shown_width(qtbot, dialog) >= title_width(dialog)
        assert ("QDialog", QEvent.Type.Show) in seen
        # a dialog shown while it is aside gets its room when it is back
        late = QDialog(window)
        late.setWindowTitle("Rechnung als bezahlt markieren und Erinnerung beenden")
        QVBoxLayout(late)
        with title_room.stepped_aside():
            late.show()
            assert late.width() < title_width(late)
        assert late.width() >= title_width(late)
        late.close()
    finally:
        app.removeEventFilter(room)
        title_room._room = before
        if before is not None:
            app.installEventFilter(before)
