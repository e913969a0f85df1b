"""The client list's second line keeps its useful part (attack19 finding 19): cut at its end
it read "Greenyard Software Ltd · letzter Kontakt vor 30 T…"; now the company is shortened
first and the last contact stays whole."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from clientjournal.ui.common.two_line_delegate import fit_subtitle

COMPANY = "Greenyard Software Ltd"
CONTACT = "letzter Kontakt vor 30 Tagen"


def _metrics() -> QFontMetrics:
    return QFontMetrics(QFont())


def test_the_company_is_shortened_before_the_last_contact(qapp):
    metrics = _metrics()
    subtitle = f"{COMPANY} · {CONTACT}"
    width = metrics.horizontalAdvance(subtitle) - metrics.horizontalAdvance("Software Ltd")
    shown = fit_subtitle(metrics, subtitle, COMPANY, width)
    assert shown.endswith(" · " + CONTACT), shown
    assert shown.startswith("Gree") and "…" in shown
    assert metrics.horizontalAdvance(shown) <= width


def test_what_fits_is_left_alone_and_tags_are_cut_first(qapp):
    metrics = _metrics()
    subtitle = f"{COMPANY} · {CONTACT}"
    assert fit_subtitle(metrics, subtitle, COMPANY, 2000) == subtitle
    tagged = f"{subtitle} · #logo #webshop #druck"
    width = metrics.horizontalAdvance(subtitle + " · #lo")
    shown = fit_subtitle(metrics, tagged, COMPANY, width)
    assert shown.startswith(subtitle) and metrics.horizontalAdvance(shown) <= width
    wider = metrics.horizontalAdvance(subtitle + " · #logo #web")
    shown = fit_subtitle(metrics, tagged, COMPANY, wider)
    assert shown.startswith(subtitle + " · #logo") and shown.endswith("…")


def test_very_narrow_keeps_the_start_of_the_last_contact(qapp):
    metrics = _metrics()
    subtitle = f"{COMPANY} · {CONTACT}"
    width = metrics.horizontalAdvance(CONTACT[:12])
    shown = fit_subtitle(metrics, subtitle, COMPANY, width)
    assert shown.startswith("letzter") and metrics.horizontalAdvance(shown) <= width


def test_the_client_list_gives_the_company_as_the_part_to_shorten(qtbot, journal):
    from clientjournal.core.records import ClientData
    from clientjournal.store import clients
    from clientjournal.ui.clients.list_model import ClientListModel

    clients.create(ClientData(name="Ada", company=COMPANY))
    model = ClientListModel()
    model.reload()
    parts = model.row_parts(0)
    assert parts is not None and parts.subtitle_lead == COMPANY
    assert parts.subtitle.startswith(COMPANY + " · ")


def test_when_the_tags_barely_do_not_fit_the_last_contact_stays_whole(qapp):
    metrics = _metrics()
    subtitle = f"{COMPANY} · {CONTACT}"
    tagged = f"{subtitle} · #logo"
    for extra in range(0, 8):  # just wide enough for the company and the contact, and a bit
        shown = fit_subtitle(metrics, tagged, COMPANY, metrics.horizontalAdvance(subtitle) + extra)
        assert shown.startswith(subtitle), shown
