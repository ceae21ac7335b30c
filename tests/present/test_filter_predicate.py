"""The search predicate the timeline and the table share."""

from __future__ import annotations

from datetime import date

from timeline.domain.granularity import Granularity
from timeline.present.event_filter import NO_FILTER, EventFilter, filter_events, matches
from timeline.present.synthetic_events import make_event

WARRANT = make_event("w", "ICC issues arrest warrant", date(2023, 3, 17), sources=3,
                     articles=("001", "002", "003"))
MEETING = make_event("m", "Putin and Xi meet in the Kremlin", date(2023, 3, 20), sources=5)
ELECTION = make_event("e", "Presidential election", date(2024, 3, 1), Granularity.MONTH,
                      last=date(2024, 3, 31), articles=("000",), tags=("russia",))
EVENTS = [WARRANT, MEETING, ELECTION]


def test_no_filter_keeps_everything():
    assert NO_FILTER.is_empty
    assert filter_events(EVENTS, NO_FILTER) == EVENTS


def test_text_matches_every_word_in_any_order_ignoring_case():
    assert filter_events(EVENTS, EventFilter(text="kremlin PUTIN")) == [MEETING]
    assert filter_events(EVENTS, EventFilter(text="putin election")) == []


def test_text_matches_tags_and_the_date_value():
    assert filter_events(EVENTS, EventFilter(text="russia")) == [ELECTION]
    assert filter_events(EVENTS, EventFilter(text="2023-03-17")) == [WARRANT]


def test_article_filter_keeps_events_reported_by_any_chosen_article():
    assert filter_events(EVENTS, EventFilter(article_ids=frozenset({"000", "002"}))) == [
        WARRANT, ELECTION]


def test_date_range_keeps_events_that_touch_it_inclusive():
    chosen = EventFilter(first_day=date(2023, 3, 18), last_day=date(2023, 3, 20))
    assert filter_events(EVENTS, chosen) == [MEETING]
    # A month touches a range that starts on its last day.
    assert matches(ELECTION, EventFilter(first_day=date(2024, 3, 31)))
    assert not matches(ELECTION, EventFilter(last_day=date(2024, 2, 29)))


def test_minimum_sources():
    assert filter_events(EVENTS, EventFilter(min_sources=4)) == [MEETING]


def test_description_names_each_criterion():
    text = EventFilter(text="xi", min_sources=2, first_day=date(2023, 1, 1)).describe()
    assert "“xi”" in text and "at least 2 sources" in text and "2023-01-01" in text
