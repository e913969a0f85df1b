"""Search results grouped by client: a header row per client, then its matches, best first.

Clients come in the order of their best match, so the most relevant client is on top, and
clients matched equally well in the client list's order; rows are plain records, at most the
store's limit; the panel raises the limit to show more.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from clientjournal.core.domain import NoteKind
from clientjournal.store.search import SearchHit, by_client
from clientjournal.ui.common.labels import kind_label, local_date

HIT_ROLE = Qt.ItemDataRole.UserRole + 20
HEADER_ROLE = Qt.ItemDataRole.UserRole + 21  # the client's name on a header row
Index = QModelIndex | QPersistentModelIndex


def group_by_client(hits: list[SearchHit]) -> list[tuple[str, SearchHit | None]]:
    """Rows: (client name, None) for a header, ("", hit) for a match under it; the clients in
    the store's order (``by_client``: best match first, equal ones by name)."""
    rows: list[tuple[str, SearchHit | None]] = []
    for group in by_client(hits):
        rows.append((group[0].client_name, None))
        rows.extend(("", hit) for hit in group)
    return rows


class SearchModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, SearchHit | None]] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._rows = group_by_client(hits)
        self.endResetModel()

    def hit_count(self) -> int:
        return sum(1 for _, hit in self._rows if hit is not None)

    def row_of(self, hit: SearchHit) -> int:
        """The row of the same record (kind and id) as ``hit``, -1 when it is not listed."""
        return next(
            (
                i
                for i, (_, row) in enumerate(self._rows)
                if row is not None and (row.kind, row.record_id) == (hit.kind, hit.record_id)
            ),
            -1,
        )

    def is_header(self, row: int) -> bool:
        """Whether ``row`` is a client's header (the delegate's size, without ``data``)."""
        return 0 <= row < len(self._rows) and self._rows[row][1] is None

    def first_hit_row(self) -> int:
        return next((i for i, (_, hit) in enumerate(self._rows) if hit is not None), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()][1] is None:
            return Qt.ItemFlag.ItemIsEnabled  # a header cannot be selected
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, hit = self._rows[index.row()]
        if hit is None:
            if role in (Qt.ItemDataRole.DisplayRole, HEADER_ROLE):
                return name
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Client %1").replace("%1", name)
            return None
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.header(hit)}\n{hit.snippet}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            plain = html.unescape(hit.snippet.replace("<b>", "").replace("</b>", ""))
            return f"{self.header(hit)}: {plain}"
        return None

    def header(self, hit: SearchHit) -> str:
        kinds = {
            "note": self.tr("Note"),
            "client": self.tr("Profile"),
            "agreement": self.tr("Agreement"),
            "draft": self.tr("Reply"),
        }
        if hit.kind == "note" and hit.note_kind in set(NoteKind):
            return f"{local_date(hit.at)} · {kind_label(NoteKind(hit.note_kind))}"
        return f"{local_date(hit.at)} · {kinds.get(hit.kind, hit.kind)}"
