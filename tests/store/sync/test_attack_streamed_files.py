"""attack21x: a snapshot written a batch at a time (packed as its lines are read, issue 21)
arriving damaged on the other computer: cut anywhere (in its gzip trailer too) or with bytes
after its end, beside a conflict copy of it and a partial hidden file.  Its first sync
reports it and applies nothing; the whole file, once there, syncs the same journal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientjournal.core.demo.journal import generate
from clientjournal.store.connection import close_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.sync import capture, folder
from tests.store.sync.replicas import Replica, carry
from tests.store.sync.test_encrypted import encrypted_replica


def _journal(root: Path, name: str, passphrase: str | None) -> Replica:
    """A new journal (its own folder), encrypted with ``passphrase`` when given."""
    if passphrase is None:
        return Replica(root, name)
    (root / f"{name}-sync").mkdir(parents=True, exist_ok=True)
    return encrypted_replica(root, name, root / f"{name}-sync", passphrase)


CUTS = ["half", "-1", "-4", "-8", "-9", "+zeros", "+garbage"]


@pytest.mark.parametrize("passphrase", [None, "ein langes Passwort"])
@pytest.mark.parametrize("cut", CUTS)
def test_a_damaged_streamed_snapshot_is_skipped_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cut: str, passphrase: str | None
):
    monkeypatch.setattr(capture, "BATCH", 16)
    monkeypatch.setattr(folder, "_PART", 2048)
    laptop = _journal(tmp_path, "laptop", passphrase)
    laptop.open()
    fill(generate(clients=3, notes=80, seed=21))
    laptop.round()
    desk = _journal(tmp_path, "desk", passphrase)
    carry(laptop.folder, desk.folder)
    (snapshot,) = (desk.folder / "snapshots").iterdir()
    assert snapshot.name.endswith(".enc" if passphrase else ".jsonl.gz")
    whole = snapshot.read_bytes()
    data = {
        "half": whole[: len(whole) // 2],
        "-1": whole[:-1],
        "-4": whole[:-4],
        "-8": whole[:-8],
        "-9": whole[:-9],
        "+zeros": whole + bytes(64),
        "+garbage": whole + b"\x1f\x8b garbage",
    }[cut]
    snapshot.write_bytes(data)
    twin = snapshot.with_name(
        snapshot.name.replace(".", ".sync-conflict-20261207-010101-ABCDEFG.", 1)
    )
    twin.write_bytes(whole[: len(whole) // 3])
    (snapshot.parent / ".syncthing.x.tmp").write_bytes(whole[:100])
    (snapshot.parent / ".cj-0123456789abcdef.tmp").write_bytes(whole[:100])
    desk.open()
    empty = desk.export()
    result = desk.round()
    if passphrase and cut.startswith("+"):  # bytes after an SQLCipher file's pages: unread,
        assert desk.export() == laptop.export()  # the sealed content whole: applied whole
        close_journal()
        return
    assert result.received == 0
    assert result.skipped
    assert desk.export() == empty
    shutil.copy2(laptop.folder / "snapshots" / snapshot.name, snapshot)
    desk.round()
    laptop.round()
    assert desk.export() == laptop.export()
    close_journal()
