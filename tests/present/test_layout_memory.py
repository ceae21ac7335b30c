"""A view's layouts over time: the last one reused while nothing changed, lanes kept as drawn."""

from __future__ import annotations

from datetime import date, datetime

from timeline.present.event_filter import NO_FILTER
from timeline.present.grouping import Grouping
from timeline.present.layout_memory import LayoutMemory
from timeline.present.story import KeyEvents
from timeline.present.synthetic_events import synthetic_events
from timeline.present.text_measure import fixed_width_measure
from timeline.present.time_scale import to_seconds
from timeline.present.timeline_content import TimelineContent
from timeline.present.timeline_layout import DEFAULT_OPTIONS, mark_lanes
from timeline.present.viewport import Viewport, pan

MEASURE = fixed_width_measure()
WEEK = Viewport(to_seconds(datetime(2021, 3, 1)), to_seconds(datetime(2021, 3, 8)))


def content() -> TimelineContent:
    made = TimelineContent()
    made.set_events(synthetic_events(300, years=1, first=date(2021, 1, 1), seed=5))
    made.refilter(NO_FILTER, KeyEvents())
    return made


def lay(memory: LayoutMemory, shown: TimelineContent, viewport: Viewport, width: float = 900.0):
    return memory.layout(shown, Grouping.NONE, viewport, width, 400.0, MEASURE, DEFAULT_OPTIONS, frozenset())


def test_the_last_layout_is_reused_until_the_viewport_or_the_size_changes():
    memory, shown = LayoutMemory(), content()
    first = lay(memory, shown, WEEK)
    assert lay(memory, shown, WEEK) is first
    assert lay(memory, shown, WEEK, width=800.0) is not first
    memory.forget()
    assert lay(memory, shown, WEEK, width=800.0).viewport == WEEK


def test_an_event_keeps_its_lane_when_the_view_pans_a_little():
    memory, shown = LayoutMemory(), content()
    before = mark_lanes(lay(memory, shown, WEEK))
    after = mark_lanes(lay(memory, shown, pan(WEEK, 3600.0)))
    both = before.keys() & after.keys()
    assert both and all(before[i] == after[i] for i in both)
