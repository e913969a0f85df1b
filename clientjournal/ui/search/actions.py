"""Wires the global search into the window: the field in the toolbar (Ctrl+K, Ctrl+F), the
results in place of the client list while searching, and opening a match where it lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit

from clientjournal.store.search import SearchHit

if TYPE_CHECKING:
    from clientjournal.ui.search.panel import SearchPanel
    from clientjournal.ui.shell.main_window import MainWindow

NOTES_TAB = 0


class SearchActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._panel: SearchPanel | None = None
        self.field = QLineEdit(window)
        self.field.setObjectName("globalSearch")
        self.field.setAccessibleName(self.tr("Search everything"))
        self.field.setPlaceholderText(
            self.tr("Search notes, profiles, agreements, replies (Ctrl+K)")
        )
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_text)
        window.left_layout.insertWidget(0, self.field)  # above the client list, always in view
        self.action = QAction(self.tr("&Search…"), window)
        self.action.setObjectName("actionSearch")
        self.action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence.StandardKey.Find])
        self.action.triggered.connect(self.focus)
        window.addAction(self.action)

    @property
    def panel(self) -> SearchPanel:
        if self._panel is None:
            from clientjournal.ui.search.panel import SearchPanel  # built on first search

            panel = self._panel = SearchPanel(self.field, self._window.left)
            panel.hitActivated.connect(self.open_hit)
            panel.closed.connect(self.close)
            self._window.left.addWidget(panel)
        return self._panel

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close(self) -> None:
        """End the search: the client list comes back, with the focus."""
        self.field.clear()
        self._window.client_list.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_text(self, text: str) -> None:
        left = self._window.left
        if text.strip():
            panel = self.panel
            if left.currentWidget() is not panel:
                panel.refresh_tags()
                left.setCurrentWidget(panel)
            panel.current_client_id = self._window.pane.client_id
        else:
            left.setCurrentWidget(self._window.client_list)
            if self._panel is not None:
                self._panel.run()  # empties the results

    def open_hit(self, hit: SearchHit) -> None:
        """Show the match: the client, the tab it lives in, the record itself."""
        window = self._window
        pane = window.pane
        if hit.kind == "agreement":
            window.show_client_tab(hit.client_id, pane.agreements)
            pane.agreements.reload(hit.record_id)
        elif hit.kind == "draft":
            window.show_client_tab(hit.client_id, pane.replies)
            pane.replies.open_draft(hit.record_id)
        else:
            window.show_client_tab(hit.client_id, pane.tabs.widget(NOTES_TAB))
            if hit.kind == "note":
                pane.show_note(hit.record_id)
                pane.timeline.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                pane.summary.profile.set_expanded(True)
