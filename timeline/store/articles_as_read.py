"""Which copy of each article a project file keeps: the article as read, not the session's copy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from timeline.domain.article import Article


def source_articles(shown: Sequence[Article], known: Sequence[Article]) -> tuple[Article, ...]:
    """The articles as read, for the project file. The session's copies carry the analyst's
    dates (or, after an undo, a date put back from the candidates), which belong in the
    edits: where a copy differs from the article as read only in its date, keep the original."""
    return SourceArticles()(shown, known)


class SourceArticles:
    """source_articles again and again: each copy's verdict against its original is remembered
    by object, for the articles of the last call. An article's date change gives the window a
    new corpus, of which only the changed articles are new copies; comparing every copy with
    its original again (a `replace` and a whole-article comparison each, hundreds of them on
    bpoil) cost about 2 ms of every date change."""

    def __init__(self) -> None:
        # id(shown copy) -> (the copy, its original, the one kept)
        self._kept: dict[int, tuple[Article, Article, Article]] = {}

    def __call__(self, shown: Sequence[Article], known: Sequence[Article]) -> tuple[Article, ...]:
        originals = {article.article_id: article for article in known}
        last = self._kept
        kept: dict[int, tuple[Article, Article, Article]] = {}
        result = []
        for article in shown:
            original = originals.get(article.article_id)
            if original is None or article is original:
                result.append(article)
                continue
            remembered = last.get(id(article))
            if remembered is not None and remembered[0] is article and remembered[1] is original:
                chosen = remembered[2]
            elif replace(article, date=original.date, date_source=original.date_source) == original:
                chosen = original
            else:
                chosen = article
            kept[id(article)] = (article, original, chosen)
            result.append(chosen)
        self._kept = kept
        return tuple(result)
