"""The frozen app (PyInstaller one-folder build, build/build.sh) starts and round-trips a journal.

Slow (a build takes a minute on a small machine), so it only runs when asked:

    CLIENTJOURNAL_TEST_FROZEN=1 .venv/bin/python -m pytest tests/test_frozen_build.py

builds with build/build.sh first; ``CLIENTJOURNAL_FROZEN_DIR=build/dist/clientjournal`` tests an
existing build instead.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN_ENV = "CLIENTJOURNAL_TEST_FROZEN"
DIR_ENV = "CLIENTJOURNAL_FROZEN_DIR"

pytestmark = pytest.mark.skipif(
    os.environ.get(RUN_ENV) != "1",
    reason=f"builds the frozen app with PyInstaller (slow); set {RUN_ENV}=1 to run",
)


@pytest.fixture(scope="module")
def app_dir() -> Path:
    """The one-folder build: $CLIENTJOURNAL_FROZEN_DIR, else a fresh build/build.sh run."""
    given = os.environ.get(DIR_ENV)
    if given:
        folder = Path(given).expanduser().resolve()
        assert (folder / "clientjournal").is_file(), f"{DIR_ENV}={given}: no clientjournal in it"
        return folder
    build = subprocess.run(
        ["bash", str(ROOT / "build" / "build.sh")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, f"build/build.sh failed:\n{build.stdout}\n{build.stderr}"
    return ROOT / "build" / "dist" / "clientjournal"


def frozen(
    app_dir: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(app_dir / "clientjournal"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def test_frozen_app_starts_in_german_with_all_translations(app_dir: Path, tmp_path: Path):
    result = frozen(
        app_dir,
        "--data-dir",
        str(tmp_path / "j"),
        "--smoke-test",
        env={"CLIENTJOURNAL_LANGUAGE": "de"},
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"ready in \d+ ms", result.stdout.strip()), result.stdout
    # Both catalogues are in the bundle: the app's own and Qt's qtbase_de.qm.
    assert "cannot load the translation" not in result.stderr, result.stderr


def test_frozen_demo_export_import_round_trip(app_dir: Path, tmp_path: Path):
    source, target, exported = tmp_path / "a", tmp_path / "b", tmp_path / "e.json"
    demo = frozen(app_dir, "--data-dir", str(source), "demo", "--clients", "20", "--notes", "200")
    assert demo.returncode == 0, demo.stderr
    export = frozen(app_dir, "--data-dir", str(source), "export", "-o", str(exported))
    assert export.returncode == 0, export.stderr
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert len(data["clients"]) == 20
    assert sum(len(client["notes"]) for client in data["clients"]) == 200

    # Import validates against export-schema.json: this proves the bundle's package data loads.
    imported = frozen(app_dir, "--data-dir", str(target), "import", str(exported))
    assert imported.returncode == 0, imported.stderr
    agreements = sum(len(client["agreements"]) for client in data["clients"])
    drafts = sum(len(client["drafts"]) for client in data["clients"])
    assert agreements > 0  # the demo has checklists
    expected = f"imported 20 clients, 200 notes, {agreements} agreements, {drafts} drafts"
    assert imported.stdout.strip() == expected
    again = frozen(app_dir, "--data-dir", str(target), "export")
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["clients"] == data["clients"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "clientjournal", ', "invalid JSON"),
        # Well-formed, rejected only by the schema (found through importlib.resources).
        (
            '{"format": "clientjournal", "version": 1, "exported_at": "2025-01-01T00:00:00Z",'
            ' "clients": [{"name": 5}]}',
            "clients[0]",
        ),
    ],
    ids=["bad-json", "schema"],
)
def test_frozen_bad_import_prints_one_line_and_exits_2(
    app_dir: Path, tmp_path: Path, content: str, expected: str
):
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    result = frozen(app_dir, "--data-dir", str(tmp_path / "j"), "import", str(bad))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr


def test_frozen_build_is_trimmed(app_dir: Path):
    internal = app_dir / "_internal"
    names = {path.name for path in internal.rglob("*")}
    assert (internal / "clientjournal" / "resources" / "export-schema.json").is_file()
    unused = {"libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6"}
    assert not unused & names
    assert not {"tkinter", "unittest", "QtNetwork.abi3.so"} & names
    qt_translations = internal / "PySide6" / "Qt" / "translations"
    assert sorted(path.name for path in qt_translations.iterdir()) == [
        "qtbase_de.qm",
        "qtbase_en.qm",
    ]


def test_frozen_tone_detector_finds_its_model(app_dir: Path):
    result = subprocess.run(
        [str(app_dir / "clientjournal"), "tone"],
        input="Das ist jetzt schon wieder falsch!!! Letzte Chance.",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "verdict: heated" in result.stdout
    # every model file the package ships, the English word vectors too: without them English
    # drafts are still rated, only worse, so nothing else would notice them missing
    shipped = Path(__file__).parents[1] / "clientjournal" / "resources" / "tone"
    frozen = app_dir / "_internal" / "clientjournal" / "resources" / "tone"
    assert {p.name for p in shipped.iterdir() if p.suffix in (".gz", ".bin")} <= {
        p.name for p in frozen.iterdir()
    }
    assert (frozen / "wordvec-en.bin").is_file()
