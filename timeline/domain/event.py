"""A happening on the timeline: a date interval backed by mentions from one or more articles."""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline.domain.interval import TimeInterval
from timeline.domain.mention import Mention
from timeline.domain.pickling import pickled_by_arguments


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class EventMention:
    """One sentence in one article that reports the event."""

    article_id: str
    mention: Mention
    sentence: str


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    label: str
    value: str  # TIMEX3 value at the finest granularity the sources agree on
    interval: TimeInterval
    mentions: tuple[EventMention, ...]
    conflict: bool = False
    hidden: bool = False
    edited: bool = False  # an analyst changed it
    note: str = ""
    tags: tuple[str, ...] = ()
    # How long the happening lasted, from its start ("a three-day visit" from Monday):
    # drawn as a range; None when no source gives a duration.
    extent: TimeInterval | None = None
    date_set_by_analyst: bool = False  # the analyst stated the date (SetEventDate)
    # How much the event matters to the story, 0..1 within its corpus (events.importance):
    # views, tables and exports put the key events first by it.
    importance: float = 0.0
    summary: str = ""  # one sentence from its best source, for tooltips, tables and notes
    # Far from the story's own time (history, "the second century"): listed and searchable,
    # but not drawn in the story view by default and never part of its span.
    background: bool = False
    # Views ask for the sources of every event on every layout: work them out once.
    _article_ids: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _implied: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_article_ids", tuple(dict.fromkeys(m.article_id for m in self.mentions)))
        implied = bool(self.mentions) and all(m.mention.is_implied for m in self.mentions)
        object.__setattr__(self, "_implied", implied)

    @property
    def article_ids(self) -> tuple[str, ...]:
        return self._article_ids

    @property
    def source_count(self) -> int:
        return len(self.article_ids)

    @property
    def is_implied(self) -> bool:
        """True when no source states the date outright: every mention leans on an anchor.

        An event without mentions (added by the analyst), or whose date the analyst set, has
        its date stated by the analyst.
        """
        return self._implied and not self.date_set_by_analyst
