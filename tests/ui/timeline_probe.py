"""What the timeline's tests share: clients with many notes, the rows a paint shows, and the
rows' places in a plain one-pass layout to compare the app's layout with."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QListView

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store.models import database


def client_with_notes(
    name: str,
    count: int,
    *,
    words: str = "More words about the call. ",
    every: int = 4,
    client: ClientData | None = None,
) -> int:
    """A client with ``count`` notes, one a day up to today, of 0 to ``every`` - 1 times
    ``words`` after their number: cards of several heights, the newest first."""
    client_id = clients.create(client or ClientData(name=name))
    with database.atomic():
        for number in range(count):
            body = f"{name}: note {number}. " + words * (number % every)
            notes.save(NoteData(client_id, utcnow() - timedelta(days=count - number), body))
    return client_id


def shown_rows(timeline: QListView, step: int = 1) -> list[int]:
    """The rows the viewport paints now (Qt's list paints what ``indexAt`` finds)."""
    x = timeline.viewport().width() // 2
    rows: list[int] = []
    for y in range(0, timeline.viewport().height(), step):
        index = timeline.indexAt(QPoint(x, y))
        if index.isValid() and index.row() not in rows:
            rows.append(index.row())
    return rows


def single_pass_rects(timeline: QListView, rows: int) -> list[QRect]:
    """Where Qt's own one-pass layout puts the first ``rows`` rows."""
    model = timeline.model()
    timeline.setLayoutMode(QListView.LayoutMode.SinglePass)
    try:
        timeline.doItemsLayout()
        return [timeline.visualRect(model.index(row, 0)) for row in range(rows)]
    finally:
        timeline.setLayoutMode(QListView.LayoutMode.Batched)
