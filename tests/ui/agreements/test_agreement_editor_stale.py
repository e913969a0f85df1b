"""The agreement editor shows nothing stale (attack19 finding 6): a longer template hint's
second line stayed painted under a shorter one, and with no agreement selected the disabled
editor still showed the previous agreement's category, dates, project and note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication

from clientjournal.core.agreements.checklist import AgreementData, ProjectData
from clientjournal.core.agreements.templates import builtin_templates
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.agreements.projects import save_project


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.rects: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.region().boundingRect())
        return False


def _open(window, client_id: int):
    window.refresh(client_id)
    pane = window.pane.agreements
    window.pane.tabs.setCurrentWidget(pane)
    return pane


def test_a_shorter_hint_repaints_the_whole_details_box(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Amelia"))
    agreements.add_from_template(client_id, None, builtin_templates("de")[0])
    pane = _open(window, client_id)
    editor = pane.editor
    editor.resize(editor.width(), max(editor.height(), 400))
    hints = []
    for row in range(pane.model.rowCount()):
        pane.view.setCurrentIndex(pane.model.index(row, 0))
        hints.append(editor.details.placeholderText())
    assert len(set(hints)) > 1, "the template's items have different hints"
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    for _ in range(3):
        QApplication.processEvents()
    paints = _Paints()
    viewport = editor.details.viewport()
    viewport.installEventFilter(paints)
    for row in range(1, pane.model.rowCount()):
        before = editor.details.placeholderText()
        paints.rects.clear()
        pane.view.setCurrentIndex(pane.model.index(row, 0))
        for _ in range(3):
            QApplication.processEvents()
        if editor.details.placeholderText() == before:
            continue
        covered = QRect()
        for rect in paints.rects:
            covered = covered.united(rect)
        assert covered.contains(viewport.rect()), (before, editor.details.placeholderText())


def test_with_nothing_selected_the_editor_shows_no_values_of_the_last_item(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Amelia"))
    note = notes.save(NoteData(client_id=client_id, created_at=utcnow(), body="Messe besprochen"))
    project = save_project(ProjectData(client_id=client_id, name="Messeunterlagen"))
    item = agreements.save(AgreementData(client_id=client_id, title="Termin", due_on=date(2024, 11, 17),
                                        agreed_on=date(2024, 10, 14), project_id=project.id,
                                        source_note_id=note.id))  # fmt: skip
    pane = _open(window, client_id)
    editor = pane.editor
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    assert editor.item_id == item.id and editor.due.value() == date(2024, 11, 17)
    editor.show_item(None)
    assert not editor.isEnabled()
    assert editor.title.text() == "" and editor.category.currentText() == ""
    assert editor.due.value() is None and editor.agreed.value() is None
    assert not editor.due.check.isChecked() and editor.due.edit.text().strip() == ""
    assert editor.project.currentText() == "" and editor.source.currentText() == ""
    assert "Messe" not in editor.source.currentText()


def test_an_unset_date_is_blank_and_ticking_it_shows_today_or_its_last_date(qtbot):
    from PySide6.QtCore import QDate

    from clientjournal.ui.common.optional_date import OptionalDate

    field = OptionalDate("Due on")
    qtbot.addWidget(field)
    seen = []
    field.changed.connect(lambda: seen.append(field.value()))
    assert field.value() is None and field.edit.text().strip() == ""  # not today's date
    field.check.setChecked(True)
    assert field.value() == QDate.currentDate().toPython() and seen == [field.value()]
    field.set_value(date(2026, 12, 18))
    field.check.setChecked(False)
    assert field.value() is None and field.edit.text().strip() == ""
    field.check.setChecked(True)
    assert field.value() == date(2026, 12, 18)
    assert all(v is None or v.year > 1900 for v in seen)
