"""Edit → Undo / Redo whose text is one translatable sentence ("Undo Delete note").

QUndoStack.createUndoAction only glues a prefix to the command text, which puts the verb in
the wrong place in German; this action builds the whole sentence through tr().
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget


class UndoStackAction(QAction):
    def __init__(self, stack: QUndoStack, redo: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self._stack = stack
        self._redo = redo
        self.setObjectName("actionRedo" if redo else "actionUndo")
        self.setShortcuts(QKeySequence.StandardKey.Redo if redo else QKeySequence.StandardKey.Undo)
        if redo:
            self.triggered.connect(stack.redo)
            stack.canRedoChanged.connect(self.setEnabled)
            stack.redoTextChanged.connect(self.set_command_text)
        else:
            self.triggered.connect(stack.undo)
            stack.canUndoChanged.connect(self.setEnabled)
            stack.undoTextChanged.connect(self.set_command_text)
        self.setEnabled(False)
        self.set_command_text("")

    def set_command_text(self, text: str) -> None:
        if self._redo:
            self.setText(self.tr("&Redo %1").replace("%1", text) if text else self.tr("&Redo"))
        else:
            self.setText(self.tr("&Undo %1").replace("%1", text) if text else self.tr("&Undo"))
