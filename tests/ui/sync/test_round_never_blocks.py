"""A long round never freezes the window (attack-20b findings 7, 13, 8): the editors'
autosaves wait for its commit instead of for the journal's lock on the GUI thread, and
Settings → Sync or closing the window cut it short (all or nothing) instead of waiting."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from helpers import crash_copy, make_controller, note_editor_in_a_round, plain_round, same_note

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import sync as store_sync
from clientjournal.ui.common.autosave import AUTOSAVE_MAX_DELAY_MS
from clientjournal.ui.notes.editor import NoteEditor
from clientjournal.ui.sync import controller as controller_module
from clientjournal.ui.sync.open_note import OpenNote


@pytest.fixture
def gated(monkeypatch):
    """Rounds that stop inside their write transaction (after the merge) until ``gate`` is
    set, reporting progress meanwhile as a long projection does."""
    gate = threading.Event()
    inside = threading.Event()
    real = store_sync.run_round

    def run_round(*args, progress=None, **kwargs):
        if progress is None:  # a round of the other computer, without a window
            return real(*args, **kwargs)
        steps: list[int] = []  # since it took the journal

        def step(done: int, total: int) -> None:
            progress(done, total)
            if done == store_sync.TAKING_JOURNAL or steps:
                steps.append(done)
            if len(steps) == 3:  # taken; before the merge; merged
                inside.set()
                for _tick in range(2_000):  # at most 10 s: a window that waits fails, not hangs
                    if gate.wait(0.005):
                        break
                    progress(done, total)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(controller_module.store_sync, "run_round", run_round)
    return gate, inside


def _laptop_and_desk(computers) -> int:
    computers.use("desk")
    client_id = clients.create(ClientData(name="Anna Berg"))
    note = notes.save(NoteData(client_id=client_id, body="Desk: first note", created_at=utcnow()))
    plain_round(computers, "desk")
    computers.use("laptop")
    plain_round(computers, "laptop")
    for name in ("Clara Neu", "Dora Alt", "Emil Falk"):
        clients.create(ClientData(name=name, email=f"{name.split()[0].lower()}@example.org"))
    plain_round(computers, "laptop")
    computers.use("desk")
    assert note.id is not None
    return note.id


def test_typing_during_a_round_saves_after_its_commit_without_waiting_on_the_lock(
    qtbot, computers, gated
):
    gate, inside = gated
    note_id = _laptop_and_desk(computers)
    editor = NoteEditor()
    qtbot.addWidget(editor)
    editor.edit(notes.get(note_id))
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    editor.body.setPlainText("Desk: first note, typed during the round")
    qtbot.wait(AUTOSAVE_MAX_DELAY_MS * 2)  # the autosave's time has come meanwhile
    # Not saved (the journal is the round's until it commits), but still to be saved: the
    # save did not run into the lock (that froze the window up to busy_timeout, 5 s).
    assert editor._timer.pending()
    qtbot.waitUntil(lambda: "saved when it ends" in controller.status.text(), timeout=5_000)
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert notes.get(note_id).body == "Desk: first note, typed during the round"
    assert {c.name for c in clients.fetch(clients.list_ids()).values()} >= {"Clara Neu"}


def test_settings_changes_during_a_round_cut_it_short_instead_of_waiting(qtbot, computers, gated):
    gate, inside = gated
    _laptop_and_desk(computers)
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    config = controller.configure(computers.folder, "Büro")  # returns with the gate closed
    assert config.device_name == "Büro"
    assert not controller.running
    names = {c.name for c in clients.fetch(clients.list_ids()).values()}
    assert "Clara Neu" not in names  # the round cut short left nothing half applied
    gate.set()
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        assert controller.sync_now()
    controller.wait()
    names = {c.name for c in clients.fetch(clients.list_ids()).values()}
    assert {"Clara Neu", "Dora Alt", "Emil Falk"} <= names


def test_closing_during_a_round_hides_the_window_and_cuts_the_round_short(qtbot, computers, gated):
    gate, inside = gated
    _laptop_and_desk(computers)
    context, controller = make_controller(qtbot, computers)
    context.show()
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    controller.stop()  # returns with the gate closed
    assert not context.isVisible()
    assert not controller.running
    gate.set()
    names = {c.name for c in clients.fetch(clients.list_ids()).values()}
    assert "Clara Neu" not in names  # all or nothing: the next round does it
    store_sync.run_round()
    names = {c.name for c in clients.fetch(clients.list_ids()).values()}
    assert "Clara Neu" in names


def test_a_round_still_reading_a_snapshot_is_cut_short_too(qtbot, computers, monkeypatch):
    """A first sync reads the other computer's snapshot for many seconds before it writes:
    Settings → Sync does not wait for that either."""
    computers.use("laptop")
    for name in ("Clara Neu", "Dora Alt"):
        clients.create(ClientData(name=name))
    plain_round(computers, "laptop", "Laptop")  # its first round: a snapshot
    computers.use("desk")
    gate, reading = threading.Event(), threading.Event()
    real = store_sync.run_round

    def run_round(*args, progress=None, **kwargs):
        def step(done: int, total: int) -> None:
            progress(done, total)
            if done < 0:
                reading.set()
                for _tick in range(2_000):  # at most 10 s: a window that waits fails
                    if gate.wait(0.005):
                        break
                    progress(done, total)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(controller_module.store_sync, "run_round", run_round)
    _context, controller = make_controller(qtbot, computers)
    controller.configure(computers.folder, "Desk")
    assert controller.sync_now()
    qtbot.waitUntil(reading.is_set, timeout=30_000)
    controller.configure(None)  # sync turned off while it reads
    assert not controller.running
    gate.set()
    assert clients.count() == 0  # nothing of the round was written


# -- explicit saves during a round: switching notes, the conflict banner's choices ----------


def _two_notes(computers) -> tuple[int, int]:
    """The desk's notes A and B (of Anna Berg), and the laptop's clients for the desk's next
    round to receive (so that it holds the journal)."""
    note_a = _laptop_and_desk(computers)
    client_id = notes.get(note_a).client_id
    note_b = notes.save(
        NoteData(client_id=client_id, body="Desk: second note", created_at=utcnow())
    )
    assert note_b.id is not None
    return note_a, note_b.id


def test_switching_notes_during_a_round_saves_the_left_one_when_it_ends(qtbot, computers, gated):
    gate, inside = gated
    note_a, note_b = _two_notes(computers)
    editor, _context, controller = note_editor_in_a_round(qtbot, computers, note_a, inside)
    editor.body.setPlainText("Desk: first note, typed during the round")
    editor.edit(notes.get(note_b))  # returns at once: no wait for the journal's lock
    assert editor.body.toPlainText() == "Desk: second note"
    assert notes.get(note_a).body == "Desk: first note"  # not yet: the round holds the journal
    editor.edit(notes.get(note_a))  # opened again before the round ended: as typed
    assert editor.body.toPlainText() == "Desk: first note, typed during the round"
    editor.body.appendPlainText("and more")
    editor.edit(notes.get(note_b))
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert notes.get(note_a).body == "Desk: first note, typed during the round\nand more"
    assert notes.get(note_b).body == "Desk: second note"
    assert store_sync.note_conflicts([note_a, note_b]) == []


def test_a_note_left_during_a_round_that_wrote_it_too_keeps_both_texts(qtbot, computers, gated):
    gate, inside = gated
    note_a, note_b = _two_notes(computers)
    plain_round(computers, "desk")
    ours = notes.get(note_a)
    computers.use("laptop")
    plain_round(computers, "laptop")
    notes.save(dataclasses.replace(same_note(ours), body="Laptop: first note, changed there"))
    clients.create(ClientData(name="Gerd Ost"))
    plain_round(computers, "laptop")
    computers.use("desk")
    editor, _context, controller = note_editor_in_a_round(qtbot, computers, note_a, inside)
    editor.body.setPlainText("Desk: first note, typed during the round")
    editor.edit(notes.get(note_b))
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert notes.get(note_a).body == "Desk: first note, typed during the round"
    (conflict,) = store_sync.note_conflicts([note_a])
    assert conflict.body == "Laptop: first note, changed there"


def test_a_choice_in_the_conflict_banner_during_a_round_is_made_when_it_ends(
    qtbot, computers, gated
):
    from test_conflict_banner import MINE, make_conflict

    from clientjournal.ui.sync.conflict_banner import NoteConflictBanner

    gate, inside = gated
    _client_id, note_id = make_conflict(computers)
    computers.use("laptop")
    clients.create(ClientData(name="Clara Neu"))
    plain_round(computers, "laptop")
    computers.use("desk")
    context, controller = make_controller(qtbot, computers)
    editor = NoteEditor(context)
    open_note = OpenNote(editor)
    controller.open_note = open_note
    banner = NoteConflictBanner(context, open_note)
    editor.add_banner(banner)
    editor.edit(notes.get(note_id))
    assert banner.conflict is not None
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    banner.keep_mine.click()  # returns at once: no wait for the journal's lock
    assert len(store_sync.note_conflicts([note_id])) == 1  # not yet
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert store_sync.note_conflicts([note_id]) == []
    assert notes.get(note_id).body == MINE
    assert "Clara Neu" in {c.name for c in clients.fetch(clients.list_ids()).values()}


def test_switching_agreements_during_a_round_saves_the_left_one_when_it_ends(
    qtbot, computers, gated
):
    """attack-20c N1, agreements: leaving an agreement's details for another agreement
    during a round waited 5 s for the journal's lock and failed (uncaught, text lost)."""
    from clientjournal.core.agreements.checklist import AgreementData
    from clientjournal.store.agreements import checklist as agreements
    from clientjournal.ui.agreements.editor import AgreementEditor

    gate, inside = gated
    note_id = _laptop_and_desk(computers)
    client_id = notes.get(note_id).client_id
    first = agreements.save(AgreementData(client_id=client_id, title="Deposit"))
    second = agreements.save(AgreementData(client_id=client_id, title="Hosting"))
    editor = AgreementEditor()
    qtbot.addWidget(editor)
    editor.show_item(first)
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    editor.details.setPlainText("30 % before work starts")
    editor.show_item(second)  # saves the first: returns at once, no wait for the lock
    assert agreements.get(first.id).details == ""  # not yet: the round holds the journal
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert agreements.get(first.id).details == "30 % before work starts"


