"""How a pane offers its commands: a named button, a key that works anywhere in the pane, and
the Delete key on its list; and a named action for the menus. The same few lines were written in every pane; here once, with the
one trap they share (``triggered`` passes ``checked``, which a slot must not receive)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QWidget


def pane_shortcut(pane: QWidget, key: str, slot: Callable[[], object]) -> QAction:
    """``key`` runs ``slot`` while the focus is anywhere in ``pane``. ``slot`` is called
    without arguments: a ``lambda s=status: …`` would take ``checked`` as its first default
    (Ctrl+1 once arrived as False)."""
    action = QAction(pane)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    pane.addAction(action)
    return action


def command_button(
    pane: QWidget, text: str, name: str, slot: Callable[[], object], key: str = ""
) -> QPushButton:
    """A button named ``name`` (tests and the accessibility checks find it by that); with
    ``key``, the key runs the command anywhere in the pane and the tooltip says so."""
    button = QPushButton(text, pane)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    if key:
        button.setToolTip(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
        pane_shortcut(pane, key, slot)
    return button


def delete_key(view: QAbstractItemView, slot: Callable[[], object]) -> None:
    """The Delete key deletes what is current in ``view``, only while the view has the focus
    (in a text field it deletes a character)."""
    action = QAction(view)
    action.setShortcut(QKeySequence.StandardKey.Delete)
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    view.addAction(action)


def named_action(
    parent: QObject,
    text: str,
    slot: Callable[..., object],
    shortcuts: Sequence[str | QKeySequence.StandardKey] = (),
    name: str = "",
) -> QAction:
    """An action for the menus; ``name`` is its objectName, which tests and the docs find it
    by.  Its shortcuts work once the shell adds it to the window (``add_menu`` does)."""
    action = QAction(text, parent)
    action.setShortcuts([QKeySequence(s) for s in shortcuts])
    action.triggered.connect(slot)
    action.setObjectName(name)
    return action
