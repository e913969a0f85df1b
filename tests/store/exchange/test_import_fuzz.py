"""Fuzzing the JSON importer: thousands of broken export files, none may crash or half-import.

From two valid exports (one of another journal, all new to this one; one of this journal with
newer times, so the update paths run too) the cases are made by: truncation at a random byte,
random byte flips, invalid UTF-8, BOMs and UTF-16, NUL and control bytes, wrong types and
out-of-range numbers per field, missing and extra keys, huge strings, deep nesting, duplicated
uuids and keys, lone surrogates, and odd dates (0000-00-00, year 99999, no time zone, the
first and last instants a journal can hold, ...).  Each case is imported into a journal with
data and must either import (a mutation that is still a valid export) or raise the importer's
own ``ImportFailed`` with one line naming the file, and leave every table exactly as it was.

Deterministic (seeded); ``CLIENTJOURNAL_FUZZ_CASES`` (default 2500) and
``CLIENTJOURNAL_FUZZ_CLI_CASES`` (default 150, through ``clientjournal import``) make it longer.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import random
import shutil
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from clientjournal.app import main as app_main
from clientjournal.core.demo.journal import generate
from clientjournal.paths import journal_file
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.demo.fill import fill
from clientjournal.store.exchange import journal as exchange
from clientjournal.store.models import database

CASES = int(os.environ.get("CLIENTJOURNAL_FUZZ_CASES", "2500"))
CLI_CASES = int(os.environ.get("CLIENTJOURNAL_FUZZ_CLI_CASES", "150"))
SEED = 20261123

Path_ = tuple[Any, ...]


# --- the journal and its fingerprint ------------------------------------------------------


def fingerprint() -> str:
    """Every row of every table (search index included), hashed."""
    digest = hashlib.sha256()
    tables = database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    for (table,) in tables:
        digest.update(table.encode())
        rows = database.execute_sql(f'SELECT * FROM "{table}"').fetchall()
        for row in sorted(repr(row) for row in rows):
            digest.update(row.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def demo_export(folder: Path, seed: int) -> dict:
    open_journal(folder)
    fill(generate(6, 60, seed=seed))
    document = exchange.export_data()
    close_journal()
    return document


def newer(document: dict) -> dict:
    """The same records with later times: importing it replaces them (the update paths)."""
    result = copy.deepcopy(document)
    for path in list(paths(result)):
        if path and path[-1] == "updated_at":
            put(result, path, "2099-01-01T00:00:00.000000Z")
    return result


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> dict[str, Any]:
    work = tmp_path_factory.mktemp("fuzz")
    foreign = demo_export(work / "other", seed=5)
    own = demo_export(work / "journal", seed=6)
    open_journal(work / "journal")
    before = fingerprint()
    close_journal()
    snapshot = work / "snapshot.sqlite3"
    shutil.copyfile(journal_file(work / "journal"), snapshot)
    return {
        "work": work,
        "journal": work / "journal",
        "snapshot": snapshot,
        "before": before,
        "documents": [foreign, newer(own)],
    }


# --- mutations ----------------------------------------------------------------------------


def paths(value: Any, path: Path_ = ()) -> Iterator[Path_]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*path, index))


def get(document: Any, path: Path_) -> Any:
    for key in path:
        document = document[key]
    return document


def put(document: Any, path: Path_, value: Any) -> None:
    get(document, path[:-1])[path[-1]] = value


ODD_VALUES: list[Any] = [
    None, True, False, 0, -1, 1, 3, -3, 2**31, 2**63, -(2**63) - 1, 10**30, 1.5, -0.0, 1e308,
    1e-320, "", " ", "x", "\u0000", "\ud800", "\udfff x \ud800", "\u202eevil", "👩‍👩‍👧‍👦", [], [1],
    {}, {"a": 1}, [[[]]], "0000-00-00", "99999-01-01", "2024-13-01", "2024-02-30",
    "2024-01-01T00:00:00", "2024-01-01T00:00:00+25:00", "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z",
    "1969-12-31T23:59:59Z", "2038-01-19T03:14:08Z", "0001-01-01", "9999-12-31", "1900-02-29",
    "00000000-0000-0000-0000-000000000000", "ABCDEF00-0000-4000-8000-000000000000", "NaN",
]  # fmt: skip


def writable(document: dict, *changed: Path_) -> dict:
    """A copy that shares everything but the containers on the ``changed`` paths."""
    root = copy.copy(document)
    for path in changed:
        node = root
        for key in path[:-1]:
            node[key] = copy.copy(node[key])
            node = node[key]
    return root


def structural(rng: random.Random, base: dict, everything: list[Path_]) -> tuple[str, dict]:
    """One change to a copy of the parsed document; returns what was done and the copy."""
    path = rng.choice(everything[1:])
    kind = rng.choice(
        ["type", "type", "type", "delete", "extra", "huge", "deep", "duplicate uuid", "swap"]
    )
    document = writable(base, path, (*path, None))
    if kind == "type":
        put(document, path, rng.choice(ODD_VALUES))
    elif kind == "delete":
        del get(document, path[:-1])[path[-1]]
    elif kind == "extra":
        target = get(document, path)
        if not isinstance(target, dict | list):
            target = get(document, path[:-1])
        if isinstance(target, dict):
            target[rng.choice(["extra", "uuid2", "\ud800", "", "notes "])] = rng.choice(ODD_VALUES)
        elif isinstance(target, list):
            target.append(rng.choice(ODD_VALUES))
    elif kind == "huge":
        put(document, path, rng.choice(["a", "ä", "😀", "\n"]) * rng.choice([10**5, 10**6 + 1]))
    elif kind == "deep":
        nested: Any = "x"
        for _ in range(rng.choice([50, 900, 5000])):
            nested = [nested] if rng.random() < 0.5 else {"a": nested}
        put(document, path, nested)
    elif kind == "duplicate uuid":
        uuids = [p for p in everything if p and p[-1] == "uuid"]
        source, target = rng.choice(uuids), rng.choice(uuids)
        document = writable(base, target)
        put(document, target, get(base, source))
    else:  # swap two values of the same key name (a note's time into a client, ...)
        same = [
            p
            for p in everything
            if p and p[-1] == path[-1] and p[: len(path)] != path and path[: len(p)] != p
        ]
        if same:
            other = rng.choice(same)
            document = writable(base, path, other)
            put(document, path, get(base, other))
            put(document, other, get(base, path))
    return f"{kind} at {path}", document


def raw_bytes(rng: random.Random, data: bytes) -> tuple[str, bytes]:
    kind = rng.choice(["truncate", "flip", "utf8", "bom", "nul", "utf16", "duplicate key", "deep"])
    if kind == "truncate":
        cut = rng.randrange(len(data))
        return f"truncated at {cut}", data[:cut]
    if kind == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 5)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return "bytes flipped", bytes(out)
    if kind == "utf8":
        at = rng.randrange(len(data))
        bad = rng.choice([b"\xff", b"\xc3", b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"])
        return f"invalid UTF-8 at {at}", data[:at] + bad + data[at:]
    if kind == "bom":
        return "BOM", rng.choice([b"\xef\xbb\xbf", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xff\xfe"]) + data
    if kind == "nul":
        at = rng.randrange(len(data))
        return f"control byte at {at}", data[:at] + rng.choice([b"\x00", b"\x01", b"\x1b"]) + data[
            at:
        ]
    if kind == "utf16":
        return "UTF-16", data.decode("utf-8").encode(rng.choice(["utf-16", "utf-16-le"]))
    if kind == "deep":  # deeper than json.dumps could write: built as text
        depth = rng.choice([900, 5000, 100_000])
        opening, closing = rng.choice([(b"[", b"]"), (b'{"a": ', b"}")])
        at = data.index(b'"notes": ') + len(b'"notes": ')
        return f"nested {depth} deep", data[
            :at
        ] + opening * depth + b"1" + closing * depth + b', "x": ' + data[at:]
    at = data.index(b'"exported_at"')  # the same key twice in one object
    return "duplicate key", data[:at] + b'"exported_at": "2024-01-01T00:00:00Z", ' + data[at:]


def cases(rng: random.Random, documents: list[dict], count: int) -> Iterator[tuple[str, bytes]]:
    encoded = [json.dumps(d, ensure_ascii=rng.random() < 0.5).encode() for d in documents]
    listed = [list(paths(d)) for d in documents]
    for number in range(count):
        which = rng.randrange(len(documents))
        if number % 3 == 0:
            what, data = raw_bytes(rng, encoded[which])
        else:
            what, document = structural(rng, documents[which], listed[which])
            try:
                data = json.dumps(document, ensure_ascii=rng.random() < 0.5).encode(
                    "utf-8", "surrogatepass"
                )
            except RecursionError:
                continue
        yield f"case {number} ({['foreign', 'own newer'][which]}): {what}", data


# --- running them -------------------------------------------------------------------------


def restore(bases: dict) -> None:
    close_journal()
    for suffix in ("-wal", "-shm"):
        Path(str(journal_file(bases["journal"])) + suffix).unlink(missing_ok=True)
    shutil.copyfile(bases["snapshot"], journal_file(bases["journal"]))
    open_journal(bases["journal"])


def attempt(
    bases: dict, what: str, data: bytes, run: Callable[[Path], str | None], bugs: list[str]
) -> str:
    """'imported', 'refused' or 'bug'; a success restores the journal for the next case."""
    path = bases["work"] / "case.json"
    path.write_bytes(data)
    try:
        problem = run(path)
    except Exception:
        bugs.append(f"{what}: uncaught {traceback.format_exc(limit=-3)}")
        restore(bases)
        return "bug"
    if problem == "imported":
        restore(bases)
        return "imported"
    if problem:
        bugs.append(f"{what}: {problem}")
    if fingerprint() != bases["before"]:
        bugs.append(f"{what}: the journal changed although the import failed")
        restore(bases)
    return "refused" if not problem else "bug"


def store_import(path: Path) -> str | None:
    try:
        exchange.import_file(path)
    except exchange.ImportFailed as error:
        message = str(error)
        if "\n" in message or "\r" in message or not message.startswith(f"{path}: "):
            return f"not one line naming the file: {message!r}"
        if not error.reason:
            return "no reason given"
        return None
    return "imported"


def test_broken_files_never_crash_and_never_half_import(bases):
    rng = random.Random(SEED)
    open_journal(bases["journal"])
    bugs: list[str] = []
    outcomes: dict[str, int] = {"imported": 0, "refused": 0, "bug": 0}
    try:
        for what, data in cases(rng, bases["documents"], CASES):
            outcomes[attempt(bases, what, data, store_import, bugs)] += 1
            if len(bugs) >= 20:
                break
    finally:
        close_journal()
    print(f"fuzzed {sum(outcomes.values())} files: {outcomes}")
    assert bugs == [], "\n".join(bugs)
    assert outcomes["refused"] > CASES * 0.7  # the mutations do break the files


def test_the_message_points_at_the_changed_record(bases, tmp_path):
    """A wrong value in one client's record is reported at that record: clients[i]."""
    rng = random.Random(SEED + 1)
    document = bases["documents"][0]
    open_journal(bases["journal"])
    try:
        checked = 0
        for _ in range(300):
            changed = copy.deepcopy(document)
            leaf = rng.choice(
                [p for p in paths(changed) if len(p) > 3 and p[0] == "clients" and p[-1] != "uuid"]
            )
            put(changed, leaf, {"a": [1]})  # an object is wrong for every field below a record
            path = tmp_path / "one.json"
            path.write_text(json.dumps(changed), encoding="utf-8")
            with pytest.raises(exchange.ImportFailed) as caught:
                exchange.import_file(path)
            assert f"clients[{leaf[1]}]" in caught.value.location, (leaf, str(caught.value))
            named = str(leaf[-1] if isinstance(leaf[-1], str) else leaf[-2])
            assert named in str(caught.value) or "[field " in str(caught.value)
            checked += 1
        assert fingerprint() == bases["before"]
    finally:
        close_journal()
    assert checked == 300


