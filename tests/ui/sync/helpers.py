"""Building the sync feature without the main window, and running its rounds in tests."""

from __future__ import annotations

import threading

from fake_context import FakeContext

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.ui.notes.editor import NoteEditor
from clientjournal.ui.sync import controller as controller_module
from clientjournal.ui.sync.controller import SyncController
from clientjournal.ui.sync.open_note import OpenNote

HOUR_MS = 3_600_000  # a timer that does not fire during a test


def make_controller(qtbot, computers, open_note: OpenNote | None = None, settle_ms: int = HOUR_MS):
    context = FakeContext(computers.journal(computers.current))
    qtbot.addWidget(context)
    controller = SyncController(
        context, open_note, settle_ms=settle_ms, period_ms=HOUR_MS, start_ms=HOUR_MS
    )
    return context, controller


def note_editor_in_a_round(
    qtbot, computers, note_id: int, inside: threading.Event
) -> tuple[NoteEditor, FakeContext, SyncController]:
    """The note editor on ``note_id`` and a controller whose round has begun and now holds
    the journal (``inside`` from :func:`hold_rounds_at_the_lock`): where a user types during a
    long round."""
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.edit(notes.get(note_id))
    context, controller = make_controller(qtbot, computers, OpenNote(editor))
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    # and the window has heard it (a queued signal): its keeper of held typing runs, and a
    # step taken at once is held, not saved as if no round held the journal
    qtbot.waitUntil(controller._held._timer.isActive, timeout=30_000)
    return editor, context, controller


def round_through(qtbot, controller: SyncController) -> store_sync.RoundResult:
    """One round by the controller (in its worker thread), waited for."""
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000) as finished:
        assert controller.sync_now()
    controller.wait()
    return finished.args[0]


def plain_round(computers, name: str, device: str | None = None) -> store_sync.RoundResult:
    """A round on ``name``'s journal without a window (the other computer)."""
    computers.use(name)
    if store_sync.sync_config().folder is None:
        store_sync.configure(computers.folder, device or name.title())
    return store_sync.run_round()


def same_note(note: NoteData) -> NoteData:
    """``note`` as the open journal has it (ids are each journal's own; the UUID is shared)."""
    for client_id in clients.list_ids():
        for found in notes.fetch(notes.ids_for_client(client_id)).values():
            if found.uuid == note.uuid:
                return found
    raise LookupError(note.uuid)


def hold_rounds_at_the_lock(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """The window's rounds stop just as they take the journal (``TAKING_JOURNAL``) until
    ``gate`` is set (at most 10 s), ``inside`` set meanwhile: a test types or clicks there, as
    a user does during a long round.  Returns (inside, gate)."""
    inside, gate = threading.Event(), threading.Event()
    real = store_sync.run_round

    def run_round(*args, progress=None, **kwargs):
        def step(done: int, total: int) -> None:
            progress(done, total)
            if done == store_sync.TAKING_JOURNAL and not gate.is_set():
                inside.set()
                gate.wait(10)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(controller_module.store_sync, "run_round", run_round)
    return inside, gate


def crash_copy(qtbot, computers, name: str = "desk", copy: str = "crashed") -> None:
    """The power goes now, once the typing held for the round is kept: ``name``'s journal
    folder as a crash leaves it, copied to ``copy``.  Without the shared-memory index (SQLite
    rebuilds it after a crash; copied a moment apart from the log it would not match it) and
    without the next keep's temporary file, which may be renamed away while the copy runs."""
    import shutil

    from clientjournal.store.sync import held

    folder = computers.journal(name)
    qtbot.waitUntil(lambda: (folder / held.HELD).exists(), timeout=5_000)
    shutil.copytree(
        folder, computers.journal(copy), ignore=shutil.ignore_patterns("*-shm", ".cj-*")
    )


def desk_client(computers) -> int:
    """A client with one note made on the desk and published there: the journal the other
    computer's first round reads."""
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    notes.save(NoteData(client_id=client_id, body="Desk: first note", created_at=utcnow()))
    plain_round(computers, "desk")
    return client_id
