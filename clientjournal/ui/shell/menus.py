"""How the shell makes the window's actions and places them in its menus: an action of the
whole window answers its shortcut wherever the focus is in the window, also while the menu bar
is hidden or its menu closed."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from clientjournal.ui.common.commands import named_action


def window_action(
    window: QWidget,
    text: str,
    slot: Callable[..., object],
    shortcuts: Sequence[str | QKeySequence.StandardKey] = (),
    name: str = "",
) -> QAction:
    """An action of the whole window (``named_action``, added to ``window`` at once)."""
    action = named_action(window, text, slot, shortcuts, name)
    window.addAction(action)
    return action


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
