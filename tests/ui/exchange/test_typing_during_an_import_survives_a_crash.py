"""Typing held while a JSON import writes the journal must survive a crash, as it does during
a sync round (attack28d).

While an operation writes the journal from its thread (an import, the demo, a contact
import), the editors' saves wait for its end (``JournalWork.hold_saves``).  During a sync round
what they hold is kept beside the journal every half second (``ui/sync/held``, attack-20c N2)
and put back at the next start; during an import it was kept nowhere: a SIGKILL or a power
cut while the import ran (seconds at ten times the demo journal) lost everything typed since
it began, not the last second an autosave may lose (DESIGN, "Data safety")."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from clientjournal.store import notes
from clientjournal.ui.sync.held import HELD_EVERY_MS
from tests.ui.exchange.test_contact_import_background import after_the_first_look
from tests.ui.exchange.test_import_over_held_typing import _notes_and_export, _open
from tests.ui.exchange.test_typing_during_an_import import _type
from tests.ui.held_import import hold_at_its_lock

AFTER_A_CRASH = """
import sys
from pathlib import Path
from clientjournal.store import notes
from clientjournal.store import sync as store_sync
from clientjournal.store.connection import close_journal, open_journal
open_journal(Path(sys.argv[1]))
print(store_sync.restore_held()[0])
print(notes.get(int(sys.argv[2])).body)
close_journal()
"""


def _crashed_copy(data_dir: Path, to: Path) -> Path:
    """The journal folder as a kill would leave it now: the files as they are on disk (the
    import's transaction not committed, its pages at most in the WAL, ignored on opening)."""
    to.mkdir()
    for path in data_dir.iterdir():
        if path.is_file() and not path.name.endswith("-shm") and path.name != ".lock":
            shutil.copy2(path, to / path.name)
    return to


def _after_start(copy: Path, note_id: int) -> tuple[int, str]:
    """What a new start of the app on the crashed copy restores, and the note's text then."""
    done = subprocess.run(
        [sys.executable, "-c", AFTER_A_CRASH, str(copy), str(note_id)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    restored, body = done.stdout.split("\n", 1)
    return int(restored), body.rstrip("\n")


def test_typing_held_during_an_import_is_back_after_a_crash(
    qtbot, window, boxes, monkeypatch, tmp_path, data_dir
):
    after_the_first_look(qtbot)
    client_id, (note_id,), path = _notes_and_export(tmp_path)
    _open(qtbot, window, client_id, note_id)
    inside, gate = hold_at_its_lock(monkeypatch)
    try:
        window.exchange.import_from(path)
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        _type(qtbot, window, "getippt im Import")
        qtbot.wait(3 * HELD_EVERY_MS)
        copy = _crashed_copy(data_dir, tmp_path / "crashed")
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    qtbot.waitUntil(lambda: not window.pane.editor.unsaved(), timeout=5_000)
    assert notes.get(note_id).body == "Erste 0 getippt im Import"
    assert not (data_dir / "held-typing").exists()  # the saves made: nothing held any more

    restored, body = _after_start(copy, note_id)
    assert (restored, body) == (1, "Erste 0 getippt im Import")


AFTER_A_CRASH_DRAFT = """
import sys
from pathlib import Path
from clientjournal.store import drafts
from clientjournal.store import sync as store_sync
from clientjournal.store.connection import close_journal, open_journal
open_journal(Path(sys.argv[1]))
print(store_sync.restore_held()[1])
print(drafts.get(int(sys.argv[2])).body)
close_journal()
"""


def test_a_reply_typed_during_an_import_is_back_after_a_crash(
    qtbot, window, boxes, monkeypatch, tmp_path, data_dir, export
):
    """The replies' held typing too (``autosave.keep_against_crash``)."""
    from clientjournal.core.cooling import DraftData
    from clientjournal.core.records import ClientData
    from clientjournal.store import clients, drafts
    from clientjournal.ui.common.context import ClientTab
    from tests.ui.exchange.test_import_over_held_typing import _type_into

    after_the_first_look(qtbot)
    client_id = clients.create(ClientData(name="Nora Kunde"))
    draft = drafts.save(DraftData(client_id=client_id, subject="Angebot", body="Hallo Nora,"))
    assert draft.id is not None
    window.open_client(client_id, ClientTab.REPLIES, draft.id)
    composer = window.pane.replies.composer
    qtbot.waitUntil(lambda: composer.draft is not None and composer.draft.id == draft.id)
    inside, gate = hold_at_its_lock(monkeypatch)
    try:
        window.exchange.import_from(export)
        qtbot.waitUntil(inside.is_set, timeout=10_000)
        _type_into(qtbot, composer.body, " danke")
        qtbot.wait(3 * HELD_EVERY_MS)
        copy = _crashed_copy(data_dir, tmp_path / "crashed")
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not window.journal_work.busy, timeout=20_000)
    qtbot.waitUntil(lambda: drafts.get(draft.id).body == "Hallo Nora, danke", timeout=5_000)

    done = subprocess.run(
        [sys.executable, "-c", AFTER_A_CRASH_DRAFT, str(copy), str(draft.id)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.split("\n")[:2] == ["1", "Hallo Nora, danke"]
