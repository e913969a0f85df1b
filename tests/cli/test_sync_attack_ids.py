"""What another computer's files bring into the journal must survive the journal's own way
out: a JSON export that imports again (sync-attack finding 15)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_sync_cli import run
from tests.store.sync.forged import forged_file, new_client


def test_what_sync_brings_can_be_exported_and_imported_again(tmp_path: Path):
    laptop = tmp_path / "laptop"
    folder = tmp_path / "Sync"
    folder.mkdir()
    assert run(laptop, "sync", str(folder)).returncode == 0
    forged = forged_file(folder, new_client("not-a-uuid", name="Eve"), name="E")
    done = run(laptop, "sync", str(folder))
    assert done.returncode == 0
    # refused whole like a garbled file: reported by name, tried again next round
    skipped = f"skipped {forged.relative_to(folder).as_posix()}: a record id that is not a UUID"
    assert skipped in done.stderr
    exported = run(laptop, "export")
    assert exported.returncode == 0, exported.stderr
    document = tmp_path / "export.json"
    document.write_text(exported.stdout, encoding="utf-8")
    again = run(tmp_path / "fresh", "import", str(document))
    assert again.returncode == 0, again.stderr
