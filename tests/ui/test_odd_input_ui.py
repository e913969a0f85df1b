"""Odd input in the window (issue 8): a 10 MB paste, control characters, right-to-left text and
emoji in the timeline, and notes dated far outside what the date field can show.

The store's side of the same rules is tests/store/test_odd_input.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QMessageBox

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.validation import MAX_NOTE_LENGTH
from clientjournal.store import clients, notes

HEBREW = "שלום עולם פגישה מחר"
FAMILY = "👩‍👩‍👧‍👦"
MIXED = f"Meeting with {HEBREW} about the logo {FAMILY} 🏳️‍🌈 👍🏽 (مرحبا)"


def paste(editor, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    editor.body.insertFromMimeData(mime)


def test_a_ten_megabyte_paste_is_refused_with_a_message_and_changes_nothing(qtbot, window):
    client_id = clients.create(ClientData(name="Paula"))
    window.refresh(client_id)
    editor = window.pane.editor
    qtbot.keyClicks(editor.body, "kept")
    editor.flush()
    saved = notes.get(editor.note_id)
    paste(editor, "Lorem ipsum dolor sit amet.\n" * 360_000)  # 10 MB, a document's text
    box = window.findChild(QMessageBox, "noteTooLong")
    assert box is not None and box.isVisible()
    digits = "".join(char for char in box.text() if char.isdigit() or char == " ")
    assert digits.split() == ["1000000", "10080004"]  # the limit; "kept" and the paste
    assert editor.body.toPlainText() == "kept"
    editor.flush()
    assert notes.get(saved.id).body == "kept"
    box.close()


def test_a_paste_up_to_the_limit_goes_in_and_is_saved(qtbot, window):
    client_id = clients.create(ClientData(name="Paula"))
    window.refresh(client_id)
    editor = window.pane.editor
    text = ("Zeile\n" * 200_000)[:MAX_NOTE_LENGTH]
    paste(editor, text)
    assert window.findChild(QMessageBox, "noteTooLong") is None
    editor.flush()
    assert notes.get(editor.note_id).body == text


def test_pasted_control_characters_are_dropped_tab_and_line_breaks_stay(qtbot, window):
    client_id = clients.create(ClientData(name="Paula"))
    window.refresh(client_id)
    editor = window.pane.editor
    paste(editor, "from a PDF:\x0c page\x00 two\x1b[0m\tcolumn\nline")
    assert editor.body.toPlainText() == "from a PDF: page two[0m\tcolumn\nline"
    editor.flush()
    assert notes.get(editor.note_id).body == "from a PDF: page two[0m\tcolumn\nline"


def test_right_to_left_text_and_emoji_show_in_the_timeline(qtbot, window):
    client_id = clients.create(ClientData(name=f"{FAMILY} רות"))
    note = notes.save(NoteData(client_id, datetime(2024, 5, 1, tzinfo=UTC), body=MIXED))
    window.refresh(client_id)
    model = window.pane.model
    assert model.rowCount() == 1
    shown = " ".join(
        str(model.data(model.index(0, 0), role) or "")
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
    )
    assert HEBREW in shown and FAMILY in shown
    window.pane.timeline.setCurrentIndex(model.index(0, 0))
    assert window.pane.editor.body.toPlainText() == MIXED
    assert not window.pane.timeline.grab().isNull()  # painted without an error
    assert notes.get(note.id).body == MIXED


def test_a_note_dated_outside_the_date_fields_range_keeps_its_date(qtbot, window):
    """The date field shows 1752..9999 only; editing the text must not move the note's date
    to the field's limit (it did: the field's clamped value was saved with the text)."""
    client_id = clients.create(ClientData(name="Historian"))
    old = notes.save(NoteData(client_id, datetime(1200, 6, 1, 12, tzinfo=UTC), body="old"))
    late = notes.save(
        NoteData(client_id, datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC), body="late")
    )
    window.refresh(client_id)
    editor = window.pane.editor
    for note in (old, late):
        editor.edit(notes.get(note.id))
        editor.body.moveCursor(editor.body.textCursor().MoveOperation.End)
        qtbot.keyClicks(editor.body, " edited")
        editor.flush()
        stored = notes.get(note.id)
        assert stored.body.endswith(" edited")
        assert stored.created_at == note.created_at
