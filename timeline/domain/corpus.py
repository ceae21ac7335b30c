"""A loaded corpus: every article with its mentions, and the events built from them."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.domain.mention import Mention


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    article: Article
    mentions: tuple[Mention, ...]

    @property
    def unanchored(self) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if not m.anchor.is_resolved)


@dataclass(frozen=True, slots=True)
class Corpus:
    analyses: tuple[ArticleAnalysis, ...]
    events: tuple[Event, ...]

    def analysis(self, article_id: str) -> ArticleAnalysis:
        for item in self.analyses:
            if item.article.article_id == article_id:
                return item
        raise KeyError(article_id)

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(item.article for item in self.analyses)
