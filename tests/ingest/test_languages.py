"""Pages in French, German and Spanish: the date from their tags, a clean main text, and the
dateline (its year included) kept out of the mentions."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.analysis import analyse_article
from timeline.domain.article import Article

PAGES = [
    # id, date, evidence in the winning candidate, dateline, article words, page chrome
    ("languages/fr_meta.html", date(2023, 6, 8), "article:published_time",
     "PARIS, 8 juin 2023 (AFP) -", "conclu jeudi un accord sur le financement",
     ("Accueil", "Mentions légales", "Jean-Pierre", "Commentaires")),
    ("languages/de_json_ld.html", date(2024, 3, 26), 'JSON-LD "datePublished"',
     "Berlin, 26. März 2024 –", "den Bundeshaushalt für das laufende Jahr verabschiedet",
     ("Startseite", "Impressum", "Newsletter abonnieren")),
    ("languages/es_time.html", date(2023, 3, 24), '<time datetime="2023-03-24',
     "Valencia, 24 de marzo de 2023 (EFE).-", "un plan de emergencia contra la sequía",
     ("Portada", "Aviso legal", "Lo más leído", "Mestalla")),
]


@pytest.mark.parametrize(("article_id", "day", "evidence", "dateline", "words", "chrome"), PAGES)
def test_page_date_comes_from_its_tags_and_agrees_with_its_dateline(
    documents: dict[str, Article], article_id, day, evidence, dateline, words, chrome
):
    page = documents[article_id]

    assert page.error is None and page.warnings == ()
    assert (page.date, page.date_source) == (day, "html-meta")
    assert evidence in page.candidates[0].evidence
    assert [c.value for c in page.candidates if c.source == "dateline"] == [day]


@pytest.mark.parametrize(("article_id", "day", "evidence", "dateline", "words", "chrome"), PAGES)
def test_main_text_keeps_the_article_and_drops_menus_comments_and_footer(
    documents: dict[str, Article], article_id, day, evidence, dateline, words, chrome
):
    text = documents[article_id].text

    assert words in text
    assert not [piece for piece in chrome if piece in text]


@pytest.mark.parametrize(("article_id", "day", "evidence", "dateline", "words", "chrome"), PAGES)
def test_the_dateline_and_its_year_are_metadata_not_mentions(
    documents: dict[str, Article], article_id, day, evidence, dateline, words, chrome
):
    page = documents[article_id]

    assert [page.text[start:end] for start, end in page.metadata_spans] == [dateline]
    (start, end), = page.metadata_spans
    mentions = analyse_article(page).mentions
    assert not [m for m in mentions if start <= m.start < end]  # no stray year event
