"""What the main window remembers between starts: geometry, splitters, sort order, the client
last looked at.  Kept apart from the window so that it stays about layout and actions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from clientjournal.core.domain import ClientSort
from clientjournal.settings import qsettings as app_settings
from clientjournal.ui.clients.list_panel import ClientListPanel
from clientjournal.ui.common.font_size import scaled_size


def restore_window(
    window: QMainWindow, splitter: QSplitter, note_splitter: QSplitter, client_list: ClientListPanel
) -> None:
    settings = app_settings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(scaled_size(window, 1200, 760))
    for key, restored in (
        ("window/mainSplitter", splitter),
        ("window/noteSplitter", note_splitter),
    ):
        state = settings.value(key)
        if isinstance(state, QByteArray):
            restored.restoreState(state)
    sort = settings.value("clients/sort", ClientSort.NAME.value)
    client_list.set_sort(ClientSort(sort) if sort in set(ClientSort) else ClientSort.NAME)


def select_initial_client(client_list: ClientListPanel) -> None:
    """Come back to the client the user last looked at, else the first one."""
    last = app_settings().value("clients/current")
    client_id = int(last) if isinstance(last, (int, str)) and str(last).isdigit() else None
    if client_id is None or not client_list.select_client(client_id):
        client_list.select_offset(0)


def save_window(
    window: QMainWindow, splitter: QSplitter, note_splitter: QSplitter, client_list: ClientListPanel
) -> None:
    settings = app_settings()
    current = client_list.current_client_id()
    settings.setValue("clients/current", current if current is not None else "")
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/mainSplitter", splitter.saveState())
    settings.setValue("window/noteSplitter", note_splitter.saveState())
    settings.setValue("clients/sort", client_list.model.sort.value)
    settings.sync()
