"""attack24d: the sync controller's pause()/resume() (pause24b) seen from the status bar and
from a round cut short: while an import, a restore or a re-encryption holds the journal, the
status line must not say a round runs; the round cut short is done again afterwards, and
once (not once per pause)."""

from __future__ import annotations

import threading

from helpers import HOUR_MS, plain_round

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store import sync as store_sync
from clientjournal.ui.sync import controller as controller_module
from clientjournal.ui.sync.controller import SyncController


def _held_round(qtbot, computers, monkeypatch):
    """A controller whose first round waits inside run_round (its progress called until
    cut), the later ones run as they are."""
    from fake_context import FakeContext

    plain_round(computers, "desk")
    computers.use("laptop")
    store_sync.configure(computers.folder, "Laptop")
    clients.create(ClientData(name="Anna Berg"))
    context = FakeContext(computers.journal("laptop"))
    qtbot.addWidget(context)
    controller = SyncController(context, None, settle_ms=20, period_ms=HOUR_MS, start_ms=HOUR_MS)
    inside = threading.Event()
    rounds: list[str] = []
    real = store_sync.run_round

    def held(*args, progress=None, **kwargs):
        rounds.append("started")
        if len(rounds) == 1 and progress is not None:
            inside.set()
            for _tick in range(4_000):  # at most 20 s
                progress(1, 10)  # raises once the round is cut short
                threading.Event().wait(0.005)
        result = real(*args, progress=progress, **kwargs)
        rounds.append("done")
        return result

    monkeypatch.setattr(controller_module.store_sync, "run_round", held)
    return context, controller, inside, rounds


def test_the_status_does_not_say_syncing_while_an_operation_holds_the_rounds(
    qtbot, computers, monkeypatch
):
    context, controller, inside, rounds = _held_round(qtbot, computers, monkeypatch)
    try:
        assert controller.sync_now()
        assert inside.wait(20)
        assert controller.status.text().startswith("Syncing")
        assert context.journal_work.begin("import")  # cuts the round short
        assert not controller.running
        shown = controller.status.text()
        qtbot.wait(100)
        context.journal_work.end()
        qtbot.waitUntil(lambda: rounds.count("done") == 1, timeout=30_000)
        qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    finally:
        controller.stop()
    assert not shown.startswith("Syncing"), shown
    assert controller.last_error is None


def test_a_round_cut_by_two_operations_in_a_row_is_done_once_after_them(
    qtbot, computers, monkeypatch
):
    context, controller, inside, rounds = _held_round(qtbot, computers, monkeypatch)
    work = context.journal_work
    try:
        assert controller.sync_now()
        assert inside.wait(20)
        assert work.begin("import")
        work.end()
        assert work.begin("restore")  # at once after (the settle timer not fired yet)
        qtbot.wait(200)
        assert rounds == ["started"]  # none while held
        work.end()
        qtbot.waitUntil(lambda: "done" in rounds, timeout=30_000)
        qtbot.wait(300)
        qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    finally:
        controller.stop()
    assert rounds == ["started", "started", "done"], rounds


def test_after_a_failed_round_a_round_cut_short_does_not_leave_syncing(
    qtbot, computers, monkeypatch
):
    """1453d0f shows the idle line after a cut; but ``_show_idle`` returns early while
    ``last_error`` is set (the round before failed: a folder away, a disk full), leaving the
    label as ``sync_now`` set it.  Expected: the failure's line again (or an idle one)."""
    context, controller, inside, rounds = _held_round(qtbot, computers, monkeypatch)
    held = controller_module.store_sync.run_round
    failed: list[bool] = []

    def fails_once(*args, **kwargs):
        if not failed:
            failed.append(True)
            raise store_sync.SyncError("the sync folder is not there")
        return held(*args, **kwargs)

    monkeypatch.setattr(controller_module.store_sync, "run_round", fails_once)
    try:
        assert controller.sync_now()
        qtbot.waitUntil(lambda: controller.last_error is not None, timeout=30_000)
        assert controller.sync_now()  # the next one: held inside run_round
        assert inside.wait(20)
        assert controller.status.text().startswith("Syncing")
        assert context.journal_work.begin("import")  # cuts it short
        shown = controller.status.text()
        context.journal_work.end()
        qtbot.waitUntil(lambda: "done" in rounds, timeout=30_000)
        qtbot.waitUntil(lambda: not controller.running, timeout=30_000)
    finally:
        controller.stop()
    assert not shown.startswith("Syncing"), shown
