"""The client list in the order a person reads names (issue 19): umlauts with their base
letter, no case, numbers as numbers; by surname on request, remembered like the other orders;
the same order in the CSV export and wherever the store lists names."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt

from clientjournal.core.domain import ClientSort
from clientjournal.core.records import ClientData
from clientjournal.store import clients
from clientjournal.store.exchange.text import export_csv
from clientjournal.store.tags import all_tags

NAMES = ["Wolf", "Öztürk", "Krüger", "Köhler", "Schröder", "Schäfer", "Ägidius", "anna"]
READ_ORDER = ["Ägidius", "anna", "Köhler", "Krüger", "Öztürk", "Schäfer", "Schröder", "Wolf"]


def _names(ids: list[int]) -> list[str]:
    found = clients.fetch(ids)
    return [found[client_id].name for client_id in ids]


def test_the_store_lists_names_as_a_person_reads_them(journal):
    for name in NAMES:
        clients.create(ClientData(name=name, tags=[name.lower()]))
    clients.create(ClientData(name="Studio 10"))
    clients.create(ClientData(name="Studio 9"))
    assert _names(clients.list_ids()) == [*READ_ORDER[:7], "Studio 9", "Studio 10", "Wolf"]
    assert all_tags() == [name.lower() for name in READ_ORDER]
    table = list(csv.reader(io.StringIO(export_csv(None))))
    assert [row[0] for row in table[1:]] == [*READ_ORDER[:7], "Studio 9", "Studio 10", "Wolf"]


def test_by_surname_a_person_by_the_last_word_a_company_by_its_name(journal):
    for name, company in (
        ("Zoe Adler", ""),
        ("Bernd Zander", ""),
        ("Müller GmbH", ""),
        ("Nordlicht", "Nordlicht"),
        ("Anna Öztürk", "Acme"),
    ):
        clients.create(ClientData(name=name, company=company))
    order = _names(clients.list_ids(sort=ClientSort.SURNAME))
    assert order == ["Zoe Adler", "Müller GmbH", "Nordlicht", "Anna Öztürk", "Bernd Zander"]


def test_the_list_sorts_by_surname_from_the_menu_and_the_box_and_remembers_it(
    qtbot, journal, windows, english
):
    for name in ("Zoe Adler", "Bernd Zander", "Carla Köhler", "Ägidius Wolf"):
        clients.create(ClientData(name=name))
    window = windows.open()
    view = window.client_list.view

    def shown() -> list[str]:
        model = view.model()
        return [model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) for row in range(4)]

    assert shown() == ["Ägidius Wolf", "Bernd Zander", "Carla Köhler", "Zoe Adler"]
    action = window.findChild(type(window.client_actions.new_note_action), "actionSortSurname")
    assert action is not None and action in window.actions()
    action.trigger()
    assert shown() == ["Zoe Adler", "Carla Köhler", "Ägidius Wolf", "Bernd Zander"]
    box = window.client_list.sort
    assert box.currentData() == ClientSort.SURNAME.value
    box.setCurrentIndex(box.findData(ClientSort.NAME.value))
    assert shown()[0] == "Ägidius Wolf"
    box.setCurrentIndex(box.findData(ClientSort.SURNAME.value))
    window = windows.restart()
    assert window.client_list.model.sort is ClientSort.SURNAME
    assert window.client_list.sort.currentData() == ClientSort.SURNAME.value
