"""The agreement checklist driven like a user would, on a real journal."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit, QListView

from clientjournal.core.agreements.checklist import AgreementData, AgreementStatus
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.agreements.model import PROJECT_ROLE, AgreementListModel


def open_checklist(window, client_id: int):
    window.refresh(client_id)
    pane = window.pane.agreements
    window.pane.tabs.setCurrentWidget(pane)
    return pane


def add(client_id: int, title: str, **fields) -> AgreementData:
    return agreements.save(AgreementData(client_id=client_id, title=title, **fields))


def test_checklist_has_its_stable_name_and_an_empty_state(window, journal):
    client_id = clients.create(ClientData(name="Anna"))
    pane = open_checklist(window, client_id)
    view = window.findChild(QListView, "agreementList")
    assert view is pane.view and view.accessibleName()
    assert pane.empty_hint.isVisible() and not view.isVisible()
    assert window.pane.tabs.tabText(1).replace("&", "") == "Agreements"


def test_model_passes_qtmodeltester(qtmodeltester, journal):
    client_id = clients.create(ClientData(name="Anna"))
    for i in range(12):
        add(client_id, f"Item {i}", due_on=date.today() + timedelta(days=i - 3))
    model = AgreementListModel()
    model.load(client_id)
    qtmodeltester.check(model, force_py=True)
    model.move_to(model.id_at(0), 5)
    assert model.rowCount() == 12


def test_add_edit_title_and_history_with_the_keyboard(qtbot, window, journal, type_text):
    client_id = clients.create(ClientData(name="Anna"))
    pane = open_checklist(window, client_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane.project_filter.setFocus()  # the list is hidden while empty; any control of the pane will do
    qtbot.keyClick(pane.project_filter, Qt.Key.Key_Insert)
    assert pane.model.rowCount() == 1
    title = pane.editor.title
    assert title.hasFocus()
    type_text(title, "Zwei Korrekturschleifen inklusive")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    (item,) = agreements.fetch(agreements.ids_for_client(client_id)).values()
    assert item.title == "Zwei Korrekturschleifen inklusive"
    assert [event.field for event in agreements.history(item.id)] == ["created", "title"]
    assert pane.editor.history.count() == 2
    assert "open" in pane.counts.text()
    assert "(1 open)" in window.pane.tabs.tabText(1)


def test_status_buttons_follow_the_allowed_path_and_broken_needs_a_note(
    qtbot, window, journal, on_dialog
):
    client_id = clients.create(ClientData(name="Ben"))
    item = add(client_id, "Payment within 14 days")
    pane = open_checklist(window, client_id)
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    done = pane.status_buttons[AgreementStatus.DONE]
    assert not done.isEnabled()  # open cannot jump to done
    qtbot.mouseClick(pane.status_buttons[AgreementStatus.AGREED], Qt.MouseButton.LeftButton)
    assert agreements.get(item.id).status == AgreementStatus.AGREED
    assert agreements.get(item.id).agreed_on == date.today()

    on_dialog(lambda dialog: dialog.reject())  # cancelling the note changes nothing
    qtbot.mouseClick(pane.status_buttons[AgreementStatus.BROKEN], Qt.MouseButton.LeftButton)
    assert agreements.get(item.id).status == AgreementStatus.AGREED

    def explain(dialog: QInputDialog) -> None:
        dialog.findChild(QLineEdit).setText("Paid 40 days late")
        dialog.accept()

    on_dialog(explain)
    qtbot.mouseClick(pane.status_buttons[AgreementStatus.BROKEN], Qt.MouseButton.LeftButton)
    assert agreements.get(item.id).status == AgreementStatus.BROKEN
    assert agreements.history(item.id)[-1].note == "Paid 40 days late"
    assert "Paid 40 days late" in pane.editor.history.item(0).text()


def test_status_shortcuts_set_the_status(qtbot, window, journal, monkeypatch):
    """Ctrl+1/2/0 once passed the action's checked=False as the status, and a dialog said the
    step was not possible."""
    errors = []
    monkeypatch.setattr(type(window.pane.agreements), "_show_error", lambda _s, m: errors.append(m))
    client_id = clients.create(ClientData(name="Ben"))
    item = add(client_id, "Two revision rounds")
    pane = open_checklist(window, client_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    pane.view.setFocus()
    for key, status in (
        (Qt.Key.Key_1, AgreementStatus.AGREED),
        (Qt.Key.Key_2, AgreementStatus.DONE),
        (Qt.Key.Key_1, AgreementStatus.AGREED),  # done goes back to agreed, not to open
        (Qt.Key.Key_0, AgreementStatus.OPEN),
    ):
        qtbot.keyClick(pane.view, key, Qt.KeyboardModifier.ControlModifier)
        assert errors == []
        assert agreements.get(item.id).status == status


def test_delete_with_undo_keeps_place_and_history(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Clara"))
    first, second, third = (add(client_id, title) for title in ("Scope", "Price", "Deadline"))
    agreements.set_status(second.id, AgreementStatus.AGREED)
    history = agreements.history(second.id)
    assert [e.field for e in history] == ["created", "status", "agreed_on"]
    pane = open_checklist(window, client_id)
    pane.view.setCurrentIndex(pane.model.index(1, 0))
    pane.view.setFocus()
    pane.delete_current()
    assert pane.model.ids() == [first.id, third.id]
    window.undo_action.trigger()
    assert pane.model.ids() == [first.id, second.id, third.id]
    assert agreements.history(second.id) == history


def test_reorder_by_keyboard_and_by_drop(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Dora"))
    a, b, c = (add(client_id, title).id for title in ("A", "B", "C"))
    pane = open_checklist(window, client_id)
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    pane.move_current(1)
    assert pane.model.ids() == [b, a, c]
    assert pane.current_item().id == a
    model = pane.model
    mime = model.mimeData([model.index(2, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.ids() == [c, b, a]
    assert agreements.ids_for_client(client_id) == [c, b, a]  # the order is stored


def test_projects_group_the_checklist(qtbot, window, journal, on_dialog, type_text):
    client_id = clients.create(ClientData(name="Emil"))
    add(client_id, "General point")
    pane = open_checklist(window, client_id)

    def fill(dialog) -> None:
        type_text(dialog.findChild(QLineEdit, "projectName"), "Website relaunch")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    on_dialog(fill)
    qtbot.mouseClick(pane.new_project_button, Qt.MouseButton.LeftButton)
    (project,) = agreements.list_projects(client_id)
    assert project.name == "Website relaunch"
    assert pane.current_project_id() == project.id
    assert pane.model.rowCount() == 0  # only this project's items
    pane.add_item()
    assert agreements.get(pane.current_item().id).project_id == project.id
    pane.project_filter.setCurrentIndex(0)  # all projects
    assert pane.model.rowCount() == 2
    names = {pane.model.index(row, 0).data(PROJECT_ROLE) for row in range(2)}
    assert names == {"", "Website relaunch"}  # each row says which project it belongs to


def test_due_view_lists_overdue_across_clients_and_opens_the_item(qtbot, window, journal):
    anna = clients.create(ClientData(name="Anna"))
    ben = clients.create(ClientData(name="Ben"))
    late = add(
        ben, "Final files", due_on=date.today() - timedelta(days=2), status=AgreementStatus.OPEN
    )
    add(anna, "Far away", due_on=date.today() + timedelta(days=60))
    add(anna, "Yesterday’s sign-off", due_on=date.today() - timedelta(days=1))
    window.refresh(anna)
    window.agreement_actions.show_due()
    dialog = window.agreement_actions._due_dialog
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2  # the far one is not due soon
    assert dialog.model.index(0, 2).data() in ("Final files", "Yesterday’s sign-off")
    rows = {dialog.model.index(r, 2).data(): r for r in range(2)}
    dialog.table.activated.emit(dialog.model.index(rows["Final files"], 0))
    assert window.client_list.current_client_id() == ben
    assert window.pane.tabs.currentWidget() is window.pane.agreements
    assert window.pane.agreements.current_item().id == late.id


def test_due_model_passes_qtmodeltester(qtmodeltester, journal):
    from clientjournal.ui.agreements.due import DueModel

    for i, name in enumerate(("Anna", "Ben", "Clara")):
        client_id = clients.create(ClientData(name=name))
        add(client_id, f"Due {i}", due_on=date.today() + timedelta(days=i - 1))
    model = DueModel()
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    assert model.index(0, 1).data() == "Anna"  # overdue first


def test_an_agreement_links_to_the_note_it_was_made_in(qtbot, window, journal):
    from datetime import UTC, datetime

    from clientjournal.core.domain import NoteKind
    from clientjournal.core.records import NoteData
    from clientjournal.store import notes

    client_id = clients.create(ClientData(name="Fritz"))
    call = notes.save(
        NoteData(
            client_id=client_id,
            created_at=datetime.now(UTC),
            kind=NoteKind.CALL,
            body="Call: 3 rounds",
        )
    )
    item = add(client_id, "Three revision rounds")
    pane = open_checklist(window, client_id)
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    editor = pane.editor
    assert not editor.show_note.isEnabled()
    editor.source.setCurrentIndex(editor.source.findData(call.id))
    assert agreements.get(item.id).source_note_id == call.id
    qtbot.mouseClick(editor.show_note, Qt.MouseButton.LeftButton)
    assert window.pane.tabs.currentIndex() == 0
    assert window.pane.editor.note_id == call.id


def test_hidden_tabs_are_filled_only_when_opened(qtbot, window, journal):
    anna = clients.create(ClientData(name="Anna"))
    add(anna, "Late", due_on=date.today() - timedelta(days=1))
    window.refresh(anna)
    pane = window.pane.agreements
    assert window.pane.tabs.currentIndex() == 0
    assert pane.client_id is None  # not read while the notes are in view
    assert "(1 overdue)" in window.pane.tabs.tabText(1)  # but the tab still says what is due
    window.pane.tabs.setCurrentWidget(pane)
    assert pane.client_id == anna and pane.model.rowCount() == 1


def test_typed_details_are_saved_while_typing_with_one_history_line(qtbot, window, journal):
    """The details saved only on focus loss, so a crash lost the text being typed (issue 19);
    saved as typed now, the history still gets one line for the whole typing session."""
    client_id = clients.create(ClientData(name="Ben"))
    item = add(client_id, "Scope", details="Logo")
    pane = open_checklist(window, client_id)
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    details = pane.editor.details
    details.setFocus()
    details.moveCursor(details.textCursor().MoveOperation.End)
    before = len(agreements.history(item.id))
    qtbot.keyClicks(details, " und Visitenkarten")
    qtbot.waitUntil(
        lambda: agreements.get(item.id).details == "Logo und Visitenkarten", timeout=3000
    )
    assert len(agreements.history(item.id)) == before  # no line per keystroke
    qtbot.keyClicks(details, ", zwei Runden")
    pane.editor.save()  # as focus loss, another item or closing do
    history = agreements.history(item.id)
    assert agreements.get(item.id).details == "Logo und Visitenkarten, zwei Runden"
    assert len(history) == before + 1
    assert (history[-1].old, history[-1].new) == ("Logo", "Logo und Visitenkarten, zwei Runden")


def test_a_templates_question_is_the_placeholder_not_the_details(qtbot, window, journal):
    """Issue 19: a template's question stored as details reached the client's summary.  An
    item added from a template shows its question as the placeholder; one of an older journal
    with the question stored shows it the same way and drops it at the next save."""
    from clientjournal.core.agreements.templates import builtin_templates

    question = "Was genau ist enthalten – und was ausdrücklich nicht?"
    client_id = clients.create(ClientData(name="Ben"))
    old = add(client_id, "Leistungsumfang", details=question)
    (new, *_) = agreements.add_from_template(client_id, None, builtin_templates("de")[0])
    pane = open_checklist(window, client_id)
    editor = pane.editor
    for row, item_id in enumerate(agreements.ids_for_client(client_id)[:2]):
        pane.view.setCurrentIndex(pane.model.index(row, 0))
        assert editor.item_id == item_id
        assert editor.details.toPlainText() == ""
        assert editor.details.placeholderText() == question
    assert agreements.get(new).details == ""
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    editor.due.set_value(date(2027, 1, 15))
    editor.save()
    assert agreements.get(old.id).details == "" and agreements.get(old.id).due_on is not None
    # an item without a template's title keeps the general placeholder
    other = add(client_id, "Logo-Farben")
    pane.reload(select_id=other.id)
    assert editor.item_id == other.id
    assert "What exactly was agreed" in editor.details.placeholderText()
