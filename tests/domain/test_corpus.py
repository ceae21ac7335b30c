"""A corpus's lookups: articles by id and in order, made once for the analyses every edit keeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.domain.article import Article
from timeline.domain.corpus import ArticleAnalysis, Corpus


def _analyses(*ids: str) -> tuple[ArticleAnalysis, ...]:
    return tuple(ArticleAnalysis(Article(article_id=article_id, path=article_id, title=article_id, text="",
                                         date=date(2024, 1, 1), date_source="manifest"), ())
                 for article_id in ids)


def test_corpora_of_the_very_same_analyses_share_one_index_and_others_get_their_own():
    """Each edit makes a corpus of the analyses the last one had: its index by id is that one's,
    not made again; other analyses (a date change replaced one) are indexed afresh."""
    analyses = _analyses("a", "b", "c")
    first = Corpus(analyses, ())
    second = Corpus(analyses, ())
    assert second._by_id is first._by_id
    moved = replace(analyses[1].article, date=date(2024, 2, 1))
    changed = (analyses[0], ArticleAnalysis(moved, ()), analyses[2])
    third = Corpus(changed, ())
    assert third.analysis("b").article.date == date(2024, 2, 1)
    assert first.analysis("b").article.date == date(2024, 1, 1)
    assert third.articles == (analyses[0].article, moved, analyses[2].article)


def test_a_list_given_twice_is_indexed_each_time():
    """A list may change between two corpora made of it: only a tuple's index is reused."""
    analyses = list(_analyses("a", "b"))
    Corpus(analyses, ())  # type: ignore[arg-type]
    analyses.append(_analyses("c")[0])
    assert Corpus(analyses, ()).analysis("c").article.article_id == "c"  # type: ignore[arg-type]
