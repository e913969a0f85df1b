"""An import that brings a newer copy of the record being typed in (held28c).

While a JSON import writes the journal in its thread, the editors' saves wait for its end
(``JournalWork.hold_saves``).  When the file holds a newer copy of the note open in the editor
(the same UUID: an export from the user's other computer), the held typing was saved over the
imported text at the end, and the imported text was gone without a word; with nothing typed
meanwhile, the editor went on showing the old text, and the next keystroke saved it over the
import's.  As after a sync round that wrote another computer's text into the note being typed
in, the typing now stays the note's text and the imported text is kept beside it as a
conflict: the banner above the note shows both, the status line says so, and the user
chooses."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.cooling import DraftData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import to_iso, utcnow
from clientjournal.store import clients, drafts, notes
from clientjournal.store import sync as store_sync
from clientjournal.store.agreements import checklist
from clientjournal.store.exchange import conflicts as exchange_conflicts
from clientjournal.store.exchange import journal as exchange
from clientjournal.ui.common import autosave
from clientjournal.ui.common.autosave import AUTOSAVE_MAX_DELAY_MS
from clientjournal.ui.common.context import ClientTab
from clientjournal.ui.sync.conflict_banner import NoteConflictBanner
from tests.ui.exchange.test_contact_import_background import after_the_first_look
from tests.ui.exchange.test_typing_during_an_import import _type
from tests.ui.held_import import hold_at_its_lock

IMPORTED = "Vom Laptop: Budget 5000, Start im Mai"


def _notes_and_export(tmp_path: Path, count: int = 1) -> tuple[int, list[int], Path]:
    """A client with ``count`` notes, and an export of the journal in which the notes' texts
    were changed later (on the other computer): its copies are newer, the import takes them."""
    client_id = clients.create(ClientData(name="Nora Kunde"))
    ids = []
    for number in range(count):
        note = notes.save(
            NoteData(client_id=client_id, body=f"Erste {number} ", created_at=utcnow())
        )
        assert note.id is not None
        ids.append(note.id)
    path = tmp_path / "laptop.json"
    exchange.export_file(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    for number, note in enumerate(sorted(document["clients"][0]["notes"], key=lambda n: n["body"])):
        note["body"] = IMPORTED + ("" if number == 0 else f" ({number})")
        note["updated_at"] = to_iso(utcnow() + timedelta(minutes=5))
    path.write_text(json.dumps(document), encoding="utf-8")
    return client_id, ids, path


def _open(qtbot, window, client_id: int, note_id: int) -> None:
    window.open_client(client_id, ClientTab.NOTES, note_id)
    qtbot.waitUntil(lambda: window.pane.editor.note_id == note_id, timeout=5_000)


def _import_while(qtbot, window, monkeypatch, path: Path, during) -> None:
    """``during()`` while the import holds the journal (its notes written, not committed),
    then the import's end and the saves it held."""
    inside, gate = hold_at_its_lock(monkeypatch)
    try:
        window.exchange.import_from(path)
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        during()
        qtbot.wait(AUTOSAVE_MAX_DELAY_MS + 300)  # the autosave came meanwhile: held
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    qtbot.waitUntil(lambda: not window.pane.editor.unsaved(), timeout=5_000)


def _banner(window) -> NoteConflictBanner:
    banner = window.pane.editor.findChild(NoteConflictBanner)
    assert banner is not None
    return banner


def test_typing_during_an_import_that_rewrites_the_note_keeps_both_texts(
    qtbot,
    window,
    boxes,
    monkeypatch,
    tmp_path,
):
    after_the_first_look(qtbot)
    client_id, (note_id,), path = _notes_and_export(tmp_path)
    _open(qtbot, window, client_id, note_id)
    _import_while(qtbot, window, monkeypatch, path, lambda: _type(qtbot, window, "abc"))
    assert boxes and "Nothing was changed" not in boxes[0]
    assert notes.get(note_id).body == "Erste 0 abc"  # the typing: the note's text
    (conflict,) = store_sync.note_conflicts([note_id])
    assert conflict.body == IMPORTED  # the file's: kept beside it, as the import's
    assert exchange_conflicts.imported([conflict.uuid]) == {conflict.uuid}
    assert window.pane.editor.body.toPlainText() == "Erste 0 abc"
    banner = _banner(window)
    assert banner.isVisible() and "import" in banner.title.text()
    assert banner.theirs.toPlainText() == IMPORTED
    assert banner.mine.toPlainText() == "Erste 0 abc"
    assert "both versions are kept" in window.statusBar().currentMessage()
    assert not autosave.holding()

    qtbot.mouseClick(banner.take_theirs, Qt.MouseButton.LeftButton)  # the user chooses
    assert notes.get(note_id).body == IMPORTED
    assert window.pane.editor.body.toPlainText() == IMPORTED
    assert store_sync.note_conflicts([note_id]) == [] and not banner.isVisible()
    window.undo_stack.undo()  # and may change their mind
    assert notes.get(note_id).body == "Erste 0 abc"
    assert [c.body for c in store_sync.note_conflicts([note_id])] == [IMPORTED]


