"""Issue 18: ``clientjournal import`` tells a file's kind from its first bytes without
reading all of it (a 416 MB export took 830 MB of memory before the import began)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from clientjournal.app import main as app_main
from clientjournal.store.exchange import common

sys.path.insert(0, str(Path(__file__).parents[1] / "store" / "exchange"))
from test_exchange import synthetic_document


@pytest.fixture
def whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of every import file read whole."""
    read: list[int] = []
    real = common._read_capped

    def counted(source, stream):
        data = real(source, stream)
        read.append(len(data))
        return data

    monkeypatch.setattr(common, "_read_capped", counted)
    return read


def test_a_json_export_is_never_read_whole(tmp_path, whole_reads, capsys):
    path = tmp_path / "export.json"
    path.write_text(json.dumps(synthetic_document(3, 4)), encoding="utf-8")
    assert app_main(["--data-dir", str(tmp_path / "journal"), "import", str(path)]) == 0
    assert "imported 3 clients, 12 notes" in capsys.readouterr().out
    assert whole_reads == []


def test_a_contacts_file_is_still_recognised(tmp_path, whole_reads, capsys):
    path = tmp_path / "contacts"  # no extension: the first bytes tell
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n")
    assert app_main(["--data-dir", str(tmp_path / "journal"), "import", str(path)]) == 0
    assert "imported 1 clients" in capsys.readouterr().out
    assert len(whole_reads) == 1  # once, by the contact import itself
