"""A client switch reads the notes the timeline shows, a page of NoteTimelineModel.page_size,
not a page of 50 (a whole client of the demo journal, bodies and tags; issue 21)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from timeline_probe import client_with_notes

from clientjournal.store import notes


def _client(name: str, count: int) -> int:
    return client_with_notes(name, count)


def test_a_switch_reads_only_the_notes_the_timeline_shows(windows):
    window = windows.open()
    window.resize(1100, 700)
    first, second = _client("Anna", 3), _client("Bernd", 60)
    window.client_list.reload()
    timeline = window.pane.timeline
    timeline._rest.setInterval(60_000)  # the rest's sizing (which reads every note) waits
    window.client_list.select_client(first)
    QApplication.processEvents()
    model = window.pane.model
    read: list[int] = []
    real_fetch = model._fetch

    def counted(ids):
        wanted = list(ids)
        read.extend(wanted)
        return real_fetch(wanted)

    model._fetch = counted
    window.client_list.select_client(second)
    QApplication.processEvents()  # the switch's frame: its cards painted
    assert timeline.rest_waiting()
    shown = timeline.indexAt(timeline.viewport().rect().center()).row()
    assert shown >= 2  # cards are shown
    assert 0 < len(read) <= 12
    assert len(read) < len(notes.ids_for_client(second))
