"""A loaded corpus: every article with its mentions, and the events built from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline.domain.article import Article
from timeline.domain.edits import Edit
from timeline.domain.event import Event
from timeline.domain.mention import Mention
from timeline.domain.pickling import pickled_by_arguments


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    article: Article
    mentions: tuple[Mention, ...]
    unanchored: tuple[Mention, ...] = field(init=False, repr=False, compare=False)
    # What the events step works out from this article alone (timeline.events.evidence), worked
    # out by the worker process that read it, so building events has less left to do in one
    # process; None when not worked out yet. Derived from the fields above: not compared.
    evidence: tuple[object, ...] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Relative mentions with nothing to resolve them against: listed apart, never placed.
        object.__setattr__(self, "unanchored", tuple(m for m in self.mentions if not m.anchor.is_resolved))


@dataclass(frozen=True, slots=True)
class Corpus:
    analyses: tuple[ArticleAnalysis, ...]
    events: tuple[Event, ...]
    unapplied_edits: tuple[Edit, ...] = ()  # analyst edits that found nothing to apply to
    # Views look articles up by id for every event they show: keep that O(1).
    _by_id: dict[str, ArticleAnalysis] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {item.article.article_id: item for item in self.analyses})

    def analysis(self, article_id: str) -> ArticleAnalysis:
        return self._by_id[article_id]

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(item.article for item in self.analyses)
