"""The timeline's state as a value: transitions are pure, and the project file round-trips it
(and still reads what older versions saved)."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from timeline.present.event_filter import NO_FILTER, EventFilter
from timeline.present.grouping import Grouping
from timeline.present.level_of_detail import build_index
from timeline.present.story import DEFAULT_KEY_EVENTS, KeyEvents
from timeline.present.synthetic_events import make_event
from timeline.present.time_scale import SECONDS_PER_DAY, to_seconds
from timeline.present.view_state import TimelineViewState, saved_viewport
from timeline.present.viewport import MIN_SPAN, Viewport, fit

EVENTS = (
    make_event("a", "Storm reaches the coast", date(2024, 3, 1)),
    make_event("b", "Bridge closes", date(2024, 3, 3)),
    make_event("c", "Repairs begin", date(2024, 3, 9)),
    make_event("far", "The bridge opened", date(1989, 6, 1)),
)
INDEX = build_index(EVENTS)
SHOWN = INDEX.rank_of


def seconds(day: date) -> float:
    return to_seconds(datetime(day.year, day.month, day.day))


MARCH = fit(seconds(date(2024, 3, 1)), seconds(date(2024, 3, 10)))


def test_select_keeps_only_shown_events_and_clears_the_rest():
    state = TimelineViewState(also_selected=("c",))
    assert state.select("b", SHOWN).selection == ("b",)
    assert state.select("gone", SHOWN).selection == ()
    assert state.select("", SHOWN).has_selection is False


def test_toggle_adds_as_current_then_takes_out():
    state = TimelineViewState().select("a", SHOWN).toggle("c", SHOWN)
    assert (state.selected, state.also_selected) == ("c", ("a",))
    state = state.toggle("c", SHOWN)
    assert state.selection == ("a",)
    assert state.toggle("not shown", SHOWN) is state


def test_step_walks_time_order_within_the_view_and_stops_at_the_ends():
    state = TimelineViewState(viewport=MARCH)
    first = state.step(INDEX, 1, None)
    assert first is not None and first.selected == "a"
    second = first.step(INDEX, 1, None)
    assert second is not None and second.selected == "b"
    assert second.step(INDEX, -1, None).selected == "a"  # back where it came from
    last = TimelineViewState(viewport=MARCH).select("c", SHOWN)
    assert last.step(INDEX, 1, None) is None  # never off to an outlier, never round
    assert first.step(INDEX, -1, None) is None


def test_step_reaches_into_the_story_when_the_view_shows_part_of_it():
    narrow = TimelineViewState(viewport=fit(seconds(date(2024, 3, 1)), seconds(date(2024, 3, 4))))
    at_b = narrow.select("b", SHOWN)
    assert at_b.step(INDEX, 1, None) is None
    story = (seconds(date(2024, 3, 1)), seconds(date(2024, 3, 10)))
    stepped = at_b.step(INDEX, 1, story)
    assert stepped is not None and stepped.selected == "c"


def test_prune_to_drops_what_a_filter_hid_and_keeps_the_order():
    state = TimelineViewState().select_many(["b", "a", "c"], SHOWN)
    pruned = state.prune_to({"a", "c"})
    assert (pruned.selected, pruned.also_selected) == ("", ("a", "c"))
    assert state.prune_to(SHOWN) is state


def test_zoom_keeps_the_anchor_still_and_stays_drawable():
    start = TimelineViewState(viewport=MARCH)
    anchor = MARCH.start + MARCH.span / 4
    zoomed = start.zoom(2.0, anchor)
    assert zoomed.viewport.span == pytest.approx(MARCH.span / 2)
    fraction = (anchor - zoomed.viewport.start) / zoomed.viewport.span
    assert fraction == pytest.approx(0.25)
    assert start.zoom(1e12, anchor).viewport.span == pytest.approx(MIN_SPAN)
    assert start == TimelineViewState(viewport=MARCH)  # frozen: the old state is untouched


def test_pan_moves_by_seconds_and_keeps_the_zoom():
    moved = TimelineViewState(viewport=MARCH).pan_by(SECONDS_PER_DAY)
    assert moved.viewport.start == pytest.approx(MARCH.start + SECONDS_PER_DAY)
    assert moved.viewport.span == pytest.approx(MARCH.span)


def test_json_round_trip_through_text():
    state = TimelineViewState(
        viewport=MARCH, selected="b", grouping=Grouping.OUTLET,
        event_filter=EventFilter(text="bridge", article_ids=frozenset({"x", "y"}),
                                 first_day=date(2024, 3, 1), last_day=None, min_sources=2),
        key_events=KeyEvents(top=5, min_importance=0.25, show_background=True, only=True))
    again = TimelineViewState.from_json(json.loads(json.dumps(state.to_json())))
    assert again == state


def test_reads_a_view_saved_before_the_state_object_existed():
    # Written by hand the way projects were saved before (same keys, no key events).
    old = {"selected_event": "c", "visible": [1709251200.0, 1710028800.0], "grouping": "article",
           "filter": {"text": "storm", "article_ids": ["a1"], "first_day": None,
                      "last_day": "2024-03-09", "min_sources": 0}}
    base = TimelineViewState(key_events=KeyEvents(top=3))
    state = TimelineViewState.from_json(old, base=base)
    assert state.viewport == Viewport(1709251200.0, 1710028800.0)
    assert state.grouping is Grouping.ARTICLE
    assert state.event_filter == EventFilter(text="storm", article_ids=frozenset({"a1"}),
                                             last_day=date(2024, 3, 9))
    assert state.selected == "c"
    assert state.key_events == DEFAULT_KEY_EVENTS  # none saved: the default, not base's


def test_unreadable_parts_keep_the_base_and_cost_only_themselves():
    base = TimelineViewState(viewport=MARCH, grouping=Grouping.TAG, event_filter=EventFilter(text="x"))
    raw = {"visible": [1e308, 1.7e308], "grouping": "by colour", "filter": {"first_day": "soon"},
           "key_events": {"top": "many"}, "selected_event": 7}
    state = TimelineViewState.from_json(raw, base=base)
    assert state.viewport == MARCH
    assert state.grouping is Grouping.TAG
    assert state.event_filter == EventFilter(text="x")
    assert state.key_events == DEFAULT_KEY_EVENTS
    assert saved_viewport(raw) is None
    assert TimelineViewState.from_json({}) == TimelineViewState()
    assert TimelineViewState().event_filter == NO_FILTER
