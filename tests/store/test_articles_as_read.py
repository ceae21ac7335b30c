"""The articles a project file keeps (the articles as read), worked out again and again as the window's
corpus changes: remembered by object, always what working them out afresh gives."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.domain.article import Article
from timeline.store import articles_as_read
from timeline.store.articles_as_read import SourceArticles, source_articles


def _article(number: int, day: date | None = date(2010, 6, 1)) -> Article:
    return Article(f"a{number}", f"a{number}.txt", f"Title {number}", f"Text of article {number}.", day, "metadata")


def test_remembered_verdicts_are_those_worked_out_afresh_as_dates_change_and_come_back() -> None:
    read = [_article(number) for number in range(6)]
    # The window's copies: some the very articles read, some with the analyst's date, one whose
    # text differs (kept as shown), one not among those read.
    shown = [read[0], replace(read[1], date=date(2010, 6, 8), date_source="analyst"),
             replace(read[2], text="Another text."), read[3], replace(read[4], date=None, date_source=None),
             _article(9)]
    remembered = SourceArticles()
    known: tuple[Article, ...] = tuple(read)
    steps = [shown,
             [*shown[:3], replace(read[3], date=date(2010, 5, 30), date_source="analyst"), *shown[4:]],
             shown,  # an undo: the very copies back
             [replace(read[0], date=date(2010, 6, 2), date_source="analyst"), *shown[1:]]]
    for step in steps:
        expected = source_articles(step, known)
        got = remembered(step, known)
        assert got == expected
        assert all(a is b for a, b in zip(got, expected, strict=True))
        known = got  # as the project document keeps them


def test_a_copy_seen_before_is_not_compared_with_its_original_again(monkeypatch) -> None:
    read = [_article(number) for number in range(4)]
    shown = [replace(article, date=date(2010, 7, 1), date_source="analyst") for article in read]
    remembered = SourceArticles()
    first = remembered(shown, read)
    assert first == tuple(read)
    replaced: list[Article] = []
    real_replace = articles_as_read.replace

    def counting(article: Article, **changes: object) -> Article:
        replaced.append(article)
        return real_replace(article, **changes)

    monkeypatch.setattr(articles_as_read, "replace", counting)
    changed = replace(read[2], date=date(2010, 7, 9), date_source="analyst")
    again = remembered([*shown[:2], changed, shown[3]], first)
    assert again == tuple(read)
    assert replaced == [changed]  # only the new copy is compared
