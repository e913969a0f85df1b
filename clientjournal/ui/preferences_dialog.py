"""Preferences: when a reply that was slept on is ready again."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientjournal.paths import settings_file
from clientjournal.ui.cooling_settings import cooling_settings


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        hour, rest = cooling_settings()
        self.morning = QSpinBox(self)
        self.morning.setObjectName("morningHour")
        self.morning.setRange(0, 23)
        self.morning.setSuffix(self.tr(":00"))
        self.morning.setValue(hour)
        self.morning.setAccessibleName(self.tr("Morning hour"))
        self.rest = QDoubleSpinBox(self)
        self.rest.setObjectName("minimumRest")
        self.rest.setRange(0, 48)
        self.rest.setDecimals(1)
        self.rest.setSuffix(self.tr(" h"))
        self.rest.setValue(rest.total_seconds() / 3600)
        self.rest.setAccessibleName(self.tr("Minimum rest in hours"))
        hint = QLabel(
            self.tr(
                "A reply you sleep on is ready at the later of two times: the next morning at this "
                "hour, and after the minimum rest. Replies already sleeping keep their time."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Next &morning at:"), self.morning)
        form.addRow(self.tr("Minimum &rest:"), self.rest)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
        settings.setValue("cooling/morning_hour", self.morning.value())
        settings.setValue("cooling/min_rest_hours", self.rest.value())
        settings.sync()
        super().accept()
