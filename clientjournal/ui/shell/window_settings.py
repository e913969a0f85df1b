"""What the main window remembers between starts: geometry, splitters, sort order, the client
last looked at.  Kept apart from the window so that it stays about layout and actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from clientjournal.core.domain import ClientSort
from clientjournal.paths import settings_file
from clientjournal.ui.common.font_size import scaled_size

if TYPE_CHECKING:
    from clientjournal.ui.shell.main_window import MainWindow


def app_settings() -> QSettings:
    """The settings file that ``paths.py`` names (INI, so a user can read and back it up)."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def restore_window(window: MainWindow) -> None:
    settings = app_settings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(scaled_size(window, 1200, 760))
    for key, splitter in (
        ("window/mainSplitter", window.splitter),
        ("window/noteSplitter", window.pane.splitter),
    ):
        state = settings.value(key)
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    sort = settings.value("clients/sort", ClientSort.NAME.value)
    window.client_list.set_sort(ClientSort(sort) if sort in set(ClientSort) else ClientSort.NAME)


def select_initial_client(window: MainWindow) -> None:
    """Come back to the client the user last looked at, else the first one."""
    last = app_settings().value("clients/current")
    client_id = int(last) if isinstance(last, (int, str)) and str(last).isdigit() else None
    if client_id is None or not window.client_list.select_client(client_id):
        window.client_list.select_offset(0)


def save_window(window: MainWindow) -> None:
    settings = app_settings()
    current = window.client_list.current_client_id()
    settings.setValue("clients/current", current if current is not None else "")
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/mainSplitter", window.splitter.saveState())
    settings.setValue("window/noteSplitter", window.pane.splitter.saveState())
    settings.setValue("clients/sort", window.client_list.model.sort.value)
    settings.sync()
