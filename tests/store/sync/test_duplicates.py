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
    laptop, _desktop = pair
    anna = add(
        laptop, "00000000-0000-0000-0000-000000632d31", "Anna Berg", email="Anna@Example.org"
    )
    anna2 = add(
        laptop,
        "00000000-0000-0000-0000-000000632d32",
        "Anna B.",
        email="anna@example.org ",
        at=LATER,
    )
    koehler = add(laptop, "00000000-0000-0000-0000-000000632d33", "Jörg Köhler", "Kühne GmbH")
    koehler2 = add(
        laptop, "00000000-0000-0000-0000-000000632d34", "jörg  köhler", "KÜHNE GMBH", at=LATER
    )
    add(laptop, "00000000-0000-0000-0000-000000632d35", "Jörg Köhler", "Other AG")
    laptop.open()
    assert sync.duplicate_clients() == [
        sync.DuplicateClients(anna, anna2, "email"),
        sync.DuplicateClients(koehler, koehler2, "name_company"),
    ]


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
    add(laptop, one, "Twin One", email="twin@example.org")
    add(laptop, two, "Twin Two", email="twin@example.org")
    add(desktop, two, "Twin Two", email="twin@example.org")  # imported in the other order
    add(desktop, one, "Twin One", email="twin@example.org")
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
