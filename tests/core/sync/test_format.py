"""The sync folder's file names and content: what other programs leave is told apart, and a
file that is not exactly right is refused whole, naming the problem, never the content."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
import zlib

import pytest

from clientjournal.core.sync import format as fmt
from clientjournal.core.sync import snapshots
from clientjournal.core.sync.clock import Clock

DEVICE = "0123456789abcdef"


def test_change_file_names_and_what_engines_leave():
    assert fmt.change_file_name(7, False) == "0000000007.jsonl.gz"
    assert fmt.parse_change_file_name("0000000007.jsonl.gz") == fmt.ChangeFileName(7, False, False)
    assert fmt.parse_change_file_name("0000000007.jsonl.enc") == fmt.ChangeFileName(7, True, False)
    copies = [
        "0000000007.sync-conflict-20261206-101010-ABCDEFG.jsonl.gz",
        "0000000007.jsonl.sync-conflict-20261206-101010-ABCDEFG.gz",
        "0000000007 (Laptop's conflicted copy 2026-12-06).jsonl.gz",
    ]
    for name in copies:
        assert fmt.parse_change_file_name(name) == fmt.ChangeFileName(7, False, True), name
    ignored = [
        ".syncthing.0000000007.jsonl.gz.tmp",
        "~syncthing~0000000007.jsonl.gz.tmp",
        ".cj-0123.tmp",
        "0000000007.jsonl.gz.partial",
        "0000000007.txt.gz",
        "notes.jsonl.gz",
        "7.jsonl.gz",
        "000000000٧.jsonl.gz",  # a digit other than ASCII (int() read it as 7)
        "0000000007.jsonl.gz\n",
    ]
    for name in ignored:
        assert fmt.parse_change_file_name(name) is None, name
    assert fmt.parse_snapshot_file_name(f"{DEVICE}.jsonl.gz") == (DEVICE, False)
    assert fmt.parse_snapshot_file_name(f"{DEVICE}.sync-conflict-x.jsonl.gz") is None
    assert fmt.parse_snapshot_file_name(f"{DEVICE}\n.jsonl.gz") is None


def _file(lines: list, head: dict | None = None) -> bytes:
    return fmt.encode(head or fmt.header(DEVICE, "Laptop", 1), lines)


def _change(**changes: object) -> dict:
    stamp = Clock(DEVICE).tick(1_000)
    line = fmt.Change(
        "note", "00000000-0000-0000-0000-0000006e2d31", "body", "Hallo", stamp, None
    ).line()
    line.update(changes)
    return line


def _nested(depth: int) -> object:
    value: object = "deep"
    for _ in range(depth):
        value = [value]
    return value


def test_a_change_file_reads_back():
    head, lines = fmt.decode(_file([_change()]))
    assert head["device"] == DEVICE and head["name"] == "Laptop"
    (change,) = fmt.read_changes(head, lines)
    assert (change.kind, change.uuid, change.field, change.value) == (
        "note",
        "00000000-0000-0000-0000-0000006e2d31",
        "body",
        "Hallo",
    )


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda data: data[: len(data) // 2], "gzip"),
        (lambda data: b"not gzip at all", "gzip"),
        (lambda data: gzip.compress(b'{"format": "clientjournal-sync"'), "cut off"),
        (lambda data: gzip.compress(b"[]\n"), "header"),
        (lambda data: gzip.compress(b'{"format": "other"}\n'), "not a Client Journal"),
    ],
)
def test_a_damaged_file_is_refused_whole(damage, problem):
    with pytest.raises(fmt.FileProblem, match=problem) as refused:
        head, lines = fmt.decode(damage(_file([_change()])))
        fmt.read_changes(head, lines)
    assert "Hallo" not in str(refused.value)


def test_a_file_that_unpacks_far_beyond_its_size_is_refused(monkeypatch):
    """A gzip bomb (2 GB of zeros in 9 MB) is refused, never unpacked whole."""
    monkeypatch.setattr(fmt, "UNPACKED_BASE", 1_000)
    assert fmt.decode(_file([_change(value="x" * 900)]))
    with pytest.raises(fmt.FileProblem, match="too large when unpacked"):
        fmt.decode(_file([_change(value="x" * 200_000)]))


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (_change(kind="planet"), "unknown kind"),
        (_change(field="salary"), "unknown field"),
        (_change(value=["a", "list"]), "wrong type"),
        (_change(hlc="yesterday"), "clock"),
        (_change(hlc=Clock("fedcba9876543210").tick(5)), "this device's clock"),
        (_change(uuid=""), "record id"),
        ('"just text"', "not a change"),
        ("{broken", "not JSON"),
        (_change(field="mood", value=9), "cannot keep"),
        (_change(field="kind", value="séance"), "cannot keep"),
        (_change(field="created_at", value="not-a-time"), "cannot keep"),
        (_change(field="body", value=None), "cannot keep"),
        (_change(kind="client", field="profile/x", value=_nested(20)), "cannot keep"),
        ('{"kind": "note", "value": ' + "[" * 100_000 + "]" * 100_000 + "}", "not JSON"),
    ],
)
def test_one_bad_change_refuses_the_file(line, problem):
    data = _file([_change(), line])
    head, lines = fmt.decode(data)
    with pytest.raises(fmt.FileProblem, match=problem):
        fmt.read_changes(head, lines)


def test_a_snapshot_reads_back_and_is_checked():
    stamp = Clock(DEVICE).tick(1_000)
    fields = {"body": ["Hallo", stamp, None], "tags": [["vip"], stamp, None]}
    packed = json.dumps(snapshots.pack(fields, {stamp: [None, None]}), separators=(",", ":"))
    head = fmt.header(DEVICE, "Laptop", 3, snapshot=True)
    data = fmt.encode(
        head, [snapshots.snapshot_line("note", "00000000-0000-0000-0000-0000006e2d31", packed)]
    )
    head, lines = fmt.decode(data)
    (record,) = snapshots.read_snapshot(lines)
    assert record.fields == fields and record.versions == {stamp: [None, None]}
    assert record.packed_text == packed
    bad = packed.replace('"tags":[["vip"]', '"tags":["vip"')
    with pytest.raises(fmt.FileProblem):
        snapshots.read_snapshot(
            [snapshots.snapshot_line("note", "00000000-0000-0000-0000-0000006e2d31", bad)]
        )
    with pytest.raises(fmt.FileProblem, match="clock"):
        snapshots.read_snapshot(
            [
                snapshots.snapshot_line(
                    "note",
                    "00000000-0000-0000-0000-0000006e2d31",
                    packed.replace('"Hallo",0,', '"Hallo",5,'),
                )
            ]
        )


def test_names_from_the_folder_cannot_write_to_a_terminal():
    evil = "Evil\x1b[2J\x1b]0;owned\x07\nclientjournal: all good\r\u202e" + "x" * 300
    head, _lines = fmt.decode(_file([_change()], fmt.header(DEVICE, evil, 1)))
    name = head["name"]
    assert name.isprintable() and len(name) <= fmt.MAX_NAME and "\n" not in name
    assert name.startswith("Evil[2J]0;owned clientjournal: all good")
    assert fmt.clean_name("Anna's Laptop") == "Anna's Laptop"
    shown = fmt.printable("0000000001.sync-conflict-\x1b[2J\rfake.jsonl.gz")
    assert shown.isprintable() and "\\x1b" in shown and "\\r" in shown


def test_a_lone_surrogate_is_refused():
    escaped = json.dumps(_change(value="\ud800"))  # valid JSON: "\\ud800"
    head, lines = fmt.decode(_file([_change(), escaped]))
    with pytest.raises(fmt.FileProblem, match="not JSON"):
        fmt.read_changes(head, lines)
    head, lines = fmt.decode(_file([_change(value="\U0001f600 fine")]))
    assert fmt.read_changes(head, lines)[0].value == "\U0001f600 fine"


def test_a_change_file_holds_at_most_max_changes(monkeypatch):
    """Sync-attack finding 20: a file of 3 million tiny changes took 98 s and gigabytes."""
    monkeypatch.setattr(fmt, "MAX_CHANGES", 3)
    many = [_change(hlc=Clock(DEVICE).tick(1_000 + i)) for i in range(4)]
    head, changes = fmt.read_change_file(_file(many[:3]))
    assert len(changes) == 3 and head["seq"] == 1
    with pytest.raises(fmt.FileProblem, match="too many changes"):
        fmt.read_change_file(_file(many))
    assert fmt.change_file(fmt.header(DEVICE, "Laptop", 1), []) is not None
    changes.append(changes[0])
    assert fmt.change_file(fmt.header(DEVICE, "Laptop", 1), changes) is None  # a snapshot then


def test_a_change_file_is_read_as_a_stream_and_stops_at_its_limits(monkeypatch):
    """The lines are unpacked a megabyte at a time: a file of endless empty lines (a gzip
    bomb of line breaks) is refused after the first megabyte, never unpacked whole."""
    monkeypatch.setattr(fmt, "MAX_CHANGE_TEXT", 5_000)
    assert fmt.read_change_file(_file([_change(value="x" * 1_000)]))
    with pytest.raises(fmt.FileProblem, match="too large when unpacked"):
        fmt.read_change_file(_file([_change(value="x" * 10_000)]))
    head = json.dumps(fmt.header(DEVICE, "Laptop", 1))
    endless = gzip.compress((head + "\n" + "\n" * 5_000_000).encode())
    lines = fmt.stream_lines(endless, 1 << 40, fmt.MAX_CHANGES)
    with pytest.raises(fmt.FileProblem, match="too many changes"):
        for _count, _line in enumerate(lines):
            assert _count <= 1 << 20  # within the first megabyte
    monkeypatch.undo()
    assert fmt.read_change_file(_file([_change(value="é" * 700_000)]))  # lines across chunks


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (gzip.compress(b'{"format": "clientjournal-sync"}', mtime=0)[:-8], "not a complete gzip"),
        (_file([]) + b"junk", "not a complete gzip"),
        (gzip.compress(b"\xff\xfe\n", mtime=0), "not UTF-8"),
        (gzip.compress(b"", mtime=0), "no header"),
        (b"not gzip at all", "not a complete gzip"),
    ],
    # ids that do not hold the bytes: gzip writes the time into them, and workers that
    # collect a second apart would see different tests (pytest-xdist refuses to run then)
    ids=["cut-off", "junk-after", "not-utf8", "empty", "not-gzip"],
)
def test_a_damaged_change_file_is_refused_by_the_stream(data, problem):
    with pytest.raises(fmt.FileProblem, match=problem):
        fmt.read_change_file(data)


def test_a_snapshot_unpacks_to_at_most_a_fixed_size(monkeypatch):
    monkeypatch.setattr(fmt, "MAX_SNAPSHOT_TEXT", 2_000)
    assert fmt.decode(_file([_change(value="x" * 900)]))
    with pytest.raises(fmt.FileProblem, match="too large when unpacked"):
        fmt.decode(_file([_change(value="x" * 3_000)]))


def _junk_snapshot(lines: int, width: int = 10_000) -> bytes:
    """A snapshot's header and then ``lines`` lines of junk (packs a thousand times)."""
    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    head = json.dumps(fmt.header(DEVICE, "Evil", 1, snapshot=True)) + "\n"
    parts = [packer.compress(head.encode())]
    line = b"x" * (width - 1) + b"\n"
    parts += [packer.compress(line) for _ in range(lines)]
    return b"".join([*parts, packer.flush()])


