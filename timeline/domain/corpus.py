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
    _articles: tuple[Article, ...] | None = field(init=False, default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Each edit makes a corpus of the very same analyses: their index is the last one's
        # (never changed once made), not one of 1,460 entries made again on every keypress.
        # (A tuple only: a list given twice may have changed in between.)
        last = _last_index
        if last is not None and last[0] is self.analyses and type(self.analyses) is tuple:
            by_id = last[1]
        else:
            by_id = {item.article.article_id: item for item in self.analyses}
            if type(self.analyses) is tuple:
                _remember_index(self.analyses, by_id)
        object.__setattr__(self, "_by_id", by_id)

    def analysis(self, article_id: str) -> ArticleAnalysis:
        return self._by_id[article_id]

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles in order (made once: every view asks for them after each change)."""
        if self._articles is None:
            object.__setattr__(self, "_articles", tuple(item.article for item in self.analyses))
        return self._articles  # type: ignore[return-value]  # (set just above)


# The analyses of the last corpus made and their index by id (see Corpus.__post_init__).
_last_index: tuple[tuple[ArticleAnalysis, ...], dict[str, ArticleAnalysis]] | None = None


def _remember_index(analyses: tuple[ArticleAnalysis, ...], by_id: dict[str, ArticleAnalysis]) -> None:
    global _last_index
    _last_index = (analyses, by_id)
