"""Files in the folder that were never read (garbage, a stray device folder) do not add a
computer to Settings → Sync's list (attack-20c N7: "another computer (01234567)" for good)."""

from __future__ import annotations

from clientjournal.store import sync
from tests.store.sync.replicas import uid


def test_a_device_folder_of_garbage_is_no_computer(pair):
    laptop, desktop = pair
    laptop.add_client(uid("anna"), "Anna Berg")
    laptop.round()
    junk = desktop.folder / "changes" / "0123456789abcdef" / "0000000001.jsonl.gz"
    junk.parent.mkdir(parents=True)
    junk.write_bytes(b"not gzip at all")
    result = desktop.round()
    assert result.skipped  # reported as a skipped file
    desktop.open()
    others = [d.device_id for d in sync.devices_seen() if not d.this_device]
    assert others == [laptop_id(laptop)]


def laptop_id(laptop) -> str:
    laptop.open()
    return sync.sync_config().device_id
