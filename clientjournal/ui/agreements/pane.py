"""A client's agreement checklist: projects, the ordered list, status actions and the editor;
undoable deletes, starter templates and the summary to send."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.agreements.checklist import (
    AgreementData,
    AgreementStatus,
    DueState,
    InvalidTransition,
    ProjectData,
    can_transition,
    due_state,
)
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.agreements.delegate import AgreementDelegate
from clientjournal.ui.agreements.editor import AgreementEditor
from clientjournal.ui.agreements.model import AgreementListModel
from clientjournal.ui.agreements.splitter import AgreementSplitter, EditorScroller
from clientjournal.ui.clients.flow_layout import FlowLayout
from clientjournal.ui.common import autosave
from clientjournal.ui.common.commands import command_button, delete_key, pane_shortcut
from clientjournal.ui.common.context import Change, OwnChanges, WindowContext, concerns
from clientjournal.ui.common.empty_state import hint_label
from clientjournal.ui.common.lazy_model import RECORD_ROLE, record_list
from clientjournal.ui.common.undo_commands import DeleteAgreement

ALL, NO_PROJECT = -1, -2  # entries of the project filter besides real project ids


class AgreementPane(QWidget):
    countsChanged = Signal(dict)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._own = OwnChanges(context.events)  # shown here at once; the echo is ignored
        context.events.journalChanged.connect(self._on_journal_changed)
        self.client_id: int | None = None
        self._projects: list = []

        self.project_filter = QComboBox(self)
        self.project_filter.setObjectName("agreementProjectFilter")
        self.project_filter.setAccessibleName(self.tr("Show agreements of project"))
        self.project_filter.currentIndexChanged.connect(self._on_filter)
        self.new_project_button = command_button(
            self, self.tr("New project…"), "newProject", self.new_project
        )
        self.edit_project_button = command_button(
            self, self.tr("Edit project…"), "editProject", self.edit_project
        )
        self.counts = QLabel(self)
        self.counts.setObjectName("agreementCounts")

        self.model = AgreementListModel(self)
        self.model.moved.connect(self._on_moved)
        self.view = record_list(
            self, self.model, AgreementDelegate, "agreementList", self.tr("Agreements")
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        # As wide as a row asks to be, beside the scroll bar: the list gives way to the editor
        # down to this, and narrower it scrolled sideways.
        row = self.view.itemDelegate().sizeHint(QStyleOptionViewItem(), QModelIndex()).width()
        frame = 2 * self.view.frameWidth()
        self.view.setMinimumWidth(row + self.view.verticalScrollBar().sizeHint().width() + frame)
        self._empty_text = self.tr(
            "No agreements yet. Add the points to settle before work starts — or start from a template."
        )
        self._empty_project = self.tr(
            "Nothing in this project yet. Add its points — or start from a template. "
            "“All projects” shows the client's other agreements."
        )
        self.empty_hint = hint_label(self._empty_text, "noAgreementsHint", self)

        self.editor = AgreementEditor(self)
        self.editor.saved.connect(self._on_saved)
        self.editor.keptBeside.connect(self._kept_beside)
        self.editor.failed.connect(self._show_error)

        self.add_button = command_button(self, self.tr("&Add"), "addAgreement", self.add_item)
        self.template_button = command_button(
            self, self.tr("Fr&om template…"), "agreementsFromTemplate", self.apply_template
        )
        self.summary_button = command_button(
            self, self.tr("&Summary…"), "agreementSummary", self.show_summary
        )
        self.summary_button.setToolTip(
            self.tr("A one-page summary to send to the client for confirmation")
        )
        self.status_buttons: dict[AgreementStatus, QPushButton] = {}
        for status, text, key in (
            (AgreementStatus.AGREED, self.tr("Agreed"), "Ctrl+1"),
            (AgreementStatus.DONE, self.tr("Done"), "Ctrl+2"),
            (AgreementStatus.BROKEN, self.tr("Broken…"), "Ctrl+3"),
            (AgreementStatus.OPEN, self.tr("Reopen"), "Ctrl+0"),
        ):
            self.status_buttons[status] = command_button(
                self,
                text,
                f"markAgreement_{status.value}",
                partial(self.set_status, status),
                key,
            )
        pane_shortcut(self, "Ins", self.add_item)
        pane_shortcut(self, "Ctrl+Shift+Up", lambda: self.move_current(-1))
        pane_shortcut(self, "Ctrl+Shift+Down", lambda: self.move_current(1))
        delete_key(self.view, self.delete_current)

        top = QHBoxLayout()
        top.addWidget(self.project_filter, 1)
        top.addWidget(self.new_project_button)
        top.addWidget(self.edit_project_button)
        # The buttons under the list wrap to a second row rather than widen the pane: in one
        # row they made the list side 403 px wide at a 1.25× German font, and the window
        # wider than a 1024-px screen.
        actions = FlowLayout(spacing=-1)  # the style's, as a row of QHBoxLayout has
        for widget in (self.add_button, self.template_button, self.summary_button):
            actions.addWidget(widget)
        self.editor.add_status_buttons(list(self.status_buttons.values()))
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.empty_hint, 1)
        left_layout.addLayout(actions)
        self.splitter = AgreementSplitter(self)
        self.splitter.setObjectName("agreementSplitter")
        scroller = EditorScroller(self.editor, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroller)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.splitter, 1)
        self.show_client(None)

    # -- public ----------------------------------------------------------------------------
    def show_client(self, client_id: int | None) -> None:
        self.editor.show_item(None)
        self.client_id = client_id
        self._fill_projects()
        self._reload()

    def current_project_id(self) -> int | None:
        value = self.project_filter.currentData()
        return value if isinstance(value, int) and value >= 0 else None

    def current_item(self) -> AgreementData | None:
        index = self.view.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.editor.item_id
        self._reload()
        if keep is not None:
            self._select(keep)

    def add_item(self) -> None:
        if self.client_id is not None and autosave.holding():
            self._context.show_status(
                self.tr("%1 the new agreement opens when it ends").replace(
                    "%1", autosave.busy_words()
                )
            )
        self._add_item()

    @autosave.waits_for_round_on_client
    def _add_item(self) -> None:
        if self.client_id is None:
            return
        item = agreements.save(
            AgreementData(
                client_id=self.client_id,
                title=self.tr("New agreement"),
                project_id=self.current_project_id(),
            )
        )
        self.reload(item.id)
        self._own.report(Change.AGREEMENTS, self.client_id)
        self.editor.title.setFocus()
        self.editor.title.selectAll()

    def set_status(self, status: AgreementStatus) -> None:
        item = self.current_item()
        if item is None or item.status == status:
            return
        if not can_transition(item.status, status):
            self._show_error(self.tr("This step is not possible from the current status."))
            return
        note = ""
        if status == AgreementStatus.BROKEN:
            note, ok = QInputDialog.getText(
                self,
                self.tr("Agreement broken"),
                self.tr("What happened? (a short note for the history)"),
            )
            if not ok or not note.strip():
                return
        self.editor.save()
        assert item.id is not None  # a listed item is stored
        self._set_status(item.id, status, note.strip())

    @autosave.waits_for_round
    def _set_status(self, item_id: int, status: AgreementStatus, note: str) -> None:
        try:
            agreements.set_status(item_id, status, note)
        except InvalidTransition as error:
            self._show_error(str(error))
            return
        self.reload(item_id)
        self._own.report(Change.AGREEMENTS, self.client_id)

    def move_current(self, offset: int) -> None:
        item = self.current_item()
        if item is None:
            return
        assert item.id is not None  # a listed item is stored
        row = self.model.row_of(item.id) + offset
        if 0 <= row < self.model.rowCount():
            self.model.move_to(item.id, row + (1 if offset > 0 else 0))

    def delete_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self.editor.show_item(None)
        assert item.id is not None  # a listed item is stored
        command = DeleteAgreement(item.id, item.title, self._context.events)
        self._context.undo_stack.push(command)
        self._context.show_status(self.tr("Agreement deleted. Undo with Ctrl+Z."))

    def reveal(self, agreement_id: int) -> None:
        """Show one agreement, whatever project the filter showed (opened from elsewhere)."""
        self.project_filter.setCurrentIndex(0)
        self.reload(agreement_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_template(self) -> None:
        from clientjournal.ui.agreements.template_dialog import TemplateDialog

        if self.client_id is None:
            return
        dialog = TemplateDialog(
            self.client_id, self.current_project_id(), _language(), self._context.dialog_parent()
        )
        dialog.applied.connect(self._on_template_applied)
        dialog.exec()

    def _on_template_applied(self, ids: list) -> None:
        self.reload(ids[0] if ids else None)
        self._own.report(Change.AGREEMENTS, self.client_id)

    def show_summary(self) -> None:
        from clientjournal.ui.agreements.summary_dialog import SummaryDialog

        client_id = self.client_id
        if client_id is None:
            return
        ids = agreements.ids_for_client(client_id)
        items = agreements.fetch(ids)
        ordered = [items[i] for i in ids if i in items]
        parent = self._context.dialog_parent()
        SummaryDialog(clients.get(client_id), ordered, self.projects(), parent).exec()

    def _on_journal_changed(self, kind: str, client_ids: list) -> None:
        if self._own.reporting or self.client_id is None:
            return
        if concerns(kind, (Change.AGREEMENTS,)) and (
            kind == Change.JOURNAL or self.client_id in client_ids
        ):
            self.reload()

    def new_project(self) -> None:
        from clientjournal.ui.agreements.project_dialog import ProjectDialog, new_project

        if self.client_id is None:
            return
        dialog = ProjectDialog(new_project(self.client_id), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save_project(dialog.project())

    @autosave.waits_for_round
    def _save_project(self, project: ProjectData) -> None:
        self._fill_projects(select=agreements.save_project(project).id)

    def edit_project(self) -> None:
        from clientjournal.ui.agreements.project_dialog import ProjectDialog

        project_id = self.current_project_id()
        project = next((p for p in self._projects if p.id == project_id), None)
        if project is None:
            return
        dialog = ProjectDialog(project, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._save_project(dialog.project())

    def projects(self) -> dict[int, ProjectData]:
        return {project.id: project for project in self._projects if project.id is not None}

    # -- private ---------------------------------------------------------------------------
    def _fill_projects(self, select: int | None = None) -> None:
        self._projects = (
            agreements.list_projects(self.client_id) if self.client_id is not None else []
        )
        self.model.project_names = {project.id: project.name for project in self._projects}
        self.project_filter.blockSignals(True)
        self.project_filter.clear()
        self.project_filter.addItem(self.tr("All projects"), ALL)
        self.project_filter.addItem(self.tr("Without project"), NO_PROJECT)
        for project in self._projects:
            self.project_filter.addItem(project.name, project.id)
        self.project_filter.setCurrentIndex(
            max(0, self.project_filter.findData(select if select is not None else ALL))
        )
        self.project_filter.blockSignals(False)
        self.edit_project_button.setEnabled(self.current_project_id() is not None)
        if select is not None:
            self._reload()

    def _on_filter(self) -> None:
        self.edit_project_button.setEnabled(self.current_project_id() is not None)
        self.editor.show_item(None)
        self._reload()

    def _reload(self) -> None:
        value = self.project_filter.currentData()
        if value == ALL or value is None:
            self.model.load(self.client_id)
        else:
            self.model.load(
                self.client_id, None if value == NO_PROJECT else value, all_projects=False
            )
        has_items = self.model.rowCount() > 0
        self.view.setVisible(has_items)
        self.empty_hint.setText(self._empty_text if not self._filtered() else self._empty_project)
        self.empty_hint.setVisible(not has_items)
        self._update_buttons()
        self._update_counts()

    def _select(self, agreement_id: int) -> None:
        row = self.model.row_of(agreement_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.scrollTo(index)

    def _on_current(self) -> None:
        self.editor.show_item(self.current_item(), self._projects)
        self._update_buttons()

    def _on_saved(self, agreement_id: int) -> None:
        self.model.invalidate(agreement_id)
        self._update_counts()
        self._own.report(Change.AGREEMENTS, self.client_id)

    def _kept_beside(self, _agreement_id: int) -> None:
        """The agreement typed in was changed meanwhile by an import or another computer:
        the typing stayed in it, the other version is a new agreement (the editor's)."""
        self._context.show_status(
            self.tr(
                "The agreement you were editing was also changed by an import or on another "
                "computer: your text stays, the other version is kept as another agreement."
            ),
            0,
        )
        self._context.events.changed(Change.AGREEMENTS)  # its client may no longer be shown

    def _on_moved(self, agreement_id: int) -> None:
        self._select(agreement_id)
        self._own.report(Change.AGREEMENTS, self.client_id)

    def _update_buttons(self) -> None:
        item = self.current_item()
        for status, button in self.status_buttons.items():
            button.setEnabled(
                item is not None and item.status != status and can_transition(item.status, status)
            )
        for widget in (
            self.add_button,
            self.template_button,
            self.summary_button,
            self.new_project_button,
        ):
            widget.setEnabled(self.client_id is not None)

    def _update_counts(self) -> None:
        """The client's counts (the tab's title shows them too); with one project (or none)
        chosen, what is shown first and the whole client after it, said as such: an empty
        new project read "3 open" (attack19 finding 17)."""
        if self.client_id is None:
            self.counts.clear()
            return
        counts = agreements.summary_counts(self.client_id, utcnow())
        if self._filtered():
            self.counts.setText(
                self.tr("This view: %1 · all projects: %2")
                .replace("%1", self._count_text(self._shown_counts()))
                .replace("%2", self._count_text(counts))
            )
        else:
            self.counts.setText(self._count_text(counts))
        self.countsChanged.emit(counts)

    def _count_text(self, counts: dict[str, int]) -> str:
        parts = [self.tr("%n open", "", counts["open"])]
        if counts["overdue"]:
            parts.append(self.tr("%n overdue", "", counts["overdue"]))
        if counts["broken"]:
            parts.append(self.tr("%n broken", "", counts["broken"]))
        return " · ".join(parts)

    def _filtered(self) -> bool:
        return self.project_filter.currentData() not in (ALL, None)

    def _shown_counts(self) -> dict[str, int]:
        """``summary_counts`` of the agreements in the list (the chosen project's)."""
        now = utcnow()
        shown = [self.model.record(row) for row in range(self.model.rowCount())]
        return {
            "open": sum(item.status == AgreementStatus.OPEN for item in shown),
            "overdue": sum(
                due_state(item.due_on, item.status, now) == DueState.OVERDUE for item in shown
            ),
            "broken": sum(item.status == AgreementStatus.BROKEN for item in shown),
            "total": len(shown),
        }

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Agreement"), message)


def _language() -> str:
    """The starter templates' language: the UI's."""
    from PySide6.QtCore import QLocale

    return "de" if QLocale().language() == QLocale.Language.German else "en"
