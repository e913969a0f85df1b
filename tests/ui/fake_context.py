"""A window context for testing one feature's widgets without the main window: it records
what the feature asked of the window (status lines, clients opened) and has a real undo
stack and ``JournalEvents``, so undo and ``journalChanged`` run as in the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from clientjournal.ui.common.context import ClientTab, JournalEvents, JournalWork, WindowContext


class FakeContext(QWidget):
    def __init__(self, data_dir: Path | None = None) -> None:
        super().__init__()
        self._data_dir = data_dir or Path(".")
        self._undo_stack = QUndoStack(self)
        self._events = JournalEvents(self)
        self._journal_work = JournalWork(self)
        self.statuses: list[str] = []
        self.opened: list[tuple[int, ClientTab, int | None]] = []
        self.sidebar: QWidget | None = None
        self.saved = 0
        self.rounds_ended = 0
        self.forgotten: list[int] = []

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo_stack

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def events(self) -> JournalEvents:
        return self._events

    def dialog_parent(self) -> QWidget:
        return self

    def show_status(self, text: str, timeout_ms: int = 8000) -> None:
        self.statuses.append(text)

    def current_client_id(self) -> int | None:
        return self.opened[-1][0] if self.opened else None

    def open_client(
        self, client_id: int, tab: ClientTab = ClientTab.NOTES, record_id: int | None = None
    ) -> None:
        self.opened.append((client_id, tab, record_id))

    def show_in_sidebar(self, widget: QWidget | None, focus: bool = False) -> None:
        self.sidebar = widget

    def save_pending(self) -> None:
        self.saved += 1

    def forget_note(self, note_id: int) -> None:
        self.forgotten.append(note_id)

    @property
    def journal_work(self) -> JournalWork:
        return self._journal_work

    def end_sync_round(self) -> None:
        self.rounds_ended += 1

    def replace_window(self) -> WindowContext:
        return self


def _conforms(context: FakeContext) -> WindowContext:
    return context  # the type checker proves FakeContext has the whole protocol
