"""What the main window remembers between starts: geometry, splitters, sort order, the client
last looked at.  Kept apart from the window so that it stays about layout and actions.

The client last looked at belongs to one journal (ids mean nothing in another one), so it is
kept per journal folder, in a section named for the folder; the layout is the same for all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from clientjournal.core.domain import ClientSort
from clientjournal.settings import qsettings as app_settings
from clientjournal.ui.clients.list_panel import ClientListPanel
from clientjournal.ui.common.font_size import fit_to_screen, scaled_size


def restore_window(
    window: QMainWindow, splitter: QSplitter, note_splitter: QSplitter, client_list: ClientListPanel
) -> None:
    settings = app_settings()
    geometry = settings.value("window/geometry")
    # Qt refuses a geometry saved on a screen much wider or narrower than this one (and says
    # so): the default size then, fitted, not the smallest the window can be.
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        window.resize(scaled_size(window, 1200, 760))
    fit_to_screen(window)  # saved on a larger screen, another monitor, or at another scaling
    for key, restored in (
        ("window/mainSplitter", splitter),
        ("window/noteSplitter", note_splitter),
    ):
        state = settings.value(key)
        if isinstance(state, QByteArray):
            restored.restoreState(state)
    sort = settings.value("clients/sort", ClientSort.NAME.value)
    client_list.set_sort(ClientSort(str(sort)) if sort in set(ClientSort) else ClientSort.NAME)


def _current_key(data_dir: Path) -> str:
    folder = str(Path(data_dir).expanduser().resolve())
    return f"journal-{_sha256_hex(folder.encode())[:16]}/current_client"


def _sha256_hex(data: bytes) -> str:
    """SHA-256 from Python's own module where there is one: ``hashlib`` loads OpenSSL
    (~2.5 ms), and this is the start's only hash before the full window is painted (peewee's
    ``hashlib`` waits until then: clientjournal/later_modules.py, issue 21).  Same digest."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # Python 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found]  # 3.12 and later
        except ImportError:
            from hashlib import sha256  # a build without them
    return sha256(data).hexdigest()


def select_initial_client(client_list: ClientListPanel, data_dir: Path) -> None:
    """Come back to the client the user last looked at in this journal, else the first one."""
    last = app_settings().value(_current_key(data_dir))
    client_id = int(last) if isinstance(last, (int, str)) and str(last).isdigit() else None
    if client_id is None or not client_list.select_client(client_id):
        client_list.select_offset(0)


def save_window(
    window: QMainWindow,
    splitter: QSplitter,
    note_splitter: QSplitter,
    client_list: ClientListPanel,
    data_dir: Path,
) -> None:
    """Write what changed.  A value set again unchanged would still rewrite the whole
    settings file (a new file, synced to disk, renamed) at every quit: the common quit, with
    the window where it was, now writes nothing (issue 21)."""
    settings = app_settings()
    current = client_list.current_client_id()
    for key, value in (
        (_current_key(data_dir), current if current is not None else ""),
        ("window/geometry", window.saveGeometry()),
        ("window/mainSplitter", splitter.saveState()),
        ("window/noteSplitter", note_splitter.saveState()),
        ("clients/sort", client_list.model.sort.value),
    ):
        if _differs(settings.value(key), value):
            settings.setValue(key, value)
    settings.sync()  # also what another part of the app set and has not written yet


def _differs(stored: object, value: object) -> bool:
    """Whether ``value`` is not what the INI file holds: bytes as bytes, the rest as its text
    (an INI file gives every number back as text)."""
    if isinstance(value, QByteArray):
        return not (isinstance(stored, QByteArray) and stored == value)
    return stored is None or str(stored) != str(value)
