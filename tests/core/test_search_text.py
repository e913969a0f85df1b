"""Folding, stems and highlighting: people find what they remember, however they type it."""

from __future__ import annotations

from clientjournal.core.search_text import (
    index_text,
    match_expression,
    query_terms,
    snippet,
    word_forms,
)


def test_umlauts_and_sharp_s_are_indexed_in_both_ascii_spellings():
    assert word_forms("Müller") == ["mueller", "muller"]
    assert word_forms("Straße") == ["strasse"]
    assert word_forms("Café") == ["cafe"]
    assert index_text("Frau Müller, Café") == "Frau mueller muller, cafe"
    assert index_text("plain", "ASCII") == "plain ASCII"


def test_queries_fold_stem_and_match_as_prefixes():
    assert query_terms("Müller") == ["muell"]  # stem of the ae spelling
    assert query_terms("Rechnungen invoices") == ["rechn", "invoic"]
    assert query_terms("the the   ") == ["the"]
    assert match_expression(["muell", "rech", "a"]) == '"muell"* "rech"* "a"'


def test_every_typed_spelling_reaches_the_indexed_word():
    indexed = index_text("Herr Müller zahlt die Rechnung").lower().split()
    for typed in ("müller", "mueller", "muller", "MÜLL", "rechnungen", "Rechnung"):
        terms = query_terms(typed)
        assert all(any(word.startswith(t) for word in indexed) for t in terms), typed


def test_snippet_highlights_matches_around_the_first_one():
    text = "Lange Einleitung " * 20 + "Dann kam Frau Müller mit der Rechnung & dem <Angebot>."
    html = snippet(text, query_terms("mueller rechnung"))
    assert html.startswith("…")
    assert "<b>Müller</b>" in html and "<b>Rechnung</b>" in html
    assert "&amp;" in html and "&lt;Angebot&gt;" in html
    assert len(snippet("kurz", ["kurz"])) < 20


def test_has_all_terms_finds_words_as_the_index_does():
    from clientjournal.core.search_text import has_all_terms, query_terms

    assert has_all_terms("Jürgen Müller", query_terms("müller"))
    assert has_all_terms("Jürgen Müller", query_terms("mueller jürg"))  # prefixes, spellings
    assert has_all_terms("Jürgen Müller", query_terms("muller"))
    assert not has_all_terms("Jürgen Müller", query_terms("müller rang"))  # every term
    assert not has_all_terms("Mr Bakery", query_terms("b"))  # one letter: a whole word only
    assert has_all_terms("B. Baker", query_terms("b"))
    assert not has_all_terms("Bakers Dozen", query_terms("ozen"))  # word starts, not insides
    assert not has_all_terms("Anna", [])


def test_escape_html_gives_what_html_escape_gives():
    """The start no longer imports ``html`` (issue 21): the same text, quotes or not."""
    import html

    from clientjournal.core.search_text import escape_html

    samples = ["", "plain", "a & b < c > d", "\"quoted\" and 'single'", "&amp; already", "ü<ß>"]
    for text in samples:
        assert escape_html(text) == html.escape(text)
        assert escape_html(text, quote=False) == html.escape(text, quote=False)
