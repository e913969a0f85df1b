"""Search results name a note's kind (a call is a call, not a "note"), and excerpts, like the
latest notes beside a reply, read as plain text: no ``**`` or ``#`` from the Markdown."""

from __future__ import annotations

from datetime import timedelta

from clientjournal.core.domain import NoteKind
from clientjournal.core.records import ClientData, NoteData
from clientjournal.core.search_text import plain_text
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, notes
from clientjournal.store import search as search_store
from clientjournal.ui.search.model import HIT_ROLE, SearchModel

BODY = "## Logo-Termin\n**Budget** ist *knapp*, siehe [Entwurf](https://example.org/x)\n- `v2`"


def test_plain_text_drops_markdown_marks():
    assert plain_text(BODY) == "Logo-Termin Budget ist knapp, siehe Entwurf v2"
    assert plain_text("snake_case und 2*3") == "snake_case und 2*3"
    assert plain_text("> zitat\n\n---\n1. eins") == "zitat eins"


def test_results_name_the_kind_of_note_and_show_plain_excerpts(qtbot, journal, english):
    anna = clients.create(ClientData(name="Anna"))
    for kind in (NoteKind.CALL, NoteKind.MEETING, NoteKind.NOTE):
        notes.save(
            NoteData(client_id=anna, created_at=utcnow(), body=f"{BODY} {kind.value}", kind=kind)
        )
    result = search_store.search("logo")
    assert sorted(hit.note_kind for hit in result.hits) == ["call", "meeting", "note"]
    model = SearchModel()
    model.set_hits(result.hits)
    headers = {
        model.index(row, 0).data(HIT_ROLE).note_kind: model.header(
            model.index(row, 0).data(HIT_ROLE)
        )
        for row in range(model.rowCount())
        if model.index(row, 0).data(HIT_ROLE) is not None
    }
    assert headers["call"].endswith("· Call")
    assert headers["meeting"].endswith("· Meeting")
    assert headers["note"].endswith("· Note")
    for hit in result.hits:
        assert "**" not in hit.snippet and "#" not in hit.snippet and "](" not in hit.snippet
        assert "<b>Logo</b>-Termin" in hit.snippet


def test_latest_notes_beside_a_reply_read_as_plain_text(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Emil"))
    notes.save(NoteData(client_id=client_id, body=BODY, created_at=utcnow() - timedelta(hours=1)))
    window.refresh(client_id)
    pane = window.pane.replies
    window.pane.tabs.setCurrentWidget(pane)
    qtbot.waitUntil(lambda: pane.latest.count() == 1)
    text = pane.latest.item(0).text()
    assert "Logo-Termin Budget ist knapp" in text
    assert "**" not in text and "#" not in text
