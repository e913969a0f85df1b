"""What the global search adds to the window: the field above the client list (Ctrl+K,
Ctrl+F; the shell places it), the results in place of the list while searching, and opening
a match where it lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit

from clientjournal.ui.common.context import Change, ClientTab, WindowContext

if TYPE_CHECKING:
    from clientjournal.store.search import SearchHit
    from clientjournal.ui.search.panel import SearchPanel

TABS = {"agreement": ClientTab.AGREEMENTS, "draft": ClientTab.REPLIES, "note": ClientTab.NOTES}
"""Where a match of each kind lives; the rest (profile fields) is in the profile."""


class SearchActions(QObject):
    def __init__(self, context: WindowContext) -> None:
        super().__init__(context.dialog_parent())
        self._context = context
        self._panel: SearchPanel | None = None
        self.field = QLineEdit(context.dialog_parent())
        self.field.setObjectName("globalSearch")
        self.field.setAccessibleName(self.tr("Search everything"))
        # Short enough to keep its shortcut in view in a narrow list (German at 1024 px); the
        # tooltip says what "everything" is.
        self.field.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.field.setToolTip(self.tr("Search notes, profiles, agreements, replies (Ctrl+K)"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._on_text)
        self.action = QAction(self.tr("&Search…"), self)
        self.action.setObjectName("actionSearch")
        self.action.setShortcuts(
            [QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)]
        )
        self.action.triggered.connect(self.focus)
        context.events.journalChanged.connect(self._on_journal_changed)

    @property
    def panel(self) -> SearchPanel:
        if self._panel is None:
            from clientjournal.ui.search.panel import SearchPanel  # built on first search

            panel = self._panel = SearchPanel(self.field, self._context.dialog_parent())
            panel.hitActivated.connect(self.open_hit)
            panel.closed.connect(self.close)
        return self._panel

    def _on_journal_changed(self, kind: str, _client_ids: list) -> None:
        if kind == Change.JOURNAL and self.field.text():
            self.close()  # the results may be records that are gone (removed demo data)

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close(self) -> None:
        """End the search: the client list comes back, with the focus."""
        self.field.clear()
        self._context.show_in_sidebar(None, focus=True)

    def _on_text(self, text: str) -> None:
        if text.strip():
            panel = self.panel
            if not panel.isVisible():
                panel.refresh_tags()
                self._context.show_in_sidebar(panel)
            panel.current_client_id = self._context.current_client_id()
        else:
            self._context.show_in_sidebar(None)
            if self._panel is not None:
                self._panel.run()  # empties the results

    def open_hit(self, hit: SearchHit) -> None:
        """Show the match: the client, the tab it lives in, the record itself."""
        tab = TABS.get(hit.kind, ClientTab.PROFILE)
        record = hit.record_id if tab is not ClientTab.PROFILE else None
        self._context.open_client(hit.client_id, tab, record)
