"""The reply composer and the sleep-on-it queue, driven like a user would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox

from clientjournal.core.cooling import DraftData, DraftStatus
from clientjournal.core.records import ClientData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, drafts, notes
from clientjournal.ui.replies.queue import QueueModel

HEATED = "You ALWAYS change everything at the last minute!!! This is your last chance."


def open_replies(window, client_id: int):
    window.refresh(client_id)
    pane = window.pane.replies
    window.pane.tabs.setCurrentWidget(pane)
    return pane


def held_draft(client_id: int, body: str = HEATED, hours_ago: float = 0) -> DraftData:
    draft = drafts.save(DraftData(client_id=client_id, subject="Re: logo", body=body))
    return drafts.hold(draft.id, utcnow() - timedelta(hours=hours_ago))


def test_heated_draft_gets_a_calm_banner_and_can_sleep(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Anna", email="anna@example.org"))
    pane = open_replies(window, client_id)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    composer = pane.composer
    assert composer.draft is not None and composer.draft.status == DraftStatus.WRITING
    qtbot.keyClicks(composer.body, HEATED)
    qtbot.waitUntil(composer.banner.isVisible, timeout=3000)
    reasons = composer.banner_text.text()
    assert "ultimatum" in reasons and "CAPITALS" in reasons
    assert not composer.buttons["sleep"].isVisible()  # one "Sleep on it", in the banner
    qtbot.mouseClick(composer.sleep_button, Qt.MouseButton.LeftButton)
    (draft,) = drafts.fetch(drafts.ids_for_client(client_id)).values()
    assert draft.status == DraftStatus.HELD and draft.body == HEATED
    assert draft.hold_until > utcnow() + timedelta(hours=7)
    assert composer.body.isReadOnly()
    assert "Sleeping on it until" in composer.state.text()
    assert composer.buttons["release"].isVisible() and not composer.buttons["sent"].isVisible()


def test_calm_reply_gets_no_banner(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Ben"))
    pane = open_replies(window, client_id)
    pane.new_reply()
    qtbot.keyClicks(
        pane.composer.body, "Thanks for the feedback. I will send the new version on Friday."
    )
    pane.composer.rate()
    assert not pane.composer.banner.isVisible()
    assert pane.composer.buttons["sleep"].isVisible()  # sleeping on a calm reply is allowed too


def test_drafts_survive_a_restart(qtbot, windows, journal):
    client_id = clients.create(ClientData(name="Clara"))
    window = windows.open()
    pane = open_replies(window, client_id)
    pane.new_reply()
    qtbot.keyClicks(pane.composer.body, "Half-written reply")
    window = windows.restart()  # closing right after typing keeps it
    pane = open_replies(window, client_id)
    assert pane.composer.body.toPlainText() == "Half-written reply"


def test_early_release_needs_a_second_deliberate_step(qtbot, window, journal, on_dialog):
    client_id = clients.create(ClientData(name="Dora"))
    draft = held_draft(client_id)
    pane = open_replies(window, client_id)
    assert pane.composer.draft.id == draft.id

    def hesitate(box: QMessageBox) -> None:
        assert not box.button(QMessageBox.StandardButton.Yes).isEnabled()  # not without the tick
        box.reject()

    on_dialog(hesitate)
    qtbot.mouseClick(pane.composer.buttons["release"], Qt.MouseButton.LeftButton)
    assert drafts.get(draft.id).status == DraftStatus.HELD

    def confirm(box: QMessageBox) -> None:
        box.findChild(QCheckBox).setChecked(True)
        box.button(QMessageBox.StandardButton.Yes).click()

    on_dialog(confirm)
    qtbot.mouseClick(pane.composer.buttons["release"], Qt.MouseButton.LeftButton)
    released = drafts.get(draft.id)
    assert released.status == DraftStatus.WRITING and released.released_early_at is not None
    assert "Released early" in pane.composer.state.text()  # and it stays visible
    assert not pane.composer.body.isReadOnly()


def test_ready_draft_is_reread_beside_the_notes_and_marked_sent(
    qtbot, window, journal, opened_urls
):
    client_id = clients.create(ClientData(name="Emil", email="emil@example.org"))
    draft = held_draft(client_id, body="Grüße aus Köln,\nzweite Zeile & mehr", hours_ago=30)
    pane = open_replies(window, client_id)
    composer = pane.composer
    assert "slept on it" in composer.state.text()
    for key in ("edit", "rate", "copy", "mail", "sent"):
        assert composer.buttons[key].isVisible(), key
    qtbot.mouseClick(composer.buttons["mail"], Qt.MouseButton.LeftButton)
    assert opened_urls and opened_urls[0].startswith("mailto:emil@example.org?")
    assert "%0D%0A" in opened_urls[0] and "K%C3%B6ln" in opened_urls[0]
    qtbot.mouseClick(composer.buttons["copy"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Grüße aus Köln,\nzweite Zeile & mehr"

    qtbot.mouseClick(composer.buttons["sent"], Qt.MouseButton.LeftButton)
    sent = drafts.get(draft.id)
    assert sent.status == DraftStatus.SENT and sent.sent_note_id is not None
    note = notes.get(sent.sent_note_id)
    assert note.kind == "email" and "Köln" in note.body
    assert window.pane.model.row_of(note.id) >= 0  # the timeline shows it at once
    assert pane.model.rowCount() == 0  # sent replies leave the list of open ones


def test_discard_goes_to_the_trash_and_undo_restores(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Fritz"))
    draft = drafts.save(DraftData(client_id=client_id, body="maybe not"))
    pane = open_replies(window, client_id)
    qtbot.mouseClick(pane.composer.buttons["discard"], Qt.MouseButton.LeftButton)
    assert drafts.get(draft.id).status == DraftStatus.DISCARDED
    assert pane.model.rowCount() == 0
    window.undo_action.trigger()
    assert drafts.get(draft.id).status == DraftStatus.WRITING
    assert pane.model.rowCount() == 1


def test_queue_lists_held_replies_ready_first_and_opens_them(qtbot, window, journal, english):
    anna = clients.create(ClientData(name="Anna"))
    ben = clients.create(ClientData(name="Ben"))
    sleeping = held_draft(anna)
    ready = held_draft(ben, hours_ago=30)
    window.reply_actions.refresh()
    assert window.reply_actions.watch.button.isVisible()
    assert "1 reply ready" in window.reply_actions.watch.button.text()
    window.reply_actions.show_queue()
    dialog = window.reply_actions._queue_dialog
    qtbot.addWidget(dialog)
    assert dialog.table.objectName() == "coolingQueue"
    assert [dialog.model.row(r)[0].id for r in range(2)] == [ready.id, sleeping.id]
    dialog.table.activated.emit(dialog.model.index(0, 0))
    assert window.client_list.current_client_id() == ben
    assert window.pane.tabs.currentWidget() is window.pane.replies
    assert window.pane.replies.composer.draft.id == ready.id


def test_queue_model_passes_qtmodeltester(qtmodeltester, journal):
    # held now (never ready: the minimum rest), 30 h and 60 h ago (always ready: the next
    # morning comes within 24 h); 12 h ago was ready or not depending on the time of day
    for i, name in enumerate(("Anna", "Ben", "Clara")):
        held_draft(clients.create(ClientData(name=name)), hours_ago=i * 30)
    model = QueueModel()
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3 and model.ready_count() == 2


def test_ready_count_appears_by_itself_after_start(qtbot, windows, journal, english):
    held_draft(clients.create(ClientData(name="Gina")), hours_ago=30)
    window = windows.open()
    button = window.reply_actions.watch.button
    qtbot.waitUntil(button.isVisible, timeout=3000)  # checked shortly after the first paint
    assert button.text() == "1 reply ready to reread"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.reply_actions._queue_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.model.ready_count() == 1


def test_writing_to_a_client_contacted_too_often_says_dont_nag(qtbot, window, journal):
    from clientjournal.core.domain import NoteKind
    from clientjournal.core.records import NoteData

    calm = clients.create(ClientData(name="Cara", cadence_days=14))
    busy = clients.create(ClientData(name="Dirk", cadence_days=14))
    for days in (1, 4, 6):
        notes.save(
            NoteData(
                client_id=busy, created_at=utcnow() - timedelta(days=days), kind=NoteKind.EMAIL
            )
        )
    pane = open_replies(window, busy)
    pane.new_reply()
    assert pane.composer.nag.isVisible()
    assert "14 days" in pane.composer.nag.text()
    pane = open_replies(window, calm)
    pane.new_reply()
    assert not pane.composer.nag.isVisible()


def test_a_reply_typed_without_pause_is_saved_while_typing(qtbot, window, journal):
    """The debounce alone would wait for a pause (none here) and save nothing before the end;
    the deadline saves within a second anyway."""
    client_id = clients.create(ClientData(name="Steady"))
    pane = open_replies(window, client_id)
    pane.new_reply()
    composer = pane.composer
    typed: list[str] = []

    def stored_body() -> str:
        (draft,) = drafts.fetch(drafts.ids_for_client(client_id)).values()
        return draft.body

    for index in range(16):  # a key every 100 ms for 1.6 s: never a 500 ms pause
        qtbot.keyClicks(composer.body, "ab"[index % 2])
        typed.append("ab"[index % 2])
        qtbot.wait(100)
    saved = stored_body()  # read while the typing goes on: only the deadline can have saved
    assert saved and "".join(typed).startswith(saved)
    assert len(typed) - len(saved) <= 10  # at most about a second of typing is unsaved


def test_a_reply_at_rest_looks_read_only_and_says_why_when_typed_into(
    qtbot, window, journal, english
):
    """A held reply looked editable but ignored typing without a word (issue 19)."""
    client_id = clients.create(ClientData(name="Rita"))
    writing = drafts.save(DraftData(client_id=client_id, subject="Re: ok", body="Thanks!"))
    draft = held_draft(client_id)
    pane = open_replies(window, client_id)
    composer = pane.composer
    assert composer.draft.id == draft.id
    from PySide6.QtGui import QPalette

    assert composer.body.isReadOnly()
    viewport = composer.body.viewport()
    assert viewport.backgroundRole() == QPalette.ColorRole.Window  # not a page to type on
    composer.body.setFocus()
    qtbot.keyClicks(composer.body, "x")
    assert drafts.get(draft.id).body == HEATED
    assert "release it early" in composer.state.text()
    pane.open_draft(writing.id)
    assert not composer.body.isReadOnly()
    assert viewport.backgroundRole() == QPalette.ColorRole.Base


def test_nothing_is_written_after_the_window_is_closed(qtbot, windows, tmp_path):
    """The tone rating of the last keys fired after the window had closed and saved the reply
    into whatever journal was open by then (here: another one, which has no such draft)."""
    from clientjournal.store.connection import close_journal, open_journal

    first = windows.open()
    client_id = clients.create(ClientData(name="Late"))
    pane = open_replies(first, client_id)
    pane.new_reply()
    qtbot.keyClicks(pane.composer.body, "You never pay on time.")
    windows.close()  # closes the window (which saves) and the journal, before the rating ran
    open_journal(tmp_path / "other")
    try:
        qtbot.wait(1500)  # past the rating's and the autosave's delays
        assert drafts.ids_for_client(client_id) == []  # nothing arrived in the other journal
    finally:
        close_journal()