def test_switching_replies_during_a_round_saves_the_left_one_when_it_ends(qtbot, computers, gated):
    """attack-20c N1, replies (read in the code): the composer's save on leaving a draft
    waited for the journal's lock and dropped the text when it failed."""
    from clientjournal.core.cooling import DraftData
    from clientjournal.store import drafts
    from clientjournal.ui.replies.composer import ReplyComposer

    gate, inside = gated
    client_id = notes.get(_laptop_and_desk(computers)).client_id
    first = drafts.save(DraftData(client_id=client_id, subject="Re: Termin", body="Hallo,"))
    second = drafts.save(DraftData(client_id=client_id, subject="Re: Angebot", body="Guten Tag,"))
    composer = ReplyComposer()
    qtbot.addWidget(composer)
    composer.show_draft(first, clients.get(client_id))
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    composer.body.setPlainText("Hallo, typed during the round")
    composer.show_draft(second, clients.get(client_id))  # returns at once
    assert drafts.get(first.id).body == "Hallo,"  # not yet
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert drafts.get(first.id).body == "Hallo, typed during the round"


def test_tags_and_pin_set_during_a_round_that_writes_the_note_are_kept(qtbot, computers, gated):
    """attack-20c N13: the editor reloaded the note the round wrote and dropped the tags and
    pin set meanwhile; and a held save made first wrote the old text over the round's."""
    gate, inside = gated
    note_a = _laptop_and_desk(computers)
    plain_round(computers, "desk")
    ours = notes.get(note_a)
    computers.use("laptop")
    plain_round(computers, "laptop")
    notes.save(dataclasses.replace(same_note(ours), body="Desk: first note (Laptop)"))
    plain_round(computers, "laptop")
    computers.use("desk")
    editor, _context, controller = note_editor_in_a_round(qtbot, computers, note_a, inside)
    editor.tags.setText("wichtig, rueckruf")
    editor.tags.textEdited.emit(editor.tags.text())
    editor.pinned.setChecked(True)
    qtbot.wait(AUTOSAVE_MAX_DELAY_MS * 2)  # its autosave waits for the round
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert editor.body.toPlainText() == "Desk: first note (Laptop)"
    editor.flush()
    stored = notes.get(note_a)
    assert (stored.body, sorted(stored.tags), stored.pinned) == (
        "Desk: first note (Laptop)", ["rueckruf", "wichtig"], True
    )  # fmt: skip
    assert store_sync.note_conflicts([note_a]) == []


