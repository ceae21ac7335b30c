"""Dates read the same on every machine; notes cite outlet or title and date; scopes pick events."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.export.date_text import day_text, interval_text, range_text
from timeline.export.scope import TimeRange, corpus_range, events_in_range, range_for_dates
from timeline.export.source_notes import short_citation, source_notes


def test_day_text_has_english_weekday_and_month():
    assert day_text(date(2023, 3, 17)) == "Fri 17 Mar 2023"
    assert day_text(None) == "undated"


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        (TimeInterval.for_dates(date(2023, 3, 13), date(2023, 3, 19), Granularity.WEEK),
         "week 11 of 2023 (13 Mar – 19 Mar)"),
        (TimeInterval.for_dates(date(2024, 3, 1), date(2024, 3, 31), Granularity.MONTH),
         "March 2024"),
        (TimeInterval.for_dates(date(2022, 6, 1), date(2022, 8, 31), Granularity.SEASON),
         "summer 2022"),
        (TimeInterval.for_dates(date(2022, 1, 1), date(2022, 12, 31), Granularity.YEAR), "2022"),
    ],
)
def test_interval_text_keeps_the_stated_precision(interval, expected):
    assert interval_text(interval) == expected


def test_range_text_drops_repeated_parts():
    assert range_text(date(2023, 2, 28), date(2023, 3, 3)) == "28 Feb – 3 Mar 2023"
    assert range_text(date(2023, 3, 17), date(2024, 4, 1)) == "17 Mar 2023 – 1 Apr 2024"


def test_citation_prefers_outlet_then_shortened_title(article_factory):
    make_article = article_factory
    assert short_citation(make_article("x", date(2023, 3, 20), outlet="newspaper")) == \
        "newspaper, 20 Mar 2023"
    long_title = "A very long headline " * 6
    cited = short_citation(make_article("y", None, title=long_title))
    assert cited.endswith("…”, undated")
    assert len(cited) < len(long_title)


def test_notes_are_numbered_in_the_order_given(story, articles_by_id):
    events = events_in_range(story.events, corpus_range(story.events))
    notes = source_notes(events, articles_by_id, first_number=5)
    assert [n.number for n in notes] == [5, 6, 7, 8]
    assert [n.event_id for n in notes] == ["ev-term", "ev-warrant", "ev-meeting", "ev-election"]
    warrant = notes[1]
    assert warrant.citations == ("“Putin Meets 'Dear Friend' Jinping In Moscow”, 21 Mar 2023",
                                 "newspaper, 20 Mar 2023")
    assert warrant.text.startswith("Fri 17 Mar 2023: ICC issues arrest warrant for Putin — “Putin")


def test_hidden_events_never_reach_an_export(story):
    span = TimeRange(datetime(2023, 1, 1), datetime(2025, 1, 1))
    assert "ev-hidden" not in [e.event_id for e in events_in_range(story.events, span)]


def test_date_range_is_inclusive_and_picks_touching_events(story):
    span = range_for_dates(date(2023, 3, 17), date(2023, 3, 20), story.events)
    assert span == TimeRange(datetime(2023, 3, 17), datetime(2023, 3, 21))
    assert [e.event_id for e in events_in_range(story.events, span)] == ["ev-warrant", "ev-meeting"]


def test_open_ended_range_follows_the_events(story):
    span = range_for_dates(date(2023, 3, 18), None, story.events)
    assert span.start == datetime(2023, 3, 18)
    assert span.end > datetime(2024, 3, 31)


def test_backwards_range_is_refused(story):
    with pytest.raises(ValueError, match="before it starts"):
        range_for_dates(date(2023, 3, 20), date(2023, 3, 1), story.events)


def test_corpus_range_pads_both_sides(story):
    span = corpus_range(story.events)
    assert span.start < datetime(2023, 2, 1)
    assert span.end > datetime(2024, 4, 1)
    assert corpus_range([]) is None
