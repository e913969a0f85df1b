"""A hostile snapshot of valid but tiny records (a million alike pack to 5.9 MB) with one bad
line at its end was held whole before that line refused it: 29–44 s and 1.4 GB at its first
reading (attack-20 finding 10).  A snapshot's records each carry a random UUID, so a real one
never packs below 16 bytes a record: more records than that are refused as they are read.
Records with more fields, versions or clocks than one may have are refused too."""

from __future__ import annotations

import json
import tracemalloc
import uuid
import zlib

import pytest

from clientjournal.core.sync import format as fmt
from clientjournal.core.sync import snapshots

DEVICE = "feedfacefeedface"
CLOCK = f"{1_780_000_000_000:013d}-00000000-{DEVICE}"
AT = "2026-01-01T00:00:00.000000Z"


def _record(i: int, name: str = "") -> str:
    fields = {"name": [name or f"N{i}", 0, None], "created_at": [AT, 0, None]}
    fields["updated_at"] = [AT, 0, None]
    record = {"kind": "client", "uuid": str(uuid.UUID(int=i + 1, version=4))}
    record["s"] = {"c": [CLOCK], "f": fields}
    return json.dumps(record, separators=(",", ":"))


def _snapshot(lines: list[str]) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    head = json.dumps(fmt.header(DEVICE, "Evil", 1, snapshot=True))
    parts = [packer.compress((head + "\n").encode())]
    parts += [packer.compress((line + "\n").encode()) for line in lines]
    return b"".join([*parts, packer.flush()])


def test_tiny_alike_records_are_refused_as_they_are_read_in_bounded_memory():
    data = _snapshot([_record(i) for i in range(200_000)] + ['{"kind":"client"}'])
    assert len(data) < 200_000 * 8  # packs to a few bytes a record
    tracemalloc.start()
    try:
        with pytest.raises(fmt.FileProblem) as refused:
            _head, lines = fmt.read_snapshot_file(data)
            snapshots.read_snapshot(lines)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.kind == fmt.TOO_LARGE
    assert str(refused.value) == fmt.TOO_DENSE
    assert peak < 80 << 20, peak  # all 200,000 held: about 270 MB


def test_records_of_a_real_size_are_read():
    """Records that pack as a journal's do (each with its random id and a random name)."""
    lines = [_record(i, name=uuid.uuid4().hex[:12]) for i in range(5_000)]
    lines = [line.replace(str(uuid.UUID(int=i + 1, version=4)), str(uuid.uuid4()))
             for i, line in enumerate(lines)]  # fmt: skip
    data = _snapshot(lines)
    _head, found = fmt.read_snapshot_file(data)
    assert len(snapshots.read_snapshot(found)) == 5_000


@pytest.mark.parametrize(
    "state",
    [
        {"c": [CLOCK], "f": {f"profile/k{i}": [str(i), 0, None] for i in range(6_000)}},
        {"c": [CLOCK], "f": {"name": ["N", 0, None]}, "v": [[0, None, "x"]] * 1_001},
        {"c": [CLOCK] * 50, "f": {"name": ["N", 0, None]}},
    ],
    ids=["fields", "versions", "clocks"],
)
def test_a_record_with_more_than_one_may_have_is_refused(state):
    record = {"kind": "client", "uuid": str(uuid.uuid4()), "s": state}
    _head, lines = fmt.read_snapshot_file(_snapshot([json.dumps(record)]))
    with pytest.raises(fmt.FileProblem):
        snapshots.read_snapshot(lines)
