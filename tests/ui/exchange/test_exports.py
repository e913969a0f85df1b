"""File → Export offers every export, not only JSON (issue 19): JSON, CSV, Markdown and the
calendar, each confirmed the same way and each starting in the folder it last wrote to."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMessageBox

from clientjournal.core.records import ClientData
from clientjournal.store import clients


def _export_and_confirm(qtbot, on_dialog, start, target) -> str:
    seen = []

    def confirm(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text()))
        box.accept()

    on_dialog(confirm)
    start()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert target.exists() if target.suffix else any(target.glob("*.md"))
    return seen[0][0]


def test_every_export_is_in_the_file_menu_and_confirms_the_same_way(
    qtbot, window, journal, tmp_path, on_dialog
):
    clients.create(ClientData(name="Jürgen Müller", company="Müller & Söhne"))
    window.refresh()
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    names = {action.objectName() for action in file_menu.actions()}
    assert {
        "actionExport",
        "actionExportCsv",
        "actionExportMarkdown",
        "actionExportCalendar",
    } <= names

    exchange = window.exchange
    (tmp_path / "cal").mkdir()
    titles = {
        _export_and_confirm(
            qtbot, on_dialog, lambda: exchange.export_to(tmp_path / "j.json"), tmp_path / "j.json"
        ),
        _export_and_confirm(
            qtbot, on_dialog, lambda: exchange.export_csv(tmp_path / "c.csv"), tmp_path / "c.csv"
        ),
        _export_and_confirm(
            qtbot,
            on_dialog,
            lambda: exchange.export_markdown(tmp_path / "md"),
            tmp_path / "md",
        ),
        _export_and_confirm(
            qtbot,
            on_dialog,
            lambda: exchange.export_calendar(tmp_path / "cal" / "k.ics"),
            tmp_path / "cal" / "k.ics",
        ),
    }
    assert len(titles) == 1
    assert "Müller" in (tmp_path / "c.csv").read_text(encoding="utf-8")


def test_each_export_starts_in_the_folder_it_last_wrote_to(
    qtbot, window, journal, tmp_path, on_dialog
):
    (tmp_path / "csv").mkdir()
    exchange = window.exchange
    _export_and_confirm(
        qtbot,
        on_dialog,
        lambda: exchange.export_csv(tmp_path / "csv" / "c.csv"),
        tmp_path / "csv" / "c.csv",
    )
    assert exchange._folder("csv") == tmp_path / "csv"
    assert exchange._folder("ics") != tmp_path / "csv"  # each kind keeps its own
