"""``clientjournal import FILE`` with vCard and CSV contacts (DESIGN.md, "Stable interfaces")."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clientjournal.app import main

DATA = Path(__file__).resolve().parents[1] / "data" / "contacts"


def journal_text(data_dir: Path, capsys) -> dict:
    assert main(["--data-dir", str(data_dir), "export"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("thunderbird.vcf", 2),
        ("apple.vcf", 2),
        ("google.vcf", 3),
        ("outlook_2_1.vcf", 2),
        ("google.csv", 3),
        ("outlook_de.csv", 3),
        ("excel_utf16.csv", 2),
    ],
)
def test_contacts_files_are_imported(tmp_path: Path, capsys, name: str, count: int) -> None:
    status = main(["--data-dir", str(tmp_path / "j"), "import", str(DATA / name)])
    out = capsys.readouterr()
    assert status == 0, out.err
    assert out.out == f"imported {count} clients, 0 notes, 0 agreements, 0 drafts\n"
    assert len(journal_text(tmp_path / "j", capsys)["clients"]) == count


def test_without_a_known_extension_the_content_decides(tmp_path: Path, capsys) -> None:
    vcard = shutil.copy(DATA / "thunderbird.vcf", tmp_path / "contacts.txt")
    table = shutil.copy(DATA / "outlook_de.csv", tmp_path / "export")
    assert main(["--data-dir", str(tmp_path / "j"), "import", str(vcard)]) == 0
    assert main(["--data-dir", str(tmp_path / "j"), "import", str(table)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "imported 2 clients, 0 notes, 0 agreements, 0 drafts",
        "imported 3 clients, 0 notes, 0 agreements, 0 drafts",
    ]


def test_a_second_import_skips_the_duplicates_and_says_so(tmp_path: Path, capsys) -> None:
    args = ["--data-dir", str(tmp_path / "j"), "import", str(DATA / "google.vcf")]
    assert main(args) == 0
    capsys.readouterr()
    assert main(args) == 0
    out = capsys.readouterr()
    assert out.out == "imported 0 clients, 0 notes, 0 agreements, 0 drafts\n"
    assert "skipped 3 duplicates" in out.err
    assert main([*args, "--duplicates", "tag"]) == 0
    out = capsys.readouterr()
    assert out.out == "imported 3 clients, 0 notes, 0 agreements, 0 drafts\n"
    assert "tagged 3" in out.err
    tagged = [c for c in journal_text(tmp_path / "j", capsys)["clients"] if c["tags"]]
    assert sum("possible duplicate" in c["tags"] for c in tagged) == 3


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("broken_truncated.vcf", ["card 2", "END:VCARD"]),
        ("broken_binary.vcf", ["binary"]),
        ("broken_empty.vcf", ["empty"]),
        ("broken_header_only.csv", ["line 1", "only a header"]),
        ("broken_columns.csv", ["line 3", "4 fields"]),
        ("broken_encoding.csv", ["line 3", "UTF-8"]),
        ("broken_no_name.csv", ["no column holds a name"]),
    ],
)
def test_a_bad_file_prints_one_line_exits_2_and_changes_nothing(
    tmp_path: Path, capsys, name: str, words: list[str]
) -> None:
    data_dir = tmp_path / "j"
    assert main(["--data-dir", str(data_dir), "import", str(DATA / "apple.vcf")]) == 0
    capsys.readouterr()
    before = journal_text(data_dir, capsys)["clients"]
    status = main(["--data-dir", str(data_dir), "import", str(DATA / name)])
    out = capsys.readouterr()
    assert status == 2
    assert out.out == ""
    lines = out.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"clientjournal: import failed, nothing was changed: {DATA / name}")
    for word in words:
        assert word in lines[0]
    assert journal_text(data_dir, capsys)["clients"] == before


def test_the_installed_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "clientjournal", "import", str(DATA / "outlook_2_1.vcf")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CLIENTJOURNAL_DATA_DIR": str(tmp_path / "j")},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "imported 2 clients, 0 notes, 0 agreements, 0 drafts\n"
    assert "PySide6" not in done.stderr


def test_a_saved_mail_is_explained_not_imported(tmp_path: Path, capsys) -> None:
    status = main(["--data-dir", str(tmp_path / "j"), "import", str(DATA / "multipart.eml")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "drop it on the window" in err
