"""Where everything goes on the timeline for one viewport and size: computed, then painted.

The layout is plain data in pixels (left edge of the area = 0). `layout_timeline` takes
the events of each band (already indexed), the viewport, the size and a text measure,
and returns marks, clusters, bands and axis ticks; render/ paints exactly that, on
screen and in exports alike.

Per zoom, the lanes are computed once for a window two viewports wide, aligned to a
grid of half the viewport's span; panning within it reuses the cached lanes (shifted), so
labels neither jump between lanes nor cost a new layout while the analyst drags.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, bisect_right, insort
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.present.drawn_interval import drawn_interval
from timeline.present.lanes import OVERFLOW, gather, lane_room, pack_lanes
from timeline.present.level_of_detail import (
    EventIndex,
    LayoutCache,
    count_overlapping,
    overlapping,
)
from timeline.present.text_measure import TextMeasure
from timeline.present.ticks import AxisTicks, axis_ticks
from timeline.present.time_scale import SECONDS_PER_DAY
from timeline.present.viewport import Viewport


class MarkKind(Enum):
    POINT = "point"  # a day (or finer): a dot
    RANGE = "range"  # days known at both ends: a crisp bar ("a three-day visit")
    SPAN = "span"  # a week, month, season, quarter, year...: a soft-edged bar


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    marker_radius: float = 5.0
    lane_padding: float = 10.0  # lane height = line height + this
    lane_gap: float = 12.0  # free pixels between two items in a lane
    label_pad: float = 5.0  # between a marker or bar start and its label
    max_label_width: float = 260.0
    badge_pad: float = 4.0  # inside a badge, each side of its text
    badge_gap: float = 4.0
    detail_limit: int = 1000  # above this many events in the window, count by pixel column
    sparse_column: int = 2  # in a counted column, this few events are still drawn one by one
    top_margin: float = 6.0
    axis_gap: float = 6.0
    band_titles: bool = True
    # Labels per screen width, given to the most important events first (0: no limit, the
    # old way: by position). The others stay as count marks and the density band.
    label_budget: int = 0
    # Events less important than this get no label (the selection excepted): counted instead.
    label_min_importance: float = 0.0


DEFAULT_OPTIONS = LayoutOptions()


@dataclass(frozen=True, slots=True)
class BandSource:
    """The events of one band, ready for clipping."""

    key: str
    title: str
    index: EventIndex


@dataclass(frozen=True, slots=True)
class EventMark:
    event_id: str
    label: str  # as drawn: elided to the maximum label width
    kind: MarkKind
    granularity: Granularity
    x0: float  # the interval's start and end
    x1: float
    xp: float  # the point marker's centre (midpoint of the interval)
    y: float  # top of its lane
    left: float  # the footprint other marks keep clear of
    right: float
    label_x: float  # where the label starts, and how far right it may slide to stay on screen
    label_x_max: float
    label_width: float  # the label alone
    full_width: float  # the label and its badges
    source_count: int
    conflict: bool
    implied: bool
    band: int


@dataclass(frozen=True, slots=True)
class ClusterMark:
    """Events gathered where too many share the space; opens onto [t0, t1)."""

    x0: float
    x1: float
    y: float
    count: int
    t0: float
    t1: float
    band: int
    members: tuple[str, ...]  # event ids when known; empty for a counted column


@dataclass(frozen=True, slots=True)
class BandLayout:
    key: str
    title: str
    y0: float
    y1: float
    lane_top: float
    lane_count: int


@dataclass(frozen=True, slots=True)
class BandContent:
    """One band's marks and clusters for a window, in window pixels (window start = 0)."""

    marks: tuple[EventMark, ...]
    clusters: tuple[ClusterMark, ...]


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    width: float
    height: float
    viewport: Viewport
    lane_height: float
    axis_top: float
    axis: AxisTicks
    bands: tuple[BandLayout, ...]
    marks: tuple[EventMark, ...]  # only those on screen
    clusters: tuple[ClusterMark, ...]
    counted: bool  # some band was too dense to lay out event by event
    options: LayoutOptions

    def mark_at(self, x: float, y: float) -> EventMark | None:
        for mark in self.marks:
            if mark.y <= y < mark.y + self.lane_height and mark.left - 2 <= x <= mark.right + 2:
                return mark
        return None

    def cluster_at(self, x: float, y: float) -> ClusterMark | None:
        for cluster in self.clusters:
            if cluster.y <= y < cluster.y + self.lane_height and cluster.x0 - 2 <= x <= cluster.x1 + 2:
                return cluster
        return None

    def find_mark(self, event_id: str) -> EventMark | None:
        return next((m for m in self.marks if m.event_id == event_id), None)

    def cluster_holding(self, event_id: str) -> ClusterMark | None:
        return next((c for c in self.clusters if event_id in c.members), None)


