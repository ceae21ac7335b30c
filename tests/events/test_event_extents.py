"""Durations beside a dated day become the event's range: 'received Xi on Monday for a three-day visit'."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from event_builders import make_article, mention

from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.edits import SetEventDate
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import TimexType
from timeline.events import build_events, event_keys
from timeline.events.event_extents import duration_length, extent_for

PUBLISHED = date(2024, 5, 8)


def article(
    article_id: str, text: str, dates: list[tuple[str, str]], durations: list[tuple[str, str]]
) -> ArticleAnalysis:
    found = [mention(text, phrase, value, PUBLISHED) for phrase, value in dates]
    found += [mention(text, phrase, value, PUBLISHED, timex_type=TimexType.DURATION) for phrase, value in durations]
    return ArticleAnalysis(make_article(article_id, PUBLISHED, text), tuple(sorted(found, key=lambda m: m.start)))


@pytest.mark.parametrize(
    ("value", "days"),
    [("P3D", 3), ("P2W", 14), ("P1D", None), ("PXD", None), ("PT4.5H", None), ("P12M", None)],
)
def test_only_definite_day_and_week_durations_have_a_length(value, days):
    assert duration_length(value) == (timedelta(days=days) if days else None)


def test_a_duration_in_the_sentence_of_a_day_gives_its_event_a_range_from_that_day():
    text = "President Ruiz arrived in Lisbon on Monday for a three-day state visit. Talks begin on Tuesday."
    events = build_events([article("a", text, [("on Monday", "2024-05-06"), ("on Tuesday", "2024-05-07")],
                                   [("three-day", "P3D")])])
    arrival = next(e for e in events if e.value == "2024-05-06")
    talks = next(e for e in events if e.value == "2024-05-07")
    assert arrival.extent == TimeInterval(datetime(2024, 5, 6), datetime(2024, 5, 9), Granularity.DAY)
    assert talks.extent is None


def test_a_duration_in_the_next_sentence_belongs_to_the_day_before_it():
    text = "President Ruiz arrived in Lisbon on Monday. The two-week tour will take her to Porto."
    [event] = build_events([article("a", text, [("on Monday", "2024-05-06")], [("two-week", "P2W")])])
    assert event.extent is not None and event.extent.duration == timedelta(days=14)
    assert event.extent.start == event.interval.start


def test_a_duration_far_from_any_day_or_beside_a_month_gives_no_range():
    text = "Ruiz was re-elected last month. She has served in office for a decade. A three-day strike is planned."
    events = build_events([article("a", text, [("last month", "2024-04")], [("three-day", "P3D")])])
    assert all(e.extent is None for e in events)


def test_the_length_most_sources_give_wins_and_months_have_no_range():
    day = TimeInterval.for_day(date(2024, 5, 6))
    assert extent_for(day, [timedelta(days=3), timedelta(days=3), timedelta(days=4)]).end == datetime(2024, 5, 9)
    month = TimeInterval(datetime(2024, 5, 1), datetime(2024, 6, 1), Granularity.MONTH)
    assert extent_for(month, [timedelta(days=3)]) is None
    assert extent_for(day, []) is None


def test_a_range_moves_with_the_date_the_analyst_sets():
    text = "President Ruiz arrived in Lisbon on Monday for a three-day state visit."
    corpus = [article("a", text, [("on Monday", "2024-05-06")], [("three-day", "P3D")])]
    [event] = build_events(corpus)
    [moved] = build_events(corpus, [SetEventDate(event_keys(event), "2024-05-07")])
    assert moved.extent == TimeInterval(datetime(2024, 5, 7), datetime(2024, 5, 10), Granularity.DAY)
    [monthly] = build_events(corpus, [SetEventDate(event_keys(event), "2024-05")])
    assert monthly.extent is None


def test_a_length_that_ends_on_the_day_is_no_range_from_it():
    text = "About 2 million barrels leaked in the 40 days from the blast until the well was sealed on 9 May."
    events = build_events([article("a", text, [("on 9 May", "2024-05-09")], [("40 days", "P40D")])])
    assert all(e.extent is None for e in events)
    text = "A three-day summit that opened on Monday drew forty leaders."
    events = build_events([article("b", text, [("on Monday", "2024-05-06")], [("three-day", "P3D")])])
    assert [e.extent.end for e in events if e.extent is not None] == [datetime(2024, 5, 9)]


def test_time_that_had_passed_is_no_length_of_the_happening():
    for text, length in (("Engineers sealed the well on 9 May, after 40 days of leaking.", "40 days"),
                         ("The port reopened on 9 May, 40 days into the crisis.", "40 days")):
        events = build_events([article("a", text, [("on 9 May", "2024-05-09")], [(length, "P40D")])])
        assert all(e.extent is None for e in events), text
    text = "Dockers walked out on 9 May for two weeks."
    events = build_events([article("b", text, [("on 9 May", "2024-05-09")], [("two weeks", "P2W")])])
    assert [e.extent.end for e in events if e.extent is not None] == [datetime(2024, 5, 23)]


def test_a_length_told_by_one_source_of_many_gives_no_range():
    day = TimeInterval.for_day(date(2024, 5, 6))
    assert extent_for(day, [timedelta(days=87)], sources=40) is None
    assert extent_for(day, [timedelta(days=3)] * 4, sources=40) is not None
    assert extent_for(day, [timedelta(days=3)], sources=2) is not None  # a small event: one source says it


def test_a_length_in_the_next_sentence_that_tells_another_act_is_not_the_days():
    text = "May 2 - Ruiz visits the coast. Officials close the bay to fishing for 10 days."
    [event] = build_events([article("a", text, [("May 2", "2024-05-02")], [("10 days", "P10D")])])
    assert event.extent is None
