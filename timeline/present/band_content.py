"""One band's marks for a viewport: which events get labels, their lanes, and the clusters.

The work behind `timeline_layout.layout_timeline`, per band and per zoom: labels go to the
most important events first within the budget, lanes are packed, and what does not fit
is counted into clusters by column.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right, insort
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import NamedTuple

from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.present.drawn_interval import drawn_interval
from timeline.present.lanes import OVERFLOW, gather, pack_lanes
from timeline.present.layout_model import (
    BandContent,
    ClusterMark,
    EventMark,
    LayoutOptions,
    MarkKind,
    badge_widths,
    cluster_width,
    mark_kind,
)
from timeline.present.level_of_detail import EventIndex, count_overlapping, overlapping
from timeline.present.text_measure import TextMeasure
from timeline.present.time_scale import SECONDS_PER_DAY


class _Candidate(NamedTuple):
    """An event while its band is laid out, in pixels from the window's left edge (a named
    tuple: thousands are made per frame, and packing sorts them as tuples)."""

    left: float  # where its footprint (mark and label) starts
    event_index: int  # where the event is in the band's EventIndex
    right: float  # where its footprint ends
    x0: float
    x1: float
    xp: float  # the dot's centre
    label_x: float
    bar_end: float
    label: str  # elided to the widest label
    full_width: float  # the label with its badges
    kind: MarkKind


class StaticInfo(NamedTuple):
    """Per event, what does not depend on the zoom (kept while the same events are shown)."""

    event: Event
    label: str
    label_width: float
    full_width: float  # with the badges
    kind: MarkKind
    sources: int
    implied: bool
    granularity: Granularity


def static_info(event: Event, measure: TextMeasure, options: LayoutOptions) -> StaticInfo:
    label, text_width = measure.elided(event.label, options.max_label_width)
    sources = event.source_count  # counted once: it walks the mentions
    extra = badge_widths(measure, options, sources, event.conflict)
    span = drawn_interval(event)
    kind = mark_kind(span.granularity, span.duration.total_seconds())
    return StaticInfo(event, label, text_width, text_width + extra, kind, sources,
                      event.is_implied, event.interval.granularity)


def band_content(
    index: EventIndex, t0: float, t1: float, scale: float, lanes: int, lane_top: float,
    row: float, band: int, measure: TextMeasure, options: LayoutOptions,
    statics: dict[int, StaticInfo], preferred_lanes: Mapping[str, int] | None = None,
    view_span: float = 0.0, pinned: frozenset[str] = frozenset(),
) -> tuple[BandContent, bool]:
    budget = options.label_budget
    least = options.label_min_importance
    limited = bool(budget) or least > 0.0  # labels go by importance, not by position
    unlabelled: list[int] = []
    if count_overlapping(index, t0, t1) <= options.detail_limit:
        chosen = overlapping(index, t0, t1)
        columns: list[tuple[float, int, float, float]] = []
        dense = False
        if limited:
            chosen.sort(key=index.importance_rank.__getitem__)
            chosen, unlabelled = label_budget_split(index, chosen, view_span or (t1 - t0), budget, pinned,
                                                    min_importance=least)
    else:
        labelled: list[int] = []
        if limited:
            labelled, _ = label_budget_split(
                index, _most_important_in(index, t0, t1, 6 * (budget or options.detail_limit), pinned),
                view_span or (t1 - t0), budget, pinned, min_importance=least)
        chosen, columns = _counted_columns(index, t0, t1, scale, measure, options, frozenset(labelled))
        if limited:
            # Sparse columns' events get labels only within the budget, like the rest.
            chosen, unlabelled = labelled, chosen
        dense = True

    events, starts, ends = index.events, index.starts, index.ends
    r = options.marker_radius
    pad = options.label_pad
    gap = options.lane_gap

    def candidate(i: int) -> _Candidate:
        event = events[i]
        static = statics.get(id(event))
        if static is None or static.event is not event:
            static = static_info(event, measure, options)
            statics[id(event)] = static
        label, full_width, kind = static.label, static.full_width, static.kind
        x0 = (starts[i] - t0) * scale
        x1 = (ends[i] - t0) * scale
        xp = (x0 + x1) / 2
        if kind is MarkKind.POINT:
            # A dot with its label beside it; zoomed past a day, the day it may lie in is
            # bracketed, so the footprint covers that day too, except that brackets of
            # consecutive days may touch (else one lane could never hold two days running).
            left = min(x0 + gap, xp - r)
            label_x = xp + r + pad
            bar_end = max(x1, label_x)
        elif x1 - x0 < 2 * r:
            # Too narrow for a label inside: a thin bar with the label beside it.
            left = min(x0, xp - r)
            label_x = max(x1, xp + r) + pad
            bar_end = label_x
        else:
            left = x0
            label_x = x0 + pad + 1
            bar_end = x1
        right = max(bar_end, label_x + full_width)
        return _Candidate(left, i, right, x0, x1, xp, label_x, bar_end, label, full_width, kind)

    # Precise events first (sorted by start), then vague spans, then spans over the whole
    # window: zoomed in on a day, that day's events get the lanes and the year-long spans
    # around them are counted in a cluster.
    covering = [i for i in chosen if starts[i] <= t0 and ends[i] >= t1]
    if covering:
        chosen = [i for i in chosen if not (starts[i] <= t0 and ends[i] >= t1)]
    candidates = [candidate(i) for i in chosen]
    if limited:
        precise = 0  # keep the importance order: the first lanes go to the key events
    else:
        candidates.sort(key=lambda c: (c.kind is MarkKind.SPAN, c.left, c.event_index))
        precise = sum(1 for c in candidates if c.kind is not MarkKind.SPAN)
    item_lanes = lanes - 1 if lanes > 1 else 1
    # Each covering span needs a lane to itself, so no more than the lanes are measured;
    # the narrowest (most telling) go first.
    covering.sort(key=lambda i: (ends[i] - starts[i], starts[i]))
    candidates.extend(candidate(i) for i in covering[:item_lanes])
    unmeasured = covering[item_lanes:]
    extents = [(c.left, c.right) for c in candidates]
    clip = (-options.lane_gap, (t1 - t0) * scale + options.lane_gap)
    # Pack into all lanes but the bottom one, which the clusters get if anything overflows.
    # What fits in one lane less fits in all of them, so one packing pass is enough.
    preferred = None
    if preferred_lanes:
        preferred = [preferred_lanes.get(events[c.event_index].event_id, OVERFLOW) for c in candidates]
    assigned = pack_lanes(extents, item_lanes, options.lane_gap, clip=clip,
                          sorted_count=precise, preferred=preferred)
    mids = index.mids
    # Beyond the label budget: counted where they lie (a day at its dot, a span from where
    # it shows), never measured.
    counted_at = [(max((mids[i] - t0) * scale if ends[i] - starts[i] <= SECONDS_PER_DAY
                       else (starts[i] - t0) * scale, 0.0), i)
                  for i in unlabelled if starts[i] < t1 and ends[i] > t0]
    if lanes > 1 and not (unmeasured or counted_at or columns):
        _spill_into_last_lane(assigned, extents, lanes - 1, options.lane_gap, clip)
    if unmeasured or counted_at:
        assigned.extend([OVERFLOW] * (len(unmeasured) + len(counted_at)))
    cluster_row = None
    if OVERFLOW in assigned or columns:
        cluster_row = lanes - 1 if lanes > 1 else 0

    overflow: list[_Candidate] = []
    lane_members: dict[int, list[int]] = {}
    for position, lane in enumerate(assigned[: len(candidates)]):
        if lane in (OVERFLOW, cluster_row):
            overflow.append(candidates[position])
        else:
            lane_members.setdefault(lane, []).append(position)
    marks: list[EventMark] = []
    gap = options.lane_gap
    for lane, positions in lane_members.items():
        positions.sort(key=lambda position: candidates[position].left)
        y = lane_top + lane * row
        for k, position in enumerate(positions):
            c = candidates[position]
            # How far right the label may slide to stay on screen, clear of the next item
            # in its lane: a span or range begun off-screen keeps its whole name at the left
            # edge while its bar shows, even past the bar's end (a label is never drawn cut);
            # a day's label stays by its dot (within its day, zoomed past a day).
            end = c.bar_end if c.kind is MarkKind.POINT else math.inf
            if k + 1 < len(positions):
                end = min(end, candidates[positions[k + 1]].left - gap)
            static = statics[id(events[c.event_index])]
            marks.append(EventMark(
                static.event.event_id, c.label, c.kind, static.granularity, c.x0, c.x1, c.xp, y, c.left,
                c.right, c.label_x, max(c.label_x, end - c.full_width - pad), static.label_width,
                c.full_width, static.sources, static.event.conflict, static.implied, band))

    clusters = _clusters(index, overflow, columns, cluster_row, lane_top, row, band,
                         measure, options, unmeasured, counted_at)
    return BandContent(tuple(marks), tuple(clusters)), dense


def _spill_into_last_lane(assigned: list[int], extents: Sequence[tuple[float, float]], last: int,
                          gap: float, clip: tuple[float, float]) -> None:
    """The bottom lane is kept for clusters; when the few items that found no other lane
    all fit in it side by side, and nothing else needs a cluster, they take it as marks.

    A "+1" where a label fits would hide an event for nothing (the seeds' last day)."""
    spilled = [k for k, lane in enumerate(assigned) if lane == OVERFLOW]
    if not spilled:
        return
    spans = sorted((max(extents[k][0], clip[0]), min(extents[k][1], clip[1]), k) for k in spilled)
    for (_, right, _), (left, _, _) in pairwise(spans):
        if right + gap > left:
            return
    for k in spilled:
        assigned[k] = last


def label_budget_split(
    index: EventIndex, ranked: Sequence[int], view_span: float, budget: int,
    pinned: frozenset[str] = frozenset(), *, min_importance: float = 0.0,
) -> tuple[list[int], list[int]]:
    """(labelled, unlabelled) of events given most important first: an event gets a label
    while fewer than `budget` (0: no limit) more important ones lie within half a screen
    of it, so any screen holds about `budget` labels, the key events first, wherever it is
    panned; none below `min_importance`. Pinned events (the selection) always get one."""
    half = view_span / 2
    seen: list[float] = []
    labelled: list[int] = []
    unlabelled: list[int] = []
    mids, events = index.mids, index.events
    for i in ranked:
        m = mids[i]
        near = bisect_right(seen, m + half) - bisect_left(seen, m - half) if budget else -1
        event = events[i]
        if (near < budget and event.importance >= min_importance) or event.event_id in pinned:
            labelled.append(i)
        else:
            unlabelled.append(i)
        insort(seen, m)
    if pinned:  # first in the lanes too, so the selection is never what overflows
        labelled.sort(key=lambda i: events[i].event_id not in pinned)
    return labelled, unlabelled


def _most_important_in(index: EventIndex, t0: float, t1: float, limit: int,
                       pinned: frozenset[str]) -> list[int]:
    """Up to `limit` events touching [t0, t1), most important first, and the pinned ones.

    A window holding a small share of the corpus is cheaper to gather and rank (bisects, then a
    partial sort); a wide one, to walk the importance order until `limit` lie inside it."""
    starts, ends = index.starts, index.ends
    found: list[int]
    inside = count_overlapping(index, t0, t1)
    # Gathering costs about `inside` steps; the walk about limit * N / inside (it meets one
    # event of the window in every N / inside): gather while that is the smaller.
    if inside * inside <= limit * len(index.importance_order):
        found = heapq.nsmallest(limit, overlapping(index, t0, t1), key=index.importance_rank.__getitem__)
    else:
        found = []
        for i in index.importance_order:
            if starts[i] < t1 and ends[i] > t0:
                found.append(i)
                if len(found) >= limit:
                    break
    for event_id in pinned:
        rank = index.rank_of.get(event_id)
        if rank is not None:
            i = index.time_order[rank]
            if starts[i] < t1 and ends[i] > t0 and i not in found:
                found.append(i)
    return found


def _counted_columns(
    index: EventIndex, t0: float, t1: float, scale: float, measure: TextMeasure,
    options: LayoutOptions, labelled: frozenset[int] = frozenset(),
) -> tuple[list[int], list[tuple[float, int, float, float]]]:
    """Too many events: count them per column (bisects only). Sparse columns still give
    their events one by one; crowded ones become counted columns (x, count, t0, t1).
    `labelled` events are drawn one by one: left out of the counts."""
    column = cluster_width(measure, 9999, options) + options.lane_gap
    seconds = column / scale
    count = max(1, math.ceil((t1 - t0) / seconds))
    edges = [t0 + k * seconds for k in range(count + 1)]
    positions = [bisect_left(index.all_mids, edge) for edge in edges]
    taken = [0] * count
    for i in labelled:
        k = int((index.mids[i] - t0) // seconds)
        if 0 <= k < count:
            taken[k] += 1
    chosen: list[int] = []
    columns: list[tuple[float, int, float, float]] = []
    order = index.mid_order
    for k in range(count):
        low, high = positions[k], positions[k + 1]
        if high - low - taken[k] <= 0:
            continue
        if high - low - taken[k] <= options.sparse_column:
            chosen.extend(i for i in order[low:high] if i not in labelled)
        else:
            columns.append(((edges[k] - t0) * scale, high - low - taken[k], edges[k], edges[k + 1]))
    # Spans centred before the window that reach into it.
    mids = index.mids
    earlier = [i for i in overlapping(index, t0, t0 + 1e-6) if mids[i] < t0]
    if len(earlier) <= options.sparse_column:
        chosen.extend(earlier)
    else:
        columns.insert(0, (0.0, len(earlier), min(index.starts[i] for i in earlier), t0))
    return chosen, columns


def _clusters(
    index: EventIndex, overflow: list[_Candidate], columns: list[tuple[float, int, float, float]],
    cluster_row: int | None, lane_top: float, row: float, band: int,
    measure: TextMeasure, options: LayoutOptions, unmeasured: Sequence[int] = (),
    counted_at: Sequence[tuple[float, int]] = (),
) -> list[ClusterMark]:
    if cluster_row is None:
        return []
    # (x, count, t_start, t_end, members)
    items: list[tuple[float, int, float, float, tuple[str, ...]]] = [
        (x, count, start, end, ()) for x, count, start, end in columns
    ]
    for c in overflow:
        i = c.event_index
        items.append((max(c.x0, 0.0) if c.kind is not MarkKind.POINT else c.xp, 1,
                      index.starts[i], index.ends[i], (index.events[i].event_id,)))
    events = index.events
    items.extend((0.0, 1, index.starts[i], index.ends[i], (events[i].event_id,))
                 for i in unmeasured)
    items.extend((x, 1, index.starts[i], index.ends[i], (events[i].event_id,)) for x, i in counted_at)
    items.sort(key=lambda item: item[0])
    width = cluster_width(measure, 999, options) + options.lane_gap
    y = lane_top + cluster_row * row
    clusters = []
    for group in gather([item[0] for item in items], width):
        members = [items[k] for k in group.members]
        count = sum(m[1] for m in members)
        known: tuple[str, ...] = ()
        if all(m[4] for m in members):
            known = tuple(event_id for m in members for event_id in m[4])
        x0 = group.left
        x1 = max(group.right, x0 + cluster_width(measure, count, options))
        clusters.append(ClusterMark(
            x0, x1, y, count, min(m[2] for m in members), max(m[3] for m in members), band, known))
    return clusters
