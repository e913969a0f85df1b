"""A long round never freezes the window (attack-20b findings 7, 13, 8): the editors'
autosaves wait for its commit instead of for the journal's lock on the GUI thread, and
Settings → Sync or closing the window cut it short (all or nothing) instead of waiting."""

from __future__ import annotations

import threading

import pytest
from helpers import make_controller, plain_round

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.ui.common.autosave import AUTOSAVE_MAX_DELAY_MS
from clientjournal.ui.notes.editor import NoteEditor
from clientjournal.ui.sync import controller as controller_module


@pytest.fixture
def gated(monkeypatch):
    """Rounds that stop inside their write transaction (after the merge) until ``gate`` is
    set, reporting progress meanwhile as a long projection does."""
    gate = threading.Event()
    inside = threading.Event()
    real = store_sync.run_round

    def run_round(*args, progress=None, **kwargs):
        if progress is None:  # a round of the other computer, without a window
            return real(*args, **kwargs)

        def step(done: int, total: int) -> None:
            progress(done, total)
            if total and done == total // 2:
                inside.set()
                for _tick in range(2_000):  # at most 10 s: a window that waits fails, not hangs
                    if gate.wait(0.005):
                        break
                    progress(done, total)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(controller_module.store_sync, "run_round", run_round)
    return gate, inside


def _laptop_and_desk(computers) -> int:
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    note = notes.save(NoteData(client_id=client_id, body="Desk: first note", created_at=utcnow()))
    plain_round(computers, "desk")
    computers.use("laptop")
    plain_round(computers, "laptop")
    for name in ("Clara Neu", "Dora Alt", "Emil Falk"):
        clients.create(ClientData(name=name, email=f"{name.split()[0].lower()}@example.org"))
    plain_round(computers, "laptop")
    computers.use("desk")
    assert note.id is not None
    return note.id


def test_typing_during_a_round_saves_after_its_commit_without_waiting_on_the_lock(
    qtbot, computers, gated
):
    gate, inside = gated
    note_id = _laptop_and_desk(computers)
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.edit(notes.get(note_id))
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    editor.body.setPlainText("Desk: first note, typed during the round")
    qtbot.wait(AUTOSAVE_MAX_DELAY_MS * 2)  # the autosave's time has come meanwhile
    # Not saved (the journal is the round's until it commits), but still to be saved: the
    # save did not run into the lock (that froze the window up to busy_timeout, 5 s).
    assert editor._timer.pending()
    qtbot.waitUntil(lambda: "saved when it ends" in controller.status.text(), timeout=5_000)
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert notes.get(note_id).body == "Desk: first note, typed during the round"
    assert {c.name for c in clients.fetch(clients.list_ids()).values()} >= {"Clara Neu"}


def test_settings_changes_during_a_round_cut_it_short_instead_of_waiting(qtbot, computers, gated):
    gate, inside = gated
    _laptop_and_desk(computers)
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    config = controller.configure(computers.folder, "Büro")  # returns with the gate closed
    assert config.device_name == "Büro"
    assert not controller.running
    names = {c.name for c in clients.fetch(clients.list_ids()).values()}
    assert "Clara Neu" not in names  # the round cut short left nothing half applied
    gate.set()
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        assert controller.sync_now()
    controller.wait()
    names = {c.name for c in clients.fetch(clients.list_ids()).values()}
    assert {"Clara Neu", "Dora Alt", "Emil Falk"} <= names


def test_closing_during_a_round_hides_the_window_and_cuts_the_round_short(qtbot, computers, gated):
    gate, inside = gated
    _laptop_and_desk(computers)
    context, controller = make_controller(qtbot, computers)
    context.show()
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    controller.stop()  # returns with the gate closed
    assert not context.isVisible()
    assert not controller.running
    gate.set()
    names = {c.name for c in clients.fetch(clients.list_ids()).values()}
    assert "Clara Neu" not in names  # all or nothing: the next round does it
    store_sync.run_round()
    names = {c.name for c in clients.fetch(clients.list_ids()).values()}
    assert "Clara Neu" in names


def test_a_round_still_reading_a_snapshot_is_cut_short_too(qtbot, computers, monkeypatch):
    """A first sync reads the other computer's snapshot for many seconds before it writes:
    Settings → Sync does not wait for that either."""
    computers.use("laptop")
    for name in ("Clara Neu", "Dora Alt"):
        clients.create(ClientData(name=name))
    plain_round(computers, "laptop", "Laptop")  # its first round: a snapshot
    computers.use("desk")
    gate, reading = threading.Event(), threading.Event()
    real = store_sync.run_round

    def run_round(*args, progress=None, **kwargs):
        def step(done: int, total: int) -> None:
            progress(done, total)
            if done < 0:
                reading.set()
                for _tick in range(2_000):  # at most 10 s: a window that waits fails
                    if gate.wait(0.005):
                        break
                    progress(done, total)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(controller_module.store_sync, "run_round", run_round)
    _context, controller = make_controller(qtbot, computers)
    controller.configure(computers.folder, "Desk")
    assert controller.sync_now()
    qtbot.waitUntil(reading.is_set, timeout=30_000)
    controller.configure(None)  # sync turned off while it reads
    assert not controller.running
    gate.set()
    assert clients.count() == 0  # nothing of the round was written
