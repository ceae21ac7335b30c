"""The story's span, key events, the label budget and stepping: pure functions, hand-made events."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.present.level_of_detail import build_index, neighbour_within
from timeline.present.story import KeyEvents, key_events, story_span
from timeline.present.time_scale import SECONDS_PER_DAY, from_seconds, to_seconds
from timeline.present.timeline_layout import label_budget_split


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
