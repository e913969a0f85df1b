"""A date that may be unset (a start date, a due date): a checkbox switches the date field on."""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget


class OptionalDate(QWidget):
    """A date that may be unset: a checkbox switches the date field on."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(label, self)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        self.edit.setAccessibleName(label)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return cast(date, self.edit.date().toPython()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
