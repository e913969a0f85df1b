"""Shared test set-up: Qt offscreen, and every test on its own journal and settings."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal, open_journal

# Before the QApplication exists (Qt reads both when it starts): tests never need a screen,
# and Qt warns (which fails the first UI test) under a non-UTF-8 locale such as LC_ALL=C.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_locale = os.environ.get("LC_ALL") or os.environ.get("LC_CTYPE") or os.environ.get("LANG") or ""
if _locale and "utf" not in _locale.lower().replace("-", ""):
    os.environ["LC_ALL"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the real user's journal or settings."""
    monkeypatch.setenv("CLIENTJOURNAL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CLIENTJOURNAL_DATA_DIR", str(tmp_path / "default-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def journal(data_dir: Path):
    """An open, empty journal; closed again after the test."""
    open_journal(data_dir)
    yield data_dir
    close_journal()


@pytest.fixture
def local_zone() -> Iterator[Callable[[str], None]]:
    """``local_zone("Pacific/Auckland")`` sets the process's local time zone (TZ, then
    ``tzset``); the zone it had comes back after the test."""
    saved = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield use
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()
