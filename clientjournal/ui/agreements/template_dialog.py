"""Starter checklists: pick a template, adjust your own ones, add its points to a checklist.

The articles say the important points (revision rounds, payment term, who approves) should be
asked before work starts; a template makes sure none is forgotten.  Built-in templates are
shared content and stay read-only; "Duplicate" turns one into the user's own, editable copy.
Edits to the user's templates are saved when another template is chosen, before one is applied
and when the dialog closes, however it closes, so nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.agreements.templates import (
    AgreementTemplate,
    TemplateItem,
    builtin_templates,
)
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.agreements.template_items import TITLE, ItemTable
from clientjournal.ui.common.autosave import after_the_round, wait_for_the_round
from clientjournal.ui.common.font_size import scaled_size


def _widget_shortcut(keys: QKeySequence, widget: QWidget, slot: Callable[[], None]) -> None:
    """A key that acts only while ``widget`` itself has the focus.

    The context is set afterwards on purpose: PySide6 silently ignores it as the fourth
    argument of the QShortcut constructor next to a callable (the shortcut is then window-wide).
    """
    shortcut = QShortcut(keys, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)


class TemplateDialog(QDialog):
    applied = Signal(list)  # ids of the agreements added

    def __init__(
        self,
        client_id: int,
        project_id: int | None,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(self.tr("Checklist templates"))
        self.setMinimumSize(scaled_size(self, 760, 460))
        self._client_id = client_id
        self._project_id = project_id
        self._language = language
        self._templates: list[AgreementTemplate] = []
        self._shown: int = -1  # index in _templates of the template in the table
        self._dirty = False
        self._loading = False

        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setWordWrap(True)  # a long name takes two lines, not a sideways scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_button = self._button(self.tr("&New template"), "newTemplate", self.new_template)
        self.duplicate_button = self._button(
            self.tr("&Duplicate"), "duplicateTemplate", self.duplicate_template
        )
        self.delete_button = self._button(
            self.tr("De&lete…"), "deleteTemplate", self.delete_template
        )

        self.name = QLineEdit(self)
        self.name.setObjectName("templateName")
        self.name.setAccessibleName(self.tr("Template name"))
        self.read_only_hint = QLabel(
            self.tr("Built-in templates cannot be changed; duplicate one to make your own."), self
        )
        self.read_only_hint.setWordWrap(True)
        self.table = ItemTable(self)
        self.table.setObjectName("templateItems")
        self.table.setAccessibleName(self.tr("Points of the template"))
        self.add_item_button = self._button(self.tr("Add &item"), "addTemplateItem", self.add_item)
        self.remove_item_button = self._button(
            self.tr("&Remove item"), "removeTemplateItem", self.remove_item
        )
        self.up_button = self._button(self.tr("Move &up"), "moveTemplateItemUp", self.move_up)
        self.down_button = self._button(
            self.tr("Move do&wn"), "moveTemplateItemDown", self.move_down
        )
        for button, keys, slot in (
            (self.add_item_button, "Insert", self.add_item),
            (self.remove_item_button, "Delete", self.remove_item),
            (self.up_button, "Ctrl+Up", self.move_up),
            (self.down_button, "Ctrl+Down", self.move_down),
        ):
            sequence = QKeySequence(keys)
            button.setToolTip(sequence.toString(QKeySequence.SequenceFormat.NativeText))
            # Only while the table itself has the focus: Delete in a cell editor deletes text.
            _widget_shortcut(sequence, self.table, slot)
        _widget_shortcut(QKeySequence("Delete"), self.list, self.delete_template)

        self.apply_button = self._button(
            self.tr("&Add to checklist"), "applyTemplate", self.apply_template
        )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        self._lay_out()
        # With a larger font in German the row of item buttons needs more than the scaled
        # width ("Punkt hinzufügen" was cut to "Punkt hinzufüge"): the dialog is as wide as
        # its layout needs, still inside the screen (an explicit minimum overrides the
        # layout's, so Qt would not see to it).
        screen = scaled_size(self, 100_000, 100_000)  # the screen's room, less the frame
        layout = self.layout()
        assert layout is not None  # set by _lay_out
        need = layout.totalMinimumSize().boundedTo(screen)
        self.setMinimumSize(self.minimumSize().expandedTo(need))
        self.table.itemChanged.connect(self._mark_dirty)
        self.name.textEdited.connect(self._mark_dirty)
        self.table.currentCellChanged.connect(self._update_buttons)
        self.list.currentRowChanged.connect(self._show)
        self._reload()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Return in the table or list must not apply a template
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Templates:"), self))
        left.addWidget(self.list, 1)
        list_buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            list_buttons.addWidget(button)
        left.addLayout(list_buttons)
        form = QFormLayout()
        name_label = QLabel(self.tr("Na&me:"), self)
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        item_buttons = QGridLayout()
        item_buttons.addWidget(self.add_item_button, 0, 0)
        item_buttons.addWidget(self.remove_item_button, 0, 1)
        item_buttons.addWidget(self.up_button, 0, 2)
        item_buttons.addWidget(self.down_button, 0, 3)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.read_only_hint)
        right.addWidget(self.table, 1)
        right.addLayout(item_buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    # -- the list of templates -----------------------------------------------------------------
    def _reload(self, select: int | None = None) -> None:
        """Built-ins (UI language first), then the user's templates; ``select`` a user id."""
        builtins = [
            dataclasses.replace(t, items=[dataclasses.replace(i) for i in t.items])
            for t in builtin_templates(self._language)
        ]
        self._templates = builtins + agreements.list_templates()
        self._shown = -1
        self.list.blockSignals(True)
        self.list.clear()
        for template in self._templates:
            QListWidgetItem(self._list_text(template), self.list)
        self.list.blockSignals(False)
        row = next(
            (i for i, t in enumerate(self._templates) if select is not None and t.id == select),
            0,
        )
        self.list.setCurrentRow(row if self._templates else -1)
        if self.list.currentRow() == self._shown == -1:
            self._show(self.list.currentRow())

    def _list_text(self, template: AgreementTemplate) -> str:
        if template.builtin:
            return (
                self.tr("%1 (built-in, %2)")
                .replace("%1", template.name)
                .replace("%2", template.language.upper())
            )
        return template.name

    def current_template(self) -> AgreementTemplate | None:
        """The template shown, with the edits made in the table so far."""
        if not 0 <= self._shown < len(self._templates):
            return None
        template = self._templates[self._shown]
        if template.builtin:
            return template
        self.table.finish_editing()
        return dataclasses.replace(
            template, name=self.name.text().strip() or template.name, items=self.table.items()
        )

    def save_current(self) -> None:
        """Write the edits of the user template shown, if there are any (only then waiting
        for a sync round that holds the journal: the dialog opens, and templates are browsed,
        during a round without a wait; attack21 A10)."""
        template = self.current_template()
        if template is None or template.builtin or not self._dirty:
            return
        wait_for_the_round(self)
        stored = agreements.save_template(template)
        self._templates[self._shown] = stored
        self._dirty = False
        self.list.item(self._shown).setText(self._list_text(stored))

    def _show(self, row: int) -> None:
        if row == self._shown:
            return
        self.save_current()
        self._shown = row
        template = self._templates[row] if 0 <= row < len(self._templates) else None
        editable = template is not None and not template.builtin
        self._loading = True
        self.name.setText(template.name if template else "")
        self.name.setReadOnly(not editable)
        self.name.setEnabled(template is not None)
        self.read_only_hint.setVisible(template is not None and template.builtin)
        self.table.load(template.items if template else [], editable)
        self._loading = False
        self._dirty = False
        if self.table.rowCount():
            self.table.setCurrentCell(0, TITLE)
        self._update_buttons()

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True
            self._update_buttons()

    def _editable(self) -> bool:
        template = self._templates[self._shown] if 0 <= self._shown < len(self._templates) else None
        return template is not None and not template.builtin

    def _update_buttons(self) -> None:
        shown = 0 <= self._shown < len(self._templates)
        editable = self._editable()
        row = self.table.currentRow()
        self.duplicate_button.setEnabled(shown)
        self.delete_button.setEnabled(editable)
        self.add_item_button.setEnabled(editable)
        self.remove_item_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < self.table.rowCount() - 1)
        self.apply_button.setEnabled(shown and self.table.rowCount() > 0)

    # -- template actions --------------------------------------------------------------------
    @after_the_round
    def _add_user_template(self, template: AgreementTemplate) -> None:
        self.save_current()
        stored = agreements.save_template(template)
        self._reload(select=stored.id)
        self.name.setFocus()
        self.name.selectAll()

    def new_template(self) -> None:
        self._add_user_template(AgreementTemplate(self.tr("New template"), self._language))

    def duplicate_template(self) -> None:
        """An editable copy of the template shown (built-in or not), as the user's own."""
        template = self.current_template()
        if template is None:
            return
        copy = AgreementTemplate(
            name=self.tr("%1 (copy)").replace("%1", template.name),
            language=template.language,
            items=[dataclasses.replace(item) for item in template.items],
        )
        self._add_user_template(copy)

    def delete_template(self) -> None:
        template = self.current_template()
        if template is None or template.builtin or template.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete template"),
            self.tr("Delete the template “%1”? This cannot be undone.").replace(
                "%1", template.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        wait_for_the_round(self)
        agreements.delete_template(template.id)
        self._dirty = False
        row = self._shown
        self._reload()
        self.list.setCurrentRow(min(row, self.list.count() - 1))
        self.list.setFocus()

    @after_the_round
    def apply_template(self) -> None:
        """Add the template's points (with the edits made) to the client's checklist."""
        self.save_current()
        template = self.current_template()
        if template is None:
            return
        usable = dataclasses.replace(template, items=[i for i in template.items if i.title])
        ids = agreements.add_from_template(self._client_id, self._project_id, usable)
        self.applied.emit(ids)
        self.accept()

    # -- item actions ------------------------------------------------------------------------
    def add_item(self) -> None:
        if not self._editable():
            return
        self.table.finish_editing()
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else 0
        self.table.insert(row, TemplateItem(title=""))
        self._mark_dirty()
        self.table.setCurrentCell(row, TITLE)
        self.table.setFocus()
        cell = self.table.item(row, TITLE)
        assert cell is not None  # insert() filled the row
        self.table.editItem(cell)

    def remove_item(self) -> None:
        row = self.table.currentRow()
        if not self._editable() or row < 0:
            return
        self.table.finish_editing()
        self.table.removeRow(row)
        self._mark_dirty()
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), TITLE)
        self._update_buttons()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if not self._editable() or row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.finish_editing()
        column = max(0, self.table.currentColumn())
        self.table.swap_rows(row, target)
        self._mark_dirty()
        self.table.setCurrentCell(target, column)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(1)

    def done(self, result: int) -> None:
        """Every way out (Close, Escape, the window's close button, apply) saves first."""
        self.save_current()
        super().done(result)