def mark_kind(granularity: Granularity, duration: float) -> MarkKind:
    if granularity >= Granularity.DAY:
        return MarkKind.POINT if duration <= SECONDS_PER_DAY else MarkKind.RANGE
    return MarkKind.SPAN


def axis_height(measure: TextMeasure) -> float:
    """Tick marks, the tick labels, and the context line."""
    return 8 + 2 * measure.line_height + 6


def lane_height(measure: TextMeasure, options: LayoutOptions) -> float:
    return measure.line_height + options.lane_padding


def band_room(height: float, measure: TextMeasure, options: LayoutOptions = DEFAULT_OPTIONS) -> int:
    """How many bands of one titled lane fit: the caller folds groups beyond that."""
    usable = height - options.top_margin - axis_height(measure) - options.axis_gap
    per_band = lane_height(measure, options) + measure.line_height
    return max(1, int(usable // per_band))


def layout_timeline(
    bands: Sequence[BandSource],
    viewport: Viewport,
    width: float,
    height: float,
    measure: TextMeasure,
    options: LayoutOptions = DEFAULT_OPTIONS,
    *,
    cache: LayoutCache[Hashable, BandContent] | None = None,
    cache_token: Hashable = None,
    preferred_lanes: Mapping[str, int] | None = None,
    pinned: frozenset[str] = frozenset(),
) -> TimelineLayout:
    """Lay out the bands for this viewport in a width x height area.

    With a cache, lanes are computed for a window two viewports wide and reused while
    panning at the same zoom; `cache_token` must change whenever the events do.
    `preferred_lanes` (event id -> lane in its band, see `mark_lanes`) are the lanes of
    the layout shown before: events keep them where there is room, so zooming does not
    reshuffle the lanes.
    `pinned` events (the selection) get a label whatever the budget; the cache token must
    change with them.
    """
    width = max(width, 1.0)
    row = lane_height(measure, options)
    axis_top = height - axis_height(measure)
    axis = axis_ticks(viewport, width, measure.width)
    titled = options.band_titles and len(bands) > 1
    title_height = measure.line_height + 2 if titled else 0.0
    usable = axis_top - options.axis_gap - options.top_margin
    band_height = usable / max(len(bands), 1)
    scale = width / viewport.span

    if cache is not None:
        # A window two viewports wide on a grid of half a viewport always holds the view.
        grid = viewport.span / 2
        anchor = math.floor(viewport.start / grid) - 1
        window_start = anchor * grid
        window_end = window_start + 2 * viewport.span
    else:
        anchor, window_start, window_end = 0, viewport.start, viewport.end
    shift = (window_start - viewport.start) * scale  # window pixels -> view pixels

    # Zoom-independent facts per event, kept on the measure (they depend on its font) for as
    # long as these events are shown; new events (a new cache token) start afresh, so the
    # facts of a corpus no longer shown never keep its events alive.
    holder = measure.derived.setdefault("timeline_layout", {})
    events_key = cache_token if cache_token is not None else tuple(id(band.index) for band in bands)
    if holder.get("key") != events_key:
        holder["key"] = events_key
        holder["statics"] = {}
    statics: dict[int, _Static] = holder["statics"]

    band_layouts: list[BandLayout] = []
    marks: list[EventMark] = []
    clusters: list[ClusterMark] = []
    counted = False
    for number, band in enumerate(bands):
        y0 = options.top_margin + number * band_height
        lane_top = y0 + title_height
        lanes = lane_room(band_height - title_height, row)
        band_layouts.append(BandLayout(band.key, band.title, y0, y0 + band_height, lane_top, lanes))
        key = (cache_token, number, viewport.span, anchor, width, lanes, lane_top, pinned)
        content = cache.get(key) if cache is not None else None
        if content is None:
            content, dense = _band_content(
                band.index, window_start, window_end, scale, lanes, lane_top, row, number,
                measure, options, statics, preferred_lanes, viewport.span, pinned)
            if cache is not None:
                cache.put(key, content)
        else:
            dense = False
        counted = counted or dense or any(not c.members for c in content.clusters)
        _shift_visible(content, shift, width, viewport, marks, clusters, options.marker_radius)
    return TimelineLayout(
        width=width,
        height=height,
        viewport=viewport,
        lane_height=row,
        axis_top=axis_top,
        axis=axis,
        bands=tuple(band_layouts),
        marks=tuple(marks),
        clusters=tuple(clusters),
        counted=counted,
        options=options,
    )


def mark_lanes(layout: TimelineLayout) -> dict[str, int]:
    """Each drawn event's lane within its band: the preferred lanes of the next layout."""
    row = layout.lane_height
    tops = [band.lane_top for band in layout.bands]
    return {m.event_id: round((m.y - tops[m.band]) / row) for m in layout.marks if m.band < len(tops)}


def _shift_visible(
    content: BandContent, shift: float, width: float, viewport: Viewport,
    marks: list[EventMark], clusters: list[ClusterMark], radius: float,
) -> None:
    for m in content.marks:
        if m.right + shift < 0 or m.left + shift > width:
            continue
        mark_end = max(m.xp + radius, m.x1) if m.kind is MarkKind.POINT else m.x1
        if mark_end + shift < 0:
            # A day whose dot (and bracket) left the screen goes with its label, as a span
            # goes once its bar has left: a label is never shown without its mark.
            continue
        marks.append(EventMark(
            m.event_id, m.label, m.kind, m.granularity, m.x0 + shift, m.x1 + shift,
            m.xp + shift, m.y, m.left + shift, m.right + shift, m.label_x + shift,
            m.label_x_max + shift, m.label_width, m.full_width, m.source_count, m.conflict,
            m.implied, m.band))
    shown: list[ClusterMark] = []
    for c in content.clusters:
        x0, x1 = c.x0 + shift, c.x1 + shift
        if x0 > width:
            continue
        if x1 < 0:
            if c.t1 <= viewport.start:
                continue
            # Spans that began off to the left and still run on screen: the cluster
            # holds to the left edge, like a label of a long span.
            x0, x1 = 0.0, x1 - x0
        shown.append(ClusterMark(x0, x1, c.y, c.count, c.t0, c.t1, c.band, c.members))
    while len(shown) > 1 and shown[0].x0 == 0.0 and shown[1].x0 <= shown[0].x1:
        # A cluster held at the edge swallows those it now covers.
        first, second = shown[0], shown[1]
        members = first.members + second.members if first.members and second.members else ()
        shown[:2] = [ClusterMark(0.0, max(first.x1, second.x1), first.y,
                                 first.count + second.count, min(first.t0, second.t0),
                                 max(first.t1, second.t1), first.band, members)]
    clusters.extend(shown)


def badge_widths(measure: TextMeasure, options: LayoutOptions, sources: int,
                 conflict: bool) -> float:
    """Room for the badges after a label: the source count (when more than one) and conflict."""
    total = 0.0
    if sources > 1:
        total += options.badge_gap + measure.width(str(sources)) + 2 * options.badge_pad
    if conflict:
        total += options.badge_gap + measure.width("!") + 2 * options.badge_pad
    return total


def cluster_width(measure: TextMeasure, count: int, options: LayoutOptions) -> float:
    return measure.width(f"+{count}") + 2 * options.badge_pad + 6


# A candidate while laying out, as a tuple for speed (thousands per frame):
# (left, event index, right, x0, x1, xp, label_x, bar_end, label, label+badges width, kind)
_Candidate = tuple[float, int, float, float, float, float, float, float, str, float, MarkKind]
# Per event, what does not depend on the zoom:
# (event, label, label width, width with badges, kind, sources, implied, granularity)
_Static = tuple[Event, str, float, float, MarkKind, int, bool, Granularity]


def _static_info(event: Event, measure: TextMeasure, options: LayoutOptions) -> _Static:
    label, text_width = measure.elided(event.label, options.max_label_width)
    sources = event.source_count  # counted once: it walks the mentions
    extra = badge_widths(measure, options, sources, event.conflict)
    span = drawn_interval(event)
    kind = mark_kind(span.granularity, span.duration.total_seconds())
    return (event, label, text_width, text_width + extra, kind, sources,
            event.is_implied, event.interval.granularity)


def _band_content(
    index: EventIndex, t0: float, t1: float, scale: float, lanes: int, lane_top: float,
    row: float, band: int, measure: TextMeasure, options: LayoutOptions,
    statics: dict[int, _Static], preferred_lanes: Mapping[str, int] | None = None,
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
        if static is None or static[0] is not event:
            static = _static_info(event, measure, options)
            statics[id(event)] = static
        label, full_width, kind = static[1], static[3], static[4]
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
        return (left, i, right, x0, x1, xp, label_x, bar_end, label, full_width, kind)

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
        candidates.sort(key=lambda c: (c[10] is MarkKind.SPAN, c[0], c[1]))
        precise = sum(1 for c in candidates if c[10] is not MarkKind.SPAN)
    item_lanes = lanes - 1 if lanes > 1 else 1
    # Each covering span needs a lane to itself, so no more than the lanes are measured;
    # the narrowest (most telling) go first.
    covering.sort(key=lambda i: (ends[i] - starts[i], starts[i]))
    candidates.extend(candidate(i) for i in covering[:item_lanes])
    unmeasured = covering[item_lanes:]
    extents = [(c[0], c[2]) for c in candidates]
    clip = (-options.lane_gap, (t1 - t0) * scale + options.lane_gap)
    # Pack into all lanes but the bottom one, which the clusters get if anything overflows.
    # What fits in one lane less fits in all of them, so one packing pass is enough.
    preferred = None
    if preferred_lanes:
        preferred = [preferred_lanes.get(events[c[1]].event_id, OVERFLOW) for c in candidates]
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
        positions.sort(key=lambda position: candidates[position][0])
        y = lane_top + lane * row
        for k, position in enumerate(positions):
            (left, i, right, x0, x1, xp, label_x, bar_end, label, full_width,
             kind) = candidates[position]
            # How far right the label may slide to stay on screen, clear of the next item
            # in its lane: a span or range begun off-screen keeps its whole name at the left
            # edge while its bar shows, even past the bar's end (a label is never drawn cut);
            # a day's label stays by its dot (within its day, zoomed past a day).
            end = bar_end if kind is MarkKind.POINT else math.inf
            if k + 1 < len(positions):
                end = min(end, candidates[positions[k + 1]][0] - gap)
            event, _, label_width, _, _, sources, implied, granularity = statics[id(events[i])]
            marks.append(EventMark(
                event.event_id, label, kind, granularity, x0, x1, xp, y, left,
                right, label_x, max(label_x, end - full_width - pad), label_width, full_width,
                sources, event.conflict, implied, band))

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
        i = c[1]
        items.append((max(c[3], 0.0) if c[10] is not MarkKind.POINT else c[5], 1,
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