def test_going_back_to_a_reply_or_agreement_during_a_round_shows_and_keeps_both_visits(
    qtbot, computers, gated
):
    """attack-20c N1b: a reply or agreement opened again during the same round showed the
    stored text without what was typed there before, and the later save overwrote it."""
    from clientjournal.core.agreements.checklist import AgreementData
    from clientjournal.core.cooling import DraftData
    from clientjournal.store import drafts
    from clientjournal.store.agreements import checklist as agreements
    from clientjournal.ui.agreements.editor import AgreementEditor
    from clientjournal.ui.replies.composer import ReplyComposer

    gate, inside = gated
    client_id = notes.get(_laptop_and_desk(computers)).client_id
    anna = clients.get(client_id)
    first = drafts.save(DraftData(client_id=client_id, subject="Re: 1", body="Erste "))
    second = drafts.save(DraftData(client_id=client_id, subject="Re: 2", body="Zweite "))
    one = agreements.save(AgreementData(client_id=client_id, title="Eins", details="Erste "))
    two = agreements.save(AgreementData(client_id=client_id, title="Zwei", details="Zweite "))
    composer, editor = ReplyComposer(), AgreementEditor()
    qtbot.addWidget(composer)
    qtbot.addWidget(editor)
    composer.show_draft(first, anna)
    editor.show_item(one)
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    for _visit in range(2):
        for draft, item in ((first, one), (second, two)):
            composer.show_draft(drafts.get(draft.id), anna)
            editor.show_item(agreements.get(item.id))
            composer.body.setPlainText(composer.body.toPlainText() + "abc")
            editor.details.setPlainText(editor.details.toPlainText() + "abc")
    composer.show_draft(drafts.get(first.id), anna)
    assert composer.body.toPlainText() == "Erste abcabc"  # both visits, as typed
    editor.show_item(agreements.get(one.id))
    assert editor.details.toPlainText() == "Erste abcabc"
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    composer.flush()
    editor.save()
    assert [drafts.get(d.id).body for d in (first, second)] == ["Erste abcabc", "Zweite abcabc"]
    assert [agreements.get(a.id).details for a in (one, two)] == [
        "Erste abcabc", "Zweite abcabc"
    ]  # fmt: skip


