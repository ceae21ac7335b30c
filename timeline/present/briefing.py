"""Which key events a one-page briefing keeps, and where a crowd of them deserves a zoomed inset.

Pure geometry and ordering, no Qt: the export (timeline/export) asks these questions while
it fits a page.

- `briefing_order`: most important first, as `story.rank_by_importance`, but events of
  equal importance and sources (hand-made or freshly imported events are all 0.0) are
  taken spread over time (the first, the last, the middle, ...) rather than by id, so a
  top N of equals covers the range instead of its first days.
- `first_to_drop`: when a page is too crowded, which event goes. Not simply the least
  important: a crowd first loses its repeats of a day (the fifth event of a busy Monday)
  before the only event of its day (the visit "set to last until Wednesday").
- `densest_window`: the short stretch of time where most events crowd, for an inset.
- `split_span`: a span cut into consecutive, non-overlapping parts with about as many
  events each, for a briefing asked to run over several pages.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Sequence

from timeline.domain.event import Event
from timeline.present.drawn_interval import drawn_interval
from timeline.present.time_scale import SECONDS_PER_DAY, to_seconds


def spread_order(count: int) -> list[int]:
    """0..count-1 in an order that covers the range early: first, last, middle, quarters..."""
    if count <= 2:
        return list(range(count))
    order = [0, count - 1]
    gaps = deque([(0, count - 1)])
    while gaps:
        low, high = gaps.popleft()
        if high - low < 2:
            continue
        middle = (low + high) // 2
        order.append(middle)
        gaps.extend(((low, middle), (middle, high)))
    return order


def midpoint(event: Event) -> float:
    span = drawn_interval(event)
    return (to_seconds(span.start) + to_seconds(span.end)) / 2


def briefing_order(events: Iterable[Event]) -> list[Event]:
    """Most important first, then most sources; equals spread over time (see module doc)."""
    ordered: list[Event] = []
    ranked = sorted(events, key=lambda e: (-e.importance, -e.source_count, midpoint(e), e.event_id))
    for _, tied in itertools.groupby(ranked, key=lambda e: (e.importance, e.source_count)):
        group = list(tied)  # already in time order
        ordered.extend(group[k] for k in spread_order(len(group)))
    return ordered


def day_of(event: Event) -> int:
    """The day an event's mark starts on: a three-day visit shares its first day with that
    day's other events, not its middle day with the talks of the day after."""
    return int(to_seconds(drawn_interval(event).start) // SECONDS_PER_DAY)


def first_to_drop(crowd: Sequence[Event], ranked: Sequence[Event]) -> Event:
    """The event of `crowd` (events that could not all be drawn) a page should give up.

    `ranked` is the page's events in briefing order. A crowd event sharing its day with a
    more important event of the page goes first, the least important such one; only when
    every crowd event is alone on its day does the least important of the crowd go.
    """
    position = {e.event_id: k for k, e in enumerate(ranked)}
    seen_days: set[int] = set()
    repeats: set[str] = set()
    for event in ranked:
        day = day_of(event)
        if day in seen_days:
            repeats.add(event.event_id)
        seen_days.add(day)
    pool = [e for e in crowd if e.event_id in repeats] or list(crowd)
    return max(pool, key=lambda e: position.get(e.event_id, len(ranked)))


def densest_window(mids: Sequence[float], longest: float) -> tuple[int, int] | None:
    """(first, last) positions in the sorted `mids` of the most events within `longest`
    seconds of each other; None when no two events are that close."""
    best: tuple[int, int] | None = None
    first = 0
    for last, value in enumerate(mids):
        while value - mids[first] > longest:
            first += 1
        if last > first and (best is None or last - first > best[1] - best[0]):
            best = (first, last)
    return best


def split_span(start: float, end: float, mids: Sequence[float], parts: int) -> list[tuple[float, float]]:
    """`parts` consecutive [a, b) pieces of [start, end) with about as many of the sorted
    `mids` each, cut halfway between neighbours; never more pieces than mids (at least one)."""
    parts = max(1, min(parts, len(mids)))
    cuts = [start]
    for k in range(1, parts):
        position = k * len(mids) // parts
        cut = (mids[position - 1] + mids[position]) / 2
        if cuts[-1] < cut < end:
            cuts.append(cut)
    cuts.append(end)
    return list(itertools.pairwise(cuts))
