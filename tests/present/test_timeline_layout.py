"""The timeline layout: marks at their dates, labels apart, crowds counted, lanes stable."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.present.grouping import ArticleInfo, Grouping, fold_small_groups, group_events
from timeline.present.level_of_detail import LayoutCache, build_index, count_overlapping
from timeline.present.synthetic_events import make_event, synthetic_events
from timeline.present.text_measure import fixed_width_measure
from timeline.present.time_scale import to_seconds
from timeline.present.timeline_layout import (
    BandSource,
    LayoutOptions,
    MarkKind,
    layout_timeline,
    mark_lanes,
)
from timeline.present.viewport import Viewport, pan

MEASURE = fixed_width_measure()


def viewport(first: date, last: date) -> Viewport:
    return Viewport(to_seconds(datetime.combine(first, datetime.min.time())),
                    to_seconds(datetime.combine(last, datetime.min.time())))


def layout(events, view, width=1000.0, height=400.0, **kwargs):
    return layout_timeline([BandSource("", "", build_index(events))], view, width, height,
                           MEASURE, **kwargs)


def x_of(view: Viewport, day: date, width=1000.0) -> float:
    return view.x_of(to_seconds(datetime.combine(day, datetime.min.time())), width)


def test_a_day_is_a_point_a_month_a_span_over_the_whole_month_and_a_visit_a_range():
    events = [
        make_event("day", "Kremlin meeting", date(2023, 3, 20)),
        make_event("month", "Re-election", date(2023, 3, 1), Granularity.MONTH,
                   last=date(2023, 3, 31)),
        make_event("visit", "Three-day visit", date(2023, 3, 20), last=date(2023, 3, 22)),
    ]
    view = viewport(date(2023, 2, 15), date(2023, 4, 15))
    marks = {m.event_id: m for m in layout(events, view).marks}
    assert marks["day"].kind is MarkKind.POINT
    assert marks["day"].xp == pytest.approx((x_of(view, date(2023, 3, 20))
                                             + x_of(view, date(2023, 3, 21))) / 2)
    month = marks["month"]
    assert month.kind is MarkKind.SPAN
    assert month.x0 == pytest.approx(x_of(view, date(2023, 3, 1)))
    assert month.x1 == pytest.approx(x_of(view, date(2023, 4, 1)))
    assert marks["visit"].kind is MarkKind.RANGE
    assert marks["visit"].x1 == pytest.approx(x_of(view, date(2023, 3, 23)))


def test_a_day_event_with_a_duration_is_a_range_from_its_day():
    meeting = make_event("meeting", "Putin receives Xi", date(2023, 3, 20))
    extent = TimeInterval.for_dates(date(2023, 3, 20), date(2023, 3, 22), Granularity.DAY)
    view = viewport(date(2023, 3, 10), date(2023, 3, 30))
    [plain] = layout([meeting], view).marks
    [ranged] = layout([replace(meeting, extent=extent)], view).marks
    assert plain.kind is MarkKind.POINT
    assert ranged.kind is MarkKind.RANGE
    assert ranged.x0 == pytest.approx(x_of(view, date(2023, 3, 20)))
    assert ranged.x1 == pytest.approx(x_of(view, date(2023, 3, 23)))


def test_marks_in_one_lane_never_overlap():
    events = synthetic_events(300, years=1, first=date(2020, 1, 1))
    view = viewport(date(2020, 3, 1), date(2020, 5, 1))
    result = layout(events, view)
    gap = LayoutOptions().lane_gap
    by_lane: dict[float, list] = {}
    for mark in result.marks:
        by_lane.setdefault(mark.y, []).append(mark)
    assert len(by_lane) > 1
    for marks in by_lane.values():
        marks.sort(key=lambda m: m.left)
        for first, second in itertools.pairwise(marks):
            assert first.right + gap <= second.left + 1e-6
            # A label slid on screen still ends before the next item starts.
            assert first.label_x_max + first.full_width <= second.left


def test_every_event_in_view_is_either_drawn_or_counted_in_a_cluster():
    events = synthetic_events(400, years=1, first=date(2020, 1, 1))
    view = viewport(date(2020, 2, 1), date(2020, 4, 1))
    result = layout(events, view, height=200.0)
    index = build_index(events)
    in_view = count_overlapping(index, view.start, view.end)
    assert result.clusters, "200 pixels cannot hold this many: some must be gathered"
    drawn = {m.event_id for m in result.marks}
    gathered = [event_id for c in result.clusters for event_id in c.members]
    assert not drawn.intersection(gathered)
    assert len(drawn) + len(gathered) == in_view
    assert sum(c.count for c in result.clusters) == len(gathered)


def test_a_cluster_opens_onto_the_time_of_its_members():
    events = [make_event(f"e{k}", f"Event number {k}", date(2021, 6, 10)) for k in range(12)]
    view = viewport(date(2021, 1, 1), date(2022, 1, 1))
    result = layout(events, view, height=120.0)
    [cluster] = result.clusters
    assert cluster.t0 <= to_seconds(datetime(2021, 6, 10))
    assert cluster.t1 >= to_seconds(datetime(2021, 6, 11))
    assert cluster.count + len(result.marks) == 12


def test_too_many_events_are_counted_per_column_without_laying_each_out():
    events = synthetic_events(5000, years=5, first=date(2015, 1, 1))
    view = viewport(date(2014, 12, 1), date(2020, 2, 1))
    result = layout(events, view, options=LayoutOptions(detail_limit=500))
    assert result.counted
    total = sum(c.count for c in result.clusters) + len(result.marks)
    assert 0.9 * len(events) <= total <= len(events)


def test_zoomed_onto_a_day_its_events_get_lanes_before_year_long_spans():
    years = [make_event(f"y{k}", f"Year theme {k}", date(2020, 1, 1), Granularity.YEAR,
                        last=date(2020, 12, 31)) for k in range(30)]
    days = [make_event(f"d{k}", f"Day event {k}", date(2020, 6, 10)) for k in range(5)]
    view = viewport(date(2020, 6, 9), date(2020, 6, 12))
    result = layout(years + days, view, height=240.0)  # 7 lanes: 6 for events, 1 for clusters
    drawn = {m.event_id for m in result.marks}
    assert {f"d{k}" for k in range(5)} <= drawn
    assert any(c.count > 1 for c in result.clusters)


def test_a_long_span_begun_off_screen_keeps_its_label_on_screen():
    events = [make_event("y", "The whole year", date(2020, 1, 1), Granularity.YEAR,
                         last=date(2020, 12, 31))]
    view = viewport(date(2020, 6, 1), date(2020, 7, 1))
    [mark] = layout(events, view).marks
    assert mark.label_x < 0 < mark.label_x_max


def test_panning_at_one_zoom_reuses_the_lanes():
    events = synthetic_events(300, years=1, first=date(2020, 1, 1))
    bands = [BandSource("", "", build_index(events))]
    cache: LayoutCache = LayoutCache()
    view = viewport(date(2020, 3, 1), date(2020, 3, 15))
    first = layout_timeline(bands, view, 1000, 400, MEASURE, cache=cache, cache_token=1)
    moved = pan(view, view.span * 0.2)
    second = layout_timeline(bands, moved, 1000, 400, MEASURE, cache=cache, cache_token=1)
    assert len(cache) == 1
    lanes_before = {m.event_id: m.y for m in first.marks}
    shift = view.span * 0.2 * 1000 / view.span
    for mark in second.marks:
        if mark.event_id in lanes_before:
            assert mark.y == lanes_before[mark.event_id]
            assert mark.x0 == pytest.approx(
                next(m.x0 for m in first.marks if m.event_id == mark.event_id) - shift)


def test_zooming_in_and_out_keeps_each_event_in_its_lane():
    events = synthetic_events(300, years=1, first=date(2020, 1, 1), seed=11)
    bands = [BandSource("", "", build_index(events))]
    centre = to_seconds(datetime(2020, 3, 20))
    zoom_in = [40 * 86400 / 1.4**k for k in range(8)]
    steps = [(span, True) for span in zoom_in] + [(span, False) for span in zoom_in[-2::-1]]
    shown: dict[str, int] = {}
    moved = kept = 0
    for span, zooming_in in steps:
        view = Viewport(centre - span / 2, centre + span / 2)
        result = layout_timeline(bands, view, 1000, 400, MEASURE, preferred_lanes=shown)
        lanes = mark_lanes(result)
        for event_id, lane in lanes.items():
            if event_id in shown:
                if lane == shown[event_id]:
                    kept += 1
                else:
                    moved += 1
                    assert not zooming_in, f"{event_id} changed lane while zooming in"
        shown.update(lanes)
    assert kept > 100
    assert moved <= kept // 20, "zooming out moves an event only when its lane has no room"


def test_a_day_whose_dot_left_the_screen_leaves_with_its_label():
    events = [make_event("day", "A day with a long label to carry", date(2020, 6, 10)),
              make_event("month", "A month", date(2020, 6, 1), Granularity.MONTH, last=date(2020, 6, 30))]
    day_end = to_seconds(datetime(2020, 6, 11))
    view = Viewport(day_end + 3600, day_end + 3600 + 10 * 86400)  # the day just off the left edge
    drawn = {m.event_id: m for m in layout(events, view).marks}
    assert "day" not in drawn, "no label cut at the edge or shown without its dot"
    month = drawn["month"]
    assert month.label_x < 0 <= month.label_x_max, "a span on screen keeps its whole label at the edge"
    after_june = Viewport(to_seconds(datetime(2020, 7, 1)) + 3600, to_seconds(datetime(2020, 7, 9)))
    assert "month" not in {m.event_id for m in layout(events, after_june).marks}, "its bar has left"
    earlier = Viewport(day_end - 86400 / 2, day_end - 86400 / 2 + 10 * 86400)  # its dot on screen
    assert "day" in {m.event_id for m in layout(events, earlier).marks}


def test_lanes_by_article_show_an_event_in_each_article_that_reports_it():
    shared = make_event("s", "Shared", date(2023, 3, 20), articles=("a", "b"))
    only_a = make_event("a1", "Only A", date(2023, 3, 21), articles=("a",))
    groups = group_events([shared, only_a], Grouping.ARTICLE,
                          {"a": ArticleInfo("Reuters piece"), "b": ArticleInfo("AP piece")})
    assert [(g.title, [e.event_id for e in g.events]) for g in groups] == [
        ("Reuters piece", ["s", "a1"]), ("AP piece", ["s"])]
    bands = [BandSource(g.key, g.title, build_index(g.events)) for g in groups]
    view = viewport(date(2023, 3, 15), date(2023, 3, 25))
    result = layout_timeline(bands, view, 1000, 400, MEASURE)
    assert sorted((m.band, m.event_id) for m in result.marks) == [(0, "a1"), (0, "s"), (1, "s")]
    assert result.bands[0].y1 <= result.bands[1].y0 + 1e-6


def test_bands_beyond_the_room_fold_into_one():
    events = [make_event(f"e{k}", "x", date(2023, 1, 1) + timedelta(days=k),
                         articles=(f"art{k}",)) for k in range(10)]
    groups = group_events(events, Grouping.ARTICLE, {})
    folded = fold_small_groups(groups, 4)
    assert len(folded) == 4
    assert folded[-1].title == "7 more" and len(folded[-1].events) == 7


def test_labels_are_elided_to_the_maximum_width():
    long = make_event("l", "A" * 200, date(2023, 3, 20))
    [mark] = layout([long], viewport(date(2023, 3, 1), date(2023, 4, 1))).marks
    assert mark.label.endswith("…")
    assert mark.label_width <= LayoutOptions().max_label_width


def test_spans_crowded_out_off_screen_are_still_counted_at_the_left_edge():
    spans = [make_event(f"y{k}", f"Year theme {k}", date(2020, 1, 1), Granularity.YEAR,
                        last=date(2020, 12, 31)) for k in range(12)]
    bands = [BandSource("", "", build_index(spans))]
    view = viewport(date(2020, 6, 10), date(2020, 6, 11))
    result = layout_timeline(bands, view, 1000, 200, MEASURE, cache=LayoutCache(), cache_token=1)
    assert len(result.marks) + sum(c.count for c in result.clusters) == 12
    assert result.clusters[0].x0 == 0.0


def test_events_on_consecutive_days_can_share_a_lane_when_zoomed_in():
    events = [make_event("a", "A", date(2023, 3, 20)), make_event("b", "B", date(2023, 3, 21))]
    view = viewport(date(2023, 3, 19), date(2023, 3, 23))  # 250 pixels a day
    marks = {m.event_id: m for m in layout(events, view).marks}
    assert marks["a"].y == marks["b"].y


def test_the_one_event_that_finds_no_lane_takes_the_cluster_lane_when_nothing_else_needs_it():
    view = viewport(date(2021, 1, 1), date(2022, 1, 1))
    three = [make_event(f"e{k}", f"Event number {k}", date(2021, 6, 10)) for k in range(3)]
    result = layout(three, view, height=140.0)  # three lanes: one is kept for clusters
    assert len({m.y for m in result.marks}) == 3
    assert not result.clusters and {m.event_id for m in result.marks} == {"e0", "e1", "e2"}


def test_events_that_cannot_share_the_last_lane_are_still_counted_there():
    view = viewport(date(2021, 1, 1), date(2022, 1, 1))
    four = [make_event(f"e{k}", f"Event number {k}", date(2021, 6, 10)) for k in range(4)]
    result = layout(four, view, height=140.0)
    [cluster] = result.clusters
    assert cluster.count == 2 and len(result.marks) == 2
    assert cluster.y > max(m.y for m in result.marks)


def test_events_below_the_importance_floor_get_no_label_but_are_counted():
    view = viewport(date(2021, 1, 1), date(2022, 1, 1))
    events = [replace(make_event(f"e{k}", f"Event {k}", date(2021, 2 + k, 10)), importance=k / 10)
              for k in range(6)]
    result = layout(events, view, options=LayoutOptions(label_min_importance=0.3))
    assert {m.event_id for m in result.marks} == {"e3", "e4", "e5"}
    assert sum(c.count for c in result.clusters) == 3
    pinned = layout(events, view, options=LayoutOptions(label_min_importance=0.3), pinned=frozenset({"e0"}))
    assert "e0" in {m.event_id for m in pinned.marks}
