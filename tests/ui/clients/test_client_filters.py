"""The client list's filters (issue 19): the tag box offers only tags that find a client, and
clearing a filter that hid the selected client selects it again."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store.tags import set_note_tags


def test_the_tag_filter_offers_client_tags_not_note_tags(qtbot, journal, windows, english):
    anna = clients.create(ClientData(name="Anna", tags=["Print"]))
    bob = clients.create(ClientData(name="Bob"))
    gone = clients.create(ClientData(name="Gone", tags=["Alt"]))
    clients.trash(gone)
    note = notes.save(NoteData(client_id=bob, created_at=utcnow(), body="Logo"))
    set_note_tags(note.id, ["Logo"])
    window = windows.open()
    combo = window.findChild(QComboBox, "clientTagFilter")
    offered = [combo.itemData(index) for index in range(combo.count())]
    assert offered == ["", "Print"]
    combo.setCurrentIndex(combo.findData("Print"))
    assert window.client_list.model.rowCount() == 1
    assert window.client_list.model.id_at(0) == anna


def test_clearing_a_filter_selects_the_client_it_hid_again(qtbot, journal, windows, type_text):
    clients.create(ClientData(name="Anna", tags=["Print"]))
    bob = clients.create(ClientData(name="Bob"))
    window = windows.open()
    panel = window.client_list
    panel.select_client(bob)
    assert window.pane.client_id == bob

    combo = panel.tag_filter
    combo.setCurrentIndex(combo.findData("Print"))  # hides Bob
    assert panel.current_client_id() != bob
    combo.setCurrentIndex(0)
    assert panel.current_client_id() == bob and window.pane.client_id == bob

    panel.filter.setFocus()
    type_text(panel.filter, "nobody")
    assert panel.current_client_id() is None
    panel.filter.clear()
    assert panel.current_client_id() == bob and window.pane.client_id == bob
