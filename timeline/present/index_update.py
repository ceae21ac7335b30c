"""An EventIndex brought up to date after an edit, instead of built again from nothing.

An analyst's edit replaces a few events (renamed, re-dated, merged, hidden) and leaves the
thousands of others as the very same objects, in the same order, or as copies with another
importance (an article's new date can move the top score, and so every importance).
Building the index again sorts every event four times with Python keys (about 13 ms for 4,000 events, on every
keypress); here the old index's orders are carried over for the events kept (their keys
did not change, and their relative order neither) and each new event is put in its place
by bisection. The result is exactly the index `build_index` makes of the new events (the
same ties, broken the same way): tests/present/test_index_update.py checks it field by
field. When too much changed, the caller builds the index afresh.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, insort
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from timeline.domain.event import Event
from timeline.present.drawn_interval import drawn_interval
from timeline.present.level_of_detail import BUCKET_LIMITS, DurationBucket, EventIndex
from timeline.present.time_scale import to_seconds

# More new or dropped events than this share of the index (or this many, for a small one):
# building it again is as quick.
MAX_CHANGED_SHARE = 0.1
MIN_CHANGED_ALLOWED = 32
# More reranked events than 1/this of the index (or MIN_CHANGED_ALLOWED): its orders by
# importance are sorted again rather than the reranked ones moved by bisection.
RESORTED_FROM_SHARE = 16


def updated_index(old: EventIndex, events: Sequence[Event]) -> EventIndex | None:
    """`build_index(events)`, worked out from `old` when `events` are mostly its own events
    in its own order; None when they are not (build it afresh then)."""
    events = tuple(events)
    if not old.events or not events:
        return None
    position_of = {id(event): position for position, event in enumerate(old.events)}
    from_old = [position_of.get(id(event), -1) for event in events]
    same_objects = list(from_old)
    reranked, copies = _carry_reranked(old, events, from_old)
    if copies:
        _drop_copies_out_of_place(from_old, same_objects)
        reranked = {new for new in reranked if from_old[new] >= 0}  # (the rest are placed as new)
    kept = [position for position in from_old if position >= 0]
    added = [new for new, position in enumerate(from_old) if position < 0]
    dropped = len(old.events) - len(kept)
    if len(added) + dropped > max(MIN_CHANGED_ALLOWED, MAX_CHANGED_SHARE * len(events)):
        return None
    if any(a >= b for a, b in itertools.pairwise(kept)):
        return None  # kept events moved among themselves (or one came twice): not an edit's work
    if not added and not dropped:
        return _same_places(old, events, reranked)
    new_of_old = [-1] * len(old.events)
    for new, position in enumerate(from_old):
        if position >= 0:
            new_of_old[position] = new

    starts = [old.starts[position] if position >= 0 else 0.0 for position in from_old]
    ends = [old.ends[position] if position >= 0 else 0.0 for position in from_old]
    mids = [old.mids[position] if position >= 0 else 0.0 for position in from_old]
    for new in added:
        span = drawn_interval(events[new])
        starts[new], ends[new] = to_seconds(span.start), to_seconds(span.end)
        mids[new] = (starts[new] + ends[new]) / 2

    def carried(order: Sequence[int]) -> list[int]:
        """An old order over the new positions, without the dropped events."""
        return [new for new in map(new_of_old.__getitem__, order) if new >= 0]

    def by_start(i: int) -> tuple[float, int]:
        return starts[i], i  # build_index's sort is stable: ties keep the given order

    def by_mid(i: int) -> tuple[float, int]:
        return mids[i], i

    def by_importance(i: int) -> tuple[float, int, str, int]:
        event = events[i]
        return -event.importance, -event.source_count, event.event_id, i

    order = _with_added(carried(old.time_order), added, by_start)
    mid_order = _with_added(carried(old.mid_order), added, by_mid)
    # Kept events whose importance (or sources) moved are put in their new places in the
    # importance order and the stepping order it breaks ties of (see _reordered).
    importance_order = _reordered(carried(old.importance_order), reranked, added, by_importance)
    importance_rank = _inverse(importance_order)

    def by_step(i: int) -> tuple[float, int]:
        return starts[i], importance_rank[i]

    step_order = _reordered(carried(old.step_order), reranked, added, by_step)
    return EventIndex(
        events=events,
        starts=tuple(starts),
        ends=tuple(ends),
        buckets=_buckets(old, carried, added, starts, ends, by_start),
        time_order=tuple(order),
        all_starts=tuple(map(starts.__getitem__, order)),
        rank_of={events[i].event_id: rank for rank, i in enumerate(order)},
        mids=tuple(mids),
        mid_order=tuple(mid_order),
        all_mids=tuple(map(mids.__getitem__, mid_order)),
        importance_order=tuple(importance_order),
        importance_rank=tuple(importance_rank),
        step_order=tuple(step_order),
        step_position=tuple(_inverse(step_order)),
    )


def _same_places(old: EventIndex, events: tuple[Event, ...], reranked: set[int]) -> EventIndex:
    """The index of `events`, the old index's events (or copies drawn over the same spans) in
    its order: every place is the old one; only the importance order and the stepping order
    it breaks ties of may differ."""
    if not reranked:
        return replace(old, events=events)
    def by_importance(i: int) -> tuple[float, int, str, int]:
        event = events[i]
        return -event.importance, -event.source_count, event.event_id, i

    importance_order = _reordered(list(old.importance_order), reranked, (), by_importance)
    importance_rank = _inverse(importance_order)
    starts = old.starts
    step_order = _reordered(list(old.step_order), reranked, (), lambda i: (starts[i], importance_rank[i]))
    return replace(old, events=events, importance_order=tuple(importance_order),
                   importance_rank=tuple(importance_rank), step_order=tuple(step_order),
                   step_position=tuple(_inverse(step_order)))


def _carry_reranked(old: EventIndex, events: Sequence[Event], from_old: list[int]) -> tuple[set[int], list[int]]:
    """Where an event is not one of the old index's objects but a copy of the one with its id
    drawn over the same span (a new importance after an article's date changed, a rename),
    that one's place is taken (`from_old` is filled in): its times are carried over, not
    worked out again. The copies that rank differently (importance or sources moved), and
    every copy carried, by their new places (in order)."""
    reranked: set[int] = set()
    carried: list[int] = []
    missing = [new for new, position in enumerate(from_old) if position < 0]
    if not missing:
        return reranked, carried
    # The old place of an id: its time order's (no dict of every old event made for the few
    # copies; bpoil has 3,000 shown).
    rank_of, time_order = old.rank_of, old.time_order
    if len(rank_of) != len(old.events):
        return reranked, carried  # an id twice: only objects tell the events apart
    taken = set(from_old)
    for new in missing:
        event = events[new]
        rank = rank_of.get(event.event_id)
        if rank is None:
            continue
        at = time_order[rank]
        if at in taken:
            continue
        before = old.events[at]
        # A copy shares its interval objects: `is` first (comparing dataclasses costs more
        # than the rest of the carrying).
        if before.extent is not event.extent and before.extent != event.extent:
            continue
        if event.extent is None and before.interval is not event.interval and before.interval != event.interval:
            continue
        from_old[new] = at
        taken.add(at)
        carried.append(new)
        if before.importance != event.importance or before.source_count != event.source_count:
            reranked.add(new)
    return reranked, carried


def _drop_copies_out_of_place(from_old: list[int], same_objects: Sequence[int]) -> None:
    """A copy carried into its old event's place (`from_old`; `same_objects` has the places of
    the very objects, -1 for a copy) that is no longer between the kept events around it is
    taken as a new event: its key moved (an article's new date took a source from a
    much-reported event, which sorts it after its same-day peers), and the whole index was
    built again for it (12-35 ms on bpoil, against a few for the bisection).
    One pass over every place, from the end for the next kept object, then from the start
    (under half a millisecond on bpoil's 3,600 events)."""
    next_kept = [0] * len(from_old)
    following = 1 << 62  # no kept object after it
    for new in range(len(from_old) - 1, -1, -1):
        next_kept[new] = following
        if same_objects[new] >= 0:
            following = same_objects[new]
    last = -1
    for new, position in enumerate(from_old):
        if position < 0:
            continue
        if same_objects[new] < 0 and not last < position < next_kept[new]:
            from_old[new] = -1
            continue
        last = position


def _reordered(order: list[int], moved: set[int], added: Sequence[int], key: Callable[[int], Any]) -> list[int]:
    """`order`, sorted by `key` but for the `moved` members, with those put in their places by
    bisection, as `added` are: the others keep their order (their keys did not move, nor
    their relative order). Sorting it all again (the key asked of every event, 3-4 ms on
    bpoil, where a date change reranks a few dozen) is left for when most moved, as when a
    new top score gives every event another importance. Every key is unique (the index ends it)."""
    if len(moved) > max(MIN_CHANGED_ALLOWED, len(order) // RESORTED_FROM_SHARE):
        return sorted([*order, *added], key=key)
    if moved:
        order = [i for i in order if i not in moved]
    return _with_added(order, [*moved, *added], key)


def _with_added(order: list[int], added: Sequence[int], key: Callable[[int], Any]) -> list[int]:
    for new in added:
        insort(order, new, key=key)
    return order


def _inverse(order: Sequence[int]) -> list[int]:
    """Each index's place in `order`."""
    place = [0] * len(order)
    for rank, i in enumerate(order):
        place[i] = rank
    return place


def _buckets(old: EventIndex, carried: Callable[[Sequence[int]], list[int]], added: Sequence[int],
             starts: Sequence[float], ends: Sequence[float],
             by_start: Callable[[int], tuple[float, int]]) -> tuple[DurationBucket, ...]:
    """The duration buckets: the old ones' members carried over, the new events put in theirs."""
    members: dict[int, list[int]] = {}
    for bucket in old.buckets:
        first = bucket.members[0]
        level = bisect_left(BUCKET_LIMITS, old.ends[first] - old.starts[first])
        members[level] = carried(bucket.members)
    for new in added:
        level = bisect_left(BUCKET_LIMITS, ends[new] - starts[new])
        insort(members.setdefault(level, []), new, key=by_start)
    return tuple(
        DurationBucket(
            longest=max(ends[i] - starts[i] for i in chosen),
            starts=tuple(map(starts.__getitem__, chosen)),
            members=tuple(chosen),
        )
        for _level, chosen in sorted(members.items())
        if chosen
    )


__all__ = ["updated_index"]
