"""What the agreement editor, the reply composer and the client profile hold unsaved while a
round has the journal is kept beside it against a crash, like the note editor's typing, and
put back at the next start (attack-20c N2 for agreements, replies and profiles: it was only
in memory)."""

from __future__ import annotations

import json

from helpers import crash_copy, hold_rounds_at_the_lock, make_controller, plain_round

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.cooling import DraftData
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, drafts, notes
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.sync import held
from clientjournal.ui.agreements.editor import AgreementEditor
from clientjournal.ui.clients.profile_editor import ProfileEditor
from clientjournal.ui.replies.composer import ReplyComposer


def _kept_records(computers) -> list[dict]:
    try:
        text = (computers.journal("desk") / held.HELD).read_text("utf-8")
        return json.loads(text).get("records", [])
    except (OSError, ValueError):
        return []


def test_agreement_reply_and_profile_typing_held_for_a_round_survive_a_crash(
    qtbot, computers, monkeypatch
):
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg", profile={"wants": "a shop"}))
    notes.save(NoteData(client_id=client_id, body="Desk: first note", created_at=utcnow()))
    plain_round(computers, "desk")
    item = agreements.save(AgreementData(client_id=client_id, title="Budget", details="5000"))
    draft = drafts.save(DraftData(client_id=client_id, subject="Re: Budget", body="Hallo"))
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    agreement_editor, composer, profile = AgreementEditor(), ReplyComposer(), ProfileEditor()
    for widget in (agreement_editor, composer, profile):
        qtbot.addWidget(widget)
    agreement_editor.show_item(item)
    client = clients.get(client_id)
    composer.show_draft(draft, client)
    profile.set_profile(client.profile, client)
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()  # sends the agreement and the draft
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    agreement_editor.details.setPlainText("5000, typed during the round")
    agreement_editor.save()  # leaving it: the save waits for the round
    composer.body.setPlainText("Hallo, typed during the round")
    wants, direction = profile.edits["wants"], profile.edits["direction"]
    wants.setText("a shop, typed during the round")
    wants.setModified(True)
    profile.flush()  # the entry is saved: its step waits for the round
    direction.setText("informal, typed")
    direction.setModified(True)  # typed, not yet saved
    qtbot.waitUntil(lambda: len(_kept_records(computers)) == 3, timeout=5_000)
    crash_copy(qtbot, computers)  # the power goes here
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()

    computers.use("crashed")
    assert agreements.get(item.id).details == "5000"  # the crash took the typing
    context, _controller = make_controller(qtbot, computers)  # the next start
    assert agreements.get(item.id).details == "5000, typed during the round"
    assert drafts.get(draft.id).body == "Hallo, typed during the round"
    stored = clients.get(client_id).profile
    assert stored["wants"] == "a shop, typed during the round"
    assert stored["direction"] == "informal, typed"
    assert any("put back" in line for line in context.statuses)
    assert not (computers.journal("crashed") / held.HELD).exists()


def test_a_field_changed_since_it_was_held_is_left_as_it_is(journal):
    """Put back only onto the text the window held it from (its base): a field stored
    otherwise since is not overwritten."""
    client_id = clients.create(ClientData(name="Anna Berg"))
    item = agreements.save(AgreementData(client_id=client_id, title="Budget", details="5000"))
    held.keep(
        [],
        [
            {
                "kind": "agreement",
                "uuid": item.uuid,
                "fields": {"title": "Budget!", "details": "5000, typed"},
                "base": {"title": "Budget", "details": "4000"},
            }
        ],
    )
    assert held.restore() == (0, 1)
    stored = agreements.get(item.id)
    assert (stored.title, stored.details) == ("Budget!", "5000")


def test_an_agreements_category_dates_and_project_chosen_during_a_round_survive_a_crash(
    qtbot, computers, monkeypatch
):
    """Only the title and details were kept: a due date, a category or a project chosen
    while a round held the journal (each saved at once, so waiting for the round) went with
    a crash."""
    from datetime import date

    from clientjournal.core.agreements.checklist import AgreementCategory, ProjectData

    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    notes.save(NoteData(client_id=client_id, body="Desk: first note", created_at=utcnow()))
    plain_round(computers, "desk")
    project = agreements.save_project(ProjectData(client_id=client_id, name="Website"))
    item = agreements.save(AgreementData(client_id=client_id, title="Budget", details="5000"))
    inside, gate = hold_rounds_at_the_lock(monkeypatch)
    editor = AgreementEditor()
    qtbot.addWidget(editor)
    editor.show_item(item, [project])
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    editor.category.setCurrentIndex(editor.category.findData(AgreementCategory.PAYMENT_TERMS.value))
    editor.due.set_value(date(2027, 3, 31))
    editor.project.setCurrentIndex(editor.project.findData(project.id))
    kept = lambda: (_kept_records(computers) or [{}])[0].get("fields", {})  # noqa: E731
    qtbot.waitUntil(lambda: kept().get("project_id") == str(project.id), timeout=5_000)
    assert kept() == {
        "category": "payment_terms",
        "due_on": "2027-03-31",
        "project_id": str(project.id),
    }
    crash_copy(qtbot, computers)  # the power goes here
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()

    computers.use("crashed")
    stored = agreements.get(item.id)
    assert (stored.category, stored.due_on, stored.project_id) == (
        AgreementCategory.OTHER,
        None,
        None,
    )  # the crash took them
    make_controller(qtbot, computers)  # the next start
    stored = agreements.get(item.id)
    assert (stored.category, stored.due_on, stored.project_id) == (
        AgreementCategory.PAYMENT_TERMS,
        date(2027, 3, 31),
        project.id,
    )
    assert (stored.title, stored.details) == ("Budget", "5000")


def test_held_agreement_fields_a_deleted_project_or_a_cut_file_left_are_skipped(journal):
    from clientjournal.core.agreements.checklist import AgreementCategory

    client_id = clients.create(ClientData(name="Anna Berg"))
    item = agreements.save(AgreementData(client_id=client_id, title="Budget", details="5000"))
    held.keep(
        [],
        [
            {
                "kind": "agreement",
                "uuid": item.uuid,
                "fields": {"project_id": "999", "due_on": "2027-02-3", "category": "payment_terms"},
                "base": {"project_id": "", "due_on": "", "category": "other"},
            }
        ],
    )
    assert held.restore() == (0, 1)
    stored = agreements.get(item.id)
    assert (stored.category, stored.due_on, stored.project_id) == (
        AgreementCategory.PAYMENT_TERMS,
        None,
        None,
    )


def test_a_held_project_id_now_of_another_clients_project_is_left_out_alone(journal):
    """attack21 A9: a project id reused by another client's project made the whole record's
    restore fail (title, dates and category lost too)."""
    from clientjournal.core.agreements.checklist import AgreementCategory, ProjectData

    anna = clients.create(ClientData(name="Anna Berg"))
    bert = clients.create(ClientData(name="Bert Ost"))
    theirs = agreements.save_project(ProjectData(client_id=bert, name="Shop"))
    item = agreements.save(AgreementData(client_id=anna, title="Budget", details="5000"))
    held.keep(
        [],
        [
            {
                "kind": "agreement",
                "uuid": item.uuid,
                "fields": {"title": "Budget!", "category": "price", "project_id": str(theirs.id)},
                "base": {"title": "Budget", "category": "other", "project_id": ""},
            }
        ],
    )
    assert held.restore() == (0, 1)
    stored = agreements.get(item.id)
    assert (stored.title, stored.category, stored.project_id) == (
        "Budget!",
        AgreementCategory.PRICE,
        None,
    )
