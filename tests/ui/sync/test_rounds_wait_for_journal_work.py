"""pause24b: while an operation reopens, swaps or rewrites the journal under the window (an
import, a restore, a re-encryption: ``WindowContext.journal_work``) no sync round starts,
whatever asks for one (the periodic timer, the settle timer after a change, Sync now); the
round asked for meanwhile comes once the operation has ended.  attack23c: a round started
during a re-encryption met the read-only stand-in journal and failed with a raw line."""

from __future__ import annotations

from helpers import HOUR_MS, plain_round

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store import sync as store_sync
from clientjournal.ui.common.context import Change
from clientjournal.ui.sync import controller as controller_module
from clientjournal.ui.sync.controller import SyncController


def _controller(qtbot, computers, monkeypatch):
    from fake_context import FakeContext

    computers.use("laptop")
    store_sync.configure(computers.folder, "Laptop")
    clients.create(ClientData(name="Anna Berg"))
    context = FakeContext(computers.journal("laptop"))
    qtbot.addWidget(context)
    controller = SyncController(context, None, settle_ms=20, period_ms=20, start_ms=HOUR_MS)
    started: list[bool] = []
    real = store_sync.run_round

    def counted(*args, **kwargs):
        started.append(True)
        return real(*args, **kwargs)

    monkeypatch.setattr(controller_module.store_sync, "run_round", counted)
    return context, controller, started


def test_no_round_starts_while_the_journal_is_held_and_one_follows_its_end(
    qtbot, computers, monkeypatch
):
    plain_round(computers, "desk")
    context, controller, started = _controller(qtbot, computers, monkeypatch)
    try:
        work = context.journal_work
        assert work.begin("re-encryption")
        assert not work.begin("restore")  # one at a time
        assert "re-encryption" in work.refusal()
        assert not controller.sync_now()  # Sync now
        context.events.changed(Change.CLIENTS, [])  # the settle timer after a change
        qtbot.wait(300)  # the periodic timer (20 ms) fired often meanwhile
        assert started == [] and not controller.running
        assert controller.last_error is None
        work.end()
        work.end()  # a second end does nothing
        with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
            pass  # the round asked for meanwhile, without anyone asking again
    finally:
        controller.stop()
    assert started


def test_pauses_nest_and_a_window_built_during_an_operation_starts_held(
    qtbot, computers, monkeypatch
):
    """A controller built while an operation runs (the window's sync is built after its
    first paint) holds its rounds from the start; pause and resume count."""
    from fake_context import FakeContext

    computers.use("laptop")
    store_sync.configure(computers.folder, "Laptop")
    context = FakeContext(computers.journal("laptop"))
    qtbot.addWidget(context)
    assert context.journal_work.begin("import")
    controller = SyncController(context, None, settle_ms=20, period_ms=20, start_ms=20)
    started: list[bool] = []
    real = store_sync.run_round
    monkeypatch.setattr(
        controller_module.store_sync,
        "run_round",
        lambda *a, **k: [started.append(True), real(*a, **k)][1],
    )
    try:
        qtbot.wait(200)
        assert started == []
        controller.pause()  # nested: the operation's end alone does not resume
        context.journal_work.end()
        qtbot.wait(200)
        assert started == []
        controller.resume()
        qtbot.waitUntil(lambda: bool(started), timeout=30_000)
        controller.wait()
    finally:
        controller.stop()


def test_rounds_go_on_beside_an_operation_that_only_reads(qtbot, computers, monkeypatch):
    """An export reads in one transaction: nothing is swapped under a round, and a long first
    sync is not cut short and begun again for it (``JournalWork.begin(rewrites=False)``)."""
    plain_round(computers, "desk")
    context, controller, started = _controller(qtbot, computers, monkeypatch)
    try:
        work = context.journal_work
        assert work.begin("export", rewrites=False)
        assert not work.begin("restore")  # still one operation at a time
        with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
            assert controller.sync_now()
        assert started and controller.last_error is None
        work.end()
        assert work.begin("import")  # one that writes holds them again
        assert not controller.sync_now()
        work.end()
    finally:
        controller.stop()
