"""Value types shared by every layer: plain, frozen data with no behaviour beyond arithmetic."""

from timeline.domain.article import Article, DateCandidate
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.event import Event, EventMention
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import Anchor, AnchorKind, Mention, TimexType

__all__ = [
    "Anchor",
    "AnchorKind",
    "Article",
    "ArticleAnalysis",
    "Corpus",
    "DateCandidate",
    "Event",
    "EventMention",
    "Granularity",
    "Mention",
    "TimeInterval",
    "TimexType",
]
