"""The client pane keeps the settings' default rhythm between switches (issue 21: it read
and parsed the settings file at every switch) and reads it again whenever the file may have
changed: saved in this process (the settings dialog, sync's mirroring of journal settings),
or written by anything else (a hand edit)."""

from __future__ import annotations

import os
from datetime import timedelta

from clientjournal import settings
from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.settings import Settings
from clientjournal.store import clients, notes


def _two_clients() -> tuple[int, int]:
    anna = clients.create(ClientData(name="Anna"))
    bert = clients.create(ClientData(name="Bert"))
    for client_id in (anna, bert):
        notes.save(
            NoteData(
                client_id=client_id, created_at=utcnow() - timedelta(days=10), kind=NoteKind.CALL
            )
        )
    return anna, bert


def test_a_switch_does_not_read_the_settings_again_when_nothing_changed(
    qtbot, journal, windows, english, monkeypatch
):
    anna, bert = _two_clients()
    settings.save(Settings(default_cadence_days=7))
    window = windows.open()
    window.client_list.select_client(anna)
    reads = []
    load = settings.load
    monkeypatch.setattr(settings, "load", lambda *a, **k: reads.append(1) or load(*a, **k))
    window.client_list.select_client(bert)
    window.client_list.select_client(anna)
    assert reads == []
    assert "every 7 days" in window.pane.summary.rhythm.text()


def test_saves_in_quick_succession_are_each_followed(qtbot, journal, windows, english):
    """Values of the same length saved within the file system's clock tick leave the file's
    time and size as they were: the saves are counted too."""
    anna, bert = _two_clients()
    window = windows.open()
    window.client_list.select_client(anna)
    line = window.pane.summary.rhythm
    assert not line.isVisible()  # no default yet
    for days in (7, 8, 9, 7, 5):
        settings.save(Settings(default_cadence_days=days))
        window.client_list.select_client(bert if window.pane.client_id == anna else anna)
        assert f"every {days} days" in line.text(), days
    settings.save(Settings(default_cadence_days=0))
    window.client_list.select_client(bert if window.pane.client_id == anna else anna)
    assert not line.isVisible()


def test_a_hand_edit_of_the_settings_file_is_followed(qtbot, journal, windows, english):
    anna, bert = _two_clients()
    settings.save(Settings(default_cadence_days=7))
    window = windows.open()
    window.client_list.select_client(anna)
    line = window.pane.summary.rhythm
    assert "every 7 days" in line.text()
    path = settings.settings_file()
    before = os.stat(path)
    text = path.read_text(encoding="utf-8").replace(
        "default_cadence_days=7", "default_cadence_days=4"
    )
    assert "default_cadence_days=4" in text
    with open(path, "w", encoding="utf-8") as file:  # in place, as an editor may: same inode
        file.write(text)
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))  # the same size
    window.client_list.select_client(bert)
    assert "every 4 days" in line.text()
