"""Add or edit a project (engagement) of a client: name, status, start and end."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.agreements.checklist import ProjectData, ProjectStatus
from clientjournal.core.validation import is_visible, one_line
from clientjournal.ui.agreements.labels import project_status_label
from clientjournal.ui.common.font_size import scaled
from clientjournal.ui.common.optional_date import OptionalDate


class ProjectDialog(QDialog):
    def __init__(self, project: ProjectData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectDialog")
        self._original = project
        self.setWindowTitle(self.tr("Edit project") if project.id else self.tr("New project"))
        self.setMinimumWidth(scaled(self, 380))
        self.name = QLineEdit(project.name, self)
        self.name.setObjectName("projectName")
        self.name.setAccessibleName(self.tr("Project name"))
        self.status = QComboBox(self)
        self.status.setObjectName("projectStatus")
        self.status.setAccessibleName(self.tr("Project status"))
        for status in ProjectStatus:
            self.status.addItem(project_status_label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(ProjectStatus(project.status).value))
        self.started = OptionalDate(self.tr("Started on"), self)
        self.started.set_value(project.started_on)
        self.ended = OptionalDate(self.tr("Ended on"), self)
        self.ended.set_value(project.ended_on)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow("", self.started)
        form.addRow("", self.ended)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self.started.changed.connect(self._check)
        self.ended.changed.connect(self._check)
        self._check()

    def project(self) -> ProjectData:
        return dataclasses.replace(
            self._original,
            name=one_line(self.name.text()),
            status=ProjectStatus(self.status.currentData()),
            started_on=self.started.value(),
            ended_on=self.ended.value(),
        )

    def _check(self) -> None:
        project = self.project()
        ok = is_visible(project.name) and not (
            project.started_on and project.ended_on and project.ended_on < project.started_on
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


def new_project(client_id: int) -> ProjectData:
    return ProjectData(client_id=client_id, name="", started_on=date.today())
