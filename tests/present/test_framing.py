"""Where the view goes, without Qt: fits leave room for labels, a revealed event shows its label."""

from __future__ import annotations

from datetime import date

from timeline.present.event_filter import NO_FILTER
from timeline.present.framing import fit_all_view, label_extent, revealing
from timeline.present.grouping import Grouping
from timeline.present.layout_memory import LayoutMemory
from timeline.present.level_of_detail import build_index
from timeline.present.story import KeyEvents
from timeline.present.synthetic_events import make_event, synthetic_events
from timeline.present.text_measure import fixed_width_measure
from timeline.present.timeline_content import TimelineContent
from timeline.present.timeline_layout import DEFAULT_OPTIONS
from timeline.present.view_state import TimelineViewState
from timeline.present.viewport import Viewport

MEASURE = fixed_width_measure()
WIDTH, HEIGHT = 1000.0, 400.0


def test_fit_all_leaves_room_for_the_last_label_before_the_right_edge():
    events = (make_event("first", "Talks open", date(2024, 1, 1)),
              make_event("last", "A very long label for the final event of the story", date(2024, 1, 31)))
    index = build_index(events)
    view = fit_all_view(index, MEASURE, WIDTH)
    assert view is not None
    label_at, label_width = label_extent(index, index.time_order[-1], MEASURE)
    assert view.x_of(label_at, WIDTH) + label_width <= WIDTH
    assert fit_all_view(build_index(()), MEASURE, WIDTH) is None


def test_revealing_an_event_hidden_in_a_crowd_zooms_in_until_it_has_its_label():
    content = TimelineContent()
    content.set_events(synthetic_events(2000, years=2, first=date(2022, 1, 1), seed=11))
    content.refilter(NO_FILTER, KeyEvents(top=0))
    memory = LayoutMemory()
    pinned: set[str] = set()  # the selected event, kept in view by the layout once chosen

    def layout_for(viewport: Viewport):
        return memory.layout(content, Grouping.NONE, viewport, WIDTH, HEIGHT, MEASURE, DEFAULT_OPTIONS,
                             frozenset(pinned))

    first_start = content.index.first_start or 0.0
    last_end = content.index.last_end or 0.0
    wide = TimelineViewState(viewport=Viewport(first_start, last_end))
    hidden = [e.event_id for e in content.shown if layout_for(wide.viewport).find_mark(e.event_id) is None]
    assert hidden, "two years of 2,000 events leave some without a mark"
    target = hidden[len(hidden) // 2]
    pinned.add(target)
    shown = revealing(wide, target, content.seconds(target), layout_for, WIDTH, HEIGHT)
    assert shown.viewport.span < wide.viewport.span
    mark = layout_for(shown.viewport).find_mark(target)
    assert mark is not None and mark.label
    assert revealing(wide, target, content.seconds(target), layout_for, 0, 0).viewport.span <= wide.viewport.span
