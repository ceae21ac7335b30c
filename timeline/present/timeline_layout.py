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

import math
from collections.abc import Hashable, Mapping, Sequence

from timeline.present.band_content import StaticInfo, band_content, label_budget_split
from timeline.present.lanes import lane_room
from timeline.present.layout_model import (
    DEFAULT_OPTIONS,
    BandContent,
    BandLayout,
    BandSource,
    ClusterMark,
    EventMark,
    LayoutOptions,
    MarkKind,
    TimelineLayout,
    axis_height,
    badge_widths,
    band_room,
    cluster_width,
    lane_height,
    mark_kind,
)
from timeline.present.level_of_detail import LayoutCache
from timeline.present.text_measure import TextMeasure
from timeline.present.ticks import axis_ticks
from timeline.present.viewport import Viewport


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
    statics: dict[int, StaticInfo] = holder["statics"]

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
            content, dense = band_content(
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


# The layout's types and sizes live in layout_model; they are named here too, where
# callers have always found them beside layout_timeline.
__all__ = [
    "DEFAULT_OPTIONS", "BandContent", "BandLayout", "BandSource", "ClusterMark", "EventMark",
    "LayoutOptions", "MarkKind", "TimelineLayout", "axis_height", "badge_widths", "band_room",
    "cluster_width", "label_budget_split", "lane_height", "layout_timeline", "mark_kind", "mark_lanes",
]
