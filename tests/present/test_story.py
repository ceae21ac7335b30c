"""The story's span, key events, the label budget and stepping: pure functions, hand-made events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.present.level_of_detail import build_index, neighbour_within
from timeline.present.story import KeyEvents, fit_story_labels, key_events, publication_seconds, story_span
from timeline.present.time_scale import SECONDS_PER_DAY, from_seconds, to_seconds
from timeline.present.timeline_layout import label_budget_split
from timeline.present.viewport import fit


def event(event_id: str, day: datetime, importance: float = 0.0, *, background: bool = False,
          years: int = 0) -> Event:
    end = day.replace(year=day.year + years) if years else day + timedelta(days=1)
    granularity = Granularity.YEAR if years else Granularity.DAY
    return Event(event_id, event_id, day.date().isoformat(), TimeInterval(day, end, granularity), (),
                 importance=importance, background=background)


STORY = [event(f"d{k}", datetime(2010, 5, 1) + timedelta(days=k), 0.1) for k in range(60)]
OUTLIERS = [event("year100", datetime(100, 1, 1), 0.9, years=100),
            event("history", datetime(1989, 3, 24), 0.95, background=True),
            event("far", datetime(2175, 1, 1), 0.2)]
PUBLISHED = [date(2010, 5, 1) + timedelta(days=k % 60) for k in range(200)] + [date(1752, 9, 14)]


def test_story_span_ignores_outliers_and_background():
    start, end = story_span(PUBLISHED, STORY + OUTLIERS)
    assert datetime(2010, 4, 25) < from_seconds(start) and from_seconds(end) < datetime(2010, 7, 5)


def test_story_span_takes_in_a_key_event_just_before_the_first_report():
    blast = event("blast", datetime(2010, 4, 20), 1.0)
    start, _ = story_span(PUBLISHED, [*STORY, blast])
    assert from_seconds(start) <= datetime(2010, 4, 20)


def test_story_span_without_article_dates_uses_the_events():
    start, end = story_span([], [*STORY, OUTLIERS[0]])
    assert datetime(2010, 4, 1) < from_seconds(start) and from_seconds(end) < datetime(2010, 8, 1)
    assert end - start >= 7 * SECONDS_PER_DAY


def test_key_events_rank_by_importance_and_skip_background():
    chosen = key_events(STORY + OUTLIERS, KeyEvents(top=2))
    assert [e.event_id for e in chosen] == ["year100", "far"]


def test_label_budget_goes_to_the_most_important_first():
    index = build_index(STORY)
    ranked = sorted(range(len(STORY)), key=index.importance_rank.__getitem__)
    span = to_seconds(datetime(2010, 7, 1)) - to_seconds(datetime(2010, 5, 1))
    labelled, unlabelled = label_budget_split(index, ranked, span, 10)
    assert len(labelled) <= 20 and len(labelled) + len(unlabelled) == len(STORY)
    assert labelled == ranked[:len(labelled)]  # nobody less important got a label first
    pinned = STORY[-1].event_id
    labelled, _ = label_budget_split(index, ranked, span, 10, frozenset({pinned}))
    assert index.events[labelled[0]].event_id == pinned


def test_stepping_stays_in_range_and_never_loops():
    index = build_index(STORY + OUTLIERS)
    t0, t1 = to_seconds(datetime(2010, 5, 1)), to_seconds(datetime(2010, 7, 1))
    seen, current = [], None
    while (current := neighbour_within(index, current, 1, t0, t1)) is not None:
        seen.append(current)
        assert len(seen) <= len(STORY)
    assert seen == [e.event_id for e in STORY]
    assert neighbour_within(index, seen[3], -1, t0, t1) == seen[2]


def test_key_events_top_is_the_head_of_the_full_ranking_ties_included():
    tied = [event(f"t{k}", datetime(2010, 5, 1), 0.5) for k in range(30)]
    ranked = key_events(tied + STORY, KeyEvents(top=0))
    assert key_events(tied + STORY, KeyEvents(top=12)) == ranked[:12]
    assert [e.event_id for e in ranked[:3]] == ["t0", "t1", "t10"]  # ids break ties
    assert all(e.importance >= 0.5 for e in key_events(tied + STORY, KeyEvents(top=0, min_importance=0.5)))


def test_the_story_view_leaves_room_for_a_label_near_its_end():
    start, end = to_seconds(datetime(2023, 2, 1)), to_seconds(datetime(2024, 4, 1))
    election = to_seconds(datetime(2024, 3, 1))
    width, label = 1000.0, 290.0
    plain = fit_story_labels(start, end, [], width)
    assert plain == fit(start, end, margin=0.04)
    assert plain.x_of(election, width) + label > width  # the label would run off the edge
    view = fit_story_labels(start, end, [(election, label), (to_seconds(datetime(2030, 1, 1)), 900.0)], width)
    assert view.start <= start and view.x_of(election, width) + label <= width * 0.96 + 1e-6


def test_no_label_below_the_importance_floor_but_the_selection_keeps_its_own():
    span = to_seconds(datetime(2010, 7, 1)) - to_seconds(datetime(2010, 5, 1))
    low = [replace(e, importance=0.05 if k % 2 else 0.5) for k, e in enumerate(STORY)]
    index = build_index(low)
    ranked = sorted(range(len(low)), key=index.importance_rank.__getitem__)
    labelled, unlabelled = label_budget_split(index, ranked, span, 0, frozenset({"d1"}), min_importance=0.3)
    assert {index.events[i].event_id for i in labelled} == {e.event_id for e in low if e.importance == 0.5} | {"d1"}
    assert len(labelled) + len(unlabelled) == len(low)


def test_story_span_from_kept_publication_seconds_and_priority_order_is_the_same_span():
    """A view keeps the publication dates as seconds and has its events in priority order
    (its index): the span from those is the span worked out from scratch."""
    blast = event("blast", datetime(2010, 4, 20), 1.0)
    hidden_key = replace(event("hidden", datetime(2010, 3, 15), 0.99), hidden=True)
    events = [*STORY, *OUTLIERS, blast, hidden_key]
    index = build_index(events)
    kept = story_span([], events, published_seconds=publication_seconds(PUBLISHED),
                      by_priority=[index.events[i] for i in index.importance_order])
    assert kept == story_span(PUBLISHED, events)
    assert from_seconds(kept[0]) <= datetime(2010, 4, 20)  # the blast widened it; the hidden one did not
    assert from_seconds(kept[0]) > datetime(2010, 3, 15)
