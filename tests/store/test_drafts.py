"""Drafts and the cooling-off queue in the store: states, transitions, persistence, the queue."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from clientjournal.core.cooling import DraftData, DraftStateError, DraftStatus, hold_until
from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData
from clientjournal.store import clients, drafts, notes
from clientjournal.store.connection import close_journal, open_journal
from clientjournal.store.models import database

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
# Monday 10 June 2024, 23:30 in Berlin.
EVENING = datetime(2024, 6, 10, 21, 30, tzinfo=UTC)
MORNING = datetime(2024, 6, 11, 6, 0, tzinfo=UTC)  # 08:00 in Berlin
HEATED = "Sie schicken IMMER kurz vor Feierabend noch Änderungen!!! Das war das letzte Mal."


@pytest.fixture
def client_id(journal) -> int:
    return clients.create(ClientData(name="Jörg Weiß", email="joerg@example.com"))


def new_draft(client_id: int, body: str = HEATED, subject: str = "Re: Änderungen") -> DraftData:
    return drafts.save(
        DraftData(client_id=client_id, subject=subject, body=body, tone_score=0.97,
                  tone_signals=["accusation", "exclamations", "shouting"])
    )  # fmt: skip


def held_in_berlin(client_id: int, at: datetime = EVENING) -> DraftData:
    return drafts.hold(new_draft(client_id).id, at, tz=BERLIN)


def note_count() -> int:
    return database.execute_sql("SELECT COUNT(*) FROM note").fetchone()[0]


# --- writing --------------------------------------------------------------------------------


def test_a_new_draft_is_writing_with_its_text_and_rating(client_id):
    draft = new_draft(client_id)
    assert draft.id is not None and len(draft.uuid) == 36
    assert draft.status == DraftStatus.WRITING
    assert (draft.subject, draft.body) == ("Re: Änderungen", HEATED)
    assert (draft.tone_score, draft.tone_signals) == (
        0.97,
        ["accusation", "exclamations", "shouting"],
    )
    assert draft.created_at == draft.updated_at and draft.created_at.tzinfo is not None
    assert draft.held_at is draft.hold_until is draft.sent_at is draft.sent_note_id is None
    assert drafts.get(draft.id) == draft


def test_save_never_changes_the_status_and_returns_a_new_record(client_id):
    sneaky = DraftData(client_id=client_id, body="x", status=DraftStatus.SENT)
    stored = drafts.save(sneaky)
    assert stored.status == DraftStatus.WRITING and sneaky.id is None
    edited = drafts.save(dataclasses.replace(stored, body="y", status=DraftStatus.HELD))
    assert edited.status == DraftStatus.WRITING and edited.body == "y"
    assert edited is not stored and stored.body == "x"


def test_saving_unchanged_text_writes_nothing(client_id):
    draft = new_draft(client_id)
    again = drafts.save(dataclasses.replace(draft))
    assert again.updated_at == draft.updated_at
    rated = drafts.save(dataclasses.replace(draft, tone_score=0.2, tone_signals=[]))
    assert (rated.tone_score, rated.tone_signals) == (0.2, [])
    assert rated.updated_at >= draft.updated_at


def test_bad_saves_are_refused(client_id):
    with pytest.raises(ValueError):
        drafts.save(DraftData(client_id=999, body="x"))
    draft = new_draft(client_id)
    other = clients.create(ClientData(name="Other"))
    with pytest.raises(ValueError):
        drafts.save(dataclasses.replace(draft, client_id=other))
    for score in (1.5, -0.1, float("nan")):
        with pytest.raises(ValueError):
            drafts.save(dataclasses.replace(draft, tone_score=score))
    with pytest.raises(KeyError):
        drafts.save(dataclasses.replace(draft, id=draft.id + 100))
    assert drafts.get(draft.id) == draft


def test_a_clients_drafts_newest_first_closed_ones_on_request(client_id):
    first = new_draft(client_id, body="eins")
    second = new_draft(client_id, body="zwei")
    third = new_draft(client_id, body="drei")
    drafts.discard(third.id)
    assert drafts.ids_for_client(client_id) == [second.id, first.id]
    drafts.save(dataclasses.replace(first, body="eins, überarbeitet"))
    assert drafts.ids_for_client(client_id) == [first.id, second.id]
    assert drafts.ids_for_client(client_id, include_closed=True) == [first.id, third.id, second.id]
    assert set(drafts.fetch([first.id, third.id, 12345])) == {first.id, third.id}
    assert drafts.fetch([]) == {}
    with pytest.raises(KeyError):
        drafts.get(12345)


# --- held, ready, sent ----------------------------------------------------------------------


def test_writing_to_held_to_ready_to_sent(client_id):
    draft = held_in_berlin(client_id)
    assert draft.status == DraftStatus.HELD
    assert draft.held_at == EVENING and draft.hold_until == MORNING
    assert drafts.queue(EVENING)[0][0] == draft
    assert drafts.ready_count(MORNING - timedelta(seconds=1)) == 0
    assert drafts.ready_count(MORNING) == 1
    with pytest.raises(DraftStateError):
        drafts.mark_sent(draft.id, MORNING - timedelta(seconds=1))  # still asleep
    sent, note_id = drafts.mark_sent(draft.id, MORNING + timedelta(minutes=5))
    assert sent.status == DraftStatus.SENT
    assert sent.sent_at == MORNING + timedelta(minutes=5) and sent.sent_note_id == note_id
    assert sent.hold_until == MORNING and sent.released_early_at is None
    note = notes.get(note_id)
    assert (note.client_id, note.kind, note.mood) == (client_id, NoteKind.EMAIL, 0)
    assert note.created_at == MORNING + timedelta(minutes=5)
    assert note.body == f"**Re: Änderungen**\n\n{HEATED}"
    assert drafts.queue(MORNING) == [] and drafts.ready_count(MORNING) == 0
    assert drafts.ids_for_client(client_id) == []


def test_a_calm_writing_draft_can_be_sent_without_sleeping(client_id):
    draft = new_draft(client_id, subject="", body="Danke, passt so.")
    sent, note_id = drafts.mark_sent(draft.id, EVENING)
    assert notes.get(note_id).body == "Danke, passt so."
    assert sent.held_at is None and sent.hold_until is None


def test_mark_sent_creates_exactly_one_note(client_id):
    draft = held_in_berlin(client_id)
    before = note_count()
    drafts.mark_sent(draft.id, MORNING)
    assert note_count() == before + 1
    with pytest.raises(DraftStateError):
        drafts.mark_sent(draft.id, MORNING)  # sent is sent
    assert note_count() == before + 1


def test_mark_sent_is_all_or_nothing(client_id, monkeypatch):
    draft = held_in_berlin(client_id)

    def broken_save(note):
        raise RuntimeError("disk full")

    monkeypatch.setattr(notes, "save", broken_save)
    with pytest.raises(RuntimeError):
        drafts.mark_sent(draft.id, MORNING)
    assert drafts.get(draft.id) == draft and note_count() == 0

    monkeypatch.undo()
    real_set = drafts._set

    def failing_set(draft_id, **values):
        if values.get("status") == DraftStatus.SENT.value:
            raise RuntimeError("crash after the note was written")
        return real_set(draft_id, **values)

    monkeypatch.setattr(drafts, "_set", failing_set)
    with pytest.raises(RuntimeError):
        drafts.mark_sent(draft.id, MORNING)
    assert drafts.get(draft.id) == draft and note_count() == 0  # the note was rolled back


def test_an_empty_draft_cannot_be_held_or_sent(client_id):
    empty = drafts.save(DraftData(client_id=client_id, subject=" ", body="\n"))
    with pytest.raises(DraftStateError):
        drafts.hold(empty.id, EVENING)
    with pytest.raises(DraftStateError):
        drafts.mark_sent(empty.id, EVENING)
    assert drafts.get(empty.id) == empty


def test_a_held_draft_is_sealed(client_id):
    draft = held_in_berlin(client_id)
    assert drafts.save(dataclasses.replace(draft)) == draft  # an autosave of what is shown
    with pytest.raises(DraftStateError, match="held draft cannot be edited"):
        drafts.save(dataclasses.replace(draft, body="quietly changed"))
    with pytest.raises(DraftStateError):
        drafts.hold(draft.id, EVENING)  # no resetting the clock by holding again
    assert drafts.get(draft.id) == draft


def test_releasing_early_is_recorded(client_id):
    draft = held_in_berlin(client_id)
    at = EVENING + timedelta(hours=1)
    released = drafts.release_early(draft.id, at)
    assert released.status == DraftStatus.WRITING
    assert released.released_early_at == at and released.hold_until is None
    assert released.held_at == EVENING  # when it was held is kept
    assert drafts.queue(at) == []
    edited = drafts.save(dataclasses.replace(released, body="Ruhiger formuliert."))
    assert edited.body == "Ruhiger formuliert." and edited.released_early_at == at
    with pytest.raises(DraftStateError):
        drafts.release_early(draft.id, at)  # not held any more


def test_releasing_a_draft_that_became_ready_is_not_early(client_id):
    draft = held_in_berlin(client_id)
    released = drafts.release_early(draft.id, MORNING)
    assert released.status == DraftStatus.WRITING and released.released_early_at is None


def test_reopening_a_ready_draft_to_edit_it(client_id):
    draft = held_in_berlin(client_id)
    with pytest.raises(DraftStateError, match="not ready"):
        drafts.reopen(draft.id, MORNING - timedelta(minutes=1))
    reopened = drafts.reopen(draft.id, MORNING)
    assert reopened.status == DraftStatus.WRITING
    assert reopened.released_early_at is None and reopened.hold_until is None
    calmer = drafts.save(
        dataclasses.replace(reopened, body="Ich melde mich morgen.", tone_score=0.1)
    )
    assert calmer.tone_score == 0.1
    assert drafts.hold(calmer.id, MORNING, tz=BERLIN).status == DraftStatus.HELD  # and again
    with pytest.raises(DraftStateError):
        drafts.reopen(new_draft(client_id).id, MORNING)  # writing: nothing to reopen


def test_reopen_defaults_to_the_present(client_id):
    past = datetime(2020, 1, 6, 12, 0, tzinfo=UTC)
    draft = drafts.hold(new_draft(client_id).id, past, tz=BERLIN)
    assert drafts.reopen(draft.id).status == DraftStatus.WRITING


# --- trash ----------------------------------------------------------------------------------


def test_discard_and_restore_a_writing_draft(client_id):
    draft = new_draft(client_id)
    gone = drafts.discard(draft.id)
    assert gone.status == DraftStatus.DISCARDED
    assert drafts.ids_for_client(client_id) == []
    back = drafts.restore(draft.id)
    assert back.status == DraftStatus.WRITING and back.body == draft.body


def test_discard_and_restore_a_held_draft_keeps_its_hold(client_id):
    draft = held_in_berlin(client_id)
    drafts.discard(draft.id)
    assert drafts.queue(EVENING) == [] and drafts.ready_count(MORNING) == 0
    back = drafts.restore(draft.id)
    assert back.status == DraftStatus.HELD
    assert (back.held_at, back.hold_until) == (EVENING, MORNING)
    assert drafts.ready_count(MORNING) == 1


def test_a_released_then_discarded_draft_comes_back_as_writing(client_id):
    draft = held_in_berlin(client_id)
    drafts.release_early(draft.id, EVENING + timedelta(minutes=5))
    drafts.discard(draft.id)
    assert drafts.restore(draft.id).status == DraftStatus.WRITING


def test_invalid_transitions_raise_and_change_nothing(client_id):
    writing = new_draft(client_id)
    sent, _ = drafts.mark_sent(new_draft(client_id).id, EVENING)
    discarded = drafts.discard(new_draft(client_id).id)
    steps = [
        (drafts.release_early, writing, (EVENING,)),
        (drafts.reopen, writing, (MORNING,)),
        (drafts.restore, writing, ()),
        (drafts.delete_forever, writing, ()),
        (drafts.hold, sent, (EVENING,)),
        (drafts.discard, sent, ()),
        (drafts.restore, sent, ()),
        (drafts.release_early, sent, (EVENING,)),
        (drafts.hold, discarded, (EVENING,)),
        (drafts.mark_sent, discarded, (EVENING,)),
        (drafts.discard, discarded, ()),
        (drafts.reopen, discarded, (MORNING,)),
    ]
    for step, draft, args in steps:
        with pytest.raises(DraftStateError):
            step(draft.id, *args)
        assert drafts.get(draft.id) == draft, step.__name__
    with pytest.raises(DraftStateError):
        drafts.save(dataclasses.replace(sent, body="rewriting history"))
    assert issubclass(DraftStateError, ValueError)


def test_delete_forever_empties_the_trash(client_id):
    draft = new_draft(client_id)
    drafts.discard(draft.id)
    deleted = drafts.delete_forever(draft.id)
    assert deleted.status == DraftStatus.DISCARDED and deleted.uuid == draft.uuid
    with pytest.raises(KeyError):
        drafts.get(draft.id)


def test_deleting_the_sent_note_keeps_the_draft(client_id):
    sent, note_id = drafts.mark_sent(new_draft(client_id).id, EVENING)
    notes.delete(note_id)
    assert drafts.get(sent.id).sent_note_id is None


def test_emptying_a_client_from_the_trash_takes_its_drafts(client_id):
    new_draft(client_id)
    clients.trash(client_id)
    clients.empty_trash()
    assert database.execute_sql("SELECT COUNT(*) FROM draft").fetchone()[0] == 0


# --- the queue ------------------------------------------------------------------------------


def test_queue_puts_ready_drafts_first_then_by_wake_up(client_id):
    other = clients.create(ClientData(name="Anna Schäfer"))
    now = datetime(2024, 6, 12, 12, 0, tzinfo=UTC)

    def held(client: int, at: datetime, **kwargs) -> DraftData:
        return drafts.hold(new_draft(client).id, at, tz=BERLIN, **kwargs)

    ready_late = held(client_id, datetime(2024, 6, 11, 10, 0, tzinfo=UTC))  # ready 06:00 today
    ready_early = held(other, datetime(2024, 6, 10, 12, 0, tzinfo=UTC))  # ready yesterday
    sleeping_long = held(other, now - timedelta(minutes=1))  # ready 06:00 UTC tomorrow
    sleeping_short = held(client_id, now - timedelta(hours=1), morning_hour=20)  # 19:00 UTC
    new_draft(client_id)  # writing: not in the queue
    order = [(draft.id, name) for draft, name in drafts.queue(now)]
    assert order == [
        (ready_early.id, "Anna Schäfer"),
        (ready_late.id, "Jörg Weiß"),
        (sleeping_short.id, "Jörg Weiß"),
        (sleeping_long.id, "Anna Schäfer"),
    ]
    assert drafts.ready_count(now) == 2


def test_trashed_clients_drafts_leave_the_queue_and_come_back(client_id):
    other = clients.create(ClientData(name="Papierkorb"))
    mine = held_in_berlin(client_id)
    held_in_berlin(other)
    clients.trash(other)
    assert [draft.id for draft, _ in drafts.queue(MORNING)] == [mine.id]
    assert drafts.ready_count(MORNING) == 1
    clients.restore(other)
    assert drafts.ready_count(MORNING) == 2


def test_the_queue_uses_its_index(journal):
    sql = "SELECT id FROM draft WHERE status = 'held' AND hold_until <= '2024-01-01'"
    plan = " ".join(row[3] for row in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}"))
    assert "draft_status_hold" in plan


# --- restarts and zone changes --------------------------------------------------------------


def test_everything_survives_closing_and_reopening_the_journal(client_id, data_dir):
    held = held_in_berlin(client_id)
    released = drafts.release_early(held_in_berlin(client_id).id, EVENING + timedelta(hours=1))
    sent, note_id = drafts.mark_sent(new_draft(client_id).id, EVENING)
    discarded = drafts.discard(held_in_berlin(client_id).id)
    writing = new_draft(client_id, body="Unicode 🎉 und\nZeilen")
    close_journal()
    open_journal(data_dir)
    for draft in (held, released, sent, discarded, writing):
        assert drafts.get(draft.id) == draft
    assert notes.get(note_id).kind == NoteKind.EMAIL
    assert [d.id for d, _ in drafts.queue(MORNING)] == [held.id]
    assert drafts.restore(discarded.id).status == DraftStatus.HELD


def test_refresh_hold_times_after_the_zone_changed(client_id, local_zone):
    local_zone("Europe/Berlin")
    held = drafts.hold(new_draft(client_id).id, EVENING)  # 23:30 in Berlin
    drafts.discard(held_in_berlin(client_id).id)  # would be held again on restore
    writing = new_draft(client_id)
    sent, _ = drafts.mark_sent(held_in_berlin(client_id, EVENING - timedelta(days=2)).id, EVENING)
    assert held.hold_until == MORNING
    assert drafts.refresh_hold_times() == 0  # nothing moved
    local_zone("America/New_York")
    assert drafts.refresh_hold_times() == 2
    in_new_york = datetime(2024, 6, 11, 12, 0, tzinfo=UTC)  # 08:00 in New York
    refreshed = drafts.get(held.id)
    assert refreshed.hold_until == in_new_york
    assert refreshed.hold_until.astimezone().hour == 8
    assert refreshed.updated_at == held.updated_at  # not an edit
    assert drafts.ready_count(MORNING) == 0 and drafts.ready_count(in_new_york) == 1
    assert drafts.get(writing.id) == writing and drafts.get(sent.id) == sent
    assert drafts.refresh_hold_times() == 0
    # A new morning hour or rest applies to what is already held, with an explicit zone too.
    assert drafts.refresh_hold_times(morning_hour=9, tz=NEW_YORK) == 2
    assert drafts.get(held.id).hold_until == datetime(2024, 6, 11, 13, 0, tzinfo=UTC)
    drafts.refresh_hold_times(min_rest=timedelta(hours=20), tz=BERLIN)
    assert drafts.get(held.id).hold_until == EVENING + timedelta(hours=20)


def test_hold_uses_the_rule_of_core_cooling(client_id):
    draft = drafts.hold(
        new_draft(client_id).id, EVENING, morning_hour=7, min_rest=timedelta(hours=10), tz=NEW_YORK
    )
    assert draft.hold_until == hold_until(EVENING, 7, timedelta(hours=10), NEW_YORK)


# --- undoing "mark as sent" (attack19 finding 2) ---------------------------------------------


def test_unmark_sent_removes_the_note_and_puts_a_held_draft_back(client_id):
    draft = held_in_berlin(client_id)
    before = note_count()
    sent, note_id = drafts.mark_sent(draft.id, MORNING + timedelta(minutes=5))
    back = drafts.unmark_sent(sent.id, MORNING + timedelta(minutes=6))
    assert note_count() == before
    with pytest.raises(KeyError):
        notes.get(note_id)
    assert back.status == DraftStatus.HELD and back.hold_until == MORNING
    assert (back.sent_at, back.sent_note_id) == (None, None)
    assert (back.subject, back.body) == (draft.subject, draft.body)
    assert drafts.queue(MORNING)[0][0].id == draft.id  # ready in the queue again
    again, _ = drafts.mark_sent(draft.id, MORNING + timedelta(minutes=7))  # redo works
    assert again.status == DraftStatus.SENT


def test_unmark_sent_puts_a_writing_draft_back_to_writing(client_id):
    draft = new_draft(client_id, subject="", body="Danke, passt so.")
    sent, note_id = drafts.mark_sent(draft.id, EVENING)
    notes.delete(note_id)  # the user removed the note meanwhile: the draft still comes back
    back = drafts.unmark_sent(sent.id)
    assert back.status == DraftStatus.WRITING and back.hold_until is None
    assert drafts.ids_for_client(client_id) == [draft.id]


def test_only_a_sent_draft_can_be_unmarked(client_id):
    draft = new_draft(client_id)
    before = note_count()
    with pytest.raises(DraftStateError):
        drafts.unmark_sent(draft.id)
    assert drafts.get(draft.id) == draft and note_count() == before
