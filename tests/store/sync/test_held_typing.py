"""What the window held unsaved during a round, kept beside the journal against a crash
(attack-20c N2): sealed for an encrypted journal, put back at the next start."""

from __future__ import annotations

from pathlib import Path

from clientjournal.core.records import NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import notes
from clientjournal.store import sync as store_sync
from clientjournal.store.sync import held
from tests.store.sync.replicas import Replica, uid
from tests.store.sync.test_encrypted import encrypted_replica

SECRET = "Nordsee im November"
TYPED = "Vertrauliches Gespräch, getippt während des Abgleichs"


def _journal(tmp_path: Path, passphrase: str | None) -> tuple[Replica, NoteData]:
    if passphrase is None:
        desk = Replica(tmp_path, "desk")
    else:
        desk = encrypted_replica(tmp_path, "desk", tmp_path / "sync", passphrase)
    desk.add_client(uid("anna"), "Anna Berg")
    desk.open()
    (client_id,) = [row[0] for row in desk.sql("SELECT id FROM client")]
    desk.open()
    note = notes.save(NoteData(client_id=client_id, body="Erstes Treffen", created_at=utcnow()))
    return desk, note


def test_an_encrypted_journals_held_typing_is_sealed_and_put_back(tmp_path: Path):
    desk, note = _journal(tmp_path, SECRET)
    store_sync.keep_held_typing(
        [{"uuid": note.uuid, "base": "Erstes Treffen", "body": TYPED, "client": uid("anna")}]
    )
    kept = desk.data_dir / held.HELD
    assert kept.exists()
    assert b"Vertrauliches" not in kept.read_bytes()  # no text in plain
    desk.open()  # the next start
    assert store_sync.restore_held_typing() == 1
    assert notes.get(note.id).body == TYPED
    assert not kept.exists()


def test_a_note_changed_since_gets_the_typing_beside_it(tmp_path: Path):
    desk, note = _journal(tmp_path, None)
    store_sync.keep_held_typing(
        [{"uuid": note.uuid, "base": "Erstes Treffen", "body": TYPED, "client": uid("anna")}]
    )
    desk.sql("UPDATE note SET body = 'Changed by a round'")
    desk.open()
    assert store_sync.restore_held_typing() == 1
    bodies = sorted(row[0] for row in desk.sql("SELECT body FROM note"))
    assert bodies == ["Changed by a round", TYPED]
    assert store_sync.restore_held_typing() == 0  # once


def test_held_typing_follows_encrypt_rekey_and_decrypt(tmp_path: Path):
    """A crash during a round, then `encrypt` before the window opens again: the kept typing
    was left in plain beside the encrypted journal (and could not be put back under it)."""
    from clientjournal.store.connection import close_journal
    from clientjournal.store.safety import reencrypt

    desk, note = _journal(tmp_path, None)
    store_sync.keep_held_typing(
        [{"uuid": note.uuid, "base": "Erstes Treffen", "body": TYPED, "client": uid("anna")}]
    )
    kept = desk.data_dir / held.HELD
    close_journal()
    reencrypt.change_passphrase(desk.data_dir, None, SECRET)
    assert b"Vertrauliches" not in kept.read_bytes()
    reencrypt.change_passphrase(desk.data_dir, SECRET, SECRET + " neu")
    reencrypt.change_passphrase(desk.data_dir, SECRET + " neu", SECRET + " neu")  # again: kept
    assert b"Vertrauliches" not in kept.read_bytes()
    desk.passphrase = SECRET + " neu"
    desk.open()
    assert store_sync.restore_held_typing() == 1
    assert notes.get(note.id).body == TYPED


def test_decrypt_leaves_held_typing_readable_in_plain(tmp_path: Path):
    from clientjournal.store.connection import close_journal
    from clientjournal.store.safety import reencrypt

    desk, note = _journal(tmp_path, SECRET)
    store_sync.keep_held_typing(
        [{"uuid": note.uuid, "base": "Erstes Treffen", "body": TYPED, "client": uid("anna")}]
    )
    close_journal()
    reencrypt.change_passphrase(desk.data_dir, SECRET, None)
    assert not (desk.data_dir / held.SALT).exists()
    desk.passphrase = None
    desk.open()
    assert store_sync.restore_held_typing() == 1
    assert notes.get(note.id).body == TYPED


def test_an_agreements_and_a_profiles_held_typing_follows_rekey_sealed(tmp_path: Path):
    """N2 for agreements, replies and profiles: their typing is in the same sealed file and
    follows the passphrase as the notes' does."""
    from clientjournal.core.agreements.checklist import AgreementData
    from clientjournal.store import clients
    from clientjournal.store.agreements import checklist as agreements
    from clientjournal.store.connection import close_journal
    from clientjournal.store.safety import reencrypt

    desk, note = _journal(tmp_path, SECRET)
    item = agreements.save(AgreementData(client_id=note.client_id, title="Budget"))
    held.keep(
        [],
        [
            {"kind": "agreement", "uuid": item.uuid, "fields": {"details": TYPED},
             "base": {"details": ""}},
            {"kind": "client", "uuid": uid("anna"), "fields": {"profile/wants": TYPED},
             "base": {"profile/wants": ""}},
        ],
    )  # fmt: skip
    kept = desk.data_dir / held.HELD
    assert b"Vertrauliches" not in kept.read_bytes()
    close_journal()
    reencrypt.change_passphrase(desk.data_dir, SECRET, SECRET + " neu")
    assert b"Vertrauliches" not in kept.read_bytes()
    desk.passphrase = SECRET + " neu"
    desk.open()
    assert store_sync.restore_held() == (0, 2)
    assert agreements.get(item.id).details == TYPED
    assert clients.get(note.client_id).profile["wants"] == TYPED
    assert not kept.exists()