def test_broken_files_through_the_command_line(bases, capsys):
    """``clientjournal import`` run in-process: exit 2 and one line on stderr, or exit 0."""
    rng = random.Random(SEED + 2)
    bugs: list[str] = []
    outcomes = {"imported": 0, "refused": 0, "bug": 0}

    def cli_import(path: Path) -> str | None:
        close_journal()
        status = app_main(["--data-dir", str(bases["journal"]), "import", str(path)])
        out, err = capsys.readouterr()
        open_journal(bases["journal"])
        if status == 0:
            return "imported"
        lines = err.splitlines()
        prefix = f"clientjournal: import failed, nothing was changed: {path}: "
        if status != 2 or len(lines) != 1 or not lines[0].startswith(prefix) or out:
            return f"exit {status}, stdout {out!r}, stderr {err!r}"
        return None

    open_journal(bases["journal"])
    try:
        for what, data in cases(rng, bases["documents"], CLI_CASES):
            outcomes[attempt(bases, what, data, cli_import, bugs)] += 1
    finally:
        close_journal()
    assert bugs == [], "\n".join(bugs[:20])
    assert outcomes["refused"] > 0


# --- regressions the fuzzing found ---------------------------------------------------------


def _one_client(bases: dict) -> dict:
    document = copy.deepcopy(bases["documents"][0])
    document["clients"] = [c for c in document["clients"] if c["agreements"]][:1]
    document.pop("agreement_templates", None)
    return document


