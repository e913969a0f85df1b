"""The command line as other tools and scripts use it (DESIGN.md, "Stable interfaces")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.app import main


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clientjournal", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_demo_export_import_round_trip_on_the_command_line(tmp_path: Path):
    source, target = tmp_path / "a", tmp_path / "b"
    demo = run(
        "--data-dir", str(source), "demo", "--clients", "12", "--notes", "150", "--seed", "3"
    )
    assert demo.returncode == 0, demo.stderr
    assert "12 clients" in demo.stderr
    again = run("--data-dir", str(source), "demo", "--clients", "1", "--notes", "1")
    assert again.returncode == 2 and "not empty" in again.stderr.lower()

    exported = run(
        "export", "--data-dir", str(source), "--format", "json", "-o", str(tmp_path / "x.json")
    )
    assert exported.returncode == 0, exported.stderr
    data = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    assert data["format"] == "clientjournal" and data["version"] == 1
    assert len(data["clients"]) == 12
    assert sum(len(c["notes"]) for c in data["clients"]) == 150

    imported = run("--data-dir", str(target), "import", str(tmp_path / "x.json"))
    assert imported.returncode == 0, imported.stderr
    agreements = sum(len(c["agreements"]) for c in data["clients"])
    drafts = sum(len(c["drafts"]) for c in data["clients"])
    assert agreements > 0 and drafts > 0  # the demo has checklists and drafts
    assert imported.stdout.strip() == (
        f"imported 12 clients, 150 notes, {agreements} agreements, {drafts} drafts"
    )
    stdout_export = run("--data-dir", str(target), "export")
    again = json.loads(stdout_export.stdout)
    assert again["clients"] == data["clients"]


def test_bad_import_prints_one_line_and_exits_2(tmp_path: Path):
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "clientjournal", "version": 1, "exported_at": "2025-01-01T00:00:00Z", "clients": [{"name": 5}]}'
    )
    result = run("--data-dir", str(tmp_path / "j"), "import", str(bad))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "bad.json" in lines[0] and "clients[0]" in lines[0] and "nothing was changed" in lines[0]


def test_data_dir_from_the_environment(tmp_path: Path):
    folder = tmp_path / "from-env"
    result = run(
        "demo", "--clients", "2", "--notes", "3", env={"CLIENTJOURNAL_DATA_DIR": str(folder)}
    )
    assert result.returncode == 0, result.stderr
    assert (folder / "journal.sqlite3").exists()


def test_smoke_test_reports_ready(tmp_path: Path):
    folder = tmp_path / "j"
    assert (
        run("--data-dir", str(folder), "demo", "--clients", "20", "--notes", "200").returncode == 0
    )
    result = run("--data-dir", str(folder), "--smoke-test", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ready in ") and result.stdout.strip().endswith(" ms")


def test_without_a_display_the_app_says_how_to_run_it(tmp_path: Path, monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main(["--data-dir", str(tmp_path / "j")]) == 1
    message = capsys.readouterr().err
    assert "no display" in message and "xvfb-run" in message and "offscreen" in message


@pytest.mark.parametrize("args", [["demo", "--clients", "0"], ["export", "--format", "pdf"]])
def test_bad_arguments_are_refused(tmp_path: Path, args):
    result = run("--data-dir", str(tmp_path / "j"), *args)
    assert result.returncode == 2


def test_tone_rates_a_draft_from_stdin():
    heated = subprocess.run(
        [sys.executable, "-m", "clientjournal", "tone"],
        input="You ALWAYS change the brief at the last minute!!! This is your last chance.",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert heated.returncode == 0, heated.stderr
    assert "verdict: heated" in heated.stdout and "reasons:" in heated.stdout
    calm = subprocess.run(
        [sys.executable, "-m", "clientjournal", "tone", "--lang", "de"],
        input="Leider kann ich die Änderungen nicht mehr bis Freitag umsetzen. Ich melde mich Montag.",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert calm.returncode == 0 and "verdict: calm" in calm.stdout
    empty = subprocess.run(
        [sys.executable, "-m", "clientjournal", "tone"],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert empty.returncode == 2 and "standard input" in empty.stderr


def test_search_prints_matches_and_times_the_query(tmp_path: Path):
    import re

    folder = tmp_path / "j"
    assert (
        run("--data-dir", str(folder), "demo", "--clients", "20", "--notes", "400").returncode == 0
    )
    result = run("--data-dir", str(folder), "search", "Angebot", "--limit", "5")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert 1 <= len(lines) <= 5
    client, day, kind, text = lines[0].split("\t")
    assert (
        client
        and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)
        and kind in ("note", "agreement", "draft", "client")
    )
    assert "*Angebot" in text or "*angebot" in text.lower()
    assert re.fullmatch(r"\d+ results in \d+\.\d ms\n", result.stderr)
    nothing = run("--data-dir", str(folder), "search", "zzzqqq")
    assert nothing.stdout == "" and nothing.stderr.startswith("0 results in ")
