"""Texts cut mid-word at the first-start size (attack19 findings 18 and 19): the agreement
editor's "Agreed in:" box read "(mit keiner Notiz v", a resting reply's subject showed its
end ("e: Brötchenlieferung …") instead of its start."""

from __future__ import annotations

from datetime import timedelta

from clientjournal.core.agreements.checklist import AgreementData
from clientjournal.core.cooling import DraftData
from clientjournal.core.records import ClientData
from clientjournal.core.timeutil import utcnow
from clientjournal.store import clients, drafts
from clientjournal.store.agreements import checklist as agreements
from clientjournal.ui.common.eliding_combo import ElidingComboBox


def test_a_narrow_combo_box_ends_its_text_with_an_ellipsis(qtbot):
    box = ElidingComboBox()
    qtbot.addWidget(box)
    box.addItem("(mit keiner Notiz verknüpft)")
    box.addItem("kurz")
    box.resize(110, box.sizeHint().height())
    box.show()
    shown = box.shown_text()
    assert shown.endswith("…") and shown.startswith("(mit")
    assert box.toolTip() == "(mit keiner Notiz verknüpft)"
    box.resize(400, box.height())
    assert box.shown_text() == "(mit keiner Notiz verknüpft)"
    box.setCurrentIndex(1)
    assert box.shown_text() == "kurz" and box.toolTip() == "kurz"


def test_the_agreed_in_box_elides(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Amelia"))
    agreements.save(AgreementData(client_id=client_id, title="Preis"))
    window.refresh(client_id)
    pane = window.pane.agreements
    window.pane.tabs.setCurrentWidget(pane)
    pane.view.setCurrentIndex(pane.model.index(0, 0))
    source = pane.editor.source
    assert isinstance(source, ElidingComboBox) and isinstance(pane.editor.project, ElidingComboBox)
    source.resize(90, source.height())
    assert source.shown_text().endswith("…")


def test_a_resting_replys_long_subject_shows_its_start(qtbot, window, journal):
    client_id = clients.create(ClientData(name="Jonas"))
    subject = "Re: Brötchenlieferung für die Weihnachtsfeier im Großraumbüro am Freitag " * 2
    draft = drafts.save(DraftData(client_id=client_id, subject=subject, body="Gern."))
    drafts.hold(draft.id, utcnow() - timedelta(hours=30))
    window.refresh(client_id)
    pane = window.pane.replies
    window.pane.tabs.setCurrentWidget(pane)
    pane.open_draft(draft.id)
    assert pane.composer.subject.text() == subject
    assert pane.composer.subject.cursorPosition() == 0
