"""Where the story is, and which events tell it: the span a first view opens on, and the key events.

A corpus about a 2010 oil spill also mentions 1989, the 1600s and misread years; fitting
every event shows a millennium with the story as a sliver. The story's core is where its
articles were published (robust quantiles, so a few odd dates do not stretch it), widened
to take in the most important events near it (the explosion a week before the first
report). Background events (history, far from the story) never count.

Key events are the most important events first (importance, then number of sources):
the view labels them first, the table can list only them, the export draws them. The
story's first view leaves room for the labels of the key events near its end
(`fit_story_labels`), so the last of them is not cut at the window's edge.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from timeline.domain.event import Event
from timeline.present.drawn_interval import drawn_interval
from timeline.present.time_scale import SECONDS_PER_DAY, to_seconds
from timeline.present.viewport import Viewport, fit, fit_with_label

LOW_QUANTILE = 0.05  # publication dates below / above these are outliers for the span
HIGH_QUANTILE = 0.95
KEY_EVENTS_NEAR = 10  # how many of the most important events may widen the span
# A key event reported by this share of the dated articles belongs to the story however far
# it lies (the election "next year" in most reports of a visit); a fact a few reports recall
# (a 1989 law in one report of nine) widens the span only when near it.
STORY_WIDE_SHARE = 1 / 3
MIN_STORY_SPAN = 7 * SECONDS_PER_DAY  # a one-day corpus still opens on a readable week
DEFAULT_TOP = 25  # key events labelled and exported by default: a briefing's worth


@dataclass(frozen=True, slots=True)
class KeyEvents:
    """The "Key events" setting: the `top` most important (0: no limit) at or above
    `min_importance`, whether background events are shown at all, and whether only the
    key events are listed and drawn (`only`; else the others are drawn without labels).

    The view gives labels to `top` events per screen width, the most important first; the
    table and the export count the `top` over the whole corpus."""

    top: int = DEFAULT_TOP
    min_importance: float = 0.0
    show_background: bool = False
    only: bool = False

    def __post_init__(self) -> None:
        if self.top < 0:
            raise ValueError(f"top must be 0 (no limit) or more, not {self.top}")
        if not 0.0 <= self.min_importance <= 1.0:
            raise ValueError(f"min_importance must be within 0..1, not {self.min_importance}")


DEFAULT_KEY_EVENTS = KeyEvents()


def priority(event: Event) -> tuple[float, int, str]:
    """Sort key, most important first: importance, then sources, then id (stable across runs)."""
    return (-event.importance, -event.source_count, event.event_id)


def rank_by_importance(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=priority)


def in_story(events: Iterable[Event], setting: KeyEvents = DEFAULT_KEY_EVENTS) -> list[Event]:
    """The events the story view draws: background ones only when asked for."""
    if setting.show_background:
        return list(events)
    return [e for e in events if not e.background]


def key_events(events: Iterable[Event], setting: KeyEvents = DEFAULT_KEY_EVENTS) -> list[Event]:
    """The key events, most important first (never background, never hidden)."""
    candidates = (e for e in events
                  if not e.background and not e.hidden and e.importance >= setting.min_importance)
    if setting.top:
        # A partial sort: the top 25 of 100,000 events without sorting them all.
        return heapq.nsmallest(setting.top, candidates, key=priority)
    return rank_by_importance(candidates)


def fit_story_labels(start: float, end: float, labels: Iterable[tuple[float, float]], width: float,
                     *, margin: float = 0.04) -> Viewport:
    """The viewport on the story [start, end) (see `story_span`), widened so that each label
    (the time it starts at, its width in pixels) ends inside the right margin of a view
    `width` pixels wide: the key events near the story's end keep their whole names.

    Only labels starting inside the span count: widening for an event past the story
    would bring yet later ones into view, each wanting room in turn. A label wider than
    three quarters of the view is left to slide or be cut (see viewport.fit_with_label).
    """
    view = fit(start, end, margin=margin)
    for label_at, label_width in labels:
        if not start <= label_at < end:
            continue
        wider = fit_with_label(start, end, label_at, label_width, width, margin=margin)
        if wider.span > view.span:
            view = wider
    return view


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """Linear-interpolated quantile of already-sorted values (at least one)."""
    position = (len(sorted_values) - 1) * q
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def publication_seconds(published: Iterable[date | None]) -> list[float]:
    """The publication dates as seconds, sorted: what `story_span`'s core is the quantiles of
    (a view keeps it while only events change, as after an edit)."""
    return sorted(to_seconds(_as_datetime(d)) for d in published if d is not None)


def story_span(published: Iterable[date | None], events: Sequence[Event], *,
               midpoints: Sequence[float] | None = None, published_seconds: Sequence[float] | None = None,
               by_priority: Iterable[Event] | None = None) -> tuple[float, float] | None:
    """The story's core span in seconds (see time_scale.to_seconds), or None with no events.

    Core: the 5–95 % quantiles of the publication dates. With no dated article, the
    quantiles of the events' midpoints, each counted once. Then the core widens to take in
    those of the most important events that lie near it (within the core's own length, or
    a month, each side): the key events that happened just before the first report.
    `midpoints`: the events' midpoints, sorted, when the caller has them (an EventIndex's
    all_mids), to spare working them out again for a large corpus; `published_seconds`:
    publication_seconds(published), when the caller keeps it; `by_priority`: the same
    events most important first (`priority` order: an EventIndex's importance_order), to
    spare a partial sort.
    """
    story = [e for e in events if not e.background and not e.hidden]
    dates = list(published_seconds) if published_seconds is not None else publication_seconds(published)
    whole_day = SECONDS_PER_DAY if dates else 0.0  # a publication date is a whole day
    if not dates:
        if not story:
            return None
        if midpoints is not None and len(midpoints) == len(story):
            dates = list(midpoints)
        else:
            spans = [drawn_interval(e) for e in story]
            dates = sorted((to_seconds(s.start) + to_seconds(s.end)) / 2 for s in spans)
    start = quantile(dates, LOW_QUANTILE)
    end = quantile(dates, HIGH_QUANTILE) + whole_day
    reach = max(end - start, 30 * SECONDS_PER_DAY)
    story_wide = max(2.0, len(dates) * STORY_WIDE_SHARE)
    # The few most important, and any event reported across the story (a partial sort:
    # a corpus of 100,000 events must not be sorted on the window's thread).
    if by_priority is not None:
        widening = list(itertools.islice((e for e in by_priority if not e.background and not e.hidden),
                                         KEY_EVENTS_NEAR))
    else:
        widening = heapq.nsmallest(KEY_EVENTS_NEAR, story, key=priority)
    widening += [e for e in story if e.source_count >= story_wide]
    for event in widening:
        span = drawn_interval(event)
        a, b = to_seconds(span.start), to_seconds(span.end)
        near = a >= start - reach and b <= end + reach and b - a <= reach
        if near or event.source_count >= story_wide:
            start, end = min(start, a), max(end, b)
    if end - start < MIN_STORY_SPAN:
        middle = (start + end) / 2
        start, end = middle - MIN_STORY_SPAN / 2, middle + MIN_STORY_SPAN / 2
    return start, end


def _as_datetime(day: date) -> datetime:
    return day if isinstance(day, datetime) else datetime.combine(day, time())
