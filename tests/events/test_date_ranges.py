"""Two dates bounding one span make one event at its start: 'served in the senate from 1987 to 2005'."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from event_builders import make_article, mention

from timeline.domain.corpus import ArticleAnalysis
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import TimexType
from timeline.events import build_events
from timeline.events.date_ranges import range_ends, without_range_ends

PUBLISHED = date(2010, 9, 15)


def article(text: str, dates: list[tuple[str, str]], kind: TimexType = TimexType.DATE) -> ArticleAnalysis:
    found = [mention(text, phrase, value, PUBLISHED, timex_type=kind) for phrase, value in dates]
    return ArticleAnalysis(make_article("a", PUBLISHED, text), tuple(sorted(found, key=lambda m: m.start)))


@pytest.mark.parametrize(("text", "dates"), [
    ("Ann Lee served in the senate from 1987 to 2005.", [("1987", "1987"), ("2005", "2005")]),
    ("The old ferry sailed the fjord between 1970 and 2000, the port said.", [("1970", "1970"), ("2000", "2000")]),
    ("The old mill ran from 1911-1958 by the river.", [("1911", "1911"), ("1958", "1958")]),
])
def test_a_span_of_years_is_one_event_at_its_start(text: str, dates: list[tuple[str, str]]) -> None:
    events = build_events([article(text, dates)])
    assert [e.value for e in events] == [dates[0][1]]


def test_a_span_of_clock_times_keeps_its_start_only() -> None:
    text = "Phone records show the clerk rang the depot between 11:00 and 12:00."
    found = list(article(text, [("11:00", "2010-09-15T11:00"), ("12:00", "2010-09-15T12:00")], TimexType.TIME).mentions)
    kept, lengths = without_range_ends(found, text)
    assert [m.text for m in kept] == ["11:00"]
    assert lengths == {}


def test_the_end_of_a_span_keeps_its_own_when_clause() -> None:
    text = "He ran the ferry line from 1987 until 2005, when the board ousted him."
    kept, _lengths = without_range_ends(list(article(text, [("1987", "1987"), ("2005", "2005")]).mentions), text)
    assert [m.text for m in kept] == ["1987", "2005"]


def test_a_span_of_days_keeps_its_end_as_evidence_and_gives_its_start_a_length() -> None:
    # the end of a span of days is often a day of the story ("the leak ran until 15 July"): it stays
    # evidence for other reports of that day, though told alone it is no event (factuality)
    text = "The harbour festival runs from 1 June to 5 June in the old town."
    found = article(text, [("1 June", "2010-06-01"), ("5 June", "2010-06-05")])
    kept, _lengths = without_range_ends(list(found.mentions), text)
    assert [m.text for m in kept] == ["1 June", "5 June"]
    events = build_events([found])
    assert [e.value for e in events] == ["2010-06-01"]
    assert events[0].extent == TimeInterval(datetime(2010, 6, 1), datetime(2010, 6, 6), Granularity.DAY)


@pytest.mark.parametrize(("text", "dates"), [
    # two days of their own: no "from" or "between" opens a span, or "and" after "from"
    ("The mayor met the king on Monday and the queen on Tuesday.",
     [("Monday", "2010-09-13"), ("Tuesday", "2010-09-14")]),
    ("The mayor was in Oslo from 1987 and in 1990 moved to Rome.", [("1987", "1987"), ("1990", "1990")]),
    # the second date is no later than the first
    ("Prices fell from 2009 to 2008 levels.", [("2009", "2009"), ("2008", "2008")]),
    # a date moved: the old day and the new one
    ("The launch was pushed back from 2010 to 2011.", [("2010", "2010"), ("2011", "2011")]),
])
def test_two_dates_that_bound_no_span_stay_two(text: str, dates: list[tuple[str, str]]) -> None:
    found = article(text, dates).mentions
    assert range_ends(found, text) == {}
