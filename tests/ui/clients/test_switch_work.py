"""What a client switch does, and what it leaves alone (issue 21): the switch should cost no
more than a frame, so it must not redo work whose result has not changed."""

from __future__ import annotations

from datetime import timedelta

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes


def _client_with_notes(name: str, count: int) -> int:
    client_id = clients.create(ClientData(name=name))
    for number in range(count):
        written = utcnow() - timedelta(days=count - number)
        notes.save(NoteData(client_id, written, f"{name}: note {number}", mood=number % 3))
    return client_id


def test_a_switch_leaves_tab_titles_alone_that_stay_the_same(windows):
    window = windows.open()
    first, second = _client_with_notes("Anna", 3), _client_with_notes("Bernd", 2)
    window.client_list.reload()
    window.client_list.select_client(first)
    titles = [window.pane.tabs.tabText(index) for index in range(window.pane.tabs.count())]
    set_again: list[tuple[int, str]] = []
    window.pane.tabs.setTabText = lambda index, text: set_again.append((index, text))
    window.client_list.select_client(second)
    window.client_list.select_client(first)
    assert window.pane.client_id == first
    assert set_again == []  # a new title would relayout and repaint the whole tab widget
    assert [window.pane.tabs.tabText(i) for i in range(window.pane.tabs.count())] == titles
