"""attack18 M13: standard output that is closed (``>&-``), full (``> /dev/full``) or whose
reader has gone (``| head``) is said as such in one line, never as a traceback and never as
"the disk is full" (it is not the journal's disk); a closed one refuses before anything is
done, a reader that stopped ends the command quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX descriptors")


def env(data_dir: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CLIENTJOURNAL_")}
    clean["CLIENTJOURNAL_CONFIG_DIR"] = str(data_dir.parent / "config")
    return clean | {"CLIENTJOURNAL_LOCK_WAIT": "0"}


def run(
    data_dir: Path, *args: str, stdout=subprocess.PIPE, **kwargs
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", "--data-dir", str(data_dir), *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=120,
        env=env(data_dir),
        **kwargs,
    )


def closed_stdout() -> None:
    os.close(1)


@pytest.fixture(scope="module")
def journal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("stdout") / "journal"
    made = run(data_dir, "demo", "--clients", "3", "--notes", "30")
    assert made.returncode == 0, made.stderr
    return data_dir


def one_line(done: subprocess.CompletedProcess, status: int, *words: str) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == status, (done.returncode, err)
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert err.count("\n") == 1, err
    for word in words:
        assert word in err, err
    return err


@pytest.mark.parametrize(
    "args",
    [("export",), ("export", "--format", "csv"), ("export", "--format", "ics"), ("search", "a")],
    ids=["json", "csv", "ics", "search"],
)
def test_a_closed_stdout_is_refused_in_one_line(journal: Path, args: tuple[str, ...]):
    done = run(journal, *args, stdout=None, preexec_fn=closed_stdout)
    one_line(done, 2, "standard output is closed")


def test_tone_with_a_closed_stdout_is_refused_in_one_line(journal: Path):
    done = run(journal, "tone", stdout=None, preexec_fn=closed_stdout, input=b"Danke sehr\n")
    one_line(done, 2, "standard output is closed")


def test_an_export_to_a_file_needs_no_stdout(journal: Path, tmp_path: Path):
    done = run(
        journal, "export", "-o", str(tmp_path / "x.json"), stdout=None, preexec_fn=closed_stdout
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "x.json").stat().st_size > 0


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize(
    "args",
    [("check",), ("export",), ("export", "--format", "csv"), ("search", "a"), ("tone",)],
    ids=["check", "json", "csv", "search", "tone"],
)
def test_a_full_stdout_is_not_called_a_full_disk(journal: Path, args: tuple[str, ...]):
    with open("/dev/full", "wb") as full:
        done = run(journal, *args, stdout=full, input=b"Danke sehr\n")
    err = one_line(done, 1, "standard output cannot be written")
    assert "disk is full" not in err


def test_a_reader_that_stops_ends_the_command_quietly(journal: Path):
    reader, writer = os.pipe()
    os.close(reader)  # the reader has had enough before the first line
    try:
        done = run(journal, "search", "a", stdout=writer)
    finally:
        os.close(writer)
    assert done.returncode == 0, done.stderr
    assert b"failed" not in done.stderr and b"Traceback" not in done.stderr


def test_stdout_still_carries_the_export(journal: Path, tmp_path: Path):
    shown = run(journal, "export", "--format", "csv")
    assert shown.returncode == 0, shown.stderr
    run(journal, "export", "--format", "csv", "-o", str(tmp_path / "x.csv"))
    assert shown.stdout == (tmp_path / "x.csv").read_bytes()


@pytest.mark.parametrize(
    "args", [("--clients", "100000000"), ("--notes", "50000000"), ("--clients", "0")]
)
def test_demo_refuses_sizes_that_would_fill_memory_before_anything(
    tmp_path: Path, args: tuple[str, ...]
):
    """attack18 M14: ``demo --clients 100000000`` grew in memory before writing anything."""
    import resource

    def limit() -> None:  # without the bound: a MemoryError soon, not a machine out of memory
        resource.setrlimit(resource.RLIMIT_AS, (700_000_000, 700_000_000))

    data_dir = tmp_path / "journal"
    done = run(data_dir, "demo", *args, preexec_fn=limit)
    one_line(done, 2, "demo needs --clients 1 to 100000 and --notes 0 to 5000000")
    assert not data_dir.exists()


@pytest.mark.parametrize("kind", ["json", "csv", "ics"])
def test_an_output_of_dash_is_standard_output(journal: Path, tmp_path: Path, kind: str) -> None:
    """``-o -`` means standard output, as for most tools; it wrote a file named ``-``."""
    done = run(journal, "export", "--format", kind, "-o", "-", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() and not (tmp_path / "-").exists()
    default = run(journal, "export", "--format", kind).stdout

    def timeless(output: bytes) -> list[bytes]:  # the time of the export differs
        return [line for line in output.splitlines() if b"exported_at" not in line
                and not line.startswith(b"DTSTAMP")]  # fmt: skip

    assert timeless(done.stdout) == timeless(default)
