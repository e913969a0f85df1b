"""Writes the window makes outside the editors (the New client dialog, a contact import, an
e-mail dropped as a note) wait for a sync round that holds the journal and are made when it
ends, as the editors' saves are: made at once, they waited on the GUI thread for the journal's
lock (the window frozen up to 5 s) and then failed."""

from __future__ import annotations

import dataclasses
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


def test_new_reply_add_agreement_and_a_drafts_step_during_a_round_wait_for_its_end(qtbot, window):
    from clientjournal.store import drafts
    from clientjournal.store.agreements import checklist as agreements
    from clientjournal.ui.common.context import ClientTab

    client_id = clients.create(ClientData(name="Nora Kunde"))
    other = clients.create(ClientData(name="Otto Anders"))
    window.open_client(client_id, ClientTab.AGREEMENTS)
    window.open_client(client_id, ClientTab.REPLIES)
    replies, agreement_pane = window.pane.replies, window.pane.agreements
    assert replies.client_id == agreement_pane.client_id == client_id
    autosave.hold()
    try:
        replies.new_reply()
        agreement_pane.add_item()
        assert drafts.ids_for_client(client_id) == []
        assert agreements.ids_for_client(client_id) == []
    finally:
        autosave.release()
    (draft_id,) = drafts.ids_for_client(client_id)
    assert len(agreements.ids_for_client(client_id)) == 1
    drafts.save(dataclasses.replace(drafts.get(draft_id), body="Danke für Ihre Geduld."))
    autosave.hold()
    try:
        replies.sleep_on_it(draft_id)
        assert drafts.get(draft_id).status == "writing"
        replies.new_reply()  # then another client is shown: not made for that one
        window.open_client(other, ClientTab.REPLIES)
    finally:
        autosave.release()
    assert drafts.get(draft_id).status == "held"
    assert drafts.ids_for_client(other) == [] and drafts.ids_for_client(client_id) == [draft_id]


def test_an_agreement_moved_during_a_round_moves_when_it_ends(qtbot, window):
    from clientjournal.core.agreements.checklist import AgreementData
    from clientjournal.store.agreements import checklist as agreements
    from clientjournal.ui.common.context import ClientTab

    client_id = clients.create(ClientData(name="Nora Kunde"))
    first, second = (
        agreements.save(AgreementData(client_id=client_id, title=title)).id
        for title in ("Erste", "Zweite")
    )
    window.open_client(client_id, ClientTab.AGREEMENTS)
    model = window.pane.agreements.model
    assert agreements.ids_for_client(client_id) == [first, second]
    autosave.hold()
    try:
        model.move_to(second, 0)
        assert agreements.ids_for_client(client_id) == [first, second]
    finally:
        autosave.release()
    assert agreements.ids_for_client(client_id) == [second, first]


def test_the_trash_emptied_during_a_round_is_emptied_when_it_ends(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from clientjournal.ui.clients.trash_dialog import TrashDialog

    client_id = clients.create(ClientData(name="Alt Kunde"))
    clients.trash(client_id)
    dialog = TrashDialog(window)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    autosave.hold()
    try:
        dialog._empty()
        assert clients.count(trashed=True) == 1
    finally:
        autosave.release()
    assert clients.count(trashed=True) == 0


def test_a_step_that_fails_when_the_round_ends_loses_none_of_the_others(qtbot, journal):
    made: list[str] = []

    def fails() -> None:
        raise RuntimeError("a dialog closed meanwhile")

    autosave.hold()
    autosave.after_hold(lambda: made.append("first"))
    autosave.after_hold(fails)
    autosave.after_hold(lambda: made.append("last"))
    with qtbot.captureExceptions() as raised:
        autosave.release()
    assert made == ["first", "last"]
    assert [type(e[1]) for e in raised] == [RuntimeError]


def test_the_demo_removed_during_a_round_is_removed_when_it_ends(qtbot, window, monkeypatch):
    from clientjournal.core.demo.journal import generate
    from clientjournal.store.demo.fill import fill

    fill(generate(clients=3, notes=6, seed=1))
    before = clients.count()
    monkeypatch.setattr(window.demo, "_confirmed", lambda _clients: True)
    autosave.hold()
    try:
        window.demo.remove()
        assert clients.count() == before
    finally:
        autosave.release()
    assert clients.count() == before - 3


def test_new_reply_and_add_agreement_clicked_again_during_a_round_make_one_each(qtbot, window):
    """attack-20e E9: nothing showed during the round, the typing meant for the new reply went
    into the draft shown, and every further click made one more empty record."""
    from clientjournal.store import drafts
    from clientjournal.store.agreements import checklist as agreements
    from clientjournal.ui.common.context import ClientTab

    client_id = clients.create(ClientData(name="Nora Kunde"))
    window.open_client(client_id, ClientTab.AGREEMENTS)
    window.open_client(client_id, ClientTab.REPLIES)
    replies, agreement_pane = window.pane.replies, window.pane.agreements
    replies.new_reply()
    (first,) = drafts.ids_for_client(client_id)
    assert replies.composer.draft is not None and replies.composer.draft.id == first
    autosave.hold()
    try:
        for _click in range(3):
            replies.new_reply()
            agreement_pane.add_item()
        assert replies.composer.draft is None  # the old draft is not typed into meanwhile
        assert "opens when it ends" in window.statusBar().currentMessage()
    finally:
        autosave.release()
    assert len(drafts.ids_for_client(client_id)) == 2
    assert len(agreements.ids_for_client(client_id)) == 1
