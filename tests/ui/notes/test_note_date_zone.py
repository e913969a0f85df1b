"""The note editor's date field works in UTC itself on a computer set to UTC, not in Qt's local
time, which asks the C library (glibc's ``mktime``) at every conversion: 5 % of a client switch
on such a computer (issue 21); elsewhere in the local time (a named zone of Qt's own reads its
zone database at the start).  What it shows and what it saves must stay
what the local time gave, in every zone, also across daylight-saving changes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit

from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import to_utc
from clientjournal.store import clients, notes

ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Pacific/Auckland", "Atlantic/Reykjavik")
# (Reykjavik: UTC+0 without summer time now, not before 1968: not UTC for the field)
# a day in winter, the hour that comes twice in autumn, the hour that is skipped in spring
# (Berlin), and the same for New York and Auckland
EDITS = (
    (QDate(2024, 1, 15), QTime(9, 45)),
    (QDate(2024, 10, 27), QTime(2, 30)),
    (QDate(2024, 3, 31), QTime(2, 30)),
    (QDate(2024, 11, 3), QTime(1, 30)),
    (QDate(2024, 3, 10), QTime(2, 30)),
    (QDate(2024, 4, 7), QTime(2, 30)),
    (QDate(2024, 9, 29), QTime(2, 30)),
)
SHOWN = (
    datetime(2024, 10, 27, 0, 30, tzinfo=UTC),  # 02:30 summer time in Berlin
    datetime(2024, 10, 27, 1, 30, tzinfo=UTC),  # 02:30 winter time in Berlin
    datetime(2024, 3, 31, 1, 0, tzinfo=UTC),
    datetime(2023, 7, 1, 12, 0, 0, tzinfo=UTC),
    datetime(1960, 2, 29, 23, 59, 59, tzinfo=UTC),
)


def _local_edit(qtbot) -> QDateTimeEdit:
    """A date field as the editor had it: Qt's local time."""
    edit = QDateTimeEdit()
    qtbot.addWidget(edit)
    edit.setCalendarPopup(True)
    return edit


def _a_note_shown(window, at: datetime):
    """A client's note made at ``at``, shown in the window's editor: (editor, note)."""
    client_id = clients.create(ClientData(name="Hans"))
    note = notes.save(NoteData(client_id=client_id, created_at=at, body="Anruf"))
    window.refresh(client_id)
    editor = window.pane.editor
    _open(editor, note.id)
    return editor, note


def _open(editor, note_id: int) -> None:
    """The note as stored, shown afresh (opening the note shown already does nothing)."""
    editor.start_new(editor.client_id)
    editor.edit(notes.get(note_id))


@pytest.mark.parametrize("zone", ZONES)
def test_the_date_field_shows_and_saves_what_local_time_did(
    qtbot, window, journal, local_zone, zone
):
    local_zone(zone)
    client_id = clients.create(ClientData(name="Hans"))
    note = notes.save(NoteData(client_id=client_id, created_at=SHOWN[0], body="Anruf"))
    window.refresh(client_id)
    editor = window.pane.editor
    reference = _local_edit(qtbot)
    reference.setDisplayFormat(editor.when.displayFormat())

    for shown in SHOWN:
        notes.save(dataclasses.replace(notes.get(note.id), created_at=shown))
        _open(editor, note.id)
        # not Qt's local time on a computer set to UTC (glibc's mktime at every conversion);
        # not a named zone of Qt's either (its zone database read at the start: 6-9 ms)
        field_zone = editor.when.timeZone()
        if zone == "UTC":
            assert field_zone.timeSpec() != Qt.TimeSpec.LocalTime and field_zone.id() == b"UTC"
        else:
            assert field_zone.timeSpec() == Qt.TimeSpec.LocalTime
        reference.setDateTime(QDateTime.fromSecsSinceEpoch(int(shown.timestamp())))
        assert editor.when.text() == reference.text()
        editor.body.setPlainText(f"Anruf {shown}")  # saved without the date touched
        editor.flush()
        assert notes.get(note.id).created_at == shown

    for day, at in EDITS:  # the user sets a date and a time, as the field's sections do
        _open(editor, note.id)
        editor.when.setDate(day)
        editor.when.setTime(at)
        reference.setDate(day)
        reference.setTime(at)
        assert editor.when.text() == reference.text()
        editor.flush()
        expected = to_utc(reference.dateTime().toPython())
        assert notes.get(note.id).created_at == expected, (zone, day, at)


def test_the_date_field_follows_a_change_of_the_computers_zone(qtbot, window, journal, local_zone):
    local_zone("Europe/Berlin")
    editor, note = _a_note_shown(window, datetime(2024, 1, 15, 12, 0, tzinfo=UTC))
    assert editor.when.time() == QTime(13, 0)
    local_zone("America/New_York")  # the laptop travelled
    _open(editor, note.id)
    assert editor.when.time() == QTime(7, 0)
    editor.when.setTime(QTime(8, 0))
    editor.flush()
    assert notes.get(note.id).created_at == datetime(2024, 1, 15, 13, 0, tzinfo=UTC)


@pytest.mark.parametrize("zone", ["UTC", "Europe/Berlin"])
def test_showing_a_note_reads_no_zone_database(
    qtbot, window, journal, local_zone, monkeypatch, zone
):
    """A named zone of Qt's own (``QTimeZone(id)``, ``systemTimeZoneId``) reads Qt's zone
    database first: 6-9 ms before the first paint of every start (perf21h)."""
    from PySide6.QtCore import QTimeZone

    from clientjournal.ui.notes import editor as editor_module

    class NoDatabase:
        Initialization = QTimeZone.Initialization
        utc = staticmethod(QTimeZone.utc)

        def __new__(cls, *args):
            assert args == (QTimeZone.Initialization.LocalTime,), args
            return QTimeZone(*args)

        @staticmethod
        def systemTimeZoneId():
            raise AssertionError("the zone database")

    monkeypatch.setattr(editor_module, "QTimeZone", NoDatabase)
    local_zone(zone)
    editor, note = _a_note_shown(window, SHOWN[0])
    local_zone("UTC" if zone != "UTC" else "Europe/Berlin")  # and back to the other kind
    _open(editor, note.id)


def test_a_zone_set_while_the_app_runs_is_followed_from_utc_too(
    qtbot, window, journal, local_zone, monkeypatch
):
    """attack21 A7: a computer in UTC at the start whose zone is then set (timedatectl, no
    ``tzset`` in the app) kept showing every note in UTC until a restart."""
    local_zone("UTC")
    editor, note = _a_note_shown(window, datetime(2024, 1, 15, 12, 0, tzinfo=UTC))
    assert editor.when.time() == QTime(12, 0)
    monkeypatch.setenv("TZ", "Asia/Tokyo")  # set from outside: nobody calls tzset
    _open(editor, note.id)
    assert editor.when.time() == QTime(21, 0)
    editor.when.setTime(QTime(22, 0))
    editor.flush()
    assert notes.get(note.id).created_at == datetime(2024, 1, 15, 13, 0, tzinfo=UTC)
