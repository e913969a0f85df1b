"""The client's profile, edited where it is shown: no dialog between reading and writing.

The essentials (what they want, the direction, what must never happen) are always in view
above the notes; the rest of the profile opens below them on demand.  Each field is saved when
it is left (Enter, Tab, a click elsewhere), as one undoable step; a field being typed in is
never overwritten by a refresh.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.profile import (
    MAX_FIELD_LENGTH,
    PROFILE_FIELDS,
    ProfileSection,
    WorkAgain,
    fields_in,
    filled_count,
)
from clientjournal.ui.clients.flow_layout import FlowLayout
from clientjournal.ui.clients.profile_labels import (
    field_hint,
    field_label,
    section_label,
    work_again_label,
)
from clientjournal.ui.common.autosave import AutosaveTimer
from clientjournal.ui.common.theme import warning_style


class ProfileEditor(QWidget):
    fieldEdited = Signal(str, str)  # key, new text (empty: cleared)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._autosave = AutosaveTimer(self.flush, self)  # typed fields save as typed
        self.setObjectName("profileEditor")
        self._profile: dict = {}
        self.edits: dict[str, QLineEdit] = {}

        essentials = QFormLayout()
        essentials.setContentsMargins(0, 0, 0, 0)
        essentials.setVerticalSpacing(3)  # the notes below keep the height
        essentials.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_fields(essentials, ProfileSection.ESSENTIALS)

        self.toggle = QToolButton(self)
        self.toggle.setObjectName("profileToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._on_toggle)

        self.sections = QTabWidget(self)
        self.sections.setObjectName("profileSections")
        self.sections.setAccessibleName(self.tr("Full profile"))
        self.sections.tabBar().setAccessibleName(self.sections.accessibleName())
        self.sections.setDocumentMode(True)
        for section in ProfileSection:
            if section is ProfileSection.ESSENTIALS:
                continue
            page = QWidget(self.sections)
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self._add_fields(form, section)
            self.sections.addTab(page, section_label(section))
        # The sections' names as a row of buttons that wraps: the tab bar cut them at 1200 px
        # ("Meine Seit", "Ende" behind scroll arrows; attack19 finding 9).  The tab widget
        # stays (Ctrl+Tab, the pages); only its bar is hidden.
        self.sections.tabBar().hide()
        self.section_row = QWidget(self)
        self.section_row.setObjectName("profileSectionButtons")
        self.section_row.setAccessibleName(self.tr("Sections of the full profile"))
        row = FlowLayout(self.section_row)
        self.section_buttons = QButtonGroup(self)
        self.section_buttons.setExclusive(True)
        for index in range(self.sections.count()):
            button = QToolButton(self.section_row)
            button.setObjectName(f"profileSection_{index}")
            button.setText(self.sections.tabText(index))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.section_buttons.addButton(button, index)
            row.addWidget(button)
        self.section_buttons.idClicked.connect(self.sections.setCurrentIndex)
        self.sections.currentChanged.connect(self._on_section)
        self._on_section(self.sections.currentIndex())
        self.section_row.hide()
        self.sections.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(essentials)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.section_row)
        layout.addWidget(self.sections)
        self._update_toggle()

    def _add_fields(self, form: QFormLayout, section: ProfileSection) -> None:
        for field in fields_in(section):
            text = field_label(field.key)  # a question ("Work with again?") takes no colon
            label = QLabel(text if text.endswith("?") else text + ":", self)
            if field.key == "work_again":
                self.work_again = QComboBox(self)
                self.work_again.setObjectName("profile_work_again")
                self.work_again.setAccessibleName(field_label(field.key))
                for value in WorkAgain:
                    self.work_again.addItem(work_again_label(value), value.value)
                self.work_again.activated.connect(self._on_work_again)
                label.setBuddy(self.work_again)
                form.addRow(label, self.work_again)
                continue
            edit = QLineEdit(self)
            edit.setObjectName(f"profile_{field.key}")
            edit.setAccessibleName(field_label(field.key))
            edit.setPlaceholderText(field_hint(field.key))
            edit.setMaxLength(MAX_FIELD_LENGTH)  # the store's and the import's limit too
            edit.editingFinished.connect(lambda key=field.key: self._on_edited(key))
            edit.textEdited.connect(self._autosave.touched)
            if field.warning:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                warning_style(label)  # a red that stays readable in light and dark
                edit.setProperty("warning", True)
                warning_style(edit, "QLineEdit {{ border-left: 3px solid {color}; }}")
            label.setBuddy(edit)
            self.edits[field.key] = edit
            form.addRow(label, edit)

    # -- public ----------------------------------------------------------------------------
    def set_profile(self, profile: dict) -> None:
        """Show a client's profile; a field with unsaved typing in it keeps what is typed."""
        self._profile = dict(profile)
        for key, edit in self.edits.items():
            text = str(profile.get(key, ""))
            if edit.text().strip() != text.strip() and not edit.isModified():
                edit.setText(text)
                edit.setCursorPosition(0)
                edit.setModified(False)
            tip = text if len(text) > 60 else ""
            if edit.toolTip() != tip:  # each sets off an event through the app's filters
                edit.setToolTip(tip)
        value = str(profile.get("work_again", ""))
        index = self.work_again.findData(value if value in set(WorkAgain) else "")
        self.work_again.setCurrentIndex(index)
        self._update_toggle()

    def flush(self) -> None:
        """Save what was typed but not yet confirmed (the autosave while typing, a client
        switch, close)."""
        self._autosave.stop()
        for key, edit in self.edits.items():
            if edit.isModified():
                self._on_edited(key)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)

    # -- private ---------------------------------------------------------------------------
    def _on_edited(self, key: str) -> None:
        edit = self.edits[key]
        edit.setModified(False)
        text = edit.text().strip()
        if text != str(self._profile.get(key, "")).strip():
            self._profile[key] = text
            self.fieldEdited.emit(key, text)

    def _on_work_again(self) -> None:
        value = str(self.work_again.currentData())
        if value != str(self._profile.get("work_again", "")):
            self._profile["work_again"] = value
            self.fieldEdited.emit("work_again", value)

    def _on_toggle(self, checked: bool) -> None:
        self.section_row.setVisible(checked)
        self.sections.setVisible(checked)
        self._update_toggle()

    def _on_section(self, index: int) -> None:
        """The current section's button is pressed and bold (pressed alone is faint in dark)."""
        for button in self.section_buttons.buttons():
            current = self.section_buttons.id(button) == index
            button.setChecked(current)
            font = button.font()
            font.setBold(current)
            button.setFont(font)

    def _update_toggle(self) -> None:
        count = filled_count(self._profile)
        self.toggle.setText(
            self.tr("Full profile (%1 of %2 filled)")
            .replace("%1", str(count))
            .replace("%2", str(len(PROFILE_FIELDS)))
        )
        self.toggle.setArrowType(
            Qt.ArrowType.DownArrow if self.toggle.isChecked() else Qt.ArrowType.RightArrow
        )
        self.toggle.setAccessibleName(self.toggle.text())
