"""A round with a hostile snapshot of tiny alike records: skipped with one line naming the
file, cheaply, and not read again (attack-20 finding 10, the first reading)."""

from __future__ import annotations

import json
import uuid
import zlib

from clientjournal.core.sync.format import TOO_DENSE
from tests.store.sync.forged import EVIL, clock_now
from tests.store.sync.replicas import AT


def _dense_snapshot(folder, count: int) -> str:
    clock = clock_now()
    head = {"format": "clientjournal-sync", "version": 1, "device": EVIL, "name": "Evil"}
    head.update({"seq": 1, "snapshot": True, "newest": clock})
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    parts = [packer.compress((json.dumps(head) + "\n").encode())]
    for i in range(count):
        fields = {"name": [f"N{i}", 0, None], "created_at": [AT, 0, None]}
        fields["updated_at"] = [AT, 0, None]
        line = {"kind": "client", "uuid": str(uuid.UUID(int=i + 1, version=4))}
        line["s"] = {"c": [clock], "f": fields}
        parts.append(packer.compress((json.dumps(line) + "\n").encode()))
    parts.append(packer.compress(b'{"kind":"client"}\n'))
    rel = f"snapshots/{EVIL}.jsonl.gz"
    path = folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join([*parts, packer.flush()]))
    return rel


def test_a_snapshot_of_more_records_than_its_size_holds_is_skipped_by_name(pair):
    _laptop, desktop = pair
    desktop.round()
    rel = _dense_snapshot(desktop.folder, 100_000)
    result = desktop.round()
    assert result.skipped == (f"{rel}: {TOO_DENSE}",)
    assert desktop.sql("SELECT id FROM client") == []
    assert desktop.sql("SELECT key FROM sync_local WHERE key LIKE 'refused/%'")  # not again