def test_a_junk_snapshot_is_refused_at_its_first_lines_in_bounded_memory(monkeypatch):
    """Sync-attack-20 finding 2: a snapshot was unpacked whole, decoded and split before a
    line was looked at (3 times its text: 3.2 GB for a 35 MB file of junk, at every
    round).  Read as a stream, the junk is refused at its first batch of lines."""
    monkeypatch.setattr(fmt, "UNPACKED_BASE", 1 << 30)  # its size is within the limits
    data = _junk_snapshot(12_800)  # 128 MB of text
    tracemalloc.start()
    try:
        head, lines = fmt.read_snapshot_file(data)
        assert head["snapshot"]
        with pytest.raises(fmt.FileProblem, match="not JSON"):
            snapshots.read_snapshot(lines)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 << 20, peak


def test_a_snapshot_line_longer_than_a_record_may_be_is_refused(monkeypatch):
    monkeypatch.setattr(fmt, "UNPACKED_BASE", 1 << 30)
    monkeypatch.setattr(fmt, "MAX_LINE", 3 << 20)
    _head, lines = fmt.read_snapshot_file(_junk_snapshot(3, width=1 << 20))
    assert len(next(lines)) == (1 << 20) - 1
    data = _junk_snapshot(2, width=4 << 20)
    with pytest.raises(fmt.FileProblem, match="a line too long"):
        _head, lines = fmt.read_snapshot_file(data)
        next(lines)


