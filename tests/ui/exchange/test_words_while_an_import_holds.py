"""What a step that waits for an import's end says (held28c): the steps the window makes while
an operation holds the editors' saves (New client, New reply, an e-mail dropped, a conflict's
choice) said "Syncing… … when it ends", also with sync never set up.  They now say what holds
them: the import, the contact import or the demo, in its progress's words; a round still says
"Syncing…"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common import autosave
from clientjournal.ui.common.background import begin_operation
from clientjournal.ui.common.context import ClientTab
from tests.ui.exchange.test_contact_import_background import (
    DATA,
    after_the_first_look,
    on_shown,  # noqa: F401 (a fixture)
)
from tests.ui.held_import import hold_at_its_lock


def test_steps_held_by_an_import_say_the_import_holds_them(
    qtbot,
    window,
    export,
    boxes,
    monkeypatch,
    on_dialog,
):
    after_the_first_look(qtbot)
    client_id = clients.create(ClientData(name="Nora Kunde"))
    window.open_client(client_id, ClientTab.REPLIES)

    def fill(dialog: QDialog) -> None:
        dialog.name.setText("Nora Neu")
        dialog.accept()

    said: list[str] = []
    inside, gate = hold_at_its_lock(monkeypatch)
    try:
        window.exchange.import_from(export)
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        on_dialog(fill)
        window.client_actions.add_client()
        said.append(window.statusBar().currentMessage())
        window.pane.replies.new_reply()
        said.append(window.statusBar().currentMessage())
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert said == [
        "Importing… the new client is added when it ends",
        "Importing… the new reply opens when it ends",
    ]
    assert "Nora Neu" in {c.name for c in clients.fetch(clients.list_ids()).values()}


def test_a_round_still_says_syncing_and_each_operation_its_own_words(qtbot, window):
    autosave.hold()  # as a round does
    try:
        assert autosave.busy_words() == "Syncing…"
    finally:
        autosave.release()
    work = window.journal_work
    for what, busy in (
        ("contact import", "Importing 3 clients…"),
        ("demo data", "Writing the demo journal…"),
    ):
        assert begin_operation(window, what, busy=busy)
        try:
            assert autosave.busy_words() == busy
        finally:
            work.end()
    assert not autosave.holding() and autosave.busy_words() == "Syncing…"


def test_the_contact_import_holds_with_its_own_words(
    qtbot,
    english,
    window,
    on_shown,  # noqa: F811 (the fixture imported above)
    monkeypatch,
):
    from clientjournal.ui.exchange.contact_import_dialog import (
        ContactImportDialog,
        import_contacts_file,
    )

    heard: list[str] = []
    real_create = clients.create

    def create(client):  # in the write's thread, while it holds the saves
        heard.append(autosave.busy_words())
        return real_create(client)

    def accept(dialog) -> None:
        monkeypatch.setattr(clients, "create", create)
        dialog.accept()

    on_shown(ContactImportDialog, accept)
    assert len(import_contacts_file(window, DATA / "google.vcf")) == 3
    assert set(heard) == {"Importing 3 clients…"}


def test_the_welcomes_demo_holds_with_its_own_words(
    qtbot,
    window,
    boxes,
    monkeypatch,
):
    from clientjournal.store.demo import removal as demo_data
    from clientjournal.ui.shell.welcome_dialog import DemoLoader

    heard: list[str] = []
    real_add = demo_data.add_demo

    def add_demo(*args, **kwargs):  # in the demo's thread, while it holds the saves
        heard.append(autosave.busy_words())
        return real_add(*args, **kwargs)

    monkeypatch.setattr(demo_data, "add_demo", add_demo)
    assert DemoLoader(window).start()
    qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=60_000)
    assert heard == ["Writing the demo journal…"] and boxes == []
