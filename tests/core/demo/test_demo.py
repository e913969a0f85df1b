import dataclasses
import re
import uuid
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest

from clientjournal.core.agreements.checklist import (
    AgreementStatus,
    DueState,
    ProjectStatus,
    can_transition,
    due_state,
)
from clientjournal.core.cooling import DraftStatus, hold_until, is_ready, sent_note_body
from clientjournal.core.demo import agreements as demo_agreements
from clientjournal.core.demo import journal as demo_module
from clientjournal.core.demo.journal import DemoJournal, fold_ascii, generate
from clientjournal.core.domain import MOOD_MAX, MOOD_MIN, AddressForm, ClientStatus, NoteKind
from clientjournal.core.timeutil import utcnow
from clientjournal.core.tone import assess

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
GERMAN_FORMS = {AddressForm.DU, AddressForm.SIE}
ENGLISH_FORMS = {AddressForm.FIRST_NAME, AddressForm.FORMAL}


@pytest.fixture(scope="module")
def demo() -> DemoJournal:
    return generate(300, 6000, seed=7, now=NOW)


def is_german(client) -> bool:
    return client.address_form in GERMAN_FORMS


def test_same_seed_gives_the_same_journal():
    assert generate(40, 900, seed=3, now=NOW) == generate(40, 900, seed=3, now=NOW)


def test_another_seed_gives_another_journal():
    first, second = generate(40, 900, seed=3, now=NOW), generate(40, 900, seed=4, now=NOW)
    assert [c.name for c in first.clients] != [c.name for c in second.clients]
    assert [n.body for _, n in first.notes] != [n.body for _, n in second.notes]


def test_exact_counts(demo):
    assert len(demo.clients) == 300
    assert len(demo.notes) == 6000
    assert generate(5, 0, now=NOW).notes == []
    assert generate(0, 0, now=NOW) == DemoJournal(clients=[], notes=[])
    assert len(generate(1, 50, now=NOW).notes) == 50


@pytest.mark.parametrize(("clients", "notes"), [(-1, 0), (3, -1), (0, 5)])
def test_impossible_counts_are_refused(clients, notes):
    with pytest.raises(ValueError):
        generate(clients, notes, now=NOW)


def test_records_are_not_stored_yet(demo):
    assert all(c.id is None and c.deleted_at is None for c in demo.clients)
    assert all(n.id is None and n.client_id == 0 for _, n in demo.notes)
    assert all(0 <= index < len(demo.clients) for index, _ in demo.notes)


def test_both_languages_mostly_german(demo):
    german = sum(is_german(c) for c in demo.clients)
    assert 0.45 < german / len(demo.clients) < 0.75


def test_notes_are_in_the_client_language(demo):
    german_markers = (
        " der ",
        " die ",
        " das ",
        " mit ",
        " und ",
        " ist ",
        " noch ",
        "ä",
        "ö",
        "ü",
        "ß",
    )
    english_markers = (" the ", " and ", " with ", " to ", " is ", " on ", " for ", "'")
    by_language: dict[bool, list[str]] = {True: [], False: []}
    for index, note in demo.notes:
        by_language[is_german(demo.clients[index])].append(f" {note.body} ")
    german, english = by_language[True], by_language[False]
    assert german and english
    assert sum(any(m in body for m in german_markers) for body in german) > 0.75 * len(german)
    assert sum(any(m in body for m in english_markers) for body in english) > 0.75 * len(english)
    assert not any(any(m in body for m in (" und ", " der ", " nicht ")) for body in english)
    assert not any(any(m in body for m in (" the ", " and ", " with ")) for body in german)


def test_enums_are_valid_and_fit_the_language(demo):
    for client in demo.clients:
        assert isinstance(client.status, ClientStatus)
        assert isinstance(client.address_form, AddressForm)
    for _, note in demo.notes:
        assert isinstance(note.kind, NoteKind)
    assert {n.kind for _, n in demo.notes} == set(NoteKind)
    assert {c.status for c in demo.clients} == set(ClientStatus)
    assert {c.address_form for c in demo.clients} == set(AddressForm)
    statuses = Counter(c.status for c in demo.clients)
    assert statuses.most_common(1)[0][0] is ClientStatus.ACTIVE


