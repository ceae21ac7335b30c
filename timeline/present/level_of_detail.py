"""Find the events a view needs without looking at the others: sorted arrays and bisect.

Events are split into buckets by duration, each sorted by start. Clipping a bucket to
[t0, t1) is two bisects, widened on the left by the bucket's longest duration so spans
that began earlier are still found; grouping by duration keeps that widening small
(a year-long event never makes the day events rescan a year). Counting events per
pixel column is bisects only, which is how a view of 100,000 events is drawn as a
histogram of clusters without touching each one (pyqtgraph's clipToView/downsample).
"""

from __future__ import annotations

import itertools
import math
import operator
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from timeline.domain.event import Event
from timeline.present.drawn_interval import drawn_interval
from timeline.present.time_scale import SECONDS_PER_DAY, to_seconds

# Upper bounds (seconds) of the duration buckets: day, week, month, quarter, year, decade.
BUCKET_LIMITS: tuple[float, ...] = tuple(
    days * SECONDS_PER_DAY for days in (1.0, 8.0, 32.0, 95.0, 367.0, 3700.0)
)


@dataclass(frozen=True, slots=True)
class DurationBucket:
    longest: float  # the longest duration in the bucket, in seconds
    starts: tuple[float, ...]  # sorted
    members: tuple[int, ...]  # event indices, in the order of `starts`


@dataclass(frozen=True, slots=True)
class EventIndex:
    """Events with their times as seconds, bucketed for clipping; built once per event set."""

    events: tuple[Event, ...]
    starts: tuple[float, ...]  # by event index
    ends: tuple[float, ...]
    buckets: tuple[DurationBucket, ...]
    time_order: tuple[int, ...]  # event indices by start, then as given: the stepping order
    all_starts: tuple[float, ...]  # every start, sorted, for counting
    rank_of: dict[str, int]  # event id -> position in time_order
    mids: tuple[float, ...]  # by event index
    mid_order: tuple[int, ...]  # event indices by midpoint: where a mark is drawn
    all_mids: tuple[float, ...]  # every midpoint, sorted, for counting per column
    # Event indices, most important first (importance, sources, id): who gets a label first.
    importance_order: tuple[int, ...] = ()
    importance_rank: tuple[int, ...] = ()  # by event index: its place in importance_order
    # The keyboard's stepping order, by start and then importance (top to bottom on screen),
    # and each event's place in it: worked out once, not on every key press.
    step_order: tuple[int, ...] = ()
    step_position: tuple[int, ...] = ()  # by event index

    def __len__(self) -> int:
        return len(self.events)

    def find(self, event_id: str) -> Event | None:
        rank = self.rank_of.get(event_id)
        return None if rank is None else self.events[self.time_order[rank]]

    def matches(self, events: Sequence[Event]) -> bool:
        """True when this index was built from exactly these event objects, in this order."""
        return len(events) == len(self.events) and all(map(operator.is_, events, self.events))

    @property
    def first_start(self) -> float | None:
        return self.all_starts[0] if self.all_starts else None

    @property
    def last_end(self) -> float | None:
        return max(self.ends) if self.ends else None


def build_index(events: Sequence[Event]) -> EventIndex:
    events = tuple(events)
    spans = [drawn_interval(e) for e in events]
    starts = tuple(to_seconds(span.start) for span in spans)
    ends = tuple(to_seconds(span.end) for span in spans)
    # Ties keep the given order, which is also the order lanes are filled in.
    order = sorted(range(len(events)), key=starts.__getitem__)
    mids = [(a + b) / 2 for a, b in zip(starts, ends, strict=True)]
    by_mid = sorted(range(len(events)), key=mids.__getitem__)
    grouped: list[list[int]] = [[] for _ in range(len(BUCKET_LIMITS) + 1)]
    for i in order:
        duration = ends[i] - starts[i]
        grouped[bisect_left(BUCKET_LIMITS, duration)].append(i)
    by_importance = sorted(range(len(events)), key=lambda i: (
        -events[i].importance, -events[i].source_count, events[i].event_id))
    rank_of_importance = [0] * len(events)
    for rank, i in enumerate(by_importance):
        rank_of_importance[i] = rank
    stepping = sorted(range(len(events)), key=lambda i: (starts[i], rank_of_importance[i]))
    step_position = [0] * len(events)
    for position, i in enumerate(stepping):
        step_position[i] = position
    buckets = tuple(
        DurationBucket(
            longest=max(ends[i] - starts[i] for i in members),
            starts=tuple(starts[i] for i in members),
            members=tuple(members),
        )
        for members in grouped
        if members
    )
    return EventIndex(
        events=events,
        starts=starts,
        ends=ends,
        buckets=buckets,
        time_order=tuple(order),
        all_starts=tuple(starts[i] for i in order),
        rank_of={events[i].event_id: rank for rank, i in enumerate(order)},
        mids=tuple(mids),
        mid_order=tuple(by_mid),
        all_mids=tuple(mids[i] for i in by_mid),
        importance_order=tuple(by_importance),
        importance_rank=tuple(rank_of_importance),
        step_order=tuple(stepping),
        step_position=tuple(step_position),
    )


