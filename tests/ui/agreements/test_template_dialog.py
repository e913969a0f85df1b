"""The template dialog driven like a user would: real widgets, a real journal on disk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
)

from clientjournal.core.agreements.checklist import AgreementCategory, AgreementStatus, ProjectData
from clientjournal.core.agreements.templates import AgreementTemplate, TemplateItem
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.agreements.template_dialog import TemplateDialog
from clientjournal.ui.agreements.template_items import CATEGORY, DETAILS, TITLE


def open_dialog(qtbot, client_id: int, project_id: int | None = None, language: str = "de"):
    dialog = TemplateDialog(client_id, project_id, language)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):  # keyboard shortcuts and focus need the active window
        dialog.activateWindow()
    return dialog


def row_of(dialog, name: str) -> int:
    for template_row in range(dialog.list.count()):
        if dialog.list.item(template_row).text().startswith(name):
            return template_row
    raise AssertionError(f"{name!r} not in the list")


def titles(dialog) -> list[str]:
    return [dialog.table.item(r, TITLE).text() for r in range(dialog.table.rowCount())]


def alt(qtbot, dialog, key: Qt.Key, button) -> None:
    """A button's Alt+letter mnemonic; Qt "animates" the click, so it lands a moment later."""
    with qtbot.waitSignal(button.clicked):
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)


