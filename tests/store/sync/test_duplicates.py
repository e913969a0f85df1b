"""Two clients created separately for one person are found, merged in one step and unmerged
by its undo; the merge syncs like any edit."""

from __future__ import annotations

from clientjournal.store import sync
from tests.store.sync.replicas import uid

AT = "2026-03-04T05:06:07.123456Z"
LATER = "2026-03-05T05:06:07.123456Z"


def add(replica, uuid, name, company="", email="", at=AT):
    replica.sql(
        "INSERT INTO client (uuid, name, company, email, created_at, updated_at, profile) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        uuid, name, company, email, at, at, '{"goals": "' + uuid + '"}',
    )  # fmt: skip
    return replica.sql("SELECT id FROM client WHERE uuid = ?", uuid)[0][0]


def test_found_by_email_or_by_name_and_company(pair):
    """Pairs of clients created on two computers (the later ones here come from the
    desktop)."""
    laptop, desktop = pair
    add(laptop, "00000000-0000-0000-0000-000000632d31", "Anna Berg", email="Anna@Example.org")
    add(
        desktop,
        "00000000-0000-0000-0000-000000632d32",
        "Anna B.",
        email="anna@example.org ",
        at=LATER,
    )
    add(laptop, "00000000-0000-0000-0000-000000632d33", "Jörg Köhler", "Kühne GmbH")
    add(desktop, "00000000-0000-0000-0000-000000632d34", "jörg  köhler", "KÜHNE GMBH", at=LATER)
    add(desktop, "00000000-0000-0000-0000-000000632d35", "Jörg Köhler", "Other AG")
    for replica in (laptop, desktop, laptop):
        replica.round()
    for replica in (laptop, desktop):
        replica.open()
        found = [
            (_uuid(replica, p.keep_id), _uuid(replica, p.other_id), p.reason)
            for p in sync.duplicate_clients()
        ]
        assert found == [
            ("00000000-0000-0000-0000-000000632d31", "00000000-0000-0000-0000-000000632d32", "email"),
            ("00000000-0000-0000-0000-000000632d33", "00000000-0000-0000-0000-000000632d34", "name_company"),
        ]  # fmt: skip


def test_look_alikes_created_on_one_computer_are_not_offered(pair):
    """attack-20b finding 10: the demo journal's own look-alikes (Thomas and Tobias Meier,
    one firm's e-mail) were offered on every computer as "created on different computers"."""
    laptop, desktop = pair
    add(laptop, "00000000-0000-0000-0000-000000632d41", "Thomas Meier", email="t.meier@kanzlei.de")
    add(laptop, "00000000-0000-0000-0000-000000632d42", "Tobias Meier", email="t.meier@kanzlei.de")
    add(laptop, "00000000-0000-0000-0000-000000632d43", "Florian Köhler", "Köhler AG")
    add(laptop, "00000000-0000-0000-0000-000000632d44", "Florian Köhler", "Köhler AG", at=LATER)
    laptop.open()
    assert sync.duplicate_clients() == []  # before any round
    for replica in (laptop, desktop, laptop):
        replica.round()
    for replica in (laptop, desktop):
        replica.open()
        assert sync.duplicate_clients() == []


def _uuid(replica, client_id: int) -> str:
    return replica.sql("SELECT uuid FROM client WHERE id = ?", client_id)[0][0]


def test_merge_moves_everything_and_undo_puts_it_back(pair):
    laptop, desktop = pair
    keep = add(
        laptop, "00000000-0000-0000-0000-000000632d31", "Anna Berg", email="anna@example.org"
    )
    other = add(
        laptop, "00000000-0000-0000-0000-000000632d32", "Anna Berg", company="Berg GmbH", at=LATER
    )
    laptop.sql("INSERT INTO tag (name) VALUES ('vip')")
    laptop.sql("INSERT INTO client_tag VALUES (?, 1)", other)
    for uuid in ("00000000-0000-0000-0000-0000006e2d31", "00000000-0000-0000-0000-0000006e2d32"):
        laptop.sql(
            "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
            "VALUES (?, ?, ?, ?, 'x')",
            uuid, other, AT, AT,
        )  # fmt: skip
    laptop.sql(
        "INSERT INTO payment (uuid, client_id, amount_cents, issued_on, due_on, created_at, "
        "updated_at) VALUES ('00000000-0000-0000-0000-000000702d31', ?, 100, '2026-01-01', '2026-01-02', ?, ?)",
        other, AT, AT,
    )  # fmt: skip
    laptop.round()
    desktop.round()
    before = laptop.export()
    laptop.open()
    undo = sync.merge_clients(keep, other)
    assert laptop.sql("SELECT COUNT(*) FROM note WHERE client_id = ?", keep) == [(2,)]
    assert laptop.sql("SELECT COUNT(*) FROM payment WHERE client_id = ?", keep) == [(1,)]
    assert laptop.sql("SELECT company, deleted_at IS NOT NULL FROM client WHERE id = ?", keep) == [
        ("Berg GmbH", 0)
    ]
    assert laptop.sql("SELECT deleted_at IS NOT NULL FROM client WHERE id = ?", other) == [(1,)]
    assert laptop.sql("SELECT COUNT(*) FROM client_tag WHERE client_id = ?", keep) == [(1,)]
    laptop.open()
    assert sync.duplicate_clients() == []
    laptop.round()
    desktop.round()
    assert desktop.export() == laptop.export()
    laptop.open()
    sync.unmerge_clients(undo)
    after = laptop.export()
    for document in (before, after):  # only the update times may differ
        for client in document["clients"]:
            client.pop("updated_at")
    assert after == before
    laptop.round()
    desktop.round()
    assert desktop.export() == laptop.export()


