"""An export reads the journal through the window's connection in a thread: while it runs it
is the window's one operation on the journal (no restore, re-encryption or import swaps the
journal under it, attack24d E1/E2), and while another runs it is refused with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from clientjournal.core.records import ClientData
from clientjournal.store import clients


def test_an_export_is_an_operation_on_the_journal_while_it_runs(
    qtbot, window, journal, tmp_path, monkeypatch
):
    clients.create(ClientData(name="Jürgen Müller"))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    work = window.journal_work
    window.exchange.export_to(tmp_path / "j.json")
    assert work.running == "export"
    assert not window.backups.restore_action.isEnabled()
    assert not window.exchange.import_action.isEnabled()
    assert not work.begin("restore")  # what a restore asks first
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert not work.busy and window.backups.restore_action.isEnabled()
    assert (tmp_path / "j.json").exists()


def test_an_export_while_another_operation_runs_is_refused_with_a_reason(
    qtbot, window, journal, tmp_path
):
    work = window.journal_work
    assert work.begin("import")
    try:
        window.exchange.export_to(tmp_path / "j.json")
        assert "import" in window.statusBar().currentMessage()
        qtbot.wait(300)
        assert not (tmp_path / "j.json").exists() and work.running == "import"
    finally:
        work.end()
