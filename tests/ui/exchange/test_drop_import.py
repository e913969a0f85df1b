"""Files dropped on the main window: .vcf opens the import preview, .eml becomes a note."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData
from clientjournal.store import clients, notes

DATA = Path(__file__).resolve().parents[2] / "data" / "contacts"


def mime_for(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def drag_enter(window, mime: QMimeData) -> bool:
    event = QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.ignore()
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def drop(window, *paths: Path) -> None:
    mime = mime_for(*paths)
    assert drag_enter(window, mime)
    event = QDropEvent(
        QPointF(40, 40),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    assert event.isAccepted()


def mail_notes(client_id: int) -> list:
    return [
        n for n in notes.fetch(notes.ids_for_client(client_id)).values() if n.kind is NoteKind.EMAIL
    ]


def test_the_window_takes_files_but_not_text(window) -> None:
    assert window.acceptDrops()
    text = QMimeData()
    text.setText("just some words")
    assert not drag_enter(window, text)
    assert drag_enter(window, mime_for(DATA / "google.vcf"))


def test_a_dropped_vcard_opens_the_preview_and_imports(qtbot, window, on_dialog) -> None:
    seen: list[int] = []

    def accept(dialog) -> None:
        seen.append(dialog.model.rowCount())
        dialog.accept()

    on_dialog(accept)
    drop(window, DATA / "thunderbird.vcf")
    qtbot.waitUntil(lambda: clients.count() == 2)
    assert seen == [2]
    assert clients.get(window.client_list.current_client_id()).name == "Sabine Krüger"


def test_a_dropped_mail_is_filed_with_the_sender_and_undo_removes_it(qtbot, window) -> None:
    other = clients.create(ClientData(name="Someone else", email="x@y.example"))
    sabine = clients.create(
        ClientData(name="Sabine Krüger", email="sabine.krueger@krueger-architekten.example")
    )
    window.refresh(other)
    drop(window, DATA / "thunderbird_plain.eml")
    qtbot.waitUntil(lambda: len(mail_notes(sabine)) == 1)
    (note,) = mail_notes(sabine)
    assert "Rückmeldung zum Entwurf" in note.body
    assert note.created_at.isoformat() == "2024-03-12T08:41:17+00:00"
    assert mail_notes(other) == []
    assert "Sabine Krüger" in window.statusBar().currentMessage()
    assert window.client_list.current_client_id() == sabine
    window.undo_stack.undo()
    assert mail_notes(sabine) == []
    window.undo_stack.redo()
    assert [n.uuid for n in mail_notes(sabine)] == [note.uuid]


def test_an_unknown_sender_goes_to_the_selected_client_after_asking(
    qtbot, window, monkeypatch
) -> None:
    anna = clients.create(ClientData(name="Anna Auswahl", email="anna@auswahl.example"))
    window.refresh(anna)
    questions: list[str] = []

    def answer(parent, title, text, buttons, default):
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    drop(window, DATA / "multipart.eml")
    qtbot.waitUntil(lambda: len(mail_notes(anna)) == 1)
    assert len(questions) == 1
    assert "“Anna Auswahl”" in questions[0] and "Re: Angebot Katalog 2024" in questions[0]


def test_saying_no_adds_nothing(qtbot, window, monkeypatch) -> None:
    anna = clients.create(ClientData(name="Anna Auswahl"))
    window.refresh(anna)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    drop(window, DATA / "multipart.eml")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "The e-mail was not added.")
    assert mail_notes(anna) == []
    assert window.undo_stack.count() == 0


def test_a_broken_mail_and_other_files_change_nothing(qtbot, window, monkeypatch, tmp_path) -> None:
    anna = clients.create(ClientData(name="Anna Auswahl"))
    window.refresh(anna)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    drop(window, DATA / "broken_not_a_mail.eml")
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "not an e-mail" in warnings[0]
    pdf = shutil.copy(DATA / "broken_binary.vcf", tmp_path / "Rechnung.pdf")
    drop(window, Path(pdf))
    qtbot.waitUntil(lambda: "Rechnung.pdf" in window.statusBar().currentMessage())
    assert ".eml" in window.statusBar().currentMessage()
    assert notes.ids_for_client(anna) == [] and clients.count() == 1
