"""The summary dialog: preview, edit, copy, and save as Markdown and PDF, with real widgets."""

from __future__ import annotations

import stat
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from clientjournal.core.agreements.checklist import AgreementData, AgreementStatus, ProjectData
from clientjournal.core.domain import AddressForm
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.agreements.summary_dialog import SummaryDialog


@pytest.fixture
def dialog(qtbot, journal):
    """A client with a project and a few agreements from the journal, as the app would pass them."""
    client_id = clients.create(
        ClientData(name="Anna Müller", company="Atelier Blau", address_form=AddressForm.DU)
    )
    project = agreements.save_project(ProjectData(client_id=client_id, name="Website-Relaunch"))
    for title, status, project_id in (
        ("Preis", AgreementStatus.AGREED, project.id),
        ("Korrekturschleifen", AgreementStatus.OPEN, project.id),
        ("Kommunikation", AgreementStatus.AGREED, None),
    ):
        agreements.save(
            AgreementData(
                client_id=client_id,
                title=title,
                status=status,
                project_id=project_id,
                details="Größe: 1.200 € für Übersetzung",
                due_on=date(2026, 11, 23),
            )
        )
    items = agreements.fetch(agreements.ids_for_client(client_id))
    projects = {p.id: p for p in agreements.list_projects(client_id)}
    widget = SummaryDialog(clients.get(client_id), list(items.values()), projects)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_shows_the_letter_rendered_and_as_editable_text(dialog):
    assert dialog.objectName() == "summaryDialog"
    for name in ("summaryPreview", "summaryEditor"):
        assert dialog.findChild(object, name).accessibleName(), name
    text = dialog.markdown()
    assert text.startswith("# Unsere Vereinbarungen") and "Hallo Anna," in text
    assert "## Website-Relaunch" in text and "### Noch offen" in text
    assert "(bis 23.11.2026)" in text
    rendered = dialog.preview.toPlainText()
    assert "Hallo Anna," in rendered and "**" not in rendered and "#" not in rendered
    assert "Anna Müller" in dialog.windowTitle()


def test_edits_reach_the_preview_and_every_output(qtbot, dialog, type_text, tmp_path):
    dialog.tabs.setCurrentWidget(dialog.editor)
    dialog.editor.moveCursor(dialog.editor.textCursor().MoveOperation.End)
    type_text(dialog.editor, "\nPS: Schöne Grüße an Jörg")
    assert dialog.markdown().endswith("PS: Schöne Grüße an Jörg")
    assert "Schöne Grüße an Jörg" in dialog.preview.toPlainText()
    dialog.save_markdown(tmp_path / "s.md")
    assert (tmp_path / "s.md").read_text(encoding="utf-8").endswith("an Jörg\n")


def test_copy_puts_the_markdown_on_the_clipboard(qtbot, dialog):
    QApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.markdown()
    assert "- **Preis**" in QApplication.clipboard().text()
    assert dialog.status.text() == "Copied to the clipboard."


def test_save_as_markdown_writes_utf8_private_and_replaces(dialog, tmp_path):
    target = tmp_path / "out" / "Vereinbarungen.md"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    dialog.save_markdown(target)
    assert target.read_bytes().decode("utf-8") == dialog.markdown()
    assert "Größe: 1.200 € für Übersetzung".encode() in target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in target.parent.iterdir()] == ["Vereinbarungen.md"]  # no leftovers


def test_save_as_pdf(dialog, tmp_path):
    target = tmp_path / "out" / "Vereinbarungen.pdf"
    target.parent.mkdir()
    dialog.save_pdf(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"%%EOF" in data[-32:]
    assert data.count(b"/Type /Page\n") == 1  # one page
    assert b"/MediaBox [0 0 595" in data  # A4 in points (595 x 842)
    assert [p.name for p in target.parent.iterdir()] == ["Vereinbarungen.pdf"]


def test_save_buttons_ask_for_a_file_and_report_where(qtbot, dialog, tmp_path, monkeypatch):
    asked = []

    def choose(parent, caption, start, filters):
        asked.append((caption, filters))
        suffix = ".pdf" if "PDF" in caption else ".md"
        return str(tmp_path / f"out{suffix}"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    qtbot.mouseClick(dialog.markdown_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert asked == [
        ("Save summary as Markdown", "Markdown (*.md)"),
        ("Save summary as PDF", "PDF document (*.pdf)"),
    ]
    assert (tmp_path / "out.md").exists() and (tmp_path / "out.pdf").exists()
    assert str(tmp_path / "out.pdf") in dialog.status.text()


def test_a_failed_save_says_so_and_leaves_nothing(qtbot, dialog, tmp_path, monkeypatch, on_dialog):
    missing = tmp_path / "no-such-folder" / "s.md"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(missing), ""))
    )
    shown = []

    def close(box) -> None:
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()

    on_dialog(close)
    qtbot.mouseClick(dialog.markdown_button, Qt.MouseButton.LeftButton)
    assert shown and "could not be saved" in shown[0]
    assert not missing.parent.exists()
