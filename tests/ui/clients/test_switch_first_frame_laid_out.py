"""A client switch's first frame shows the header and the notes at their final heights (issue
21): a new text asked only the header's innermost layout to be done again, each layout done
asked its parent's in the next turn of the event loop, and the page's came after the first
frame.  That frame showed the header at the old client's height and the next one moved it and
the notes below by a few pixels (21 of 60 jumps on the demo journal at 1024 px), painting the
timeline twice."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes


def _geometry(window) -> tuple[object, ...]:
    pane = window.pane
    summary = pane.summary
    return (
        summary.geometry().getRect(),
        summary.details.geometry().getRect(),
        summary.rhythm.geometry().getRect(),
        summary.profile_area.geometry().getRect(),
        pane.tabs.geometry().getRect(),
        pane.timeline.viewport().size().toTuple(),
        pane.timeline.verticalScrollBar().isVisible(),
    )


class _FirstFrame(QObject):
    """The layout as the window's first update after a switch paints it."""

    def __init__(self, window) -> None:
        super().__init__()
        self.window = window
        self.seen: tuple[object, ...] | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and self.seen is None:
            self.seen = _geometry(self.window)
        return False


@pytest.mark.parametrize("size", [QSize(1024, 640), QSize(1366, 768)], ids=str)
def test_the_first_frame_of_a_switch_is_laid_out(qtbot, journal, windows, size):
    ids = []
    for index, (days, company) in enumerate(
        [
            (14, "Muster GmbH"),
            (None, "Beispiel AG"),
            (30, "Probe KG und Partner, Steuerberatungsgesellschaft mbH"),
            (None, ""),
            (7, "Donaudampfschifffahrt"),
        ]
    ):
        client_id = clients.create(
            ClientData(
                name=f"Kundin {index}",
                company=company,
                email=f"kundin{index}@example.org",
                phone="+49 30 1234567",
                cadence_days=days,
            )
        )
        for day in range(3):
            notes.save(NoteData(client_id=client_id, created_at=utcnow(), body=f"Notiz {day}"))
        ids.append(client_id)
    window = windows.open()
    window.resize(size)
    window.client_list.reload()
    window.show()
    qtbot.wait(10)
    order = [*ids, *reversed(ids), ids[0], ids[3], ids[2], ids[1]]
    assert _switches_with_a_stale_first_frame(qtbot, window, order) == []


def _switches_with_a_stale_first_frame(qtbot, window, order: list[int]) -> list[object]:
    stale = []
    for client_id in order:
        frame = _FirstFrame(window)
        try:
            window.client_list.select_client(client_id)
            qtbot.waitUntil(lambda frame=frame: frame.seen is not None)
            for _ in range(5):
                QApplication.processEvents()
            if frame.seen != _geometry(window):
                stale.append((client_id, frame.seen, _geometry(window)))
        finally:
            window.removeEventFilter(frame)
    return stale


def test_a_tall_header_does_not_leave_a_scroll_bar_in_the_first_frame(qtbot, journal, windows):
    """A header that a long profile makes tall settles its height through its scroll area a
    turn later; the timeline, laid out before at the height it had then, showed a scroll bar
    over its cards in the first frame, and the next frame took it away and re-wrapped them
    (attack21u F1, at 1024x640 every switch to such a client)."""
    plain = clients.create(ClientData(name="A", email="a@example.org"))
    notes.save(NoteData(client_id=plain, created_at=utcnow(), body="kurz"))
    tall = clients.create(
        ClientData(
            name="Bernd " * 8,
            company="Probe KG und Partner, Steuerberatungsgesellschaft mbH " * 3,
            email="sehr.langer.name.mit.punkten@sub.domain.eines-sehr-langen-hosts.example.org",
            phone="+49 30 1",
            cadence_days=7,
        )
    )
    record = clients.get(tall)
    clients.update(
        dataclasses.replace(
            record, profile={**(record.profile or {}), "wants": "W " * 400, "never": "N " * 300}
        )
    )
    for day in range(3):
        notes.save(
            NoteData(client_id=tall, created_at=utcnow(), body=f"Notiz {day} " * (day * 30 + 1))
        )
    window = windows.open()
    window.resize(QSize(1024, 640))
    window.client_list.reload()
    window.show()
    qtbot.wait(10)
    assert _switches_with_a_stale_first_frame(qtbot, window, [plain, tall, plain, tall]) == []
