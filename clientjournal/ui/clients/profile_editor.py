"""The client's profile, edited where it is shown: no dialog between reading and writing.

The essentials (what they want, the direction, what must never happen) are always in view
above the notes; the rest of the profile opens below them on demand.  Each field is saved when
it is left (Enter, Tab, a click elsewhere), as one undoable step; a field being typed in is
never overwritten by a refresh.
"""

from __future__ import annotations

from typing import NamedTuple

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
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.clients.flow_layout import FlowLayout
from clientjournal.ui.clients.profile_labels import (
    field_hint,
    field_label,
    section_label,
    work_again_label,
)
from clientjournal.ui.common import autosave
from clientjournal.ui.common.autosave import AutosaveTimer
from clientjournal.ui.common.theme import warning_style


class _FullProfile(NamedTuple):
    """The full profile's widgets below the essentials, made on first use."""

    sections: QTabWidget
    section_row: QWidget
    section_buttons: QButtonGroup
    work_again: QComboBox


class ProfileEditor(QWidget):
    fieldEdited = Signal(str, str)  # key, new text (empty: cleared)
    changedMeanwhile = Signal(str)  # what to tell the user (see _look_meanwhile)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._autosave = AutosaveTimer(self.flush, self)  # typed fields save as typed
        self.setObjectName("profileEditor")
        self._profile: dict = {}
        self._client: tuple[int, str] | None = None  # id, UUID of the client shown
        # entries saved while a sync round holds the journal (the step waits for its end),
        # per client: shown as typed meanwhile and kept against a crash (held_records)
        self._held: dict[tuple[int, str], dict[str, str]] = {}
        autosave.keep_against_crash(self)
        self._edits: dict[str, QLineEdit] = {}  # the fields built so far (see ``edits``)
        self._work_again: QComboBox | None = None

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

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(essentials)
        self._layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        # The full profile's sections (18 fields, their pages and buttons: ~5 ms of each
        # start, more on the first) are built when first unfolded or asked for (issue 21).
        self._full: _FullProfile | None = None
        self._update_toggle()

    # -- the full profile, built on first use --------------------------------------------
    @property
    def edits(self) -> dict[str, QLineEdit]:
        """Every field's line edit, the full profile's too (built now if it was not)."""
        self._build_full()
        return self._edits

    @property
    def work_again(self) -> QComboBox:
        return self._build_full().work_again

    @property
    def sections(self) -> QTabWidget:
        return self._build_full().sections

    @property
    def section_row(self) -> QWidget:
        return self._build_full().section_row

    @property
    def section_buttons(self) -> QButtonGroup:
        return self._build_full().section_buttons

    def _build_full(self) -> _FullProfile:
        """The sections below the essentials, as they were built with the editor before: the
        same widgets, the same place in the layout and in the Tab order (after the toggle),
        showing the profile set so far."""
        if self._full is not None:
            return self._full
        sections = QTabWidget(self)
        sections.setObjectName("profileSections")
        sections.setAccessibleName(self.tr("Full profile"))
        sections.tabBar().setAccessibleName(sections.accessibleName())
        sections.setDocumentMode(True)
        for section in ProfileSection:
            if section is ProfileSection.ESSENTIALS:
                continue
            page = QWidget(sections)
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self._add_fields(form, section)
            sections.addTab(page, section_label(section))
        # The sections' names as a row of buttons that wraps: the tab bar cut them at 1200 px
        # ("Meine Seit", "Ende" behind scroll arrows; attack19 finding 9).  The tab widget
        # stays (Ctrl+Tab, the pages); only its bar is hidden.
        sections.tabBar().hide()
        section_row = QWidget(self)
        section_row.setObjectName("profileSectionButtons")
        section_row.setAccessibleName(self.tr("Sections of the full profile"))
        row = FlowLayout(section_row)
        section_buttons = QButtonGroup(self)
        section_buttons.setExclusive(True)
        for index in range(sections.count()):
            button = QToolButton(section_row)
            button.setObjectName(f"profileSection_{index}")
            button.setText(sections.tabText(index))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            section_buttons.addButton(button, index)
            row.addWidget(button)
        assert self._work_again is not None  # made by _add_fields (the ending section)
        self._full = _FullProfile(sections, section_row, section_buttons, self._work_again)
        section_buttons.idClicked.connect(sections.setCurrentIndex)
        sections.currentChanged.connect(self._on_section)
        self._on_section(sections.currentIndex())
        expanded = self.toggle.isChecked()
        section_row.setVisible(expanded)
        sections.setVisible(expanded)
        self._layout.addWidget(section_row)
        self._layout.addWidget(sections)
        # Made now, they came last in the window's Tab order: right after the toggle again,
        # the pages' fields, then the section buttons.
        QWidget.setTabOrder(self.toggle, sections)
        previous: QWidget = list(self._edits.values())[-1]  # the last page's last field
        for section_button in section_buttons.buttons():
            QWidget.setTabOrder(previous, section_button)
            previous = section_button
        self._show_profile()
        return self._full

    def _add_fields(self, form: QFormLayout, section: ProfileSection) -> None:
        for field in fields_in(section):
            text = field_label(field.key)  # a question ("Work with again?") takes no colon
            label = QLabel(text if text.endswith("?") else text + ":", self)
            if field.key == "work_again":
                combo = self._work_again = QComboBox(self)
                combo.setObjectName("profile_work_again")
                combo.setAccessibleName(field_label(field.key))
                for value in WorkAgain:
                    combo.addItem(work_again_label(value), value.value)
                combo.activated.connect(self._on_work_again)
                label.setBuddy(combo)
                form.addRow(label, combo)
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
            self._edits[field.key] = edit
            form.addRow(label, edit)

    # -- public ----------------------------------------------------------------------------
    def set_profile(self, profile: dict, client: ClientData | None = None) -> None:
        """Show a client's profile; a field with unsaved typing in it keeps what is typed, and
        one saved while a sync round holds the journal shows what was typed."""
        self._client = (client.id, client.uuid) if client is not None and client.id else None
        self._profile = dict(profile)
        if self._client is not None:
            self._profile.update(self._held.get(self._client, {}))
        self._show_profile()
        self._update_toggle()

    def _show_profile(self) -> None:
        profile = self._profile
        for key, edit in self._edits.items():
            text = str(profile.get(key, ""))
            if edit.text().strip() != text.strip() and not edit.isModified():
                edit.setText(text)
                edit.setCursorPosition(0)
                edit.setModified(False)
            tip = text if len(text) > 60 else ""
            if edit.toolTip() != tip:  # each sets off an event through the app's filters
                edit.setToolTip(tip)
        if self._work_again is not None:
            value = str(profile.get("work_again", ""))
            index = self._work_again.findData(value if value in set(WorkAgain) else "")
            self._work_again.setCurrentIndex(index)

    def flush(self) -> None:
        """Save what was typed but not yet confirmed (the autosave while typing, a client
        switch, close)."""
        self._autosave.stop()
        for key, edit in self._edits.items():  # fields not built yet hold nothing typed
            if edit.isModified():
                self._on_edited(key)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)

    # -- private ---------------------------------------------------------------------------
    def held_records(self) -> list[dict[str, object]]:
        """What is typed into the profile and not saved yet while a sync round holds the
        journal (``autosave.keep_against_crash``)."""
        if not autosave.holding():
            return []
        found = {client: dict(values) for client, values in self._held.items()}
        if self._client is not None:
            typed = {k: e.text().strip() for k, e in self._edits.items() if e.isModified()}
            found.setdefault(self._client, {}).update(typed)
        return [
            {
                "kind": "client",
                "id": client_id,
                "uuid": uuid,
                "fields": {f"profile/{k}": v for k, v in values.items()},
            }
            for (client_id, uuid), values in found.items()
            if values
        ]

    def _on_edited(self, key: str) -> None:
        edit = self._edits[key]
        edit.setModified(False)
        text = edit.text().strip()
        if text != str(self._profile.get(key, "")).strip():
            self._look_meanwhile(key, str(self._profile.get(key, "")).strip(), text)
            self._profile[key] = text
            self.fieldEdited.emit(key, text)
            self._hold_entry(key, text)

    def _look_meanwhile(self, key: str, was: str, text: str) -> None:
        """An entry saved while a round or an import holds the journal is written when it
        ends (``fieldEdited``'s step waits in the same queue, after this): one that changed
        the entry too, to another text, is said first (held28c: written over without a
        word).  The typing is kept, as a round keeps the later edit of a field."""
        client = self._client
        if client is None or not autosave.holding():
            return

        def look() -> None:
            now = clients.fetch([client[0]]).get(client[0])
            theirs = str(now.profile.get(key, "")).strip() if now is not None else was
            if now is not None and theirs not in (was, text):
                said = self.tr(
                    "“%1” of %2 was also changed by an import or on another computer, to "
                    "“%3”; what you typed is kept."
                )
                self.changedMeanwhile.emit(
                    said.replace("%1", field_label(key))
                    .replace("%2", now.name)
                    .replace("%3", theirs)
                )

        autosave.after_hold(look)

    def _hold_entry(self, key: str, text: str) -> None:
        """An entry saved (``fieldEdited``: its step pushed) while a round holds the journal:
        the step is written when the round ends; until then the entry is shown as typed and
        kept against a crash."""
        client = self._client
        if client is None or not autosave.holding():
            return
        self._held.setdefault(client, {})[key] = text

        def written() -> None:  # after the step, which waits in the same queue
            values = self._held.get(client, {})
            if values.get(key) == text:
                del values[key]
            if not values:
                self._held.pop(client, None)

        autosave.after_hold(written)

    def _on_work_again(self) -> None:
        value = str(self.work_again.currentData())
        if value != str(self._profile.get("work_again", "")):
            self._profile["work_again"] = value
            self.fieldEdited.emit("work_again", value)
            self._hold_entry("work_again", value)

    def _on_toggle(self, checked: bool) -> None:
        full = self._build_full()
        full.section_row.setVisible(checked)
        full.sections.setVisible(checked)
        self._update_toggle()

    def _on_section(self, index: int) -> None:
        """The current section's button is pressed and bold (pressed alone is faint in dark)."""
        assert self._full is not None
        buttons = self._full.section_buttons
        for button in buttons.buttons():
            current = buttons.id(button) == index
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
