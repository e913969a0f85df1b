"""The item models behind the client list and the timeline obey Qt's model contract."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from clientjournal.core.domain import ClientSort, NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.store import clients, notes
from clientjournal.ui.clients.list_model import SUBTITLE_ROLE, ClientListModel
from clientjournal.ui.common.lazy_model import ID_ROLE, PAGE_SIZE
from clientjournal.ui.notes.timeline_model import NoteTimelineModel


def fill(count: int) -> list[int]:
    ids = [
        clients.create(ClientData(name=f"Client {i:04d}", company="Firma" if i % 2 else ""))
        for i in range(count)
    ]
    now = datetime.now(UTC)
    for i, client_id in enumerate(ids[:5]):
        notes.save(
            NoteData(
                client_id=client_id,
                created_at=now - timedelta(days=i),
                kind=NoteKind.CALL,
                body=f"call {i}",
            )
        )
    return ids


def test_client_list_model_passes_qtmodeltester(qtmodeltester, journal):
    fill(250)
    model = ClientListModel()
    model.reload()
    qtmodeltester.check(model, force_py=True)
    # the tester stays connected and checks every reset and change signal from here on
    model.reload(sort=ClientSort.LAST_CONTACT)
    model.reload(filter_text="client 024")
    model.invalidate(model.id_at(0))
    assert model.rowCount() == 10


def test_client_list_fetches_only_the_pages_it_shows(journal, monkeypatch):
    ids = fill(3 * PAGE_SIZE)
    model = ClientListModel()
    model.reload()
    fetched: list[int] = []
    original = model._fetch
    model._fetch = lambda wanted: (fetched.extend(wanted), original(wanted))[1]
    assert model.rowCount() == len(ids)
    page = model.page_size
    assert page < PAGE_SIZE  # a jump far down the list reads about a screenful (issue 21)
    assert model.index(page + 3, 0).data() == f"Client {page + 3:04d}"
    assert len(fetched) == page  # one page, not the whole list
    model.index(page + 4, 0).data()
    assert len(fetched) == page  # served from the cache


def test_client_rows_show_last_contact(journal):
    ids = fill(6)
    model = ClientListModel()
    model.reload(sort=ClientSort.LAST_CONTACT)
    first = model.index(0, 0)
    assert first.data(ID_ROLE) == ids[0]
    assert "today" in first.data(SUBTITLE_ROLE)
    assert "no contact yet" in model.index(5, 0).data(SUBTITLE_ROLE)


def test_note_timeline_model_passes_qtmodeltester(qtmodeltester, journal):
    ids = fill(5)
    model = NoteTimelineModel()
    model.load(ids[0])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0, 0).data() == "call 0"
    assert "Call" in model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    model.load(None)
    assert model.rowCount() == 0


def test_row_flags_are_qts_own_answer(journal):
    """The flags of a row are looked up once (issue 21); they are what Qt's list model says,
    and any index that is not a row of the model still gets Qt's own answer."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

    fill(3)
    model, other = ClientListModel(), ClientListModel()
    model.reload()
    other.reload()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    for index in [*rows, QPersistentModelIndex(rows[1])]:
        assert model.flags(index) == QAbstractListModel.flags(model, index)
        assert model.flags(index) & Qt.ItemFlag.ItemIsSelectable
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    for index in (QModelIndex(), model.index(7, 0), other.index(0, 0)):
        assert model.flags(index) == QAbstractListModel.flags(model, index)
    model.reload(filter_text="no such client")  # fewer rows: an old index is out of range
    assert model.flags(rows[2]) == QAbstractListModel.flags(model, rows[2])
