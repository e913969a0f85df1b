"""Two journals set up as the README says, edited on both sides in the real window (clients
made through the dialog, notes typed into the editor, a note edited in place), synced by the
window's own controller through one folder: in the end both journals export the same."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from clientjournal.app import create_window
from clientjournal.store import clients, notes
from clientjournal.store.connection import close_journal
from clientjournal.ui.common.context import ClientTab
from clientjournal.ui.sync import controller as sync_controller
from tests.store.sync.replicas import canonical_export

HOUR_MS = 3_600_000


def _open(qtbot, computers, name: str):
    computers.use(name)  # its settings file
    close_journal()  # the window opens the journal, as the app does
    window = create_window(computers.journal(name))
    computers.current = name
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _close(window) -> None:
    window.sync.stop()
    window.close()


def _sync(qtbot, window) -> None:
    with qtbot.waitSignal(window.sync.roundFinished, timeout=60_000) as finished:
        assert window.sync.sync_now()
    window.sync.wait()
    assert finished.args[0].skipped == ()


def _add_client(qtbot, window, on_dialog, type_text, name: str) -> int:
    def fill(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "clientName"), name)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    on_dialog(fill)
    window.client_actions.new_client_action.trigger()
    return window.client_list.current_client_id()


def _type_note(qtbot, window, client_id: int, text: str, type_text) -> None:
    window.open_client(client_id, ClientTab.NOTES)
    window.pane.new_note()
    before = len(notes.ids_for_client(client_id))
    type_text(window.pane.editor.body, text)
    window.pane.editor.flush()
    qtbot.waitUntil(lambda: len(notes.ids_for_client(client_id)) == before + 1, timeout=5000)


def _client_named(name: str) -> int:
    (found,) = [c.id for c in clients.fetch(clients.list_ids()).values() if c.name == name]
    assert found is not None
    return found


def test_two_journals_edited_in_the_window_end_equal(
    qtbot, computers, on_dialog, type_text, monkeypatch
):
    monkeypatch.setattr(sync_controller, "START_MS", HOUR_MS)  # rounds only when asked here
    monkeypatch.setattr(sync_controller, "SETTLE_MS", HOUR_MS)

    laptop = _open(qtbot, computers, "laptop")
    anna = _add_client(qtbot, laptop, on_dialog, type_text, "Anna Müller")
    _type_note(qtbot, laptop, anna, "Erstes Treffen: möchte das Logo bis Freitag", type_text)
    laptop.sync.configure(computers.folder, "Laptop")
    _sync(qtbot, laptop)
    _close(laptop)

    desk = _open(qtbot, computers, "desk")
    desk.sync.configure(computers.folder, "Desk")
    _sync(qtbot, desk)
    anna_here = _client_named("Anna Müller")
    (note_id,) = notes.ids_for_client(anna_here)
    desk.open_client(anna_here, ClientTab.NOTES, note_id)
    assert desk.pane.editor.note_id == note_id
    desk.pane.editor.body.moveCursor(desk.pane.editor.body.textCursor().MoveOperation.End)
    type_text(desk.pane.editor.body, " (am Telefon bestätigt)")
    desk.pane.editor.flush()
    ben = _add_client(qtbot, desk, on_dialog, type_text, "Ben Schäfer")
    _type_note(qtbot, desk, ben, "Anfrage per Mail, Budget offen", type_text)
    _sync(qtbot, desk)
    _close(desk)

    laptop = _open(qtbot, computers, "laptop")
    _sync(qtbot, laptop)
    ben_here = _client_named("Ben Schäfer")
    _type_note(qtbot, laptop, ben_here, "Rückruf: Budget 2.000 €", type_text)
    _sync(qtbot, laptop)
    on_laptop = canonical_export()
    _close(laptop)

    desk = _open(qtbot, computers, "desk")
    _sync(qtbot, desk)
    on_desk = canonical_export()
    _close(desk)

    assert on_laptop == on_desk
    names = sorted(client["name"] for client in on_desk["clients"])
    assert names == ["Anna Müller", "Ben Schäfer"]
    bodies = sorted(note["body"] for client in on_desk["clients"] for note in client["notes"])
    assert bodies == [
        "Anfrage per Mail, Budget offen",
        "Erstes Treffen: möchte das Logo bis Freitag (am Telefon bestätigt)",
        "Rückruf: Budget 2.000 €",
    ]
