"""Which copy of each article a project file keeps: the article as read, not the session's copy."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from timeline.domain.article import Article


def source_articles(shown: Sequence[Article], known: Sequence[Article]) -> tuple[Article, ...]:
    """The articles as read, for the project file. The session's copies carry the analyst's
    dates (or, after an undo, a date put back from the candidates), which belong in the
    edits: where a copy differs from the article as read only in its date, keep the original."""
    originals = {article.article_id: article for article in known}
    result = []
    for article in shown:
        original = originals.get(article.article_id)
        if original is not None and (
            article is original
            or replace(article, date=original.date, date_source=original.date_source) == original
        ):
            result.append(original)
        else:
            result.append(article)
    return tuple(result)