def test_moods_in_range_mostly_neutral_or_good(demo):
    moods = Counter(n.mood for _, n in demo.notes)
    assert set(moods) == set(range(MOOD_MIN, MOOD_MAX + 1))
    top_two = {mood for mood, _ in moods.most_common(2)}
    assert top_two == {0, 1}


def test_relationship_dates_are_consistent(demo):
    for client in demo.clients:
        if client.status is ClientStatus.ENDED:
            assert client.ended_on is not None and client.started_on is not None
            assert client.started_on <= client.ended_on <= NOW.date()
        else:
            assert client.ended_on is None
        if client.status is ClientStatus.PROSPECT:
            assert client.started_on is None
        else:
            assert client.started_on is not None
            assert client.created_at.date() <= client.started_on <= NOW.date()


def test_times_are_utc_and_inside_the_relationship(demo):
    oldest = NOW - timedelta(days=4 * 366)
    for client in demo.clients:
        assert client.created_at.utcoffset() == timedelta(0)
        assert oldest <= client.created_at <= client.updated_at <= NOW
    for index, note in demo.notes:
        client = demo.clients[index]
        assert note.created_at.utcoffset() == timedelta(0)
        assert client.created_at <= note.created_at <= note.updated_at <= NOW
        if client.ended_on is not None:
            assert note.created_at.date() <= client.ended_on + timedelta(days=14)


def test_lists_are_in_the_order_they_were_written(demo):
    created = [n.created_at for _, n in demo.notes]
    assert created == sorted(created)
    joined = [c.created_at for c in demo.clients]
    assert joined == sorted(joined)


def test_uuids_are_unique_version_4(demo):
    uuids = [c.uuid for c in demo.clients] + [n.uuid for _, n in demo.notes]
    assert len(set(uuids)) == len(uuids)
    assert all(uuid.UUID(u).version == 4 for u in uuids)


def test_bodies_are_complete_text(demo):
    for _, note in demo.notes:
        assert note.body.strip()
        assert "{" not in note.body and "}" not in note.body
    bodies = [n.body for _, n in demo.notes]
    assert any("\n- " in body for body in bodies)
    assert any("**" in body for body in bodies)
    assert len(set(bodies)) > 0.8 * len(bodies)


def test_some_notes_are_pinned(demo):
    pinned = sum(n.pinned for _, n in demo.notes)
    assert 0.01 * len(demo.notes) < pinned < 0.06 * len(demo.notes)


