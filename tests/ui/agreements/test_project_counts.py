"""An empty new project does not read "3 open" (attack19 finding 17): with a project
chosen, the count line says what it counts, and the empty list says the project is empty."""

from __future__ import annotations

from clientjournal.core.agreements.checklist import AgreementData, ProjectData
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.agreements.projects import save_project
from clientjournal.ui.agreements.pane import ALL


def test_the_count_line_follows_the_project_filter(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Amelia"))
    for title in ("Preis", "Termin", "Umfang"):
        agreements.save(AgreementData(client_id=client_id, title=title))
    project = save_project(ProjectData(client_id=client_id, name="Relaunch"))
    window.refresh(client_id)
    pane = window.pane.agreements
    window.pane.tabs.setCurrentWidget(pane)
    assert pane.counts.text() == "3 open"
    pane.project_filter.setCurrentIndex(pane.project_filter.findData(project.id))
    assert pane.model.rowCount() == 0
    text = pane.counts.text()
    assert text.startswith("This view: 0 open") and "all projects: 3 open" in text
    assert "this project" in pane.empty_hint.text()
    assert "3 open" in window.pane.tabs.tabText(window.pane.tabs.indexOf(pane))  # the client's
    pane.project_filter.setCurrentIndex(pane.project_filter.findData(ALL))
    assert pane.counts.text() == "3 open"
