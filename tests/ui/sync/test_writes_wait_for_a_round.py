"""Writes the window makes outside the editors (the New client dialog, a contact import, an
e-mail dropped as a note) wait for a sync round that holds the journal and are made when it
ends, as the editors' saves are: made at once, they waited on the GUI thread for the journal's
lock (the window frozen up to 5 s) and then failed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData
from clientjournal.store import clients, notes
from clientjournal.ui.common import autosave
from clientjournal.ui.exchange.contact_import_dialog import import_contacts_file

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"


def _names() -> set[str]:
    return {c.name for c in clients.fetch(clients.list_ids()).values()}


def test_a_new_client_made_during_a_round_is_added_when_it_ends(qtbot, window, on_dialog):
    def fill(dialog: QDialog) -> None:
        dialog.name.setText("Nora Neu")
        dialog.accept()

    on_dialog(fill)
    autosave.hold()  # as a round does around its transaction
    try:
        window.client_actions.add_client()
        assert "Nora Neu" not in _names()  # no write while the round holds the journal
        assert "when it ends" in window.statusBar().currentMessage()
    finally:
        autosave.release()
    assert "Nora Neu" in _names()
    added = next(i for i, c in clients.fetch(clients.list_ids()).items() if c.name == "Nora Neu")
    assert window.client_list.current_client_id() == added


def test_contacts_imported_during_a_round_are_written_when_it_ends(qtbot, window, on_dialog):
    def choose(dialog: QDialog) -> None:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    on_dialog(choose)
    before = _names()
    autosave.hold()
    try:
        import_contacts_file(window, DATA / "google.vcf")
        assert _names() == before
    finally:
        autosave.release()
    assert len(_names() - before) == 3
    assert "imported" in window.statusBar().currentMessage()


def test_an_email_dropped_during_a_round_is_added_when_it_ends(qtbot, window):
    sabine = clients.create(
        ClientData(name="Sabine Krüger", email="sabine.krueger@krueger-architekten.example")
    )

    def mails() -> list:
        found = notes.fetch(notes.ids_for_client(sabine)).values()
        return [n for n in found if n.kind is NoteKind.EMAIL]

    autosave.hold()
    try:
        window.drop_import.add_mail(DATA / "thunderbird_plain.eml")
        assert mails() == []
    finally:
        autosave.release()
    assert len(mails()) == 1
    window.undo_stack.undo()
    assert mails() == []
