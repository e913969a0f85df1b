"""The agreement checklist in the store: saving with history, status rules, order, undo,
templates, projects, and the cross-client due view."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest

from clientjournal.core.agreements.checklist import (
    AgreementCategory,
    AgreementData,
    AgreementStatus,
    InvalidTransition,
    ProjectData,
    ProjectStatus,
)
from clientjournal.core.agreements.templates import (
    AgreementTemplate,
    TemplateItem,
    builtin_templates,
)
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.agreements import checklist as agreements_module
from clientjournal.store.agreements import history as agreement_history
from clientjournal.store.models import database

S = AgreementStatus
NOON_UTC = datetime(2025, 3, 5, 12, 30, tzinfo=UTC)  # Berlin: the 5th; Auckland: the 6th


@pytest.fixture
def anna(journal) -> int:
    return clients.create(ClientData(name="Anna Müller"))


def add(client_id: int, title: str, **fields) -> AgreementData:
    return agreements.save(AgreementData(client_id=client_id, title=title, **fields))


def table_count(table: str) -> int:
    return database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def changed_fields(agreement_id: int) -> list[tuple[str, str, str]]:
    return [(e.field, e.old, e.new) for e in agreements.history(agreement_id)]


# --- saving and history -------------------------------------------------------------------


def test_a_new_agreement_goes_last_and_its_history_starts(anna):
    first = add(anna, "Preis", category=AgreementCategory.PRICE)
    second = add(anna, "  Abgabetermin  ", due_on=date(2025, 4, 1))
    assert (first.position, second.position) == (1, 2)
    assert second.title == "Abgabetermin"
    assert first.uuid and first.created_at is not None and first.updated_at is not None
    assert agreements.ids_for_client(anna) == [first.id, second.id]
    (event,) = agreements.history(first.id)
    assert (event.field, event.old, event.new, event.actor) == ("created", "", "open", "user")
    assert event.at == first.created_at


def test_save_leaves_the_callers_record_alone(anna):
    draft = AgreementData(client_id=anna, title="Preis")
    saved = agreements.save(draft)
    assert draft.id is None and saved.id is not None


def test_each_changed_field_is_recorded_once_with_who_and_when(anna):
    item = add(anna, "Preis")
    before = datetime.now(UTC)
    changed = dataclasses.replace(
        item,
        title="Festpreis",
        category=AgreementCategory.PRICE,
        details="4.000 € netto",
        due_on=date(2025, 4, 1),
    )
    saved = agreements.save(changed, note="am Telefon besprochen", actor="import")
    history = agreements.history(item.id)
    assert [(e.field, e.old, e.new) for e in history[1:]] == [
        ("title", "Preis", "Festpreis"),
        ("category", "other", "price"),
        ("details", "", "4.000 € netto"),
        ("due_on", "", "2025-04-01"),
    ]
    assert {e.actor for e in history[1:]} == {"import"}
    assert [e.note for e in history[1:]] == ["am Telefon besprochen", "", "", ""]
    assert all(before <= e.at <= saved.updated_at for e in history[1:])
    assert saved.updated_at > item.updated_at


def test_saving_without_a_change_writes_nothing(anna):
    item = add(anna, "Preis")
    again = agreements.save(dataclasses.replace(item, position=99))  # position is move()'s
    assert again == item
    assert len(agreements.history(item.id)) == 1


def test_a_note_alone_is_kept_in_the_history(anna):
    item = add(anna, "Preis")
    agreements.save(item, note="Kunde fragt nach Rabatt")
    assert changed_fields(item.id)[-1] == ("note", "", "")
    assert agreements.history(item.id)[-1].note == "Kunde fragt nach Rabatt"


def test_agreeing_sets_the_date_agreed_to_the_local_today(anna, local_zone, monkeypatch):
    monkeypatch.setattr(agreements_module, "utcnow", lambda: NOON_UTC)
    local_zone("Pacific/Auckland")
    item = agreements.set_status(add(anna, "Preis").id, S.AGREED)
    assert item.agreed_on == date(2025, 3, 6)
    assert changed_fields(item.id)[1:] == [
        ("status", "open", "agreed"),
        ("agreed_on", "", "2025-03-06"),
    ]
    local_zone("Europe/Berlin")
    assert agreements.set_status(add(anna, "Umfang").id, S.AGREED).agreed_on == date(2025, 3, 5)
    given = add(anna, "Termin", status=S.AGREED, agreed_on=date(2024, 12, 1))
    assert given.agreed_on == date(2024, 12, 1)  # a date the user typed is kept


def test_agreeing_again_keeps_the_first_date(anna):
    item = add(anna, "Preis", status=S.AGREED, agreed_on=date(2024, 1, 2))
    agreements.set_status(item.id, S.DONE)
    assert agreements.set_status(item.id, S.AGREED).agreed_on == date(2024, 1, 2)


@pytest.mark.parametrize(("path", "bad"), [([], S.DONE), ([S.AGREED, S.DONE], S.OPEN)])
def test_an_invalid_transition_writes_nothing(anna, path, bad):
    item = add(anna, "Preis")
    for status in path:
        item = agreements.set_status(item.id, status)
    history = agreements.history(item.id)
    with pytest.raises(InvalidTransition):
        agreements.save(dataclasses.replace(item, status=bad, title="geändert"))
    assert agreements.get(item.id) == item
    assert agreements.history(item.id) == history


def test_broken_needs_a_note_which_the_history_keeps(anna):
    item = agreements.set_status(add(anna, "Zahlungsziel 14 Tage").id, S.AGREED)
    with pytest.raises(InvalidTransition, match="note"):
        agreements.set_status(item.id, S.BROKEN, "  ")
    assert agreements.get(item.id).status is S.AGREED
    broken = agreements.set_status(item.id, S.BROKEN, "Rechnung drei Wochen überfällig")
    assert broken.status is S.BROKEN
    last = agreements.history(item.id)[-1]
    assert (last.field, last.old, last.new) == ("status", "agreed", "broken")
    assert last.note == "Rechnung drei Wochen überfällig"
    with pytest.raises(InvalidTransition):  # a new agreement, too, is broken only with a note
        add(anna, "gleich gebrochen", status=S.BROKEN)
    born_broken = agreements.save(
        AgreementData(client_id=anna, title="Anzahlung", status=S.BROKEN), note="nie gezahlt"
    )
    assert agreements.history(born_broken.id)[0].note == "nie gezahlt"


def test_project_and_note_links_are_recorded_readably(anna):
    note = notes.save(NoteData(client_id=anna, created_at=NOON_UTC, body="Telefonat"))
    web = agreements.save_project(ProjectData(client_id=anna, name="Website"))
    logo = agreements.save_project(ProjectData(client_id=anna, name="Logo"))
    item = add(anna, "Preis", project_id=web.id)
    agreements.save(dataclasses.replace(item, project_id=logo.id, source_note_id=note.id))
    assert changed_fields(item.id)[1:] == [
        ("project_id", "Website", "Logo"),
        ("source_note_id", "", note.uuid),
    ]


def test_links_to_another_clients_project_or_note_are_refused(anna):
    bob = clients.create(ClientData(name="Bob"))
    project = agreements.save_project(ProjectData(client_id=bob, name="Fremd"))
    note = notes.save(NoteData(client_id=bob, created_at=NOON_UTC))
    with pytest.raises(ValueError, match="another client"):
        add(anna, "Preis", project_id=project.id)
    item = add(anna, "Preis")
    with pytest.raises(ValueError, match="another client"):
        agreements.save(dataclasses.replace(item, source_note_id=note.id))
    with pytest.raises(ValueError, match="does not exist"):
        agreements.save(dataclasses.replace(item, project_id=12345))
    with pytest.raises(ValueError, match="another client"):
        agreements.save(dataclasses.replace(item, client_id=bob))
    assert table_count("agreement") == 1 and len(agreements.history(item.id)) == 1


def test_get_and_fetch(anna):
    item = add(anna, "Preis")
    assert agreements.fetch([item.id, 999]) == {item.id: item}
    assert agreements.fetch([]) == {}
    with pytest.raises(KeyError):
        agreements.get(999)


# --- order and the project filter ---------------------------------------------------------


def test_ids_for_client_by_project(anna):
    web = agreements.save_project(ProjectData(client_id=anna, name="Website"))
    a = add(anna, "a", project_id=web.id)
    b = add(anna, "b")
    c = add(anna, "c", project_id=web.id)
    add(clients.create(ClientData(name="Bob")), "fremd")
    assert agreements.ids_for_client(anna) == [a.id, b.id, c.id]
    assert agreements.ids_for_client(anna, web.id) == [a.id, b.id, c.id]
    assert agreements.ids_for_client(anna, web.id, all_projects=False) == [a.id, c.id]
    assert agreements.ids_for_client(anna, None, all_projects=False) == [b.id]


def positions(client_id: int) -> list[int]:
    ids = agreements.ids_for_client(client_id)
    found = agreements.fetch(ids)
    return [found[i].position for i in ids]


def test_move_within_the_whole_list(anna):
    ids = [add(anna, title).id for title in "abcde"]
    assert agreements.move(ids[4], 1, ids) == [ids[0], ids[4], ids[1], ids[2], ids[3]]
    assert agreements.ids_for_client(anna) == [ids[0], ids[4], ids[1], ids[2], ids[3]]
    order = agreements.ids_for_client(anna)
    assert agreements.move(ids[0], 99, order) == [*order[1:], ids[0]]
    assert agreements.move(ids[0], -3, agreements.ids_for_client(anna))[0] == ids[0]
    assert positions(anna) == [1, 2, 3, 4, 5]


def test_move_within_a_project_keeps_the_others_in_place(anna):
    web = agreements.save_project(ProjectData(client_id=anna, name="Website"))
    a = add(anna, "a", project_id=web.id).id
    x = add(anna, "x").id
    b = add(anna, "b", project_id=web.id).id
    y = add(anna, "y").id
    c = add(anna, "c", project_id=web.id).id
    view = agreements.ids_for_client(anna, web.id, all_projects=False)
    assert agreements.move(c, 0, view) == [c, a, b]
    assert agreements.ids_for_client(anna) == [c, x, a, y, b]
    assert agreements.ids_for_client(anna, web.id, all_projects=False) == [c, a, b]
    assert positions(anna) == [1, 2, 3, 4, 5]


def test_move_ignores_stale_ids_and_refuses_an_item_not_shown(anna):
    a, b, c = (add(anna, t).id for t in "abc")
    agreements.delete(b)
    assert agreements.move(a, 1, [a, b, c, 4711]) == [c, a]
    with pytest.raises(ValueError):
        agreements.move(a, 0, [c])
    with pytest.raises(KeyError):
        agreements.move(4711, 0, [4711])


def test_move_records_the_new_order_as_a_change_for_merging(anna):
    a, b = add(anna, "a"), add(anna, "b")
    agreements.move(b.id, 0, [a.id, b.id])
    assert agreements.get(b.id).updated_at > b.updated_at
    assert len(agreements.history(b.id)) == 1  # an order is not a change of the agreement


# --- delete and undo ----------------------------------------------------------------------


def test_delete_and_restore_keep_everything_including_history(anna):
    items = [add(anna, t) for t in ("Preis", "Umfang", "Termin")]
    middle = agreements.set_status(items[1].id, S.AGREED, "per Mail")
    history = agreements.history(middle.id)
    deleted, events = agreements.delete(middle.id)
    assert deleted == middle and events == history
    assert agreements.ids_for_client(anna) == [items[0].id, items[2].id]
    assert agreements.history(middle.id) == []
    agreements.restore(deleted, events)
    assert agreements.get(middle.id) == middle
    assert agreements.history(middle.id) == history
    assert agreements.ids_for_client(anna) == [i.id for i in items]


def test_restore_after_its_project_and_note_are_gone(anna):
    note = notes.save(NoteData(client_id=anna, created_at=NOON_UTC))
    web = agreements.save_project(ProjectData(client_id=anna, name="Website"))
    item = add(anna, "Preis", project_id=web.id, source_note_id=note.id)
    deleted, events = agreements.delete(item.id)
    agreements.delete_project(web.id)
    notes.delete(note.id)
    agreements.restore(deleted, events)
    back = agreements.get(item.id)
    assert (back.project_id, back.source_note_id, back.uuid) == (None, None, item.uuid)


# --- templates ----------------------------------------------------------------------------


def test_add_from_template_appends_in_order_as_open_items_without_the_questions(anna):
    first = add(anna, "schon da")
    web = agreements.save_project(ProjectData(client_id=anna, name="Website"))
    template = builtin_templates("de")[0]
    ids = agreements.add_from_template(anna, web.id, template)
    assert agreements.ids_for_client(anna) == [first.id, *ids]
    found = agreements.fetch(ids)
    items = [found[i] for i in ids]
    assert [i.title for i in items] == [t.title for t in template.items]
    # the question is the editor's placeholder, never the details (issue 19: it reached the
    # summary for the client and the calendar)
    assert [i.details for i in items] == [""] * len(template.items)
    assert [i.category for i in items] == [t.category for t in template.items]
    assert {(i.status, i.project_id) for i in items} == {(S.OPEN, web.id)}
    assert [i.position for i in items] == list(range(2, 2 + len(ids)))
    assert agreements.history(ids[0])[0].note == template.name


def test_add_from_template_is_all_or_nothing(anna):
    broken = AgreementTemplate(
        "kaputt", "de", [TemplateItem("eins"), TemplateItem("zwei", category="bogus")]
    )
    with pytest.raises(ValueError):
        agreements.add_from_template(anna, None, broken)
    assert table_count("agreement") == 0 and table_count("agreement_event") == 0


def test_user_templates_crud(journal):
    assert agreements.list_templates() == []
    mine = agreements.save_template(
        AgreementTemplate(
            " Lektorat ",
            "de",
            [
                TemplateItem("Umfang", AgreementCategory.SCOPE, "Wie viele Normseiten?"),
                TemplateItem("Honorar", AgreementCategory.PRICE, "Pro Seite oder pauschal?"),
            ],
        )
    )
    assert mine.id is not None and mine.uuid and mine.name == "Lektorat" and not mine.builtin
    (stored,) = agreements.list_templates()
    assert stored == mine
    stored.items = [stored.items[1], TemplateItem("Termin", AgreementCategory.DEADLINE)]
    stored.name = "Lektorat (kurz)"
    agreements.save_template(stored)
    (again,) = agreements.list_templates()
    assert again.name == "Lektorat (kurz)" and again.uuid == mine.uuid
    assert [i.title for i in again.items] == ["Honorar", "Termin"]
    assert table_count("agreement_template_item") == 2
    agreements.delete_template(again.id)
    assert agreements.list_templates() == [] and table_count("agreement_template_item") == 0
    with pytest.raises(KeyError):
        agreements.save_template(again)


def test_a_builtin_template_is_saved_as_a_copy(journal):
    builtin = builtin_templates("en")[0]
    before = dataclasses.replace(builtin, items=list(builtin.items))
    copy = agreements.save_template(builtin)
    assert copy is not builtin and copy.id is not None and not copy.builtin
    assert builtin == before and builtin.id is None
    assert [t.name for t in agreements.list_templates()] == [builtin.name]


def test_templates_are_listed_by_name(journal):
    for name in ("zeta", "Alpha", "beta"):
        agreements.save_template(AgreementTemplate(name, "en"))
    assert [t.name for t in agreements.list_templates()] == ["Alpha", "beta", "zeta"]


# --- projects -----------------------------------------------------------------------------


def test_projects_by_start_date_unstarted_last(anna):
    later = agreements.save_project(
        ProjectData(client_id=anna, name="Relaunch", started_on=date(2025, 2, 1))
    )
    planned = agreements.save_project(
        ProjectData(client_id=anna, name="Shop", status=ProjectStatus.PLANNED)
    )
    earlier = agreements.save_project(
        ProjectData(client_id=anna, name="Logo", status=ProjectStatus.DONE,
                    started_on=date(2024, 1, 1), ended_on=date(2024, 3, 1))
    )  # fmt: skip
    assert [p.id for p in agreements.list_projects(anna)] == [earlier.id, later.id, planned.id]
    assert agreements.list_projects(clients.create(ClientData(name="Bob"))) == []


def test_save_project_updates(anna):
    project = agreements.save_project(ProjectData(client_id=anna, name="Logo"))
    project.status, project.ended_on = ProjectStatus.DONE, date(2025, 1, 31)
    agreements.save_project(project)
    (stored,) = agreements.list_projects(anna)
    assert (stored.status, stored.ended_on, stored.uuid) == (
        ProjectStatus.DONE,
        date(2025, 1, 31),
        project.uuid,
    )
    assert agreements.get_project(project.id) == stored


def test_deleting_a_project_keeps_its_agreements(anna):
    web = agreements.save_project(ProjectData(client_id=anna, name="Website"))
    item = add(anna, "Preis", project_id=web.id)
    agreements.delete_project(web.id)
    assert agreements.list_projects(anna) == []
    kept = agreements.get(item.id)
    assert kept.project_id is None and kept.updated_at > item.updated_at
    assert changed_fields(item.id)[-1] == ("project_id", "Website", "")


# --- the glance and the cross-client due view ---------------------------------------------


def test_summary_counts(anna, local_zone):
    local_zone("Europe/Berlin")
    now = NOON_UTC
    add(anna, "offen")
    add(anna, "offen, überfällig", due_on=date(2025, 3, 4))
    add(anna, "vereinbart, überfällig", status=S.AGREED, due_on=date(2025, 3, 1))
    add(anna, "vereinbart, heute fällig", status=S.AGREED, due_on=date(2025, 3, 5))
    done = add(anna, "erledigt", status=S.AGREED, due_on=date(2025, 3, 1))
    agreements.set_status(done.id, S.DONE)
    agreements.set_status(add(anna, "gebrochen", due_on=date(2025, 1, 1)).id, S.BROKEN, "nie")
    assert agreements.summary_counts(anna, now) == {
        "open": 2,
        "overdue": 2,
        "broken": 1,
        "total": 6,
    }
    local_zone("Pacific/Auckland")  # there it is the 6th already
    assert agreements.summary_counts(anna, now)["overdue"] == 3
    empty = clients.create(ClientData(name="Leer"))
    assert agreements.summary_counts(empty, now) == {
        "open": 0,
        "overdue": 0,
        "broken": 0,
        "total": 0,
    }


def test_due_items_across_clients(journal, local_zone):
    local_zone("Europe/Berlin")
    now = NOON_UTC  # the 5th in Berlin
    zoe = clients.create(ClientData(name="Zoë"))
    bert = clients.create(ClientData(name="bert"))
    gone = clients.create(ClientData(name="Papierkorb"))
    late = add(zoe, "überfällig", due_on=date(2025, 2, 1))
    today_z = add(zoe, "heute", status=S.AGREED, due_on=date(2025, 3, 5))
    today_b = add(bert, "heute auch", due_on=date(2025, 3, 5))
    edge = add(bert, "in sieben Tagen", due_on=date(2025, 3, 12))
    add(bert, "in acht Tagen", due_on=date(2025, 3, 13))
    add(bert, "ohne Termin")
    finished = add(bert, "erledigt", status=S.AGREED, due_on=date(2025, 3, 1))
    agreements.set_status(finished.id, S.DONE)
    agreements.set_status(add(zoe, "gebrochen", due_on=date(2025, 3, 1)).id, S.BROKEN, "x")
    add(gone, "im Papierkorb", due_on=date(2025, 3, 1))
    clients.trash(gone)
    result = agreements.due_items(now)
    assert [(item.id, name) for item, name in result] == [
        (late.id, "Zoë"),
        (today_b.id, "bert"),  # same day: by client name, case-insensitive
        (today_z.id, "Zoë"),
        (edge.id, "bert"),
    ]
    assert [item.id for item, _ in agreements.due_items(now, within_days=0)] == [
        late.id,
        today_b.id,
        today_z.id,
    ]
    local_zone("Pacific/Auckland")  # the 6th: the 13th is now within seven days
    assert len(agreements.due_items(now)) == 5
    clients.restore(gone)
    assert len(agreements.due_items(now)) == 6


def test_due_items_at_local_midnight(anna, local_zone):
    local_zone("Europe/Berlin")
    item = add(anna, "Abgabe", due_on=date(2025, 3, 5))
    before = datetime(2025, 3, 5, 22, 59, 59, tzinfo=UTC)
    after = before + timedelta(seconds=1)
    assert agreements.summary_counts(anna, before)["overdue"] == 0
    assert agreements.summary_counts(anna, after)["overdue"] == 1
    assert [i.id for i, _ in agreements.due_items(before, within_days=0)] == [item.id]


def test_history_module_text_forms():
    assert agreement_history.as_text(None) == ""
    assert agreement_history.as_text(date(2025, 1, 2)) == "2025-01-02"
    assert agreement_history.as_text(S.BROKEN) == "broken"
    assert agreement_history.as_text(7) == "7"
