"""How the shell places the window's actions in its menus (the actions are made with
``ui.common.commands.named_action``, by the shell and the features alike): an action of the
whole window answers its shortcut wherever the focus is in the window, also while the menu bar
is hidden or its menu closed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def add_menu(window: QMainWindow, title: str, items: Sequence[QAction | None]) -> QMenu:
    """A menu of ``items`` (None: a separator); each action also works by its shortcut while
    the menu bar is hidden or the menu closed."""
    menu = window.menuBar().addMenu(title)
    for item in items:
        if item is None:
            menu.addSeparator()
        else:
            menu.addAction(item)
            window.addAction(item)
    return menu
