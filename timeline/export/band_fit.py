"""One band of a briefing page laid out at the page's type size: every label whole or elided, never cut.

The band is laid out at one zoom (the page's type; it never shrinks below it, so printed
labels stay at least 9 pt). When the span is ours to choose it widens to the right until
the last labels end inside the band; when the analyst chose it, a label that would run
past the band's right edge is elided there instead (its note holds the whole label).
`drawn_ids` says which events a reader actually sees: a mark whose label the painter can
draw whole, not an event gathered in a cluster.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from timeline.domain.event import Event
from timeline.export.band import BandRequest, PreparedBand, band_layout, shared_measure
from timeline.export.page_layout import Box
from timeline.export.scope import TimeRange
from timeline.present.timeline_layout import EventMark, TimelineLayout

EDGE_MARGIN = 8.0  # layout pixels kept free between a label's end and the band's edge
ELIDE_ROUNDS = 3  # eliding one label can move its neighbours' lanes: settle it


@dataclass(frozen=True, slots=True)
class FittedBand:
    """A band's layout in its page box: `zoom` page units per layout pixel."""

    box: Box
    layout: TimelineLayout
    zoom: float
    span: TimeRange


def label_left(mark: EventMark, layout: TimelineLayout) -> float:
    """Where the painter draws the label (see render.timeline_painter._Painter.label_x)."""
    return min(max(mark.label_x, layout.options.label_pad), mark.label_x_max)


def drawn_ids(layout: TimelineLayout) -> set[str]:
    """Events drawn with their label: the painter leaves out a label pushed off the left edge."""
    return {m.event_id for m in layout.marks if label_left(m, layout) >= 0}


def fit_band(box: Box, events: tuple[Event, ...], numbers: tuple[int, ...], span: TimeRange,
             zoom: float, lanes: BandRequest, *, widen: bool) -> FittedBand:
    """Lay out `events` (numbered for their notes) over `span` in `box` at `zoom`."""
    prepared = PreparedBand.build(events, numbers, lanes)
    layout = band_layout(box, prepared, span, zoom=zoom)
    if widen:
        wider = widened_for_labels(layout, span)
        if wider != span:
            span = wider
            layout = band_layout(box, prepared, span, zoom=zoom)
    for _ in range(ELIDE_ROUNDS):
        shorter = elided_at_edge(layout, prepared)
        if shorter is None:
            break
        prepared = shorter
        layout = band_layout(box, prepared, span, zoom=zoom)
    return FittedBand(box, layout, zoom, span)


def elided_at_edge(layout: TimelineLayout, prepared: PreparedBand) -> PreparedBand | None:
    """The band's events with each label that runs past the right edge elided to end there;
    None when every label already ends inside."""
    measure = shared_measure()
    room: dict[str, float] = {}
    for mark in layout.marks:
        end = label_left(mark, layout) + mark.full_width
        if end > layout.width - EDGE_MARGIN / 2:
            badges = mark.full_width - mark.label_width
            room[mark.event_id] = max(layout.width - EDGE_MARGIN - label_left(mark, layout) - badges, 0.0)
    if not room:
        return None
    events = tuple(
        replace(e, label=measure.elided(e.label, room[e.event_id])[0]) if e.event_id in room else e
        for e in prepared.events)
    return PreparedBand(events, prepared.request)


def widened_for_labels(layout: TimelineLayout, span: TimeRange) -> TimeRange:
    """The span stretched to the right just enough that the last labels end inside the band.

    A label has a fixed width in pixels while its start moves with the scale, so the
    needed duration is exact: D' = t * W / (W - w) for a label starting t after the start.
    """
    width = layout.width
    duration = span.duration.total_seconds()
    needed = duration
    for mark in layout.marks:
        right = mark.label_x + mark.full_width + EDGE_MARGIN
        if right > width and width - mark.full_width - EDGE_MARGIN > width * 0.2:
            start_seconds = max(mark.label_x, 0.0) / width * duration
            needed = max(needed, start_seconds * width / (width - mark.full_width - EDGE_MARGIN))
    if needed <= duration:
        return span
    return TimeRange(span.start, span.start + timedelta(seconds=min(needed, 3 * duration)))
