"""Shared test set-up: Qt offscreen, and every test on its own journal and settings."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
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


@pytest.fixture(autouse=True)
def _closed_widgets_gone() -> Iterator[None]:
    """Widgets pytest-qt closed at a test's end are deleted before the next test starts: its
    deleteLater waits for an event loop, and until then their timers ran, so an editor's
    autosave from one test fired inside the next one's event loop, into its journal ("the
    client 1 does not exist", failing a sync settings test on a fresh machine).  Torn down
    after pytest-qt's own clean-up (an autouse fixture is set up before ``qtbot``)."""
    yield
    core = sys.modules.get("PySide6.QtCore")
    if core is not None and core.QCoreApplication.instance() is not None:
        core.QCoreApplication.sendPostedEvents(None, core.QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _no_round_hold_left() -> Iterator[None]:
    """No test may leave the window's round hold on (``ui/common/autosave``): every save of
    the next test would wait for a round that never ends.  Checked after the test's own
    fixtures have let their rounds go (an autouse fixture is torn down last)."""
    yield
    autosave = sys.modules.get("clientjournal.ui.common.autosave")
    if autosave is not None and autosave.holding():
        autosave._hold.__init__()
        pytest.fail("the test left a sync round's hold on (autosave.holding())")


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


_HOLD_LOCK_UNTIL_STDIN_CLOSES = """
import sys
from pathlib import Path
from clientjournal.ui.shell.single_instance import JournalLock
lock = JournalLock(Path(sys.argv[1]))
print(lock.try_acquire(), flush=True)
sys.stdin.read()
"""


@contextmanager
def _journal_lock_held(folder: Path) -> Iterator[int]:
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCK_UNTIL_STDIN_CLOSES, str(folder)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    with process:
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline().strip() == "True"
        yield process.pid
        process.stdin.close()
        process.wait(timeout=30)


@pytest.fixture
def journal_lock_held() -> Callable[[Path], AbstractContextManager[int]]:
    """``with journal_lock_held(folder) as pid:`` another live process holds that journal's
    lock, as the running app does, and answers nobody; it lets go when the block ends."""
    return _journal_lock_held


def _export_with_notes(
    path: Path,
    clients: int,
    notes: int,
    body_bytes: int,
    stamp: str = "2024-01-01T00:00:00.000000Z",
) -> Path:
    """An export file of ``clients`` clients with ``notes`` notes each, every note ``body_bytes``
    random bytes long (as hex): big enough that a command working on it can be killed half way."""
    import json
    import os

    records = []
    for i in range(clients):
        client = {"uuid": f"00000000-0000-4000-8000-{i:012d}", "name": f"Kunde {i}"}
        client |= {"company": "", "email": "", "phone": "", "address_form": "sie"}
        client |= {"status": "active", "profile": {}, "started_on": None, "ended_on": None}
        client |= {"created_at": stamp, "updated_at": stamp, "deleted_at": None}
        written = [
            {
                "uuid": f"10000000-{i:04d}-4000-8000-{j:012d}",
                "created_at": stamp,
                "updated_at": stamp,
                "kind": "note",
                "mood": 0,
                "pinned": False,
                "body": f"Notiz {i} {j} " + os.urandom(body_bytes).hex(),
            }
            for j in range(notes)
        ]
        records.append(client | {"agreements": [], "drafts": [], "payments": [], "notes": written})
    document = {"format": "clientjournal", "version": 1, "exported_at": stamp}
    path.write_text(json.dumps(document | {"clients": records}))
    return path


@pytest.fixture
def export_with_notes() -> Callable[..., Path]:
    """Writes a big export file: ``export_with_notes(path, clients, notes, body_bytes)``."""
    return _export_with_notes


@contextmanager
def _sql_traced() -> Iterator[list[str]]:
    from clientjournal.store.models import database

    statements: list[str] = []
    connection = database.connection()
    connection.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        connection.set_trace_callback(None)


@pytest.fixture
def sql_traced() -> Callable[[], AbstractContextManager[list[str]]]:
    """``with sql_traced() as statements:``: the SQL the journal's connection runs inside the
    block, for tests that check what a store call asks (an index used, a look-up left out)."""
    return _sql_traced
