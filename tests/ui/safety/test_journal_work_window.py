"""pause24b: in the real window, what reopens, swaps or rewrites the journal (a JSON import,
a restore, a re-encryption) runs alone, and no sync round starts under it.

attack23c: an import runs in a thread behind a progress dialog shown only after 300 ms; a
restore (or a re-encryption, or a second import) started then reopened the journal under it.
During a re-encryption the window's periodic round could start and met the read-only
stand-in journal (a raw failure line in the status bar)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.paths import journal_file
from clientjournal.store import clients
from clientjournal.store import sync as store_sync
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.safety import reencrypt
from clientjournal.store.safety.backup import backup_journal
from clientjournal.store.safety.encryption import remember

SECRET = "Leuchtturm am Deich 7"


pytestmark = pytest.mark.usefixtures("own_backup_folder")  # the journal folder's backups/


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path):
    """A journal with three clients, a backup of it and an export of it."""
    open_journal(data_dir)
    fill(generate(3, 30, seed=4))
    export = tmp_path / "export.json"
    exchange.export_file(export)
    close_journal()
    made = backup_journal(data_dir, folder=tmp_path / "backups")
    open_journal(data_dir)
    yield made.path, export
    remember(data_dir, None)


def _gate(monkeypatch, module: Any, name: str) -> tuple[threading.Event, threading.Event]:
    """``module.name`` waits in its thread (at most 20 s) until the gate is set."""
    inside, gate = threading.Event(), threading.Event()
    real = getattr(module, name)

    def gated(*args: Any, **kwargs: Any) -> Any:
        inside.set()
        gate.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, gated)
    return inside, gate


def _replaced(data_dir: Path) -> list[Path]:
    journal = journal_file(data_dir)
    return list(journal.parent.glob(f"{journal.stem}-replaced-*"))


def test_an_import_runs_alone_from_its_first_moment_and_a_close_waits_for_it(
    qtbot, windows, filled, boxes, monkeypatch
):
    backup, export = filled
    window = windows.open()
    inside, gate = _gate(monkeypatch, exchange, "import_file")
    guarded = [
        window.exchange.import_action,
        window.backups.restore_action,
        window.encryption.action,
        window.demo.action,
    ]
    try:
        window.exchange.import_from(export)
        # at once, long before the import's progress shows (300 ms)
        assert not any(action.isEnabled() for action in guarded)
        assert window.backups.restore_from(backup) is None
        assert boxes and "still running (import)" in boxes[-1][1]
        assert _replaced(window.data_dir) == []  # nothing was swapped
        assert "import" in (window.encryption._close_journal() or "")
        assert clients.count() == 3  # the journal stayed open: the window's connection reads
        window.exchange.import_from(export)  # a second import: refused, not begun
        assert window.statusBar().currentMessage().startswith("Another operation")
        window.close()  # put off until the import has ended (its thread would be cut off)
        assert window.isVisible()
        assert "Closing once" in window.statusBar().currentMessage()
        assert inside.wait(20)
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)  # its thread ended
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
    assert [title for title, _text in boxes] == ["Restore from backup", "Import finished"]
    assert all(action.isEnabled() for action in guarded[:3])


def test_during_a_re_encryption_no_round_starts_no_restore_and_a_round_follows(
    qtbot, windows, filled, boxes, monkeypatch, tmp_path
):
    backup, _export = filled
    (tmp_path / "Sync").mkdir()
    store_sync.configure(tmp_path / "Sync", "Laptop")
    close_journal()
    rounds: list[bool] = []
    real_round = store_sync.run_round

    def counted(*args: Any, **kwargs: Any) -> Any:
        rounds.append(True)
        return real_round(*args, **kwargs)

    monkeypatch.setattr(store_sync, "run_round", counted)
    window = windows.open()
    sync = window.sync
    sync._settle.setInterval(20)  # the round asked for during the operation comes soon after
    inside, gate = _gate(monkeypatch, reencrypt, "change_passphrase")
    try:
        window.encryption.show_dialog()
        dialog = window.encryption.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        sync.wait()
        qtbot.wait(50)
        before = len(rounds)
        dialog.new.setText(SECRET)
        dialog.repeat.setText(SECRET)
        dialog.apply_button.click()
        assert inside.wait(20)
        assert not window.backups.restore_action.isEnabled()
        sync._periodic()  # the period's timer is due
        assert not sync.sync_now()  # Sync now
        qtbot.wait(100)
        assert len(rounds) == before and not sync.running
        assert window.backups.restore_from(backup) is None  # e.g. from the damaged dialog
        assert _replaced(window.data_dir) == []
        assert "still running (re-encryption)" in boxes[-1][1]
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)  # its thread ended
        sync.end_round()  # (a round started under it, without the hold, ends here)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: len(rounds) > before, timeout=30_000)  # the round due meanwhile
    qtbot.waitUntil(lambda: not sync.running, timeout=30_000)
    assert sync.last_error is None  # on the journal under its new key
    assert window.backups.restore_action.isEnabled()
    assert clients.count() == 3


def test_damage_seen_by_a_check_that_an_operation_overlapped_is_checked_again(
    qtbot, windows, filled, monkeypatch
):
    """The integrity check runs in a thread beside the window for a while after the start;
    a re-encryption meanwhile swaps the file under it (a new key): what it saw then may be
    no damage at all, and offering to restore a backup over the re-encrypted journal would
    be wrong.  It looks again once the operation has ended, and only that verdict counts."""
    from clientjournal.ui.safety import damaged_dialog

    window = windows.open()
    verdicts = ["file is not a database"]  # the first look, over the file being swapped
    looks: list[bool] = []
    inside, gate = threading.Event(), threading.Event()

    def problem(_data_dir: Path) -> str | None:
        looks.append(True)
        if len(looks) == 1:
            inside.set()
            gate.wait(20)
        return verdicts.pop(0) if verdicts else None

    asked: list[str] = []
    monkeypatch.setattr(damaged_dialog, "journal_problem", problem)
    monkeypatch.setattr(damaged_dialog, "ask", lambda _d, found, *_a, **_k: asked.append(found))
    work = window.journal_work
    waiting: list[bool] = []
    when_idle = damaged_dialog._when_idle

    def recorded(*args: Any) -> None:
        waiting.append(work.busy)
        when_idle(*args)

    monkeypatch.setattr(damaged_dialog, "_when_idle", recorded)
    try:
        damaged_dialog.check_in_background(window, window.backups.restore_from)
        assert inside.wait(20)
        assert work.begin("re-encryption")
    finally:
        gate.set()
    qtbot.waitUntil(lambda: bool(waiting), timeout=20_000)  # the first verdict has come
    assert waiting == [True] and asked == [] and len(looks) == 1  # it waits for the end
    work.end()
    qtbot.waitUntil(lambda: len(looks) == 2, timeout=20_000)
    qtbot.wait(100)
    assert asked == []  # the second look found the journal fine


def test_every_failure_path_ends_the_operation(
    qtbot, windows, filled, boxes, monkeypatch, tmp_path
):
    """A failed import, a failed re-encryption and a failed restore each let the next
    operation begin and the rounds go on: nothing stays held or disabled."""
    from clientjournal.store.safety import restore as restore_module

    backup, _export = filled
    window = windows.open()
    work = window.journal_work
    sync = window.sync
    guarded = [window.exchange.import_action, window.backups.restore_action]

    broken = tmp_path / "broken.json"
    broken.write_text("{ not json", encoding="utf-8")
    window.exchange.import_from(broken)
    qtbot.waitUntil(lambda: not work.busy, timeout=20_000)
    assert boxes[-1][0] == "Nothing was changed"
    assert all(action.isEnabled() for action in guarded) and sync._paused == 0

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise reencrypt.ReencryptError("the disk is full")

    monkeypatch.setattr(reencrypt, "change_passphrase", refuse)
    window.encryption.show_dialog()
    dialog = window.encryption.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.new.setText(SECRET)
    dialog.repeat.setText(SECRET)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: "Nothing was changed" in dialog.message.text(), timeout=20_000)
    assert not work.busy and sync._paused == 0 and clients.count() == 3
    dialog.reject()

    def fail(*_args: Any, **_kwargs: Any) -> Any:
        raise restore_module.RestoreError("the backup is damaged")

    monkeypatch.setattr(restore_module, "restore", fail)
    assert window.backups.restore_from(backup) is None
    assert boxes[-1][0] == "Nothing was changed"
    assert not work.busy and sync._paused == 0 and clients.count() == 3
    assert all(action.isEnabled() for action in guarded)
