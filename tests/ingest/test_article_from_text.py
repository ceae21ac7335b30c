"""Pasted text becomes an article; datelines in it still give and explain its date."""

from __future__ import annotations

from datetime import date

from timeline.ingest import article_from_text


def test_pasted_text_with_a_byline_is_dated_and_titled_from_its_first_line():
    text = "Xi lands in Moscow\r\nPublished 20 March 2023\r\nXi arrived on Monday."

    article = article_from_text(text, article_id="pasted-1")

    assert article.article_id == "pasted-1" and article.path == ""
    assert article.text == "Xi lands in Moscow\nPublished 20 March 2023\nXi arrived on Monday."
    assert (article.date, article.date_source) == (date(2023, 3, 20), "dateline")
    assert article.title == "Xi lands in Moscow"
    (start, end), = article.metadata_spans
    assert article.text[start:end] == "Published 20 March 2023"


def test_given_title_wins_and_undated_text_stays_undated():
    article = article_from_text("Talks continue on Tuesday.", article_id="pasted-2", title=" Notes ")

    assert article.title == "Notes"
    assert article.date is None and article.candidates == () and article.error is None


def test_blank_paste_is_an_error_not_a_crash():
    article = article_from_text("  \n ", article_id="pasted-3")

    assert article.error == "the pasted text is empty"
    assert article.title == "Pasted text"


def test_text_is_normalised_to_composed_characters():
    article = article_from_text("Gepru\u0308ft am 20. Ma\u0308rz 2023.", article_id="pasted-4")

    assert article.text == "Geprüft am 20. März 2023."


def test_an_apostrophe_the_encoding_lost_is_restored_and_a_letter_s_is_kept():
    article = article_from_text("Cheney s press secretary joined the world s biggest firm. Plan S is late.",
                                article_id="pasted-3")

    assert article.text == "Cheney's press secretary joined the world's biggest firm. Plan S is late."


def test_a_lost_apostrophe_needs_two_letters_before_and_one_after():
    article = article_from_text("Mr. A s car, Leeds s fans s cheers, the 1990 s boom, a firm s\nend", article_id="p")

    assert article.text == "Mr. A s car, Leeds's fans's cheers, the 1990 s boom, a firm s\nend"
