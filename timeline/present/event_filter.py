"""Which events a search shows: text, articles, date range and minimum number of sources.

One pure predicate, so the timeline and the event table can never disagree about it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from timeline.domain.event import Event


@dataclass(frozen=True, slots=True)
class EventFilter:
    text: str = ""  # every word must appear in the label, date, a tag, the note or a sentence
    article_ids: frozenset[str] = frozenset()  # empty: any article
    first_day: date | None = None  # the event must touch [first_day, last_day]
    last_day: date | None = None
    min_sources: int = 0

    @property
    def is_empty(self) -> bool:
        return self == NO_FILTER

    def describe(self) -> str:
        """One line for a status bar or a screen reader."""
        parts = []
        if self.text.strip():
            parts.append(f"“{self.text.strip()}”")
        if self.article_ids:
            parts.append(f"{len(self.article_ids)} article(s)")
        if self.first_day or self.last_day:
            first = self.first_day.isoformat() if self.first_day else "…"
            last = self.last_day.isoformat() if self.last_day else "…"
            parts.append(f"{first} to {last}")
        if self.min_sources > 1:
            parts.append(f"at least {self.min_sources} sources")
        return ", ".join(parts) if parts else "no filter"


NO_FILTER = EventFilter()


def _haystack(event: Event) -> str:
    sentences = " ".join(m.sentence for m in event.mentions)
    return " ".join((event.label, event.value, " ".join(event.tags), event.note, sentences)).casefold()


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def matches(event: Event, criteria: EventFilter) -> bool:
    if criteria.min_sources > 1 and event.source_count < criteria.min_sources:
        return False
    if criteria.article_ids and not criteria.article_ids.intersection(event.article_ids):
        return False
    if criteria.first_day is not None and event.interval.end <= _midnight(criteria.first_day):
        return False
    if criteria.last_day is not None and event.interval.start >= _midnight(
        criteria.last_day + timedelta(days=1)
    ):
        return False
    words = criteria.text.casefold().split()
    if words:
        haystack = _haystack(event)
        return all(word in haystack for word in words)
    return True


def filter_events(events: Iterable[Event], criteria: EventFilter) -> list[Event]:
    if criteria.is_empty:
        return list(events)
    return [event for event in events if matches(event, criteria)]
