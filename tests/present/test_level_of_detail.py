"""Clipping with bisect finds exactly what a full scan finds, and steps follow time order."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.present.level_of_detail import (
    LayoutCache,
    build_index,
    count_by_midpoint,
    count_overlapping,
    neighbour_in_time,
    overlapping,
)
from timeline.present.synthetic_events import make_event, synthetic_events
from timeline.present.time_scale import SECONDS_PER_DAY, to_seconds

EVENTS = synthetic_events(800, years=3, first=date(2020, 1, 1), seed=3)
INDEX = build_index(EVENTS)
FIRST = INDEX.first_start or 0.0


@settings(max_examples=60, deadline=None)
@given(offset=st.floats(-30, 1200), days=st.floats(0.01, 400))
def test_clipping_matches_a_full_scan(offset, days):
    t0 = FIRST + offset * SECONDS_PER_DAY
    t1 = t0 + days * SECONDS_PER_DAY
    expected = {i for i, e in enumerate(EVENTS)
                if to_seconds(e.interval.start) < t1 and t0 < to_seconds(e.interval.end)}
    assert set(overlapping(INDEX, t0, t1)) == expected
    assert count_overlapping(INDEX, t0, t1) == len(expected)


def test_column_counts_add_up_to_the_events_centred_in_the_range():
    edges = [FIRST + k * 30 * SECONDS_PER_DAY for k in range(40)]
    counts = count_by_midpoint(INDEX, edges)
    inside = sum(1 for m in INDEX.mids if edges[0] <= m < edges[-1])
    assert sum(counts) == inside
    assert len(counts) == len(edges) - 1


def test_stepping_walks_every_event_in_time_order_and_stops_at_the_ends():
    seen = []
    current = neighbour_in_time(INDEX, None, 1)
    while current is not None:
        seen.append(current)
        current = neighbour_in_time(INDEX, current, 1)
    assert len(seen) == len(EVENTS)
    starts = [INDEX.starts[INDEX.events.index(next(e for e in EVENTS if e.event_id == i))]
              for i in seen[:50]]
    assert starts == sorted(starts)
    assert neighbour_in_time(INDEX, seen[0], -1) is None
    assert neighbour_in_time(INDEX, seen[-1], -1) == seen[-2]


def test_events_starting_together_are_stepped_top_to_bottom_as_drawn_not_by_id():
    day = date(2023, 3, 20)
    # Ids sort the other way round from the order given, which is the order lanes fill.
    together = [make_event(f"z{k}", f"event {k}", day) for k in range(3)] + [
        make_event("a-next", "next day", date(2023, 3, 21))]
    index = build_index([make_event("a-before", "day before", date(2023, 3, 19)), *together])

    def walk(drawn_row=None):
        seen, current = [], neighbour_in_time(index, None, 1, drawn_row=drawn_row)
        while current is not None:
            seen.append(current)
            current = neighbour_in_time(index, current, 1, drawn_row=drawn_row)
        return seen

    assert walk() == ["a-before", "z0", "z1", "z2", "a-next"]
    # Drawn lanes rule where they are known (z2 drawn above z0; z1 not drawn: last).
    drawn = {"z2": 10.0, "z0": 40.0}
    assert walk(drawn) == ["a-before", "z2", "z0", "z1", "a-next"]
    assert neighbour_in_time(index, "a-next", -1, drawn_row=drawn) == "z1"
    assert neighbour_in_time(index, "z2", -1, drawn_row=drawn) == "a-before"
    assert neighbour_in_time(index, "a-before", 2, drawn_row=drawn) == "z0"
    assert neighbour_in_time(index, None, -1, drawn_row=drawn) == "a-next"


def test_cache_keeps_the_most_recent():
    cache: LayoutCache[int, str] = LayoutCache(2)
    cache.put(1, "a")
    cache.put(2, "b")
    assert cache.get(1) == "a"
    cache.put(3, "c")
    assert cache.get(2) is None and cache.get(1) == "a" and cache.get(3) == "c"
