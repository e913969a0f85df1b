"""The main window driven like a user would: real widgets, real journal on disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QListView, QPlainTextEdit

from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes


def add_client_through_dialog(
    qtbot, window, on_dialog, type_text, name: str, company: str = ""
) -> None:
    def fill(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "clientName"), name)
        type_text(dialog.findChild(QLineEdit, "clientCompany"), company)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    on_dialog(fill)
    window.client_actions.new_client_action.trigger()


def test_widgets_have_the_stable_object_names(window):
    for name in ("clientList", "clientFilter", "clientProfile", "noteTimeline", "noteEditor"):
        widget = window.findChild(object, name)
        assert widget is not None, name
        assert widget.accessibleName(), name


def test_empty_journal_tells_a_new_user_what_to_do(qtbot, window, on_dialog):
    panel = window.client_list
    assert panel.stack.currentWidget() is panel.empty
    assert "No clients yet" in panel.empty.title.text()
    assert not panel.filter.isEnabled()
    assert window.pane.currentWidget() is window.pane.empty
    assert "first client" in window.pane.empty.button.text()
    assert not window.client_actions.new_note_action.isEnabled()
    opened = []

    def cancel(dialog) -> None:
        opened.append(dialog.objectName())
        dialog.reject()

    on_dialog(cancel)
    qtbot.mouseClick(window.pane.empty.button, Qt.MouseButton.LeftButton)
    assert opened == ["clientDialog"]


def test_add_client_type_note_switch_and_restart_keeps_everything(
    qtbot, windows, on_dialog, type_text
):
    window = windows.open()
    add_client_through_dialog(qtbot, window, on_dialog, type_text, "Anna Müller", "Atelier Blau")
    add_client_through_dialog(qtbot, window, on_dialog, type_text, "Ben Schäfer")
    assert clients.count() == 2
    assert window.client_list.model.rowCount() == 2
    ben = window.client_list.current_client_id()
    assert window.pane.summary.name.text() == "Ben Schäfer"

    editor = window.findChild(QPlainTextEdit, "noteEditor")
    qtbot.keyClicks(editor, "Call with Ben: wants the **logo** by Friday")
    qtbot.waitUntil(lambda: len(notes.ids_for_client(ben)) == 1, timeout=3000)

    anna = clients.list_ids()[0]
    window.client_list.select_client(anna)  # switching saves nothing twice, shows Anna's pane
    assert window.pane.summary.name.text() == "Anna Müller"
    assert window.pane.model.rowCount() == 0
    qtbot.keyClicks(editor, "First meeting went well")
    window = windows.restart()  # closing right after typing must not lose it

    assert window.client_list.model.rowCount() == 2
    window.client_list.select_client(ben)
    timeline = window.findChild(QListView, "noteTimeline")
    assert timeline.model().rowCount() == 1
    assert "logo" in timeline.model().index(0, 0).data()
    window.client_list.select_client(anna)
    assert timeline.model().index(0, 0).data() == "First meeting went well"


def test_selecting_a_note_edits_it_in_place(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Clara"))
    window.refresh(client_id)
    editor = window.pane.editor
    qtbot.keyClicks(editor.body, "first version")
    editor.flush()
    note_id = editor.note_id
    window.pane.new_note()
    assert editor.note_id is None and editor.body.toPlainText() == ""
    window.pane.timeline.setCurrentIndex(window.pane.model.index(0, 0))
    assert editor.note_id == note_id
    editor.body.selectAll()
    qtbot.keyClicks(editor.body, "second version")
    qtbot.waitUntil(lambda: notes.get(note_id).body == "second version", timeout=3000)
    assert notes.ids_for_client(client_id) == [note_id]


def test_delete_note_and_undo(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Emil"))
    window.refresh(client_id)
    qtbot.keyClicks(window.pane.editor.body, "to be deleted")
    window.pane.editor.flush()
    note = notes.get(window.pane.editor.note_id)
    qtbot.mouseClick(window.pane.delete_note_button, Qt.MouseButton.LeftButton)
    assert notes.ids_for_client(client_id) == []
    assert window.pane.model.rowCount() == 0
    window.undo_action.trigger()
    assert notes.get(note.id) == note
    assert window.pane.model.rowCount() == 1


def test_window_geometry_and_splitters_are_restored(qtbot, windows):
    window = windows.open()
    window.resize(760, 540)  # fits the 800x600 offscreen screen
    window.splitter.setSizes([300, 460])
    saved = window.splitter.sizes()
    window = windows.restart()
    assert (window.width(), window.height()) == (760, 540)
    assert window.splitter.sizes() == saved


def test_a_close_with_nothing_changed_leaves_the_settings_file_alone(qtbot, windows, journal):
    """Every quit rewrote the whole settings file (a new file synced to disk and renamed),
    also when the window was where it had been; a change is still written (issue 21)."""
    from clientjournal.paths import settings_file

    ids = [clients.create(ClientData(name=name)) for name in ("A", "B")]
    window = windows.open()
    window.save_settings()
    written = settings_file().stat()
    window.save_settings()
    again = settings_file().stat()
    assert (again.st_ino, again.st_mtime_ns) == (written.st_ino, written.st_mtime_ns)
    window.client_list.select_client(ids[1])
    window = windows.restart()
    assert settings_file().stat().st_ino != written.st_ino
    assert window.client_list.current_client_id() == ids[1]


def test_restart_comes_back_to_the_last_client(windows, journal):
    ids = [clients.create(ClientData(name=name)) for name in ("A", "B", "C")]
    window = windows.open()
    assert window.client_list.current_client_id() == ids[0]  # first client, not an empty pane
    window.client_list.select_client(ids[2])
    window = windows.restart()
    assert window.client_list.current_client_id() == ids[2]
    assert window.pane.summary.name.text() == "C"


def test_focus_loss_saves_at_once(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Fritz"))
    window.refresh(client_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    editor = window.pane.editor
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "saved on focus loss")
    assert notes.ids_for_client(client_id) == []  # the 0.5 s timer has not fired yet
    window.client_list.filter.setFocus()
    qtbot.waitUntil(lambda: not editor.body.hasFocus())
    assert [n.body for n in notes.fetch(notes.ids_for_client(client_id)).values()] == [
        "saved on focus loss"
    ]


def test_pinning_a_note_moves_it_to_the_top_of_the_timeline(qtbot, window, journal):
    from datetime import UTC, datetime, timedelta

    client_id = clients.create(ClientData(name="Gina"))
    now = datetime.now(UTC)
    older = notes.save(
        NoteData(client_id=client_id, created_at=now - timedelta(days=3), body="older")
    )
    newer = notes.save(NoteData(client_id=client_id, created_at=now, body="newer"))
    window.refresh(client_id)
    assert window.pane.model.ids() == [newer.id, older.id]
    window.pane.timeline.setCurrentIndex(window.pane.model.index(1, 0))
    window.pane.editor.pinned.setChecked(True)
    window.pane.editor.flush()
    assert window.pane.model.ids() == [older.id, newer.id]
    assert window.pane.timeline.currentIndex().row() == 0


def test_each_journal_comes_back_to_its_own_last_client(qtbot, tmp_path):
    """The remembered client was shared between journals: opening another journal selected
    whatever client had that id there (issue 19)."""
    from clientjournal.app import create_window
    from clientjournal.store.connection import close_journal

    def open_at(folder, names, pick=None):
        window = create_window(tmp_path / folder)
        qtbot.addWidget(window)
        if names:
            ids = [clients.create(ClientData(name=name)) for name in names]
            window.refresh()
            window.client_list.select_client(ids[pick])
        chosen = window.pane.summary.name.text()
        window.close()
        close_journal()
        return chosen

    assert open_at("a", ["Anna", "Bernd", "Clara"], pick=2) == "Clara"
    assert open_at("b", ["Dora", "Emil"], pick=1) == "Emil"
    assert open_at("a", []) == "Clara"
    assert open_at("b", []) == "Emil"