def test_an_agreement_typed_during_a_round_survives_the_views_reading_again(
    qtbot, computers, gated
):
    """The agreements pane shows its agreement anew after a round that received something:
    what was typed meanwhile and held for the round is saved before that."""
    from clientjournal.core.agreements.checklist import AgreementData
    from clientjournal.store.agreements import checklist as agreements
    from clientjournal.ui.agreements.pane import AgreementPane

    gate, inside = gated
    client_id = notes.get(_laptop_and_desk(computers)).client_id
    item = agreements.save(AgreementData(client_id=client_id, title="Anzahlung"))
    context, controller = make_controller(qtbot, computers)
    pane = AgreementPane(context)
    qtbot.addWidget(pane)
    pane.show_client(client_id)
    pane.reveal(item.id)
    editor = pane.editor
    assert editor.item_id == item.id
    ids = [item.id]
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    editor.details.setPlainText("30 % vor Beginn")
    qtbot.wait(AUTOSAVE_MAX_DELAY_MS * 2)  # its autosave waits for the round
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert agreements.get(ids[0]).details == "30 % vor Beginn"


def test_an_undo_step_during_a_round_is_written_when_it_ends(qtbot, computers, gated):
    """A step done or undone (Ctrl+Z) while the round holds the journal waited for its lock
    on the GUI thread and failed after 5 s."""
    from clientjournal.ui.common.undo_commands import EditClient

    gate, inside = gated
    client_id = notes.get(_laptop_and_desk(computers)).client_id
    context, controller = make_controller(qtbot, computers)
    before = clients.get(client_id)
    renamed = dataclasses.replace(before, name="Anna Berg-Roth")
    context.undo_stack.push(EditClient(before, renamed, "Rename", context.events))
    assert clients.get(client_id).name == "Anna Berg-Roth"  # no round: at once
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    context.undo_stack.undo()  # returns at once: no wait for the journal's lock
    context.undo_stack.redo()
    context.undo_stack.undo()
    assert clients.get(client_id).name == "Anna Berg-Roth"  # not yet
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    assert clients.get(client_id).name == "Anna Berg"  # the three steps, in order