def test_an_import_that_rewrites_the_open_note_is_shown_and_typing_goes_on_from_it(
    qtbot,
    window,
    boxes,
    monkeypatch,
    tmp_path,
):
    """Nothing typed during the import: the editor shows the imported text (it went on
    showing the old one, and the next keystroke saved the old text over the import's)."""
    after_the_first_look(qtbot)
    client_id, (note_id,), path = _notes_and_export(tmp_path)
    _open(qtbot, window, client_id, note_id)
    _import_while(qtbot, window, monkeypatch, path, lambda: None)
    assert window.pane.editor.body.toPlainText() == IMPORTED
    _type(qtbot, window, " ok")
    window.pane.editor.flush()
    assert notes.get(note_id).body == IMPORTED + " ok"
    assert store_sync.note_conflicts([note_id]) == []
    assert not _banner(window).isVisible()


def test_typing_left_in_a_note_during_the_import_keeps_both_texts_too(
    qtbot,
    window,
    boxes,
    monkeypatch,
    tmp_path,
):
    """Typed into one note, then another one opened, while the import holds the journal:
    the first note's typing waits for the end (saved then, over the import's text); the
    imported text is kept beside it as well, and the note opened meanwhile shows the
    import's text."""
    after_the_first_look(qtbot)
    client_id, (first, second), path = _notes_and_export(tmp_path, count=2)
    _open(qtbot, window, client_id, first)

    def type_then_leave() -> None:
        _type(qtbot, window, "abc")
        window.open_client(client_id, ClientTab.NOTES, second)
        qtbot.waitUntil(lambda: window.pane.editor.note_id == second, timeout=5_000)

    _import_while(qtbot, window, monkeypatch, path, type_then_leave)
    qtbot.waitUntil(lambda: notes.get(first).body == "Erste 0 abc", timeout=5_000)
    assert [c.body for c in store_sync.note_conflicts([first])] == [IMPORTED]
    assert window.pane.editor.body.toPlainText() == IMPORTED + " (1)"  # read anew
    assert notes.get(second).body == IMPORTED + " (1)"
    assert store_sync.note_conflicts([second]) == []
    assert "both versions are kept" in window.statusBar().currentMessage()


def test_an_import_that_leaves_the_note_alone_changes_nothing_of_the_typing(
    qtbot,
    window,
    boxes,
    monkeypatch,
    tmp_path,
):
    """The file's copy of the note is not newer: the import keeps the journal's, and the
    typing is saved as before, with no conflict and no word about one."""
    after_the_first_look(qtbot)
    client_id, (note_id,), path = _notes_and_export(tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["clients"][0]["notes"][0]["updated_at"] = "2000-01-01T00:00:00Z"
    path.write_text(json.dumps(document), encoding="utf-8")
    _open(qtbot, window, client_id, note_id)
    _import_while(qtbot, window, monkeypatch, path, lambda: _type(qtbot, window, "abc"))
    assert boxes and "Nothing was changed" not in boxes[0]
    assert notes.get(note_id).body == "Erste 0 abc"
    assert store_sync.note_conflicts([note_id]) == []
    assert "both versions" not in window.statusBar().currentMessage()


def _export_changed(tmp_path: Path, change) -> Path:
    """An export of the journal whose first client's records ``change(client, later)`` made
    newer (changed later, on the other computer)."""
    path = tmp_path / "laptop.json"
    exchange.export_file(path)
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document["clients"][0], to_iso(utcnow() + timedelta(minutes=5)))
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.moveCursor(widget.textCursor().MoveOperation.End)
    qtbot.keyClicks(widget, text)


def test_a_reply_typed_in_during_the_import_keeps_the_files_version_as_another_draft(
    qtbot,
    window,
    boxes,
    monkeypatch,
    tmp_path,
):
    """The held save wrote the whole draft as the composer had read it: the file's subject,
    not touched here, was gone too, and the file's text with it."""
    after_the_first_look(qtbot)
    client_id = clients.create(ClientData(name="Nora Kunde"))
    draft = drafts.save(DraftData(client_id=client_id, subject="Angebot", body="Hallo Nora,"))
    window.open_client(client_id, ClientTab.REPLIES, draft.id)
    composer = window.pane.replies.composer
    qtbot.waitUntil(lambda: composer.draft is not None and composer.draft.id == draft.id)

    def laptop(client, later) -> None:
        client["drafts"][0].update(subject="Angebot Mai", body=IMPORTED, updated_at=later)

    path = _export_changed(tmp_path, laptop)
    _import_while(
        qtbot, window, monkeypatch, path, lambda: _type_into(qtbot, composer.body, " danke")
    )
    qtbot.waitUntil(lambda: len(drafts.ids_for_client(client_id)) == 2, timeout=5_000)
    stored = drafts.get(draft.id)
    assert (stored.subject, stored.body) == ("Angebot Mai", "Hallo Nora, danke")
    (other_id,) = set(drafts.ids_for_client(client_id)) - {draft.id}
    other = drafts.get(other_id)
    assert (other.subject, other.body, other.status) == ("Angebot Mai", IMPORTED, "writing")
    shown = (composer.subject.text(), composer.body.toPlainText())
    assert shown == ("Angebot Mai", "Hallo Nora, danke")
    assert "kept as another draft" in window.statusBar().currentMessage()