def commit(qtbot, dialog, editor) -> None:
    """Return in a cell editor; the delegate commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.state() == QAbstractItemView.State.NoState)


def type_in_new_row(qtbot, type_text, dialog, text: str) -> None:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is dialog.table.viewport()
    type_text(editor, text)
    commit(qtbot, dialog, editor)


def edit_cell(qtbot, type_text, dialog, row: int, column: int, text: str) -> None:
    """Select a cell, open its editor with F2, replace the text, commit with Return."""
    dialog.table.setFocus()
    dialog.table.setCurrentCell(row, column)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, text)
    commit(qtbot, dialog, editor)


def test_object_names_and_builtins_first_in_the_ui_language(qtbot, journal):
    client_id = clients.create(ClientData(name="Anna"))
    dialog = open_dialog(qtbot, client_id, language="en")
    assert dialog.objectName() == "templateDialog"
    for name in ("templateList", "templateItems", "templateName"):
        widget = dialog.findChild(object, name)
        assert widget is not None and widget.accessibleName(), name
    first = dialog.list.item(0).text()
    assert first.startswith("Project (design, development)") and "built-in" in first
    assert dialog.list.count() == 4
    # read-only: nothing to edit, delete or reorder; but it can be applied and duplicated
    assert dialog.name.isReadOnly() and dialog.read_only_hint.isVisibleTo(dialog)
    assert not dialog.table.item(0, TITLE).flags() & Qt.ItemFlag.ItemIsEditable
    assert not dialog.delete_button.isEnabled() and not dialog.add_item_button.isEnabled()
    assert dialog.duplicate_button.isEnabled() and dialog.apply_button.isEnabled()


def test_apply_a_builtin_template_to_a_client(qtbot, journal):
    client_id = clients.create(ClientData(name="Anna Müller"))
    project = agreements.save_project(ProjectData(client_id=client_id, name="Website"))
    dialog = open_dialog(qtbot, client_id, project.id)
    assert dialog.list.item(0).text().startswith("Projekt (Design, Entwicklung)")
    expected = titles(dialog)
    with qtbot.waitSignal(dialog.applied) as applied:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    ids = applied.args[0]
    assert len(ids) == len(expected) == 8
    assert agreements.ids_for_client(client_id) == ids
    added = agreements.fetch(ids)
    assert [added[i].title for i in ids] == expected
    assert {added[i].project_id for i in ids} == {project.id}
    assert {added[i].status for i in ids} == {AgreementStatus.OPEN}
    assert added[ids[3]].category == AgreementCategory.REVISIONS
    assert not dialog.isVisible()
    assert agreements.list_templates() == []  # applying a built-in saves nothing


def test_duplicate_a_builtin_edit_it_and_find_the_edit_after_reopening(qtbot, journal, type_text):
    client_id = clients.create(ClientData(name="Anna"))
    dialog = open_dialog(qtbot, client_id)
    dialog.list.setCurrentRow(row_of(dialog, "Text oder Übersetzung"))
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    (copy,) = agreements.list_templates()
    assert copy.name == "Text oder Übersetzung (copy)" and len(copy.items) == 6
    assert dialog.list.currentItem().text() == copy.name
    assert dialog.focusWidget() is dialog.name and not dialog.name.isReadOnly()

    type_text(dialog.name, "Lektorat für Verlage")  # the name was selected: typing replaces it
    edit_cell(qtbot, type_text, dialog, 0, TITLE, "Umfang und Lieferformat")
    edit_cell(qtbot, type_text, dialog, 0, DETAILS, "Normseiten, Word-Datei, Änderungsmodus")
    dialog.close()  # closing saves

    dialog = open_dialog(qtbot, client_id)
    (stored,) = agreements.list_templates()
    assert stored.id == copy.id and stored.name == "Lektorat für Verlage"
    dialog.list.setCurrentRow(row_of(dialog, "Lektorat für Verlage"))
    assert dialog.table.item(0, TITLE).text() == "Umfang und Lieferformat"
    assert dialog.table.item(0, DETAILS).text() == "Normseiten, Word-Datei, Änderungsmodus"
    assert dialog.table.item(1, TITLE).text() == "Honorar"


def test_keyboard_only_new_template_with_items_reordered(qtbot, journal, type_text):
    client_id = clients.create(ClientData(name="Anna"))
    dialog = open_dialog(qtbot, client_id, language="en")
    alt(qtbot, dialog, Qt.Key.Key_N, dialog.new_button)  # &New template
    assert dialog.focusWidget() is dialog.name
    type_text(dialog.name, "Workshop")
    alt(qtbot, dialog, Qt.Key.Key_I, dialog.add_item_button)  # Add &item
    type_in_new_row(qtbot, type_text, dialog, "Date")  # the new row's title is being edited
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    type_in_new_row(qtbot, type_text, dialog, "Fee")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Insert)
    type_in_new_row(qtbot, type_text, dialog, "Room")
    assert titles(dialog) == ["Date", "Fee", "Room"]

    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(dialog) == ["Room", "Date", "Fee"] and dialog.table.currentRow() == 0
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(dialog) == ["Date", "Room", "Fee"]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # removes "Fee"
    assert titles(dialog) == ["Date", "Room"]

    # category: Right to the category cell, F2 opens the combo box
    qtbot.keyClick(dialog.table, Qt.Key.Key_Up)
    dialog.table.setCurrentCell(0, CATEGORY)
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(AgreementCategory.DEADLINE.value))
    commit(qtbot, dialog, combo)
    assert dialog.table.item(0, CATEGORY).text() == "Deadline"

    with qtbot.waitSignal(dialog.applied) as applied:
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Add to checklist
    (template,) = agreements.list_templates()  # saved before it was applied
    assert template.name == "Workshop"
    assert template.items == [
        TemplateItem("Date", AgreementCategory.DEADLINE),
        TemplateItem("Room", AgreementCategory.OTHER),
    ]
    added = agreements.fetch(applied.args[0])
    assert [added[i].title for i in applied.args[0]] == ["Date", "Room"]


def test_switching_templates_saves_the_one_left(qtbot, journal, type_text):
    client_id = clients.create(ClientData(name="Anna"))
    agreements.save_template(AgreementTemplate("Mine", "de", [TemplateItem("Alt")]))
    dialog = open_dialog(qtbot, client_id)
    dialog.list.setCurrentRow(row_of(dialog, "Mine"))
    edit_cell(qtbot, type_text, dialog, 0, TITLE, "Neu")
    dialog.list.setCurrentRow(0)  # leaving the template writes it
    assert agreements.list_templates()[0].items[0].title == "Neu"
    dialog.table.setFocus()
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers


def test_delete_a_user_template_after_confirmation(qtbot, journal, on_dialog):
    client_id = clients.create(ClientData(name="Anna"))
    for name in ("Alpha", "Beta"):
        agreements.save_template(AgreementTemplate(name, "de", [TemplateItem("x")]))
    dialog = open_dialog(qtbot, client_id)
    dialog.list.setCurrentRow(row_of(dialog, "Alpha"))
    assert dialog.delete_button.isEnabled()

    def answer(button: QMessageBox.StandardButton):
        def click(box) -> None:
            assert isinstance(box, QMessageBox) and "Alpha" in box.text()
            box.button(button).click()

        return click

    on_dialog(answer(QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [t.name for t in agreements.list_templates()] == ["Alpha", "Beta"]

    on_dialog(answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert [t.name for t in agreements.list_templates()] == ["Beta"]
    assert dialog.list.count() == 5
    assert dialog.list.currentItem().text() == "Beta"

    dialog.list.setCurrentRow(0)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)  # a built-in: nothing happens, no question
    assert dialog.list.count() == 5
