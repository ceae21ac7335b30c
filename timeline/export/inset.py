"""A zoomed inset for the week where key events crowd: the band splits into the story and the crowd.

A story of a year often has its key days within one week (the seeds: a warrant on
Friday, a state visit Monday to Wednesday, then an election a year later). On one axis
those days share a few pixels and their labels need a lane each. So when the band cannot
draw every event, the densest short stretch of them gets a band of its own under the main
one, over just that stretch; the main band keeps the rest and marks where the inset is.
The inset is kept only when it lets more events be drawn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.domain.event import Event
from timeline.export.band import BandRequest, shared_measure
from timeline.export.band_fit import FittedBand, drawn_ids, fit_band
from timeline.export.page_layout import Box
from timeline.export.scope import TimeRange
from timeline.present.briefing import densest_window, midpoint
from timeline.present.drawn_interval import drawn_interval
from timeline.present.time_scale import SECONDS_PER_DAY, from_seconds, to_seconds
from timeline.present.timeline_layout import DEFAULT_OPTIONS, axis_height, lane_height

WINDOW_SHARE = 1 / 15  # an inset looks at stretches this share of the span long...
MAX_INSET_SHARE = 1 / 4  # ...and is dropped when its events spread wider than this
MIN_INSET_EVENTS = 3
MIN_INSET_DAYS = 2.0  # an inset axis narrower than this shows hours nobody asked about
GAP_ROWS = 1.4  # between the bands, in lanes: room for the lines joining them
TALL_LANES = 60  # a box this many lanes tall lays out a briefing's events without clusters


@dataclass(frozen=True, slots=True)
class ArrangedBands:
    main: FittedBand
    inset: FittedBand | None = None

    @property
    def drawn(self) -> set[str]:
        ids = drawn_ids(self.main.layout)
        return ids | drawn_ids(self.inset.layout) if self.inset else ids

    def band_of(self, event: Event) -> FittedBand:
        inset = self.inset
        return inset if inset is not None and within(event, inset.span) else self.main

    def near(self, crowd: Sequence[Event], events: Sequence[Event]) -> list[Event]:
        """The crowd and the events sharing its room: on the same band, within a label's
        width of a crowd event. Dropping any of them makes room for the rest."""
        label = DEFAULT_OPTIONS.max_label_width + DEFAULT_OPTIONS.lane_gap
        reach: list[tuple[FittedBand, float, float]] = []
        for event in crowd:
            band = self.band_of(event)
            seconds_per_pixel = band.layout.viewport.span / max(band.layout.width, 1.0)
            reach.append((band, midpoint(event), label * seconds_per_pixel))
        found = [e for e in events if any(
            band is self.band_of(e) and abs(midpoint(e) - middle) <= far for band, middle, far in reach)]
        return found or list(crowd)


def arrange_bands(box: Box, events: tuple[Event, ...], numbers: tuple[int, ...], span: TimeRange,
                  zoom: float, lanes: BandRequest, *, widen: bool) -> ArrangedBands:
    """The main band alone when it draws every event; else with an inset where that helps."""
    whole = ArrangedBands(fit_band(box, events, numbers, span, zoom, lanes, widen=widen))
    if len(whole.drawn) == len(events):
        return whole
    window = inset_window(events, span)
    if window is None:
        return whole
    inside = [k for k, e in enumerate(events) if within(e, window)]
    outside = [k for k, e in enumerate(events) if not within(e, window)]

    def part(ks: list[int]) -> tuple[tuple[Event, ...], tuple[int, ...]]:
        return tuple(events[k] for k in ks), tuple(numbers[k] for k in ks)

    main_box, inset_box = split_box(box, zoom, lanes, span, window, part(outside), part(inside))
    if main_box is None or inset_box is None:
        return whole
    main = fit_band(main_box, *part(outside), span, zoom, lanes, widen=widen)
    inset = fit_band(inset_box, *part(inside), window, zoom, lanes, widen=True)
    split = ArrangedBands(main, inset)
    return split if len(split.drawn) >= len(whole.drawn) else whole


def within(event: Event, window: TimeRange) -> bool:
    span = drawn_interval(event)
    return window.start <= span.start and span.end <= window.end


def inset_window(events: tuple[Event, ...], span: TimeRange) -> TimeRange | None:
    """The densest short stretch of events, padded: None when no such crowd stands out."""
    length = span.duration.total_seconds()
    short = sorted((e for e in events if drawn_interval(e).duration.total_seconds() <= length * WINDOW_SHARE),
                   key=midpoint)
    mids = [midpoint(e) for e in short]
    found = densest_window(mids, length * WINDOW_SHARE)
    if found is None or found[1] - found[0] + 1 < MIN_INSET_EVENTS:
        return None
    crowd = short[found[0]:found[1] + 1]
    start = min(to_seconds(drawn_interval(e).start) for e in crowd)
    end = max(to_seconds(drawn_interval(e).end) for e in crowd)
    if end - start > length * MAX_INSET_SHARE:
        return None
    pad = max((end - start) * 0.08, SECONDS_PER_DAY / 4)
    start, end = start - pad, end + pad
    if end - start < MIN_INSET_DAYS * SECONDS_PER_DAY:
        middle = (start + end) / 2
        start, end = middle - MIN_INSET_DAYS * SECONDS_PER_DAY / 2, middle + MIN_INSET_DAYS * SECONDS_PER_DAY / 2
    return TimeRange(from_seconds(start), from_seconds(end))


def lanes_needed(fitted: FittedBand) -> int:
    """Lanes a band laid out in a very tall box uses (every event in a lane of its own)."""
    rows = {round(m.y) for m in fitted.layout.marks}
    return max(len(rows), 1)


def split_box(box: Box, zoom: float, lanes: BandRequest, span: TimeRange, window: TimeRange,
              outside: tuple[tuple[Event, ...], tuple[int, ...]],
              inside: tuple[tuple[Event, ...], tuple[int, ...]]) -> tuple[Box | None, Box | None]:
    """The main band's box on top and the inset's below, each as tall as its lanes need,
    what is left shared in proportion; (None, None) when two bands cannot both fit."""
    measure = shared_measure()
    row = lane_height(measure, DEFAULT_OPTIONS)
    fixed = DEFAULT_OPTIONS.top_margin + axis_height(measure) + DEFAULT_OPTIONS.axis_gap
    tall = Box(box.x, box.y, box.width, (fixed + TALL_LANES * row) * zoom)
    need_main = lanes_needed(fit_band(tall, *outside, span, zoom, lanes, widen=False)) if outside[0] else 1
    need_inset = lanes_needed(fit_band(tall, *inside, window, zoom, lanes, widen=True))
    gap = GAP_ROWS * row * zoom
    # A spare lane each: the bottom lane of a band is kept for clusters.
    wanted_main = (fixed + (need_main + 1) * row) * zoom
    wanted_inset = (fixed + (need_inset + 1) * row) * zoom
    room = box.height - gap
    smallest = (fixed + 2 * row) * zoom
    if room < 2 * smallest:
        return None, None
    share = wanted_main / (wanted_main + wanted_inset)
    main_height = min(max(room * share, smallest), room - smallest)
    main = Box(box.x, box.y, box.width, main_height)
    inset = Box(box.x, box.y + main_height + gap, box.width, room - main_height)
    return main, inset
