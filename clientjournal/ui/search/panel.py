"""The global search: one field over notes, profiles, agreements and drafts, results grouped by
client with the matching words in bold, filters below the field.

Typing searches after a short pause; Down moves into the results, Enter opens the selected
match (or the first), Escape ends the search.  Opening a match is the window's job
(``hitActivated``): it knows the tabs.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import cast

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.domain import MOOD_MAX, MOOD_MIN, NoteKind
from clientjournal.store import search as search_store
from clientjournal.store import tags as tag_store
from clientjournal.ui.common.labels import kind_label, mood_label
from clientjournal.ui.search.delegate import SearchDelegate
from clientjournal.ui.search.model import HIT_ROLE, SearchModel

SEARCH_DELAY_MS = 150
LIMIT = 300  # rows are light; their excerpts are built when painted
"""Results shown at first, and how many more each "Show more" (or Down past the last) adds."""
PERIODS = (0, 30, 365)  # days back; 0: any time
CUSTOM = -1  # a range of dates picked by hand


class SearchPanel(QWidget):
    hitActivated = Signal(object)  # SearchHit
    closed = Signal()

    def __init__(self, field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.field = field
        self.current_client_id: int | None = None  # for "only this client"
        self.model = SearchModel(self)
        self.limit = LIMIT
        self.total = 0  # matches the search finds without a limit (the command line's count)

        self.kind = QComboBox(self)
        self.kind.setObjectName("searchKind")
        self.kind.setAccessibleName(self.tr("Search in"))
        self.kind.addItem(self.tr("Everything"), "")
        for kind in NoteKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.mood = QComboBox(self)
        self.mood.setObjectName("searchMood")
        self.mood.setAccessibleName(self.tr("Mood"))
        self.mood.addItem(self.tr("Any mood"), None)
        for value in range(MOOD_MAX, MOOD_MIN - 1, -1):
            self.mood.addItem(mood_label(value), value)
        self.period = QComboBox(self)
        self.period.setObjectName("searchPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        for days, label in zip(
            PERIODS,
            (self.tr("Any time"), self.tr("Last 30 days"), self.tr("Last 12 months")),
            strict=True,
        ):
            self.period.addItem(label, days)
        self.period.addItem(self.tr("From … to …"), CUSTOM)
        self.since = QDateEdit(QDate.currentDate().addYears(-1), self)
        self.until = QDateEdit(QDate.currentDate(), self)
        for edit, name, accessible in (
            (self.since, "searchSince", self.tr("From")),
            (self.until, "searchUntil", self.tr("To")),
        ):
            edit.setObjectName(name)
            edit.setAccessibleName(accessible)
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self.run)
            edit.hide()
        self.period.currentIndexChanged.connect(self._on_period)
        self.tag = QComboBox(self)
        self.tag.setObjectName("searchTag")
        self.tag.setAccessibleName(self.tr("Tag"))
        self.this_client = QCheckBox(self.tr("Only this client"), self)
        self.this_client.setObjectName("searchThisClient")
        for combo in (self.kind, self.mood, self.period, self.tag):
            combo.currentIndexChanged.connect(self.run)
        self.this_client.toggled.connect(self.run)

        self.view = QListView(self)
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(self.tr("Search results, grouped by client"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(SearchDelegate(self.view))
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._open_index)
        self.status = QLabel(self)
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.more = QPushButton(self.tr("Show more"), self)
        self.more.setObjectName("searchMore")
        self.more.clicked.connect(self.show_more)
        self.more.hide()

        filters = QGridLayout()
        filters.addWidget(self.kind, 0, 0)
        filters.addWidget(self.mood, 0, 1)
        filters.addWidget(self.period, 1, 0)
        filters.addWidget(self.tag, 1, 1)
        filters.addWidget(self.since, 2, 0)
        filters.addWidget(self.until, 2, 1)
        filters.addWidget(self.this_client, 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.more)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        field.textEdited.connect(lambda _: self._timer.start())
        field.returnPressed.connect(self.open_selected)
        field.installEventFilter(self)

    # -- public ----------------------------------------------------------------------------
    def refresh_tags(self) -> None:
        current = self.tag.currentData() or ""
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), "")
        for name in tag_store.all_tags():
            self.tag.addItem(name, name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(current)))
        self.tag.blockSignals(False)

    def filters(self) -> search_store.SearchFilters:
        days = int(self.period.currentData() or 0)
        since = date.today() - timedelta(days=days) if days > 0 else None
        until = None
        if days == CUSTOM:
            since = cast(date, self.since.date().toPython())
            until = cast(date, self.until.date().toPython())
        return search_store.SearchFilters(
            client_id=self.current_client_id if self.this_client.isChecked() else None,
            note_kind=self.kind.currentData() or None,
            since=since,
            until=until,
            mood=self.mood.currentData(),
            tag=str(self.tag.currentData() or ""),
        )

    def run(self) -> None:
        """Search now for what is in the field."""
        self._timer.stop()
        self.limit = LIMIT
        self._search(keep=None)

    def show_more(self) -> None:
        """The next results after those shown; the selected match stays selected."""
        if self.total <= self.model.hit_count():
            return
        current = self.view.currentIndex().data(HIT_ROLE)
        self.limit += LIMIT
        self._search(keep=current)

    def _search(self, keep: search_store.SearchHit | None) -> None:
        text = self.field.text().strip()
        if not text:
            self.total = 0
            self.model.set_hits([])
            self.more.hide()
            self.status.setText(self.tr("Type to search notes, profiles, agreements and replies."))
            return
        result = search_store.search(text, self.limit, self.filters())
        self.total = result.total
        self.model.set_hits(result.hits)
        count = self.model.hit_count()
        self.more.setVisible(self.total > count)
        if count:
            if self.total > count:
                # "300 of 1,019 matches": the list is cut, and by how much (always plural)
                locale = QLocale()
                self.status.setText(
                    self.tr("%1 of %2 matches")
                    .replace("%1", locale.toString(count))
                    .replace("%2", locale.toString(self.total))
                )
            else:
                self.status.setText(self.tr("%n match(es)", "", count))
            row = self.model.row_of(keep) if keep is not None else -1
            self.view.setCurrentIndex(
                self.model.index(row if row >= 0 else self.model.first_hit_row(), 0)
            )
        else:
            self.status.setText(
                self.tr("Nothing found for “%1”. Fewer words or another filter may help.").replace(
                    "%1", text
                )
            )

    def open_selected(self) -> None:
        if self._timer.isActive():
            self.run()
        index = self.view.currentIndex()
        if not index.isValid() and self.model.first_hit_row() >= 0:
            index = self.model.index(self.model.first_hit_row(), 0)
        self._open_index(index)

    # -- private ---------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex | None) -> None:
        hit = index.data(HIT_ROLE) if index is not None and index.isValid() else None
        if hit is not None:
            self.hitActivated.emit(hit)

    def _on_period(self) -> None:
        custom = self.period.currentData() == CUSTOM
        self.since.setVisible(custom)
        self.until.setVisible(custom)

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        row = self.view.currentIndex().row()
        row += step
        while 0 <= row < rows and self.model.index(row, 0).data(HIT_ROLE) is None:
            row += step
        if row >= rows and step > 0 and self.total > self.model.hit_count():
            self.show_more()  # Down past the last match brings the next ones
            if self.model.rowCount() > rows:
                self._move(step)
        elif 0 <= row < rows:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._move(1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
        return super().eventFilter(watched, event)
