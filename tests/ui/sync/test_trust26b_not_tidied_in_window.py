"""trust26b: a round that committed, then could not tidy the sync folder up (its compaction
met a full disk), is a round done in the window: 'Synced' with what it received, the warning
in the sync status's tooltip and the status bar, and in Settings → Sync; never "Sync failed"
(the engine raised, and the window said the round failed with every record applied)."""

from __future__ import annotations

from typing import Any

from helpers import make_controller, plain_round

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.sync import compaction
from clientjournal.store.sync import round as round_module
from clientjournal.ui.sync.settings_page import SyncPage


def test_a_round_whose_compaction_fails_is_done_with_a_warning(qtbot, computers, monkeypatch):
    monkeypatch.setattr(compaction, "COMPACT_AFTER", 3)
    monkeypatch.setattr(compaction, "KEEP_RECENT", 1)
    computers.use("desk")
    for name in ("Anna", "Bert", "Cleo"):
        clients.create(ClientData(name=name))
        plain_round(computers, "desk", "Desk")  # a snapshot, then change files 2 and 3
    computers.use("laptop")
    clients.create(ClientData(name="Lena"))
    plain_round(computers, "laptop", "Laptop")
    computers.use("desk")
    clients.create(ClientData(name="Dora"))  # its round writes change file 4 and compacts
    real = round_module.compact

    def on_a_full_disk(*args: Any, **kwargs: Any) -> None:  # as on a real one: the store's test
        raise OSError(28, "No space left on device", str(computers.folder / "snapshots"))

    monkeypatch.setattr(round_module, "compact", on_a_full_disk)
    context, controller = make_controller(qtbot, computers)
    page = SyncPage(controller)
    qtbot.addWidget(page)
    failed: list[str] = []
    controller.roundFailed.connect(failed.append)
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000) as finished:
        assert controller.sync_now()
    controller.wait()
    result = finished.args[0]
    assert result.received > 0 and not failed
    names = sorted(c.name for c in clients.fetch(clients.list_ids()).values())
    assert names == ["Anna", "Bert", "Cleo", "Dora", "Lena"]
    status = controller.status.accessibleDescription()
    assert status.startswith("Synced") and "received" in status, status
    warning = (
        "the round is done, but the sync folder could not be tidied up after it: "
        f"{computers.folder}: the disk is full; a later round tries again"
    )
    assert f"Sync: {warning}" in controller.status.toolTip()
    assert f"Sync: {warning}" in context.statuses
    assert not [line for line in context.statuses if "another copy" in line or "failed" in line]
    page.show_state()
    assert warning in page.last.text() and "failed" not in page.last.text()
    monkeypatch.setattr(round_module, "compact", real)