def index_of_shown(events: Sequence[Event]) -> EventIndex:
    """The index of the events a timeline shows (all but the hidden ones). Pure and slow
    for large corpora (sorting, bucketing): run it off the GUI thread, with the analysis,
    and hand the result to TimelineView.set_events(events, index=...)."""
    return build_index([event for event in events if not event.hidden])


def overlapping(index: EventIndex, t0: float, t1: float) -> list[int]:
    """Indices of events touching [t0, t1), in no particular order."""
    ends = index.ends
    found: list[int] = []
    for bucket in index.buckets:
        low = bisect_left(bucket.starts, t0 - bucket.longest)
        middle = bisect_left(bucket.starts, t0, low)
        high = bisect_left(bucket.starts, t1, middle)
        members = bucket.members
        found.extend(i for i in members[low:middle] if ends[i] > t0)
        found.extend(members[middle:high])
    return found


def count_overlapping(index: EventIndex, t0: float, t1: float) -> int:
    """How many events touch [t0, t1): bisects, plus a scan of the short left margins."""
    ends = index.ends
    total = 0
    for bucket in index.buckets:
        low = bisect_left(bucket.starts, t0 - bucket.longest)
        middle = bisect_left(bucket.starts, t0, low)
        high = bisect_left(bucket.starts, t1, middle)
        total += high - middle
        total += sum(1 for i in bucket.members[low:middle] if ends[i] > t0)
    return total


def count_by_midpoint(index: EventIndex, edges: Sequence[float]) -> list[int]:
    """Events whose midpoint lies in each [edges[k], edges[k+1]): one bisect per edge."""
    positions = [bisect_left(index.all_mids, edge) for edge in edges]
    return [b - a for a, b in itertools.pairwise(positions)]


def neighbour_in_time(index: EventIndex, event_id: str | None, step: int, *,
                      drawn_row: Mapping[str, float] | None = None) -> str | None:
    """The event `step` places after (or before, when negative) this one in time order.

    Time order is the order on screen: by start, and among events starting together,
    top to bottom as drawn (`drawn_row`: event id -> y of its lane), then the order the
    events were given in (which is how the lanes were filled), never by id.
    """
    order = index.time_order
    if not order:
        return None
    position = index.rank_of.get(event_id) if event_id is not None else None
    if position is None:
        group = _start_group(index, order[0] if step > 0 else order[-1], drawn_row)
        return index.events[group[0] if step > 0 else group[-1]].event_id
    current = order[position]
    for _ in range(abs(step)):
        group = _start_group(index, current, drawn_row)
        k = group.index(current) + (1 if step > 0 else -1)
        if 0 <= k < len(group):
            current = group[k]
            continue
        lo, hi = _start_bounds(index, index.starts[current])
        beyond = hi if step > 0 else lo - 1
        if not 0 <= beyond < len(order):
            return None
        group = _start_group(index, order[beyond], drawn_row)
        current = group[0] if step > 0 else group[-1]
    return index.events[current].event_id


def neighbour_within(index: EventIndex, event_id: str | None, step: int, t0: float, t1: float) -> str | None:
    """The event `step` places after (before, when negative) this one in time order, among
    those starting in [t0, t1); with none selected (or the selected one outside), the first
    (last) there. None at either end: stepping never wraps round and never leaves the range.

    Time order is fixed, by start and then by importance (the order lanes are given in, so
    top to bottom on screen), never by where the last frame drew them: Down then Up always
    comes back, and stepping cannot go round in a loop.
    """
    # step_order is sorted by start like all_starts, so the range's slice is the same.
    low, high = bisect_left(index.all_starts, t0), bisect_left(index.all_starts, t1)
    if low >= high:
        return None
    order, events = index.step_order, index.events
    rank = index.rank_of.get(event_id) if event_id else None
    position = None if rank is None else index.step_position[index.time_order[rank]]
    if position is None or not low <= position < high:
        return events[order[low] if step > 0 else order[high - 1]].event_id
    target = position + step
    if not low <= target < high:
        return None
    return events[order[target]].event_id


def _start_bounds(index: EventIndex, start: float) -> tuple[int, int]:
    return bisect_left(index.all_starts, start), bisect_right(index.all_starts, start)


def _start_group(index: EventIndex, member: int, drawn_row: Mapping[str, float] | None) -> list[int]:
    """The events starting when `member` does, top to bottom as drawn (undrawn ones last)."""
    lo, hi = _start_bounds(index, index.starts[member])
    group = list(index.time_order[lo:hi])
    if drawn_row and len(group) > 1:
        events = index.events
        group.sort(key=lambda i: drawn_row.get(events[i].event_id, math.inf))  # stable: given order within
    return group


Key = TypeVar("Key", bound=Hashable)
Value = TypeVar("Value")


class LayoutCache(Generic[Key, Value]):
    """The few most recent layouts by key (zoom, window, size): panning reuses them."""

    def __init__(self, capacity: int = 8) -> None:
        self._capacity = capacity
        self._items: OrderedDict[Key, Value] = OrderedDict()

    def get(self, key: Key) -> Value | None:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: Key, value: Value) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self._capacity:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)
