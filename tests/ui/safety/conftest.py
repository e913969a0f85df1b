"""Fixtures the window's safety tests share (backups, restores, operations on the journal)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from clientjournal.paths import BACKUP_DIR_ENV


@pytest.fixture
def own_backup_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups in the journal folder's ``backups/``, not the test run's shared folder."""
    monkeypatch.delenv(BACKUP_DIR_ENV, raising=False)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes said (title, text) instead of shown (their exec would wait)."""
    said: list[tuple[str, str]] = []

    def say(_parent: Any, title: str, text: str, *_args: Any) -> QMessageBox.StandardButton:
        said.append((title, text))
        return QMessageBox.StandardButton.Ok

    for kind in ("information", "critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(say))
    return said
