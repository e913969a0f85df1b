"""The global search driven like a user would: Ctrl+K, type, arrows, Enter, Escape."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from clientjournal.core.cooling import DraftData
from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, drafts, notes
from clientjournal.ui.search.model import HEADER_ROLE, HIT_ROLE


def fill() -> dict[str, int]:
    anna = clients.create(ClientData(name="Anna Müller"))
    bob = clients.create(ClientData(name="Bob Brown", profile={"wants": "Mehr Grün im Logo"}))
    ids = {"anna": anna, "bob": bob}
    for days in range(30):
        notes.save(NoteData(client_id=anna, created_at=utcnow() - timedelta(days=days + 5),
                            body=f"Füllnotiz {days}"))  # fmt: skip
    ids["old"] = notes.save(
        NoteData(client_id=anna, created_at=utcnow() - timedelta(days=400), body="Grüner Entwurf",
                 kind=NoteKind.CALL)
    ).id  # fmt: skip
    ids["new"] = notes.save(
        NoteData(client_id=bob, created_at=utcnow() - timedelta(days=2), body="Logo grün bestätigt",
                 mood=2)
    ).id  # fmt: skip
    ids["draft"] = drafts.save(
        DraftData(client_id=bob, subject="Grün", body="Hier die grüne Variante.")
    ).id
    return ids


def search_for(qtbot, window, type_text, text: str):
    window.search.action.trigger()
    field = window.findChild(QLineEdit, "globalSearch")
    assert field.hasFocus() or field is window.search.field
    field.clear()
    type_text(field, text)
    panel = window.search.panel
    qtbot.waitUntil(lambda: panel.model.hit_count() > 0 or "Nothing" in panel.status.text())
    return field, panel


def test_results_are_grouped_by_client_and_enter_opens_the_note(
    qtbot, journal, windows, type_text, english
):
    ids = fill()
    window = windows.open()
    field, panel = search_for(qtbot, window, type_text, "gruen")
    assert window.left.currentWidget() is panel
    model = panel.model
    headers = [model.index(r, 0).data(HEADER_ROLE) for r in range(model.rowCount())]
    assert headers[0] is not None and set(filter(None, headers)) == {"Anna Müller", "Bob Brown"}
    hits = [model.index(r, 0).data(HIT_ROLE) for r in range(model.rowCount())]
    kinds = {hit.kind for hit in hits if hit}
    assert kinds == {"note", "client", "draft"}
    assert all("<b>" in hit.snippet for hit in hits if hit)
    assert "4 matches" in panel.status.text()
    # arrows move between matches, skipping client headers; Enter opens the note
    while panel.view.currentIndex().data(HIT_ROLE).record_id != ids["old"]:
        qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.client_list.current_client_id() == ids["anna"]
    assert window.pane.tabs.currentIndex() == 0
    assert window.pane.editor.note_id == ids["old"]
    # Escape ends the search and brings the client list back
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == "" and window.left.currentWidget() is window.client_list


def test_a_draft_match_opens_the_replies_tab(qtbot, journal, windows, type_text):
    ids = fill()
    window = windows.open()
    _, panel = search_for(qtbot, window, type_text, "variante")
    hit = panel.view.currentIndex().data(HIT_ROLE)
    assert hit.kind == "draft"
    panel.open_selected()
    assert window.pane.tabs.currentWidget() is window.pane.replies
    assert window.pane.replies.composer.draft.id == ids["draft"]


def test_filters_narrow_the_results(qtbot, journal, windows, type_text, english):
    ids = fill()
    window = windows.open()
    _, panel = search_for(qtbot, window, type_text, "grün")
    panel.kind.setCurrentIndex(panel.kind.findData("call"))
    assert [h.record_id for h in _hits(panel)] == [ids["old"]]
    panel.kind.setCurrentIndex(0)
    panel.mood.setCurrentIndex(panel.mood.findData(2))
    assert [h.record_id for h in _hits(panel)] == [ids["new"]]
    panel.mood.setCurrentIndex(0)
    panel.period.setCurrentIndex(panel.period.findData(365))
    assert ids["old"] not in [h.record_id for h in _hits(panel)]
    panel.period.setCurrentIndex(panel.period.findData(-1))  # from … to …
    assert panel.since.isVisible() and panel.until.isVisible()
    from PySide6.QtCore import QDate

    panel.since.setDate(QDate.currentDate().addDays(-401))
    panel.until.setDate(QDate.currentDate().addDays(-399))
    assert [h.record_id for h in _hits(panel)] == [ids["old"]]
    panel.period.setCurrentIndex(0)
    assert not panel.since.isVisible()
    window.client_list.select_client(ids["bob"])
    panel.current_client_id = ids["bob"]
    panel.this_client.setChecked(True)
    assert {h.client_id for h in _hits(panel)} == {ids["bob"]}


def test_nothing_found_says_so(qtbot, journal, windows, type_text, english):
    fill()
    window = windows.open()
    _, panel = search_for(qtbot, window, type_text, "zzzqqq")
    assert panel.model.rowCount() == 0
    assert "Nothing found for “zzzqqq”" in panel.status.text()


def test_the_results_model_passes_the_model_tester(qtbot, journal, qtmodeltester):
    from clientjournal.store import search
    from clientjournal.ui.search.model import SearchModel

    fill()
    model = SearchModel()
    model.set_hits(search.search("grün").hits)
    qtmodeltester.check(model)


def _hits(panel):
    model = panel.model
    return [
        model.index(r, 0).data(HIT_ROLE)
        for r in range(model.rowCount())
        if model.index(r, 0).data(HIT_ROLE)
    ]


def test_opening_an_old_note_scrolls_the_timeline_to_it(qtbot, journal, windows, type_text):
    ids = fill()
    window = windows.open()
    window.resize(1000, 700)
    window.search.field.setText("entwurf")
    window.search.panel.run()
    window.search.panel.open_selected()
    timeline = window.pane.timeline
    index = timeline.currentIndex()
    assert window.pane.model.index(index.row(), 0).data(Qt.ItemDataRole.DisplayRole) is not None
    qtbot.waitUntil(lambda: timeline.viewport().rect().intersects(timeline.visualRect(index)))
    assert window.pane.editor.note_id == ids["old"]


def test_excerpts_are_built_only_for_rows_that_are_shown(qtbot, journal, monkeypatch):
    from clientjournal.store import search
    from clientjournal.ui.search.model import SearchModel

    anna = clients.create(ClientData(name="Anna"))
    for day in range(120):
        notes.save(NoteData(client_id=anna, created_at=utcnow() - timedelta(days=day),
                            body=f"Angebot Nummer {day}"))  # fmt: skip
    built = []
    real = search.snippet
    monkeypatch.setattr(search, "snippet", lambda *a: built.append(1) or real(*a))
    result = search.search("angebot", limit=100)
    model = SearchModel()
    model.set_hits(result.hits)
    assert model.hit_count() == 100 and built == []
    assert "<b>Angebot</b>" in model.index(1, 0).data()
    assert len(built) == 1


def test_a_cut_list_says_how_many_more_there_are_and_shows_them(
    qtbot, journal, windows, type_text, english, monkeypatch
):
    """Issue 19: "300 Treffer" where the command line finds 1,019.  With a page of 10 the
    list says "10 of 25 matches", Show more brings the next ten, Down past the last the
    rest; the selected match stays selected."""
    from test_small_screens import problems

    from clientjournal.store import search
    from clientjournal.ui.search import panel as panel_module

    monkeypatch.setattr(panel_module, "LIMIT", 10)
    anna = clients.create(ClientData(name="Anna"))
    for day in range(25):
        notes.save(NoteData(client_id=anna, created_at=utcnow() - timedelta(days=day + 1),
                            body=f"Angebot Nummer {day}"))  # fmt: skip
    assert len(search.search("angebot", 10_000).hits) == 25  # what the command line finds
    window = windows.open()
    field, panel = search_for(qtbot, window, type_text, "angebot")
    assert panel.model.hit_count() == 10
    assert panel.status.text() == "10 of 25 matches"
    assert panel.more.isVisibleTo(panel)
    for size in ((1024, 640), (1366, 768)):  # the count and the button fit a small screen
        window.resize(*size)
        qtbot.wait(5)
        assert panel.more.isVisible() and problems(window) == [], size
    panel.view.setCurrentIndex(panel.model.index(5, 0))
    chosen = panel.view.currentIndex().data(HIT_ROLE)
    qtbot.mouseClick(panel.more, Qt.MouseButton.LeftButton)
    assert panel.model.hit_count() == 20 and panel.status.text() == "20 of 25 matches"
    assert panel.view.currentIndex().data(HIT_ROLE).record_id == chosen.record_id
    last = panel.model.rowCount() - 1
    panel.view.setCurrentIndex(panel.model.index(last, 0))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert panel.model.hit_count() == 25 and panel.status.text() == "25 matches"
    assert panel.view.currentIndex().row() == last + 1
    assert not panel.more.isVisibleTo(panel)
    # a new search starts again with one page
    field.clear()
    type_text(field, "nummer")
    qtbot.waitUntil(lambda: panel.model.hit_count() == 10)


def test_clients_matched_alike_are_listed_as_in_the_client_list(qtbot, journal, windows, type_text):
    """attack19 finding 7: a word in every client's e-mail matches them all alike; the
    results come in the client list's order, each excerpt showing the address."""
    for name in ("Jürgen Köhler", "Peter Wolf", "anna zeller", "Kunde 10", "Kunde 2", "Ägidius"):
        clients.create(ClientData(name=name, email=name.lower().replace(" ", ".") + "@example.de"))
    window = windows.open()
    _, panel = search_for(qtbot, window, type_text, "example")
    model = panel.model
    headers = [model.index(r, 0).data(HEADER_ROLE) for r in range(model.rowCount())]
    listed = [header for header in headers if header is not None]
    assert listed == [
        "Ägidius",
        "anna zeller",
        "Jürgen Köhler",
        "Kunde 2",
        "Kunde 10",
        "Peter Wolf",
    ]
    hits = [model.index(r, 0).data(HIT_ROLE) for r in range(model.rowCount())]
    assert all("@<b>example</b>.de" in hit.snippet for hit in hits if hit)
