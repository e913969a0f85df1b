"""File → Export… while an operation on the journal runs (attack27c): the export is refused
(``journal_work``), but its action stayed enabled, so the save dialog came first and the
refusal after the user had picked a file.  That could be in an import's first 300 ms,
before its progress blocks the window, or beside an export whose progress was dismissed."""

from __future__ import annotations

from pathlib import Path

from clientjournal.store.exchange import journal as exchange
from tests.gates import held_before


def test_the_exports_are_disabled_while_an_operation_runs(
    qtbot, window, tmp_path: Path, monkeypatch
):
    inside, gate = held_before(monkeypatch, exchange, "export_file")
    monkeypatch.setattr(window.exchange, "_exported", lambda *_a: None)
    actions = window.exchange.file_actions
    assert all(action.isEnabled() for action in actions)
    try:
        window.exchange.export_to(tmp_path / "out.json")
        assert [action.objectName() for action in actions if action.isEnabled()] == []
        assert inside.wait(20)
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    assert all(action.isEnabled() for action in actions)
