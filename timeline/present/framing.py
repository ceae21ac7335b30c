"""Where the view goes to show something: every event, the story, one event with its label.

Pure geometry over an event index and a text measure, so the widget only asks for a
viewport and shows it. Fits leave room for the labels near the right edge (a fit that cut
the last event's name would hide what the analyst asked to see).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

from timeline.present.level_of_detail import EventIndex, overlapping
from timeline.present.story import KeyEvents, fit_story_labels
from timeline.present.text_measure import TextMeasure
from timeline.present.timeline_layout import (
    DEFAULT_OPTIONS,
    LayoutOptions,
    MarkKind,
    TimelineLayout,
    badge_widths,
    mark_kind,
)
from timeline.present.view_state import TimelineViewState
from timeline.present.viewport import (
    MIN_SPAN,
    Viewport,
    centre_on,
    ensure_visible,
    fit,
    fit_with_label,
    pan_pixels,
    zoom_around,
)

STORY_MARGIN = 0.04
# A label (at most 260 px and its badges) can only run off the right edge of a view a
# thousand pixels wide or more when it starts in this last share of it.
RIGHT_STRIP = 0.4
REVEAL_ZOOM_STEPS = 16  # zooming in by two this often parts any two events hours apart


def label_extent(index: EventIndex, i: int, measure: TextMeasure,
                 options: LayoutOptions = DEFAULT_OPTIONS) -> tuple[float, float]:
    """Where event i's label starts (seconds) and how wide it is with its marker's side
    and badges (pixels): what a fit must leave room for at the right edge."""
    start, end = index.starts[i], index.ends[i]
    event = index.events[i]
    kind = mark_kind(event.interval.granularity if event.extent is None else event.extent.granularity,
                     end - start)
    label_at = (start + end) / 2 if kind is MarkKind.POINT else start
    text_width = measure.elided(event.label, options.max_label_width)[1]
    label_width = (options.marker_radius + options.label_pad + text_width
                   + badge_widths(measure, options, event.source_count, event.conflict))
    return label_at, label_width


def fit_all_view(index: EventIndex, measure: TextMeasure, width: float) -> Viewport | None:
    """Every event in view, with room for the last event's label; None without events."""
    if not len(index):
        return None
    label_at, label_width = label_extent(index, index.time_order[-1], measure)
    return fit_with_label(index.first_start or 0.0, index.last_end or 0.0, label_at, label_width, width)


def fit_story_view(span: tuple[float, float], index: EventIndex, setting: KeyEvents,
                   measure: TextMeasure, width: float) -> Viewport:
    """The story's span (where its articles and key events are), with room for the labels
    of the key events near its end."""
    plain = fit(span[0], span[1], margin=STORY_MARGIN)
    # Only a label starting in the right part of the view can run off its edge: the
    # budget's worth of the most important of the story there, as the layout labels
    # them (a partial sort: the story of a large corpus holds most of its events).
    found = overlapping(index, max(span[0], plain.end - RIGHT_STRIP * plain.span), span[1])
    top = setting.top or len(found)
    labels = [label_extent(index, i, measure)
              for i in heapq.nsmallest(top, found, key=index.importance_rank.__getitem__)
              if index.events[i].importance >= setting.min_importance]
    return fit_story_labels(span[0], span[1], labels, width, margin=STORY_MARGIN)


def revealing(state: TimelineViewState, event_id: str, seconds: tuple[float, float],
              layout_for: Callable[[Viewport], TimelineLayout], width: float, height: float
              ) -> TimelineViewState:
    """The state moved to show the event (over `seconds`) with its label: pan to it; zoom
    out when it is longer than the view (a big event seen from a day), else zoom in while
    it is hidden in a cluster; then pan left when its label runs past the right edge.
    `layout_for` lays out a viewport at the view's size (none to ask when it has no area)."""
    start, end = seconds
    middle = (start + end) / 2
    if end - start > state.viewport.span * 0.8:
        state = state.show(fit(start, end, margin=0.15))
    else:
        state = state.show(ensure_visible(state.viewport, start, end))
    if width <= 0 or height <= 0:
        return state
    for _ in range(REVEAL_ZOOM_STEPS):
        if layout_for(state.viewport).find_mark(event_id) is not None:
            break
        if state.viewport.span <= max(MIN_SPAN, 1.5 * (end - start)):
            break  # zooming further cannot part it from its neighbours
        state = state.show(centre_on(zoom_around(state.viewport, 2.0, middle), middle))
    if layout_for(state.viewport).find_mark(event_id) is None:
        state = state.show(fit(start, end, margin=0.3))
    return _with_room_for_label(state, event_id, layout_for, width)


def _with_room_for_label(state: TimelineViewState, event_id: str,
                         layout_for: Callable[[Viewport], TimelineLayout], width: float) -> TimelineViewState:
    """Pan left when the event's label runs past the right edge (the painter draws it
    anyway, cut): as far as the label needs, never pushing the label off the left."""
    mark = layout_for(state.viewport).find_mark(event_id)
    if mark is None:
        return state
    pad = DEFAULT_OPTIONS.label_pad
    label_x = min(max(mark.label_x, pad), mark.label_x_max)
    overflow = label_x + mark.full_width + pad - width
    if overflow <= 0:
        return state
    return state.show(pan_pixels(state.viewport, -min(overflow, max(label_x - pad, 0.0)), width))