def test_an_agreements_save_held_for_a_round_keeps_what_the_round_changed(qtbot, computers, gated):
    """attack-20c N13 for agreements: the agreement editor's save, held for a round that
    changed the agreement's title on the other computer, wrote the old title back."""
    from clientjournal.core.agreements.checklist import AgreementData
    from clientjournal.store.agreements import checklist as agreements
    from clientjournal.store.models import database
    from clientjournal.ui.agreements.editor import AgreementEditor

    gate, inside = gated
    client_id = notes.get(_laptop_and_desk(computers)).client_id
    item = agreements.save(AgreementData(client_id=client_id, title="Anzahlung"))
    plain_round(computers, "desk")
    computers.use("laptop")
    plain_round(computers, "laptop")
    (row,) = database.execute_sql("SELECT id FROM agreement").fetchall()
    agreements.save(dataclasses.replace(agreements.get(row[0]), title="Anzahlung 30 %"))
    plain_round(computers, "laptop")
    computers.use("desk")
    editor = AgreementEditor()
    qtbot.addWidget(editor)
    editor.show_item(agreements.get(item.id))
    _context, controller = make_controller(qtbot, computers)
    assert controller.sync_now()
    qtbot.waitUntil(inside.is_set, timeout=30_000)
    editor.details.setPlainText("vor Beginn")
    qtbot.wait(AUTOSAVE_MAX_DELAY_MS * 2)  # its autosave waits for the round
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    editor.save()
    stored = agreements.get(item.id)
    assert (stored.title, stored.details) == ("Anzahlung 30 %", "vor Beginn")


def test_typing_held_for_a_round_survives_a_crash_during_it(qtbot, computers, gated, tmp_path):
    """attack-20c N2: a crash during the round's transaction lost everything typed since the
    round took the journal (the held saves were only in memory).  The journal and its folder
    are copied while the round holds it, as a crash leaves them; that copy's next window
    puts the typing back."""

    from clientjournal.store.sync import held

    gate, inside = gated
    note_id = _laptop_and_desk(computers)
    editor, _context, controller = note_editor_in_a_round(qtbot, computers, note_id, inside)
    editor.body.setPlainText("Desk: first note, typed during the round")
    crash_copy(qtbot, computers)  # the power goes here
    folder = computers.journal("desk")
    with qtbot.waitSignal(controller.roundFinished, timeout=30_000):
        gate.set()
    controller.wait()
    # saved by the editor's autosave once the round let go (it may come a moment after)
    qtbot.waitUntil(
        lambda: notes.get(note_id).body == "Desk: first note, typed during the round",
        timeout=5_000,
    )
    assert not (folder / held.HELD).exists()  # nothing held any more

    computers.use("crashed")
    assert notes.get(note_id).body == "Desk: first note"  # the crash took the typing
    context, _controller = make_controller(qtbot, computers)  # the next start
    assert notes.get(note_id).body == "Desk: first note, typed during the round"
    assert any("put back" in line for line in context.statuses)
    assert not (computers.journal("crashed") / held.HELD).exists()
