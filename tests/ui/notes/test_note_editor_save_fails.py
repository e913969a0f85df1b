"""A save that fails (the journal locked past its timeout, a full disk) keeps the typed text
pending: it is tried again at the next autosave (or focus-out, or close), never dropped as if
it were saved, and the editor says so in one line."""

from __future__ import annotations

from clientjournal.store import notes


def test_a_failed_save_is_tried_again_and_said(qtbot, window, new_note_typed, monkeypatch):
    client_id = new_note_typed
    editor = window.pane.editor

    real_save = notes.save

    def locked(note):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(notes, "save", locked)
    editor.flush()  # as the autosave does half a second after the last key
    assert notes.ids_for_client(client_id) == []
    assert editor.state.text() and "\n" not in editor.state.text()
    assert editor.state.text() != "Saved"
    assert editor.state.toolTip() == "database is locked"

    monkeypatch.setattr(notes, "save", real_save)  # the journal is free again
    qtbot.waitUntil(lambda: len(notes.ids_for_client(client_id)) == 1, timeout=10_000)
    (note_id,) = notes.ids_for_client(client_id)
    assert notes.get(note_id).body == "Anruf wegen Logo"
    assert editor.state.text() == "Saved" and editor.state.toolTip() == ""
