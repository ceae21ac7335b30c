"""Header spans (a page's save date, a byline) are neither mentions nor anchors."""

from __future__ import annotations

from datetime import date

from timeline.analysis import analyse_article
from timeline.domain.article import Article
from timeline.domain.mention import AnchorKind
from timeline.extract import extract_mentions

SAVED_PAGE = (
    "• Tuesday, 02 July 2024\n\n"
    "Putin received Xi in Moscow. The following day they signed a pact. That year trade grew."
)
HEADER = (0, SAVED_PAGE.index("\n"))


def _by_text(text: str, article_date: date | None, spans=()):
    return {m.text: m for m in extract_mentions(text, article_date, ignore_spans=spans)}


def test_without_ignore_spans_the_header_date_is_the_anchor():
    mentions = _by_text(SAVED_PAGE, date(2023, 3, 21))
    assert mentions["The following day"].value == "2024-07-03"
    assert mentions["That year"].value == "2024"


def test_a_date_inside_an_ignored_span_is_neither_returned_nor_an_anchor():
    mentions = _by_text(SAVED_PAGE, date(2023, 3, 21), [HEADER])
    assert all(not text.startswith("Tuesday") for text in mentions)
    following = mentions["The following day"]
    assert following.anchor.kind is AnchorKind.UNANCHORED
    assert following.interval is None
    assert mentions["That year"].anchor.kind is AnchorKind.UNANCHORED


def test_mentions_outside_the_spans_still_anchor_each_other():
    text = SAVED_PAGE + " Talks began on 3 May 2023. The following day they ended."
    mentions = extract_mentions(text, date(2023, 3, 21), ignore_spans=[HEADER])
    following = [m for m in mentions if m.text == "The following day"]
    assert following[-1].value == "2023-05-04"
    assert following[-1].anchor.mention_text == "3 May 2023"


def test_analyse_article_passes_the_articles_metadata_spans():
    article = Article(
        article_id="saved-page",
        path="",
        title="saved page",
        text=SAVED_PAGE,
        date=date(2023, 3, 21),
        date_source="manifest",
        metadata_spans=(HEADER,),
    )
    mentions = {m.text: m for m in analyse_article(article).mentions}
    assert not any(m.start < HEADER[1] for m in mentions.values())
    assert mentions["The following day"].anchor.kind is AnchorKind.UNANCHORED
