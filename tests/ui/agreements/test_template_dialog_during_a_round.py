"""The template dialog while a sync round holds the journal: its writes (a template's edits, a
new template, the points it adds) waited on the GUI thread for the round's lock, the window
frozen, and failed after the lock's timeout (a first sync of a big journal takes longer).
Now the dialog says it waits, the window keeps painting, and each write is made once the
round has ended."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from test_template_dialog import open_dialog, row_of

from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.agreements import checklist as agreements
from clientjournal.store.models import database
from clientjournal.ui.common import autosave


@pytest.fixture
def a_round(journal):
    """``a_round(ms)``: from now until ``ms`` later another thread holds the journal's write
    lock, as a round does, and the window knows (``autosave.hold``); then it lets go and
    releases.  ``seen``: how often the event loop ran meanwhile, and whether the dialog's
    note said why it waits."""
    seen: dict[str, int] = {"ticks": 0, "note": 0}
    threads: list[tuple[threading.Thread, threading.Event]] = []
    # The ends are timers this fixture owns and stops: a round the test did not wait for
    # otherwise ended inside a later test, and its release() let that test's own round's
    # held saves write into the round's lock ("database is locked", CI stop 30).
    enders: list[QTimer] = []

    def tick() -> None:
        seen["ticks"] += 1
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen["note"] += widget.objectName() == "roundWait"

    ticker = QTimer(interval=20)
    ticker.timeout.connect(tick)
    ticker.start()

    def start(ms: int) -> None:
        holding, done = threading.Event(), threading.Event()

        def write_for_a_while() -> None:
            try:
                with database.atomic():
                    database.execute_sql("UPDATE client SET name = name")
                    holding.set()
                    done.wait(10)
            finally:
                database.close()

        thread = threading.Thread(target=write_for_a_while)
        threads.append((thread, done))
        autosave.hold()
        thread.start()
        assert holding.wait(10)

        def end() -> None:
            if done.is_set():
                return  # ended already (by the fixture's teardown)
            done.set()
            thread.join()
            autosave.release()

        ender = QTimer(singleShot=True, interval=ms)
        ender.timeout.connect(end)
        enders.append(ender)
        ender.start()

    start.seen = seen  # type: ignore[attr-defined]
    yield start
    ticker.stop()
    for ender in enders:
        ender.stop()
    for thread, done in threads:
        done.set()
        thread.join()
    if autosave.holding():
        autosave.release()


def _recording(monkeypatch, name: str) -> list[bool]:
    """Whether a round held the journal at each call of ``agreements.<name>``."""
    calls: list[bool] = []
    real = getattr(agreements, name)

    def recorded(*args, **kwargs):
        calls.append(autosave.holding())
        return real(*args, **kwargs)

    monkeypatch.setattr(agreements, name, recorded)
    return calls


def test_applying_a_template_during_a_round_waits_for_it_and_adds_the_points(
    qtbot, a_round, monkeypatch
):
    client_id = clients.create(ClientData(name="Anna"))
    dialog = open_dialog(qtbot, client_id)
    calls = _recording(monkeypatch, "add_from_template")
    a_round(300)
    with qtbot.waitSignal(dialog.applied, timeout=10_000) as applied:
        dialog.apply_button.click()
    assert calls == [False]  # written once the round had let go, not into its lock
    assert agreements.ids_for_client(client_id) == applied.args[0] != []
    assert a_round.seen["ticks"] >= 5 and a_round.seen["note"]  # painted on, said why
    assert not dialog.isVisible()


def test_a_template_made_and_named_during_rounds_is_kept_when_the_dialog_closes(
    qtbot, a_round, monkeypatch
):
    client_id = clients.create(ClientData(name="Anna"))
    dialog = open_dialog(qtbot, client_id)
    dialog.list.setCurrentRow(row_of(dialog, "Text oder Übersetzung"))
    saves = _recording(monkeypatch, "save_template")
    a_round(300)
    dialog.duplicate_button.click()  # a new template: the dialog needs its id at once
    (copy,) = agreements.list_templates()
    assert dialog.list.currentItem().text() == copy.name
    dialog.name.setText("Meine Vorlage")
    dialog.name.textEdited.emit("Meine Vorlage")
    a_round(300)  # the next round while the dialog closes
    dialog.close()  # every way out saves first
    assert [(t.id, t.name) for t in agreements.list_templates()] == [(copy.id, "Meine Vorlage")]
    assert len(saves) == 2 and not any(saves)


def test_a_round_that_follows_at_once_is_waited_for_too(qtbot, a_round):
    """The next round may take the journal as the first one lets go, before the step runs."""
    from clientjournal.ui.common.autosave import wait_for_the_round

    client_id = clients.create(ClientData(name="Anna"))
    dialog = open_dialog(qtbot, client_id)
    a_round(200)
    autosave.after_hold(lambda: a_round(200))  # started as the first one's end is handled
    wait_for_the_round(dialog)
    assert not autosave.holding()


def test_escape_does_not_end_the_wait_and_a_second_apply_adds_nothing(qtbot, a_round):
    """attack21 A6: Escape hid the note, Apply was clickable again, and after the round the
    template's points were there twice."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    client_id = clients.create(ClientData(name="Anna"))
    dialog = open_dialog(qtbot, client_id)
    a_round(600)
    seen: list[bool] = []

    def escape_and_apply_again() -> None:
        note = _note()
        QTest.keyClick(note, Qt.Key.Key_Escape)
        note.close()  # the window's close button
        seen.append(_note() is note)  # still there
        dialog.apply_button.click()  # a click the note did not catch

    QTimer.singleShot(150, escape_and_apply_again)
    with qtbot.waitSignal(dialog.applied, timeout=10_000) as applied:
        dialog.apply_button.click()
    assert seen == [True]
    assert agreements.ids_for_client(client_id) == applied.args[0]  # once
    assert len(applied.args[0]) == 8


def _note() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        named = isinstance(widget, QProgressDialog) and widget.objectName() == "roundWait"
        if named and widget.isVisible():
            return widget
    return None


def test_the_dialog_opens_and_is_browsed_during_a_round_without_waiting(qtbot, a_round):
    """attack21 A10: opening the dialog (it shows its first template) and choosing another one
    waited for the whole round under the note, with nothing to save."""
    client_id = clients.create(ClientData(name="Anna"))
    a_round(60_000)  # longer than the test: only a wait would see its end
    dialog = open_dialog(qtbot, client_id)
    dialog.list.setCurrentRow(1)
    dialog.list.setCurrentRow(2)
    assert autosave.holding()  # the round still holds the journal: nothing waited for it
    assert a_round.seen["note"] == 0
    dialog.close()
    assert autosave.holding()
