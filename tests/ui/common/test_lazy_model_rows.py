"""The lazy models count their rows in C++ and otherwise behave as a plain list model.

A QListView lays itself out by asking ``index(row)`` of every row, and a Python ``rowCount``
was asked twice per row: 40,000 calls, 44 ms of CPU, for 20,000 clients (issue 21).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QStringListModel, Qt

from clientjournal.ui.agreements.model import AgreementListModel
from clientjournal.ui.clients.list_model import ClientListModel
from clientjournal.ui.common.lazy_model import LazyIdModel
from clientjournal.ui.notes.timeline_model import NoteTimelineModel
from clientjournal.ui.replies.model import DraftListModel


class _Model(LazyIdModel):
    def __init__(self) -> None:
        super().__init__(lambda ids: {item: f"row {item}" for item in ids})

    def _data(self, record: Any, role: int) -> Any:
        return record if role == Qt.ItemDataRole.DisplayRole else None


def test_every_lazy_model_counts_its_rows_in_cpp():
    for model in (_Model, ClientListModel, NoteTimelineModel, DraftListModel, AgreementListModel):
        assert model.rowCount is QStringListModel.rowCount, model


def test_the_row_count_follows_the_ids_without_extra_signals(qtbot):
    model = _Model()
    seen: list[str] = []
    for name in ("modelAboutToBeReset", "modelReset", "rowsInserted", "rowsRemoved"):
        getattr(model, name).connect(lambda *_, name=name: seen.append(name))
    for ids in ([3, 4, 5], list(range(100)), [7], [], [1, 2]):
        model.set_ids(ids)
        assert model.rowCount() == len(ids)
        assert [model.index(row, 0).data() for row in range(len(ids))] == [
            f"row {item}" for item in ids
        ]
    assert seen == ["modelAboutToBeReset", "modelReset"] * 5


def test_rows_are_not_editable_movable_or_removable_through_qt(qtbot):
    model = _Model()
    model.set_ids([1, 2, 3])
    index = model.index(0, 0)
    flags = model.flags(index)
    assert flags == (
        Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
    )
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.itemData(index) == {Qt.ItemDataRole.DisplayRole.value: "row 1"}
    assert not model.setData(index, "x")
    assert not model.setItemData(index, {Qt.ItemDataRole.DisplayRole.value: "x"})
    assert not model.clearItemData(index)
    assert not model.insertRows(0, 1)
    assert not model.removeRows(0, 1)
    assert not model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    model.sort(0)
    assert model.supportedDropActions() == Qt.DropAction.CopyAction
    assert model.rowCount() == 3 and model.ids() == [1, 2, 3]
    assert [model.index(row, 0).data() for row in range(3)] == ["row 1", "row 2", "row 3"]