def test_twins_created_at_the_same_moment_keep_the_same_one_everywhere(pair):
    """Sync-attack-20 finding 7: with the same created_at the row id decided which twin was
    kept, and row ids are each journal's own: each computer kept another, and merging on
    both put the person in the trash everywhere."""
    laptop, desktop = pair
    one, two = "00000000-0000-0000-0000-0000000000b1", "00000000-0000-0000-0000-0000000000b2"
    add(laptop, two, "Twin Two", email="twin@example.org")
    add(desktop, one, "Twin One", email="twin@example.org")
    for replica in (laptop, desktop, laptop):
        replica.round()  # each has its own twin first: the row ids in the other order
    for replica in (laptop, desktop):
        replica.open()
        (pair_found,) = sync.duplicate_clients()
        keep = pair_found.keep_id
        assert replica.sql("SELECT uuid FROM client WHERE id = ?", keep) == [(one,)]
        replica.open()
        sync.merge_clients(keep, pair_found.other_id)
    for replica in (laptop, desktop, laptop):
        replica.round()
    for replica in (laptop, desktop):
        assert replica.sql("SELECT uuid FROM client WHERE deleted_at IS NULL") == [(one,)]
    assert laptop.export() == desktop.export()


def test_two_clients_merged_into_each_other_keep_one_everywhere(pair):
    """Sync-attack-20 finding 7 (second half): two computers merging a pair the opposite way
    round before either saw the other's merge put both clients in the trash, each merged
    into the other.  Every computer keeps the older one (then the smaller UUID) out of the
    trash, with everything of both, and the exports agree."""
    laptop, desktop = pair
    one, two = "00000000-0000-0000-0000-0000000000b1", "00000000-0000-0000-0000-0000000000b2"
    notes = {one: uid("n-1"), two: uid("n-2")}
    add(laptop, one, "Twin One", email="twin@example.org")
    add(laptop, two, "Twin Two", email="twin@example.org", at=LATER)
    for client, note in notes.items():
        laptop.sql(
            "INSERT INTO note (uuid, client_id, created_at, updated_at, body) "
            "SELECT ?, id, ?, ?, 'x' FROM client WHERE uuid = ?", note, AT, AT, client,
        )  # fmt: skip
    laptop.round()
    desktop.round()
    for replica, keep, other in ((laptop, one, two), (desktop, two, one)):
        ((keep_id,),) = replica.sql("SELECT id FROM client WHERE uuid = ?", keep)
        ((other_id,),) = replica.sql("SELECT id FROM client WHERE uuid = ?", other)
        replica.open()
        sync.merge_clients(keep_id, other_id)
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    for replica in (laptop, desktop):
        assert replica.sql("SELECT uuid FROM client WHERE deleted_at IS NULL") == [(one,)]
        assert replica.sql(
            "SELECT DISTINCT c.uuid FROM note n JOIN client c ON c.id = n.client_id"
        ) == [(one,)]
    assert laptop.export() == desktop.export()


def test_the_kept_one_of_such_a_cycle_put_in_the_trash_stays_there_everywhere(pair):
    laptop, desktop = pair
    one, two = "00000000-0000-0000-0000-0000000000b1", "00000000-0000-0000-0000-0000000000b2"
    add(laptop, one, "Twin One", email="twin@example.org")
    add(laptop, two, "Twin Two", email="twin@example.org", at=LATER)
    laptop.round()
    desktop.round()
    for replica, keep, other in ((laptop, one, two), (desktop, two, one)):
        ((keep_id,),) = replica.sql("SELECT id FROM client WHERE uuid = ?", keep)
        ((other_id,),) = replica.sql("SELECT id FROM client WHERE uuid = ?", other)
        replica.open()
        sync.merge_clients(keep_id, other_id)
    for replica in (laptop, desktop, laptop, desktop):
        replica.round()
    laptop.sql("UPDATE client SET deleted_at = ? WHERE uuid = ?", LATER, one)  # the user
    for replica in (laptop, desktop, laptop):
        replica.round()
    for replica in (laptop, desktop):
        assert replica.sql("SELECT uuid FROM client WHERE deleted_at IS NULL") == []
    assert laptop.export() == desktop.export()