def test_a_change_file_among_the_snapshots_is_refused():
    with pytest.raises(fmt.FileProblem, match="not a snapshot"):
        fmt.read_snapshot_file(_file([_change()]))


class _Counting(io.FileIO):
    """A file that counts what is read of it."""

    taken = 0

    def read(self, size: int | None = -1) -> bytes | None:
        data = super().read(size)
        self.taken += len(data or b"")
        return data


def test_a_snapshot_is_read_from_its_file_as_a_stream(tmp_path):
    """Sync-attack-20 finding 2 (a file that lies about its size): a sparse file of 1 GiB,
    a gzip header and then zeros, was read whole into memory at every round before it was
    found cut off; read as a stream it is refused after its first megabytes."""
    sparse = tmp_path / "sparse.jsonl.gz"
    with sparse.open("wb") as stream:
        stream.write(gzip.compress(b"")[:10])
        stream.truncate(1 << 30)
    with _Counting(sparse) as stream, pytest.raises(fmt.FileProblem):
        _head, lines = fmt.read_snapshot_file(stream, 1 << 30)
        list(lines)
    assert stream.taken < 8 << 20
    good = tmp_path / "good.jsonl.gz"
    good.write_bytes(fmt.encode(fmt.header(DEVICE, "Laptop", 1, snapshot=True), ["{}"]))
    with _Counting(good) as stream:
        head, lines = fmt.read_snapshot_file(stream, good.stat().st_size)
        assert head["snapshot"] and list(lines) == ["{}"]


def test_a_file_of_a_newer_version_says_to_update_this_one():
    """attack-20e E3: "written by another version" did not say this one is the older."""
    newer = {**fmt.header(DEVICE, "Laptop", 1), "version": fmt.VERSION + 1}
    with pytest.raises(fmt.FileProblem, match="newer version") as refused:
        fmt.decode(_file([_change()], newer))
    assert refused.value.kind == fmt.NEWER
    older = {**fmt.header(DEVICE, "Laptop", 1), "version": 0}
    with pytest.raises(fmt.FileProblem, match="another version") as refused:
        fmt.decode(_file([_change()], older))
    assert refused.value.kind == fmt.OTHER_VERSION