def test_notes_are_spread_unevenly(demo):
    per_client = Counter(index for index, _ in demo.notes)
    counts = sorted(per_client.get(i, 0) for i in range(len(demo.clients)))
    median = counts[len(counts) // 2]
    assert counts[-1] >= 4 * median
    assert counts[len(counts) // 10] < median / 2


def test_contact_details_look_real(demo):
    with_email = [c for c in demo.clients if c.email]
    assert len(with_email) > 0.8 * len(demo.clients)
    for client in with_email:
        local, _, domain = client.email.partition("@")
        assert client.email.isascii() and client.email == client.email.lower()
        assert local and "." in domain
    assert sum(bool(c.phone) for c in demo.clients) > 0.8 * len(demo.clients)
    assert all(c.phone.startswith(("0", "+")) for c in demo.clients if c.phone)
    assert all(c.name.count(" ") >= 1 for c in demo.clients)
    assert 0 < sum(not c.company for c in demo.clients) < 0.3 * len(demo.clients)


def test_umlauts_are_folded_for_addresses():
    assert fold_ascii("Jürgen Weiß-Öztürk") == "juergenweiss-oeztuerk"
    assert fold_ascii("O'Brien") == "obrien"
    assert fold_ascii("Yılmaz") == "yilmaz"


def test_profiles_vary_from_empty_to_full(demo):
    from clientjournal.core.domain import SALUTATION_KEY
    from clientjournal.core.profile import FIELD_KEYS

    # the salutation (Herr/Frau) is kept in the profile too; it is no profile field
    profiles = [{k: v for k, v in c.profile.items() if k != SALUTATION_KEY} for c in demo.clients]
    assert any(p == {} for p in profiles)
    assert any(len(p) >= 8 for p in profiles)
    for profile in profiles:
        assert set(profile) <= FIELD_KEYS
        assert all(isinstance(v, str) and v.strip() for v in profile.values())
        assert not profile or "wants" in profile or "direction" in profile or "never" in profile


def test_some_followed_clients_have_a_rhythm_and_some_clients_tags(demo):
    from clientjournal.core.domain import ClientStatus

    followed = [c for c in demo.clients if c.status in (ClientStatus.ACTIVE, ClientStatus.PROSPECT)]
    assert any(c.cadence_days for c in followed) and any(not c.cadence_days for c in followed)
    assert all(
        not c.cadence_days
        for c in demo.clients
        if c.status in (ClientStatus.PAUSED, ClientStatus.ENDED)
    )
    assert any(c.tags for c in demo.clients)


def test_default_now_is_the_present():
    before = utcnow()
    journal = generate(3, 30, seed=2)
    assert all(n.created_at <= utcnow() for _, n in journal.notes)
    assert all(c.created_at >= before - timedelta(days=4 * 366) for c in journal.clients)


# --- projects and agreement checklists ----------------------------------------------------


def catalog_patterns(german: bool) -> list[re.Pattern[str]]:
    texts = demo_agreements._TEXTS[german]
    return [
        re.compile(re.sub(r"\\\{\w+\\\}", ".+", re.escape(title)))
        for items in texts.items.values()
        for title, _ in items
    ]


def test_checklists_are_deterministic_and_leave_clients_and_notes_alone():
    first, second = generate(40, 900, seed=3, now=NOW), generate(40, 900, seed=3, now=NOW)
    assert first.projects == second.projects
    assert first.agreements == second.agreements and first.events == second.events
    other = generate(40, 900, seed=4, now=NOW)
    assert [a.agreement.uuid for a in other.agreements] != [
        a.agreement.uuid for a in first.agreements
    ]


def test_zero_to_three_projects_per_client(demo):
    per_client = Counter(index for index, _ in demo.projects)
    counts = Counter(per_client.get(i, 0) for i in range(len(demo.clients)))
    assert set(counts) == {0, 1, 2, 3}
    for index, project in demo.projects:
        client = demo.clients[index]
        assert project.name.strip() and project.name[0].isupper()
        assert project.client_id == 0 and project.id is None
        if client.status is ClientStatus.PROSPECT:
            assert project.status is ProjectStatus.PLANNED
        if client.status is ClientStatus.ENDED:
            assert project.status in (ProjectStatus.DONE, ProjectStatus.CANCELLED)
        if project.status in (ProjectStatus.DONE, ProjectStatus.CANCELLED):
            assert project.started_on <= project.ended_on <= NOW.date()
        assert client.created_at <= project.created_at <= project.updated_at <= NOW
    assert {p.status for _, p in demo.projects} == set(ProjectStatus)
    names = Counter((index, p.name) for index, p in demo.projects)
    assert max(names.values()) == 1  # no client has the same project twice


def test_agreements_are_in_the_client_language(demo):
    patterns = {True: catalog_patterns(True), False: catalog_patterns(False)}
    for item in demo.agreements:
        german = is_german(demo.clients[item.client])
        title = item.agreement.title
        assert any(p.fullmatch(title) for p in patterns[german]), title
        if title != "Go-live":  # the same in both languages
            assert not any(p.fullmatch(title) for p in patterns[not german]), title
        assert "{" not in item.agreement.details and item.agreement.details.strip()


def test_agreements_point_at_their_own_client(demo):
    assert all(0 <= a.client < len(demo.clients) for a in demo.agreements)
    for item in demo.agreements:
        if item.project is not None:
            assert demo.projects[item.project][0] == item.client
        if item.note is not None:
            index, note = demo.notes[item.note]
            assert index == item.client
            assert note.created_at.date() <= item.agreement.agreed_on
    assert any(a.project is None for a in demo.agreements)
    assert any(a.note is not None for a in demo.agreements)
    positions = defaultdict(list)
    for item in demo.agreements:
        positions[item.client].append(item.agreement.position)
    assert all(p == list(range(1, len(p) + 1)) for p in positions.values())


def test_statuses_are_mixed_with_some_overdue_and_some_due_soon(demo):
    statuses = Counter(a.agreement.status for a in demo.agreements)
    assert set(statuses) == set(AgreementStatus)
    assert statuses[AgreementStatus.BROKEN] < 0.12 * len(demo.agreements)
    states = Counter(
        due_state(a.agreement.due_on, a.agreement.status, NOW) for a in demo.agreements
    )
    assert states[DueState.OVERDUE] and states[DueState.SOON]
    assert states[DueState.OVERDUE] < 0.1 * len(demo.agreements)
    for item in demo.agreements:
        record = item.agreement
        assert (record.agreed_on is None) == (record.status is AgreementStatus.OPEN)
        if due_state(record.due_on, record.status, NOW) is DueState.OVERDUE:
            assert demo.clients[item.client].status is ClientStatus.ACTIVE


def test_every_agreement_has_the_history_the_app_would_record(demo):
    history = defaultdict(list)
    for index, event in demo.events:
        history[index].append(event)
    for index, item in enumerate(demo.agreements):
        record, events = item.agreement, history[index]
        assert events[0].field == "created" and events[0].at == record.created_at
        assert [e.at for e in events] == sorted(e.at for e in events)
        assert events[-1].at == record.updated_at <= NOW
        statuses = [e.new for e in events if e.field == "status"]
        assert (statuses[-1] if statuses else "open") == record.status.value
        for event in events:
            if event.field == "status":
                assert can_transition(AgreementStatus(event.old), AgreementStatus(event.new))
        if record.status is AgreementStatus.BROKEN:
            assert events[-1].field == "status" and events[-1].note.strip()
        assert all(e.note == "" for e in events if e.new != "broken")
    uuids = [e.uuid for _, e in demo.events] + [a.agreement.uuid for a in demo.agreements]
    uuids += [p.uuid for _, p in demo.projects]
    assert len(set(uuids)) == len(uuids)
    assert all(uuid.UUID(u).version == 4 for u in uuids)


# --- drafts (the sleep-on-it queue) ------------------------------------------------------


def test_drafts_are_deterministic_and_leave_the_rest_alone(monkeypatch):
    first, second = generate(40, 900, seed=3, now=NOW), generate(40, 900, seed=3, now=NOW)
    assert first.drafts == second.drafts and first.drafts
    assert [d.draft.uuid for d in generate(40, 900, seed=4, now=NOW).drafts] != [
        d.draft.uuid for d in first.drafts
    ]
    monkeypatch.setattr(demo_module, "generate_drafts", lambda *args: [])
    without = generate(40, 900, seed=3, now=NOW)
    assert without.drafts == []
    assert without.clients == first.clients
    assert (without.projects, without.agreements, without.events) == (
        first.projects,
        first.agreements,
        first.events,
    )
    taken = {d.note for d in first.drafts if d.note is not None}
    assert taken
    for index, ((client, note), (client_before, before)) in enumerate(
        zip(first.notes, without.notes, strict=True)
    ):
        assert client == client_before
        if index in taken:  # a sent reply became this e-mail note: only its text is the reply
            assert dataclasses.replace(note, body=before.body) == before
        else:
            assert note == before


def test_about_one_draft_per_ten_running_clients(demo):
    assert len(demo.drafts) == 30
    clients = [d.client for d in demo.drafts]
    assert len(set(clients)) == len(clients)
    running = {ClientStatus.ACTIVE, ClientStatus.PROSPECT, ClientStatus.PAUSED}
    assert all(demo.clients[i].status in running for i in clients)
    assert len(generate(12, 150, seed=3, now=NOW).drafts) == 1
    assert len(generate(3, 0, seed=3, now=NOW).drafts) <= 1


def test_every_kind_of_draft_is_there(demo):
    kinds = Counter(
        "ready" if is_ready(d.draft, NOW) else d.draft.status.value for d in demo.drafts
    )
    assert set(kinds) == {"ready", "held", "writing", "sent"}
    assert kinds["held"] >= 2 and kinds["ready"] >= 2  # sleeping ones and ready ones
    assert any(d.draft.released_early_at is not None for d in demo.drafts)
    assert all(d.draft.status is not DraftStatus.DISCARDED for d in demo.drafts)


def test_held_drafts_read_as_heated_and_the_others_as_calm(demo):
    for item in demo.drafts:
        draft = item.draft
        rated = assess(
            f"{draft.subject}\n{draft.body}", "de" if is_german(demo.clients[item.client]) else "en"
        )
        assert (draft.tone_score, draft.tone_signals) == (rated.score, rated.signal_keys)
    held = [d.draft for d in demo.drafts if d.draft.status is DraftStatus.HELD]
    calm = [d.draft for d in demo.drafts if d.draft.status is DraftStatus.SENT]
    calm += [
        d.draft
        for d in demo.drafts
        if d.draft.status is DraftStatus.WRITING and d.draft.released_early_at is None
    ]
    assert sum(d.tone_score >= 0.5 and bool(d.tone_signals) for d in held) >= 0.8 * len(held)
    assert sum(d.tone_score < 0.5 for d in calm) >= 0.9 * len(calm)


def test_drafts_speak_to_the_client_in_their_language_and_form(demo):
    for item in demo.drafts:
        client, draft = demo.clients[item.client], item.draft
        first, _, last = client.name.partition(" ")
        greeting, _, rest = draft.body.partition("\n\n")
        assert greeting.endswith(",") and (first in greeting or last in greeting)
        assert "{" not in draft.body + draft.subject and draft.subject.strip()
        text = f" {rest} "
        if client.address_form is AddressForm.DU:
            assert any(w in text for w in (" du ", " dir ", " dein", " dich ", "Du "))
            assert " Sie " not in text and " Ihnen " not in text
        elif client.address_form is AddressForm.SIE:
            assert any(w in text for w in ("Sie ", " Ihnen ", " Ihr"))
            assert " du " not in text and " dir " not in text
        else:
            assert not any(w in text for w in (" und ", " der ", " nicht ", " Sie "))
            assert any(w in text for w in (" the ", " you", " I ", "I'", "You "))


def test_sent_drafts_became_their_email_note(demo):
    sent = [d for d in demo.drafts if d.draft.status is DraftStatus.SENT]
    assert sent
    for item in sent:
        index, note = demo.notes[item.note]
        assert index == item.client and note.kind is NoteKind.EMAIL
        assert note.body == sent_note_body(item.draft.subject, item.draft.body)
        assert item.draft.sent_at == item.draft.updated_at == note.created_at
    assert all(d.note is None for d in demo.drafts if d.draft.status is not DraftStatus.SENT)


def test_draft_times_follow_the_cooling_rule(demo):
    for item in demo.drafts:
        client, draft = demo.clients[item.client], item.draft
        assert client.created_at <= draft.created_at <= draft.updated_at <= NOW
        assert draft.created_at.utcoffset() == timedelta(0)
        if draft.status is DraftStatus.HELD:
            assert draft.created_at <= draft.held_at <= NOW
            assert draft.hold_until == hold_until(draft.held_at)
        else:
            assert draft.hold_until is None
        if draft.released_early_at is not None:
            assert draft.status is DraftStatus.WRITING
            assert draft.held_at < draft.released_early_at < draft.held_at + timedelta(hours=8)
    held = [d.draft for d in demo.drafts if d.draft.status is DraftStatus.HELD]
    sleeping = [d for d in held if not is_ready(d, NOW)]
    assert sleeping  # until the next morning, in whatever zone the tests run
    assert all(d.hold_until <= NOW + timedelta(hours=25) for d in sleeping)
    uuids = [d.draft.uuid for d in demo.drafts] + [n.uuid for _, n in demo.notes]
    assert len(set(uuids)) == len(uuids)
    assert all(uuid.UUID(d.draft.uuid).version == 4 for d in demo.drafts)


def test_every_client_has_the_salutation_of_their_first_name(demo):
    """The demo's notes say "Herr Dürr" and "Frau Koch"; its letters greet the same way
    (attack19 finding 11): "Guten Tag Herr Dürr", not "Guten Tag Andreas Dürr"."""
    from clientjournal.core.agreements.summary import summary_markdown
    from clientjournal.core.demo.text import ENGLISH, GERMAN, sections
    from clientjournal.core.domain import SALUTATION_KEY, Salutation

    female = set()
    male = set()
    for block in (GERMAN, ENGLISH):
        female.update(sections(block)["first_f"])
        male.update(sections(block)["first_m"])
    for client in demo.clients:
        first = client.name.split()[0]
        wanted = Salutation.MS if first in female and first not in male else Salutation.MR
        assert client.profile[SALUTATION_KEY] == wanted.value, client.name
    sie = next(c for c in demo.clients if c.address_form == AddressForm.SIE)
    title = "Frau" if sie.profile[SALUTATION_KEY] == Salutation.MS.value else "Herr"
    letter = summary_markdown(sie, [], {}, NOW.date())
    assert f"Guten Tag {title} {sie.name.split()[-1]}," in letter
