from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.store.connection import close_journal
from tests.store.sync.replicas import Replica


@pytest.fixture
def pair(tmp_path: Path):
    """Two journals sharing one sync folder (an engine that delivers at once)."""
    shared = tmp_path / "shared"
    replicas = [Replica(tmp_path, name, folder=shared) for name in ("laptop", "desktop")]
    yield replicas
    close_journal()
