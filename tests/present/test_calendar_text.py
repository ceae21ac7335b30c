"""Dates as read: a disputed event names every date its sources give, not the first of them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from timeline.domain.event import EventMention
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import NO_ANCHOR, Mention, TimexType
from timeline.present.calendar_text import either_text, event_date_text
from timeline.present.synthetic_events import make_event

FEB = TimeInterval.for_dates(date(2023, 2, 1), date(2023, 2, 28), Granularity.MONTH)
MAR = TimeInterval.for_dates(date(2023, 3, 1), date(2023, 3, 31), Granularity.MONTH)


def claim(article_id: str, value: str, interval: TimeInterval) -> EventMention:
    mention = Mention(0, 4, "then", TimexType.DATE, value, interval, "hand-made", NO_ANCHOR)
    return EventMention(article_id, mention, "It happened then.")


def test_a_disputed_event_reads_as_either_of_its_sources_dates():
    spanned = make_event("term", "Xi obtains third term", date(2023, 2, 1), Granularity.MONTH,
                         last=date(2023, 3, 31), conflict=True)
    event = replace(spanned, mentions=(claim("a", "2023-02", FEB), claim("b", "2023-03", MAR)))
    assert event_date_text(event) == "February or March 2023"
    assert event_date_text(replace(event, conflict=False)) == "February 2023"


def test_either_text_names_a_shared_year_once_and_distinct_years_each_time():
    day = Granularity.DAY
    days = [TimeInterval.for_dates(date(2023, 3, d), date(2023, 3, d), day) for d in (17, 20, 21)]
    assert either_text(days) == "Fri 17 Mar, Mon 20 Mar or Tue 21 Mar 2023"
    dec = TimeInterval.for_dates(date(2022, 12, 1), date(2022, 12, 31), Granularity.MONTH)
    assert either_text([dec, FEB]) == "December 2022 or February 2023"
    years = [TimeInterval.for_dates(date(y, 1, 1), date(y, 12, 31), Granularity.YEAR) for y in (2022, 2023)]
    assert either_text(years) == "2022 or 2023"


def test_a_part_of_day_reads_by_its_name_not_the_hour_it_starts_at():
    from datetime import datetime

    from timeline.present.calendar_text import interval_text

    def part(first: int, last: int, minute: int = 0) -> TimeInterval:
        start = datetime(2023, 3, 17, first, minute)
        end = datetime(2023, 3, 17, last) if last < 24 else datetime(2023, 3, 18)
        return TimeInterval(start, end, Granularity.PART_OF_DAY)

    # "Friday morning" was told, not 06:00; "late that night" not 23:00
    assert interval_text(part(6, 12)) == "Fri 17 Mar 2023, morning"
    assert interval_text(part(21, 24)) == "Fri 17 Mar 2023, night"
    assert interval_text(part(6, 8)) == "Fri 17 Mar 2023, early morning"
    assert interval_text(part(16, 18)) == "Fri 17 Mar 2023, late afternoon"
    assert interval_text(part(14, 16)) == "Fri 17 Mar 2023, mid-afternoon"
    # hours that make no part of day with a name are given as hours; a clock time stays a clock time
    assert interval_text(part(9, 13, 30)) == "Fri 17 Mar 2023, 09:30–13:00"
    minute = TimeInterval(datetime(2023, 3, 17, 14, 5), datetime(2023, 3, 17, 14, 6), Granularity.MINUTE)
    assert interval_text(minute) == "Fri 17 Mar 2023, 14:05"


def test_a_time_counted_back_roughly_reads_as_before_after_or_about_its_year() -> None:
    year = TimeInterval.for_dates(date(1510, 1, 1), date(1510, 12, 31), Granularity.YEAR)

    def counted(*phrases: tuple[str, str | None]) -> str:
        mentions = tuple(EventMention(f"a{k}", replace(claim("x", "1510", year).mention, text=text, mod=mod),
                                      "They came then.") for k, (text, mod) in enumerate(phrases))
        event = replace(make_event("came", "Settlers arrive", date(1510, 1, 1), Granularity.YEAR),
                        mentions=mentions)
        return event_date_text(event)

    assert counted(("more than 500 years ago", "MORE_THAN")) == "before 1510"
    assert counted(("nearly 500 years ago", "LESS_THAN")) == "after 1510"
    assert counted(("about 500 years ago", "APPROX"), ("some 500 years ago", "APPROX")) == "about 1510"
    # a stated year among them, sources that disagree, or "more than" without counting back: the year
    assert counted(("more than 500 years ago", "MORE_THAN"), ("1510", None)) == "1510"
    assert counted(("more than 500 years ago", "MORE_THAN"), ("nearly 500 years ago", "LESS_THAN")) == "1510"
    assert counted(("more than 1510", "MORE_THAN")) == "1510"
