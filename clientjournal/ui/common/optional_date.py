"""A date that may be unset (a start date, a due date): a checkbox switches the date field on."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDate(QWidget):
    """A date that may be unset: a checkbox switches the date field on.  Unset, the field is
    empty: a greyed-out today's date read as "due today" (attack19 finding 20).  Ticking the
    box brings back the date it had (today if it never had one)."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        # The minimum date stands for "no date" and shows as blank (a space: Qt shows the
        # date itself for an empty special text).
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(self.edit.minimumDate())
        self._date = QDate.currentDate()  # what ticking the box shows
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return cast(date, self.edit.date().toPython()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self._date = QDate(value.year, value.month, value.day)
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(self._date)
        else:
            self._show_blank()

    def _show_blank(self) -> None:
        with QSignalBlocker(self.edit):
            if self.edit.date() != self.edit.minimumDate():
                self._date = self.edit.date()
            self.edit.setDate(self.edit.minimumDate())

    def _toggled(self, on: bool) -> None:
        if on:
            with QSignalBlocker(self.edit):
                self.edit.setDate(self._date)
        else:
            self._show_blank()
        self.edit.setEnabled(on)
        self.changed.emit()
