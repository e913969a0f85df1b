"""How a pane offers its commands: a named button, a key that works anywhere in the pane, and
the Delete key on its list; and a named action for the menus. The same few lines were written in every pane; here once, with the
one trap they share (``triggered`` passes ``checked``, which a slot must not receive)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QPushButton, QWidget


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


class _FocusStays(QObject):
    """When a button that has the focus disables or hides itself (Delete, Discard, Mark
    paid…), Qt hands the focus to the next widget in the window's chain, which was the client
    filter: Ctrl+Z then undid the filter's text instead of the delete (attack19 finding 1).
    This gives the focus to the pane's list instead, unless something took it on purpose in
    the meantime (a command that opens an editor sets the focus there itself)."""

    def __init__(self, button: QAbstractButton, pane: QWidget, home: QWidget | None) -> None:
        super().__init__(button)
        self._button = button
        self._pane = pane
        self._home = home
        button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._button
            and event.type() == QEvent.Type.FocusOut
            and (not self._button.isEnabled() or self._button.isHidden())
        ):
            jumped_to = QApplication.focusWidget()
            QTimer.singleShot(0, self, lambda: self._return(jumped_to))
        return False

    def _return(self, jumped_to: QWidget | None) -> None:
        if QApplication.focusWidget() is not jumped_to:
            return  # the command (or the user) put the focus somewhere on purpose
        home = self._home
        if home is None or not (home.isVisible() and home.isEnabled()):
            home = _first_list(self._pane)
        home.setFocus(Qt.FocusReason.OtherFocusReason)


def _first_list(pane: QWidget) -> QWidget:
    """The pane's list or table: where the focus was before its button was pressed, and
    where its Delete key and Ctrl+Z work.  An empty pane hides its list: then its first
    button that still works ("Add invoice…"), else the pane itself (its keys and the
    window's Ctrl+Z work there; a text field would take Ctrl+Z for itself)."""
    for kind in (QAbstractItemView, QAbstractButton):
        for widget in pane.findChildren(kind):
            if (
                widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                return widget
    return pane


def keep_focus_in_pane(button: QAbstractButton, pane: QWidget, home: QWidget | None = None) -> None:
    """If ``button`` loses the focus by disabling or hiding itself, the focus goes to
    ``home`` (by default the pane's first visible list) instead of the next widget of the
    window, which may be a text field far away that Ctrl+Z would then undo."""
    _FocusStays(button, pane, home)


def command_button(
    pane: QWidget,
    text: str,
    name: str,
    slot: Callable[[], object],
    key: str = "",
    home: QWidget | None = None,
) -> QPushButton:
    """A button named ``name`` (tests and the accessibility checks find it by that); with
    ``key``, the key runs the command anywhere in the pane and the tooltip says so.  If the
    command disables the button, the focus stays in the pane (``keep_focus_in_pane``)."""
    button = QPushButton(text, pane)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    keep_focus_in_pane(button, pane, home)
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
