"""The left side of the window: filter, sort order and the lazily loaded client list."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clientjournal.core.domain import ClientSort
from clientjournal.store import tags as tag_store
from clientjournal.ui.clients.delegate import ClientDelegate
from clientjournal.ui.clients.list_model import ClientListModel
from clientjournal.ui.common.empty_state import EmptyState
from clientjournal.ui.common.lazy_model import record_list


class ClientListPanel(QWidget):
    clientSelected = Signal(object)  # int id, or None when nothing is selected
    addClientRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ClientListModel(self)
        # The client last chosen: a filter that hides it and is cleared again selects it again.
        self._chosen: int | None = None

        self.filter = QLineEdit(self)
        self.filter.setObjectName("clientFilter")
        self.filter.setAccessibleName(self.tr("Filter clients"))
        self.filter.setPlaceholderText(self.tr("Filter by name, company, e-mail"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._on_filter)

        self.sort = QComboBox(self)
        self.sort.setObjectName("clientSort")
        self.sort.setAccessibleName(self.tr("Sort clients by"))
        self.sort.addItem(self.tr("By name"), ClientSort.NAME.value)
        self.sort.addItem(self.tr("By surname"), ClientSort.SURNAME.value)
        self.sort.addItem(self.tr("By last contact"), ClientSort.LAST_CONTACT.value)
        self.sort.currentIndexChanged.connect(self._on_sort)

        self.tag_filter = QComboBox(self)
        self.tag_filter.setObjectName("clientTagFilter")
        self.tag_filter.setAccessibleName(self.tr("Show clients with the tag"))
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_filter.currentIndexChanged.connect(self._on_tag)

        self.view = record_list(self, self.model, ClientDelegate, "clientList", self.tr("Clients"))
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(self._update_empty_state)

        self.empty = EmptyState(self)
        self.empty.button.clicked.connect(self.addClientRequested)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        # The filter gets a row of its own: beside the two boxes it was squeezed to a few
        # letters in a narrow window or with a large font; sort and tags share the next row.
        boxes = QHBoxLayout()
        boxes.addWidget(self.sort, 1)
        boxes.addWidget(self.tag_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.filter)
        layout.addLayout(boxes)
        layout.addWidget(self.stack, 1)

    # -- public ----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        """Re-read the list, keeping (or moving) the selection so the right pane stays put."""
        keep = select_id if select_id is not None else self.current_client_id()
        self.refresh_tags()
        self.model.reload()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_client(keep)
        else:
            self.clientSelected.emit(self.current_client_id())

    def set_sort(self, sort: ClientSort) -> None:
        self.sort.setCurrentIndex(self.sort.findData(sort.value))

    def current_client_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def clear_filters(self) -> None:
        """Every client in the list again: a filter must not hide the client the user is
        sent to (an opened search result, what an import just added)."""
        if self.filter.text():
            self.filter.clear()
        if self.model.tag:
            self.tag_filter.setCurrentIndex(0)

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)
        return True

    def select_offset(self, offset: int) -> None:
        """Next (+1) or previous (-1) client, staying at the ends of the list."""
        count = self.model.rowCount()
        if not count:
            return
        current = self.view.currentIndex().row()
        row = 0 if current < 0 else max(0, min(count - 1, current + offset))
        client_id = self.model.id_at(row)
        if client_id is not None:
            self.select_client(client_id)

    def refresh_client(self, client_id: int) -> None:
        self.model.invalidate(client_id)

    # -- private ---------------------------------------------------------------------------
    def _on_filter(self, text: str) -> None:
        keep = self.current_client_id() or self._chosen
        self.model.reload(filter_text=text)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_client(keep)
        else:
            self.clientSelected.emit(None)

    def refresh_tags(self) -> None:
        """Offer the clients' tags (a tag only on notes would find no client here; the search
        finds notes by tag); a tag that disappeared while selected falls back to all."""
        current = self.model.tag
        names = tag_store.client_tag_names()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for name in names:
            self.tag_filter.addItem(name, name)
        index = self.tag_filter.findData(current) if current else 0
        self.tag_filter.setCurrentIndex(max(index, 0))
        self.tag_filter.blockSignals(False)
        self.tag_filter.setVisible(bool(names))
        if current and index < 0:
            self.model.reload(tag="")

    def _on_tag(self) -> None:
        keep = self.current_client_id() or self._chosen
        self.model.reload(tag=str(self.tag_filter.currentData() or ""))
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_client(keep)
        else:
            self.clientSelected.emit(self.current_client_id())

    def _on_sort(self) -> None:
        keep = self.current_client_id()
        self.model.reload(sort=ClientSort(self.sort.currentData()))
        if keep is not None:
            self.select_client(keep)

    def _on_current_changed(self) -> None:
        current = self.current_client_id()
        if current is not None:
            self._chosen = current
        self.clientSelected.emit(current)

    def _update_empty_state(self) -> None:
        filtering = bool(self.model.filter_text.strip() or self.model.tag)
        self.filter.setEnabled(filtering or self.model.rowCount() > 0)
        self.sort.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.view)
            return
        if filtering:
            self.empty.show_message(
                self.tr("No client matches"),
                self.tr("Nothing matches “%1”. Clear the filter to see every client.").replace(
                    "%1", self.model.filter_text.strip() or "#" + self.model.tag
                ),
            )
        else:
            # the welcome page on the right carries the button; one call to action is enough
            self.empty.show_message(
                self.tr("No clients yet"),
                self.tr("The people and companies you work for will be listed here."),
            )
        self.stack.setCurrentWidget(self.empty)
