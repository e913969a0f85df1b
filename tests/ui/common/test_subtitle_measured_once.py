"""fit_subtitle measures each text at most once and keeps the short pieces that recur across
rows (issue 21: measuring shapes the text anew, and a jump fits a screenful of new rows);
it shortens every line exactly as before."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from clientjournal.ui.common.two_line_delegate import SEPARATOR, fit_subtitle


def _before(metrics: QFontMetrics, subtitle: str, lead: str, width: int) -> str:
    """fit_subtitle as it was (c5376e6), which measured the kept part twice."""
    if metrics.horizontalAdvance(subtitle) <= width:
        return subtitle
    head = lead + SEPARATOR
    if not lead or not subtitle.startswith(head):
        return metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, width)
    rest = subtitle[len(head) :]
    first_rest = rest.split(SEPARATOR, 1)[0]
    kept = head + first_rest
    if metrics.horizontalAdvance(kept) <= width:
        tail = metrics.elidedText(
            subtitle[len(kept) :],
            Qt.TextElideMode.ElideRight,
            width - metrics.horizontalAdvance(kept),
        )
        return kept + (tail if tail.strip(" ·…") else "")
    room = width - metrics.horizontalAdvance(SEPARATOR + first_rest)
    if room >= metrics.horizontalAdvance(lead[:3] + "…"):
        shown_lead = metrics.elidedText(lead, Qt.TextElideMode.ElideRight, room)
        return shown_lead + SEPARATOR + first_rest
    return metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


COMPANIES = ["Greenyard Software Ltd", "Müller & Söhne GmbH", "WW", "Ahrens IT-Service", ""]
CONTACTS = ["last contact 3 days ago", "letzter Kontakt vor 367 Tagen", "no contact yet"]
TAGS = ["", "#VIP", "#Branding #Regular #VIP", "#Web #wirklich-sehr-langer-tag"]


def _subtitles() -> list[tuple[str, str]]:
    lines = []
    for company in COMPANIES:
        for contact in CONTACTS:
            for tags in TAGS:
                parts = [company, contact, tags]
                lines.append((SEPARATOR.join(part for part in parts if part), company))
    lines.append(("Other Company · last contact today", "Greenyard Software Ltd"))
    return lines


def test_every_line_is_shortened_as_before(qapp):
    rng = random.Random(21)
    checked = 0
    for size in (7.0, 9.0, 15.5):
        font = QFont(qapp.font())
        font.setPointSizeF(size)
        metrics = QFontMetrics(font)
        advances: dict[str, int] = {}
        for subtitle, lead in _subtitles():
            full = metrics.horizontalAdvance(subtitle)
            widths = {
                0,
                5,
                full,
                full - 1,
                full + 1,
                *(rng.randrange(0, full + 2) for _ in range(12)),
            }
            for width in sorted(widths):
                expected = _before(metrics, subtitle, lead, width)
                assert fit_subtitle(metrics, subtitle, lead, width, advances) == expected
                assert fit_subtitle(metrics, subtitle, lead, width) == expected
                checked += 1
    assert checked > 1000


class _Counting:
    def __init__(self, metrics: QFontMetrics) -> None:
        self.metrics = metrics
        self.measured: list[str] = []

    def horizontalAdvance(self, text: str) -> int:
        self.measured.append(text)
        return self.metrics.horizontalAdvance(text)

    def elidedText(self, *args) -> str:
        return self.metrics.elidedText(*args)


def test_each_text_is_measured_once_and_pieces_are_kept(qapp):
    metrics = QFontMetrics(qapp.font())
    lead = "Greenyard Software Ltd"
    kept = f"{lead} · last contact 3 days ago"
    tagged = kept + " · #Branding #Regular #VIP"
    counting = _Counting(metrics)
    advances: dict[str, int] = {}
    # tags cut: the kept part was measured twice
    fit_subtitle(counting, tagged, lead, metrics.horizontalAdvance(kept) + 5, advances)  # type: ignore[arg-type]
    assert counting.measured == [tagged, kept]
    # the lead cut: a line without tags is measured once, not again as its kept part
    counting.measured.clear()
    fit_subtitle(counting, kept, lead, metrics.horizontalAdvance(kept) - 20, advances)  # type: ignore[arg-type]
    assert counting.measured == [kept, " · last contact 3 days ago", "Gre…"]
    # the next row with the same last contact and lead's start: only its own line measured
    counting.measured.clear()
    other = "Greenhouse Ltd · last contact 3 days ago"
    fit_subtitle(counting, other, "Greenhouse Ltd", metrics.horizontalAdvance(other) - 10, advances)  # type: ignore[arg-type]
    assert counting.measured == [other]
