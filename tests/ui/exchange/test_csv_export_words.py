"""The CSV export is the machine format, the same in every language (attack19 finding 10): its
confirmation says so, and how a spreadsheet opens it; the other exports say where they went."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from clientjournal.core.records import ClientData
from clientjournal.store import clients


def _confirmation(qtbot, on_dialog, start) -> str:
    seen: list[str] = []

    def confirm(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    on_dialog(confirm)
    start()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen[0]


def test_the_csv_confirmation_says_it_is_the_machine_format(
    qtbot, window, journal, tmp_path, on_dialog, english
):
    clients.create(ClientData(name="Jürgen Müller"))
    exchange = window.exchange
    text = _confirmation(qtbot, on_dialog, lambda: exchange.export_csv(tmp_path / "c.csv"))
    assert text.startswith(f"Exported to {tmp_path / 'c.csv'}.")
    assert "File → Import" in text and "English" in text and "commas" in text
    header = (tmp_path / "c.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("name,company,email,")  # as docs/using.md says
    json_text = _confirmation(qtbot, on_dialog, lambda: exchange.export_to(tmp_path / "j.json"))
    assert json_text == f"Exported to {tmp_path / 'j.json'}."