def test_an_agreement_typed_in_during_the_import_keeps_the_files_version_beside_it(
    qtbot,
    window,
    boxes,
    monkeypatch,
    tmp_path,
):
    """The held save wrote the typed details over the file's (its other fields were kept):
    the file's details were gone without a word."""
    after_the_first_look(qtbot)
    client_id = clients.create(ClientData(name="Nora Kunde"))
    item = checklist.save(AgreementData(client_id=client_id, title="Termin", details="alt"))
    assert item.id is not None
    window.open_client(client_id, ClientTab.AGREEMENTS, item.id)
    editor = window.pane.agreements.editor
    qtbot.waitUntil(lambda: editor.title.text() == "Termin")

    def laptop(client, later) -> None:
        client["agreements"][0].update(title="Termin 3. Mai", note=IMPORTED, updated_at=later)

    path = _export_changed(tmp_path, laptop)
    _import_while(
        qtbot, window, monkeypatch, path, lambda: _type_into(qtbot, editor.details, " getippt")
    )
    ids = lambda: checklist.ids_for_client(client_id)  # noqa: E731
    qtbot.waitUntil(lambda: len(ids()) == 2, timeout=5_000)
    kept = checklist.fetch(ids())
    assert (kept[item.id].title, kept[item.id].details) == ("Termin 3. Mai", "alt getippt")
    (other,) = [a for a in kept.values() if a.id != item.id]
    assert (other.title, other.details) == ("Termin 3. Mai", IMPORTED)
    assert "kept as another agreement" in window.statusBar().currentMessage()


def test_typing_in_a_client_the_import_moves_to_the_trash_is_kept_and_the_user_told(
    qtbot,
    window,
    boxes,
    monkeypatch,
    tmp_path,
):
    """The file's copy of the client is newer and in the trash: the import trashes the client
    being typed in, and the pane went empty without a word.  The typing is in their note (in
    the trash with them), and the status line says so and how to bring them back."""
    after_the_first_look(qtbot)
    client_id, (note_id,), _ = _notes_and_export(tmp_path)
    _open(qtbot, window, client_id, note_id)

    def trashed(client, later) -> None:
        client.update(deleted_at=later, updated_at=later)

    path = _export_changed(tmp_path, trashed)
    _import_while(qtbot, window, monkeypatch, path, lambda: _type(qtbot, window, "abc"))
    qtbot.waitUntil(lambda: notes.get(note_id).body == "Erste 0 abc", timeout=5_000)
    assert clients.get(client_id).deleted_at is not None
    message = window.statusBar().currentMessage()
    assert "“Nora Kunde” to the trash" in message and "Edit → Trash" in message


def test_a_profile_entry_typed_during_the_import_that_changed_it_too_is_said(
    qtbot,
    window,
    boxes,
    monkeypatch,
    tmp_path,
):
    """An entry of the profile is one line: the later edit (the typing) is kept, as a round
    keeps it, the entries the import changed and the user did not stay the import's, and
    the status line says what the import had written into the entry typed in (it was
    written over without a word)."""
    from PySide6.QtWidgets import QLineEdit

    after_the_first_look(qtbot)
    profile = {"wants": "Ruhe", "direction": "Shop"}
    client_id = clients.create(ClientData(name="Nora Kunde", profile=profile))
    window.open_client(client_id, ClientTab.NOTES)
    qtbot.waitUntil(lambda: window.pane.client_id == client_id)

    def laptop(client, later) -> None:
        client.update(profile={"wants": "Tempo", "direction": "App"}, updated_at=later)

    path = _export_changed(tmp_path, laptop)
    edit = window.findChild(QLineEdit, "profile_wants")

    def type_and_leave() -> None:
        edit.setFocus()
        edit.end(False)
        qtbot.keyClicks(edit, " bitte")
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    _import_while(qtbot, window, monkeypatch, path, type_and_leave)
    qtbot.waitUntil(lambda: clients.get(client_id).profile.get("wants") == "Ruhe bitte")
    assert clients.get(client_id).profile == {"wants": "Ruhe bitte", "direction": "App"}
    message = window.statusBar().currentMessage()
    assert "Nora Kunde" in message and "“Tempo”" in message and "kept" in message