@pytest.mark.parametrize("value", [10**30, -(2**63) - 1, 2**63, 1e300])
def test_a_whole_number_too_big_for_the_journal_is_refused(bases, tmp_path, value):
    """Was an uncaught OverflowError from SQLite (an agreement's position has no maximum)."""
    document = _one_client(bases)
    document["clients"][0]["agreements"][0]["position"] = value
    path = tmp_path / "big.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    open_journal(bases["journal"])
    try:
        with pytest.raises(exchange.ImportFailed) as caught:
            exchange.import_file(path)
        assert caught.value.location == "clients[0] agreements[0].position"
        assert "too big a number to store" in caught.value.reason
        assert fingerprint() == bases["before"]
    finally:
        close_journal()


def test_a_lone_surrogate_in_the_message_still_prints(bases, tmp_path, capsys):
    """Was a UnicodeEncodeError while printing the error: an unexpected key "\\ud800"."""
    document = _one_client(bases)
    document["clients"][0]["notes"][0]["\ud800"] = 1
    path = tmp_path / "surrogate.json"
    path.write_bytes(json.dumps(document).encode())
    status = app_main(["--data-dir", str(bases["journal"]), "import", str(path)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.endswith("clients[0] notes[0][field 9]: unexpected field\n")  # never quoted


def test_the_message_never_quotes_a_name_or_a_title(bases, tmp_path):
    """The place in the file, not the client's name: messages end up in logs (issue 8)."""
    document = _one_client(bases)
    client = document["clients"][0]
    client["name"] = "Planted Clientname"
    client["agreements"][0]["title"] = "Planted Title"
    client["agreements"][0]["status"] = "maybe"
    path = tmp_path / "named.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    open_journal(bases["journal"])
    try:
        with pytest.raises(exchange.ImportFailed) as caught:
            exchange.import_file(path)
    finally:
        close_journal()
    assert str(caught.value).startswith(f"{path}: clients[0] agreements[0].status: ")
    assert "Planted" not in str(caught.value)
