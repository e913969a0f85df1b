"""mailto: the client's e-mail is a link, and the mail client gets a correctly encoded URL."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from PySide6.QtCore import Qt

from clientjournal.core.cooling import DraftData
from clientjournal.core.records import ClientData
from clientjournal.store import clients, drafts


def test_the_summary_shows_the_e_mail_as_a_mailto_link(window) -> None:
    client_id = clients.create(ClientData(name="Jörg", email="jörg.weiß@büro.example"))
    window.refresh(client_id)
    details = window.pane.summary.details
    assert '<a href="mailto:j%C3%B6rg.wei%C3%9F@b%C3%BCro.example">' in details.text()
    assert "jörg.weiß@büro.example</a>" in details.text()
    assert details.openExternalLinks()
    flags = details.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    plain = clients.create(ClientData(name="Ohne Mail"))
    window.refresh(plain)
    assert "<a " not in window.pane.summary.details.text()


def test_open_in_mail_client_encodes_subject_and_a_long_body(window, opened_urls) -> None:
    client_id = clients.create(ClientData(name="Emil", email="emil@example.org"))
    subject = "Angebot #12 & Rückfragen: 50 % + Extras?"
    body = "Hallo Emil,\n\nÄnderungen & Wünsche: a=b?c#d 100 % 🎉\n" + "Zeile mit äöü.\n" * 400
    draft = drafts.save(DraftData(client_id=client_id, subject=subject, body=body))
    window.refresh(client_id)
    window.pane.tabs.setCurrentWidget(window.pane.replies)
    window.pane.replies.open_draft(draft.id)
    composer = window.pane.replies.composer
    assert composer.body.toPlainText() == body
    composer.open_mail()
    (url,) = opened_urls
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.fragment == ""
    assert unquote(parts.path) == "emil@example.org"
    fields = parse_qs(parts.query, keep_blank_values=True)
    assert fields["subject"] == [subject]
    assert fields["body"] == [body.replace("\n", "\r\n")]
    assert " " not in url and "+" not in url
