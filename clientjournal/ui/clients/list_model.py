"""The client list: ids in display order from the store, rows fetched lazily."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt

from clientjournal.core.domain import ClientSort, ClientStatus
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.ui.common.labels import relative_day, status_label
from clientjournal.ui.common.lazy_model import Index, LazyIdModel
from clientjournal.ui.common.two_line_delegate import RowParts

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 10
STATUS_ROLE = Qt.ItemDataRole.UserRole + 11
_UNUSED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
    }
)
"""Roles the view asks of every row it paints and this list never sets: answered at once,
without looking the row up (seven of the ten questions per row painted, issue 21)."""


_monotonic = time.monotonic  # the tests' clock
DAY_ASKED_EVERY_S = 60.0
"""The date is asked again at least this often even within the day's span: a change of the
computer's time zone shows in the rows within a minute, as it did when every row asked
(attack21b B2), for one date lookup a minute instead of one per row painted."""


def _day_span(day: date) -> tuple[float, float]:
    """The clock's times (seconds since the epoch) from ``day``'s first to its last moment,
    in the local time zone (a day of 23 or 25 hours at a change of summer time)."""
    start = datetime.combine(day, datetime.min.time())
    return start.timestamp(), (start + timedelta(days=1)).timestamp()


class ClientListModel(LazyIdModel):
    page_size = 16
    """A switch to a client far down the list (from search, or typed) reads the rows around
    it: a page of 50 took 1.9 ms (2.7 at 20,000 clients, the last contacts of each); 20 rows
    took 0.6 ms.  A screen of the list at 1200x760 shows 13 rows; a page begins at the row
    asked (``_page_start``), so it needs no more than that and a few (issue 21)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(clients.fetch, parent)
        self._filter = ""
        self._sort = ClientSort.NAME
        self._tag = ""
        # What a row shows, per client, for the day it was worked out ("3 days ago").
        self._parts: dict[int, RowParts] = {}
        # The clock's span in which that day lasts: date.today() asks the system for its time
        # zone each time (~4 µs, a file looked at), for every row painted (issue 21).
        self._day_span = _day_span(date.today())
        self._day_asked_at = _monotonic()

    def reload(
        self, filter_text: str | None = None, sort: ClientSort | None = None, tag: str | None = None
    ) -> None:
        if filter_text is not None:
            self._filter = filter_text
        if sort is not None:
            self._sort = sort
        if tag is not None:
            self._tag = tag
        self.set_ids(clients.list_ids(self._filter, self._sort, tag=self._tag))

    def _page_start(self, row: int) -> int:
        """The row asked on, not the start of an aligned page: Qt paints a screen of rows from
        its top row down, so after a jump the screen is one query of ``page_size`` rows (an
        aligned page read rows above it that are not shown, or split the screen in two
        queries).  When a row below it within a page is known already (the list scrolled up,
        by a row or a wheel's notch of three), the page ends above the first one known, so
        the rows between come in the same query (attack21u F2: a notch up read only its
        three new rows, a query a notch)."""
        cache = self._cache
        for below in range(row + 1, min(row + self.page_size, len(self._ids))):
            if self._ids[below] in cache:
                return max(0, below - self.page_size)
        return row

    def set_ids(self, ids: list[int]) -> None:
        self._parts.clear()
        super().set_ids(ids)

    def invalidate(self, item_id: int) -> None:
        self._parts.pop(item_id, None)
        super().invalidate(item_id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in _UNUSED_ROLES:
            return None
        return super().data(index, role)

    def row_parts(self, row: int) -> RowParts | None:
        """What the delegate paints for ``row``, kept until the row changes or the day does."""
        client_id = self.id_at(row)
        if client_id is None:
            return None
        since, until = self._day_span
        now = _monotonic()
        # another day, the clock set back, or a while since the date was asked: the time zone
        # may have changed (a laptop taken abroad), which moves "today" within the span
        if not since <= time.time() < until or now - self._day_asked_at >= DAY_ASKED_EVERY_S:
            # another date, or the same date in another zone: another span
            span = _day_span(date.today())
            if span != self._day_span:
                self._parts.clear()
                self._day_span = span
            self._day_asked_at = now
        parts = self._parts.get(client_id)
        if parts is None:
            record = self.record(row)
            if record is None:  # deleted by someone else since the ids were read
                return None
            parts = self._parts[client_id] = RowParts(
                title=record.name,
                chip=status_label(record.status),
                subtitle=self._subtitle(record),
                chip_strong=record.status == ClientStatus.ACTIVE,
                subtitle_lead=record.company,  # shortened first: the last contact stays whole
            )
        return parts

    @property
    def tag(self) -> str:
        return self._tag

    @property
    def sort(self) -> ClientSort:  # type: ignore[override]  # hides Qt's sort(column, order), which no view calls here
        return self._sort

    @property
    def filter_text(self) -> str:
        return self._filter

    def _data(self, record: ClientData, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{record.name}, {status_label(record.status)}, {self._subtitle(record)}"
            return record.name
        if role == SUBTITLE_ROLE:
            return self._subtitle(record)
        if role == STATUS_ROLE:
            return status_label(record.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [record.name, record.company, record.email, status_label(record.status)]
            if record.tags:
                lines.append(" ".join(f"#{tag}" for tag in record.tags))
            return "\n".join(line for line in lines if line)
        return None

    def _subtitle(self, record: ClientData) -> str:
        contact = self.tr("last contact %1").replace("%1", relative_day(record.last_contact))
        if record.last_contact is None:
            contact = relative_day(None)
        parts = [record.company, contact, " ".join(f"#{tag}" for tag in record.tags)]
        return " · ".join(part for part in parts if part)
