"""Two journals (two 'computers') in tmp folders, exchanging through a tmp sync folder with
the real engine.  One journal is open at a time in this process (the store has one
connection); ``use`` closes the other and opens this one, with its own settings file."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.paths import CONFIG_DIR_ENV
from clientjournal.store.connection import close_journal, open_journal


class Computers:
    def __init__(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = tmp_path
        self.monkeypatch = monkeypatch
        self.folder = tmp_path / "Sync"
        self.folder.mkdir()
        self.current: str | None = None

    def journal(self, name: str) -> Path:
        return self.root / name / "journal"

    def use(self, name: str) -> Path:
        """Make ``name``'s journal (and settings file) the open one."""
        if self.current != name:
            close_journal()
            self.monkeypatch.setenv(CONFIG_DIR_ENV, str(self.root / name / "config"))
            open_journal(self.journal(name))
            self.current = name
        return self.journal(name)


@pytest.fixture
def computers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    both = Computers(tmp_path, monkeypatch)
    yield both
    close_journal()
