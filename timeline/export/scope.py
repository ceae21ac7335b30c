"""Which events an export shows and over what span of time: a view, the corpus, or a range."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from timeline.domain.event import Event


@dataclass(frozen=True, slots=True)
class TimeRange:
    """Half-open [start, end), like TimeInterval, but with no granularity."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"the range ends before it starts: {self.start} .. {self.end}")

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


def shown_events(events: Iterable[Event]) -> list[Event]:
    """The events a reader can see: hidden ones are the analyst's to keep out of briefings."""
    return sorted(
        (e for e in events if not e.hidden),
        key=lambda e: (e.interval.start, e.interval.end, e.event_id),
    )


def events_in_range(events: Iterable[Event], span: TimeRange) -> list[Event]:
    """Shown events that touch the range, in time order."""
    return [
        e for e in shown_events(events)
        if e.interval.start < span.end and span.start < e.interval.end
    ]


def corpus_range(events: Iterable[Event], *, margin: float = 0.04) -> TimeRange | None:
    """The span of every shown event, widened a little so nothing sits on the page edge.

    None when there is nothing to show. A single day widens to a few days either side,
    so that a lone event is still drawn on a readable axis.
    """
    shown = shown_events(events)
    if not shown:
        return None
    start = min(e.interval.start for e in shown)
    end = max(e.interval.end for e in shown)
    pad = max((end - start) * margin, timedelta(days=1))
    return TimeRange(start - pad, end + pad)


def range_for_dates(first: date | None, last: date | None, events: Iterable[Event]) -> TimeRange | None:
    """The analyst's --from/--to (both inclusive days); a missing side follows the events."""
    whole = corpus_range(events)
    start = datetime.combine(first, time()) if first is not None else (whole.start if whole else None)
    end = (
        datetime.combine(last, time()) + timedelta(days=1)
        if last is not None
        else (whole.end if whole else None)
    )
    if start is None or end is None:
        return None
    if end <= start:
        if first is not None and last is not None:
            raise ValueError(f"the range ends ({last}) before it starts ({first})")
        # One side given and every event lies beyond it: an empty page of that one day.
        start, end = (start, start + timedelta(days=1)) if first is not None else (end - timedelta(days=1), end)
    return TimeRange(start, end)
