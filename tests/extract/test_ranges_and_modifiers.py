"""Ranges resolve their two ends together; early/mid/late narrow the interval; wire datelines."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.domain.mention import TimexType
from timeline.extract import extract_mentions

MON_20_MAR_2023 = date(2023, 3, 20)


def _values(text: str, article_date: date | None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in extract_mentions(text, article_date)]


def test_a_past_range_is_the_latest_that_has_ended():
    assert _values("They met from Monday to Wednesday.", MON_20_MAR_2023) == [
        ("Monday", "2023-03-13"),
        ("Wednesday", "2023-03-15"),
    ]


def test_a_future_range_is_the_first_not_yet_begun():
    assert _values("They will meet from Thursday to Monday.", MON_20_MAR_2023) == [
        ("Thursday", "2023-03-23"),
        ("Monday", "2023-03-27"),
    ]


def test_a_present_range_is_the_one_running_on_the_article_date():
    assert _values("The talks run from Monday to Wednesday.", MON_20_MAR_2023) == [
        ("Monday", "2023-03-20"),
        ("Wednesday", "2023-03-22"),
    ]


def test_a_year_written_once_dates_both_ends():
    assert _values("The fair ran March 3-5, 2023.", date(2024, 1, 10)) == [
        ("March 3", "2023-03-03"),
        ("5, 2023", "2023-03-05"),
    ]
    assert _values("The fair ran 3-5 March 2023.", None) == [("3", "2023-03-03"), ("5 March 2023", "2023-03-05")]


def test_between_two_days_and_a_range_across_new_year():
    assert _values("Voting runs between March 3 and 5.", date(2023, 2, 20)) == [
        ("March 3", "2023-03-03"),
        ("5", "2023-03-05"),
    ]
    assert _values("The summit will run from Dec. 30 to Jan. 2.", date(2023, 12, 1)) == [
        ("Dec. 30", "2023-12-30"),
        ("Jan. 2", "2024-01-02"),
    ]


def test_range_ends_without_an_article_date_stay_unanchored():
    mentions = extract_mentions("The talks ran from Monday to Wednesday.", None)
    assert [m.value for m in mentions] == ["XXXX-WXX-1", "XXXX-WXX-3"]
    assert all(m.interval is None for m in mentions)


def test_and_between_a_date_and_a_count_is_not_a_range():
    assert _values("On March 3 and 5 people died.", MON_20_MAR_2023) == [("March 3", "2023-03-03")]


def test_modifiers_keep_the_value_and_narrow_the_interval():
    mentions = {m.text: m for m in extract_mentions(
        "Troops arrive by the end of the month. A ruling is expected early next week. "
        "Prices fell in mid-March.", MON_20_MAR_2023)}
    end_of_month = mentions["the end of the month"]
    assert end_of_month.value == "2023-03"
    assert end_of_month.interval.end == datetime(2023, 4, 1)
    assert datetime(2023, 3, 20) <= end_of_month.interval.start < datetime(2023, 3, 24)
    early = mentions["early next week"]
    assert early.value == "2023-W13"
    assert early.interval.start == datetime(2023, 3, 27)
    assert early.interval.end <= datetime(2023, 3, 30)
    middle = mentions["mid-March"]
    assert middle.value == "2023-03"
    assert datetime(2023, 3, 8) <= middle.interval.start and middle.interval.end <= datetime(2023, 3, 24)
    assert "its middle" in middle.explanation


def test_the_first_week_of_a_month_is_the_iso_week_holding_most_of_its_days():
    assert _values("It opens the first week of April.", MON_20_MAR_2023) == [("the first week of April", "2023-W14")]
    # 1 October 2023 is a Sunday: its first week starts on Monday 2 October
    week = extract_mentions("Voting ends the first week of October 2023.", None)[0]
    assert week.value == "2023-W40"
    assert week.interval.start == datetime(2023, 10, 2)


def test_the_weekend_covers_saturday_and_sunday():
    weekend = extract_mentions("Fighting eased over the weekend.", MON_20_MAR_2023)[0]
    assert weekend.value == "2023-W11-WE"
    assert (weekend.interval.start, weekend.interval.end) == (datetime(2023, 3, 18), datetime(2023, 3, 20))


def test_a_wire_dateline_is_dated_next_to_the_article_whatever_the_tense():
    text = "MOSCOW, March 18 (Reuters) - Putin will meet Xi next month."
    assert _values(text, MON_20_MAR_2023)[0] == ("March 18", "2023-03-18")
    text = "WASHINGTON, Dec. 30 (AP) _ The vote will come in the spring."
    assert _values(text, date(2024, 1, 2))[0] == ("Dec. 30", "2023-12-30")


def test_a_month_day_in_a_future_sentence_is_not_a_dateline():
    assert _values("The vote will be on March 18 - a Saturday.", MON_20_MAR_2023)[0] == ("March 18", "2024-03-18")


THU_7_OCT_2010 = date(2010, 10, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A day before its noun names a known happening: the sentence's future is about something else.
        ("Inspectors will check every rig to prevent a repeat of the April 20 blast.", "2010-04-20"),
        ("The fund will pay for a study of the June 3 landslide and its causes.", "2010-06-03"),
        # A caption in the historic present: a present timetable verb reaches only months ahead.
        ("June 7: A diver takes a closer look at the damaged pipe.", "2010-06-07"),
        ("Drilling of the second tunnel starts on 16 July, the list says.", "2010-07-16"),
        # Said outright, the future still points ahead however far.
        ("The final payment is due on Aug. 2.", "2011-08-02"),
        ("The bridge will reopen on July 9.", "2011-07-09"),
        # A weak future a few months ahead stays ahead.
        ("The panel has until 15 December to report.", "2010-12-15"),
    ],
)
def test_a_year_less_day_in_a_future_sentence_looks_ahead_only_as_far_as_its_future_reaches(text, expected):
    values = _values(text, THU_7_OCT_2010)
    assert values[0][1] == expected


def test_weekday_with_part_of_day_is_a_time():
    night = extract_mentions("Shelling began Friday night.", MON_20_MAR_2023)[0]
    assert night.timex_type is TimexType.TIME
    assert night.value == "2023-03-17TNI"
    assert night.interval.start == datetime(2023, 3, 17, 21)


@pytest.mark.parametrize(
    ("text", "article_date", "ends"),
    [
        # the year written once, at the end, is both ends' year
        ("Roadworks lasted from March to October, 2019.", date(2021, 1, 10),
         [("March", "2019-03"), ("October, 2019", "2019-10")]),
        ("The season runs between November and February 2021.", date(2020, 9, 1),
         [("November", "2020-11"), ("February 2021", "2021-02")]),
        ("The exhibition ran 4 June – 21 July 2015.", date(2020, 2, 1),
         [("4 June", "2015-06-04"), ("21 July 2015", "2015-07-21")]),
        ("Lessons ran from the second to the fifth of April 2011.", date(2020, 2, 1),
         [("second", "2011-04-02"), ("the fifth of April 2011", "2011-04-05")]),
        # the year written once, at the start, is both ends' year too
        ("The dig lasted from June 7, 2016 – August 2nd.", date(2019, 1, 10),
         [("June 7, 2016", "2016-06-07"), ("August 2nd", "2016-08-02")]),
        ("The show ran Nov. 20, 2009 to Jan. 4.", date(2012, 1, 10),
         [("Nov. 20, 2009", "2009-11-20"), ("Jan. 4", "2010-01-04")]),
        # each end with its own year keeps it
        ("The survey ran from June 7, 2016 to August 2, 2017.", date(2019, 1, 10),
         [("June 7, 2016", "2016-06-07"), ("August 2, 2017", "2017-08-02")]),
    ],
)
def test_the_ends_of_a_range_share_the_year_it_states_once(text, article_date, ends):
    assert [(m.text, m.value) for m in extract_mentions(text, article_date)] == ends


@pytest.mark.parametrize(
    ("text", "article_date", "expected"),
    [
        # A day naming a known happening leans back as far as a past tense would.
        ("An April 20 rig explosion killed 11 workers.", date(2010, 11, 17), "2010-04-20"),
        # The "will" of another clause does not reach into a relative clause.
        ("Oil will keep leaking from the well that blew out on April 20, the firm says.", date(2010, 5, 9),
         "2010-04-20"),
        # A plan that is over: "was due" points ahead no further than a past tense does.
        ("The tour was due to open in London on 13 July.", date(2011, 9, 27), "2011-07-13"),
        # A bare timetable verb after a past verb is its particle: "broke open" is past.
        ("The dam broke open after a storm in April.", date(2010, 8, 3), "2010-04"),
    ],
)
def test_a_year_less_day_takes_the_year_its_own_clause_points_to(text, article_date, expected):
    assert _values(text, article_date)[0][1] == expected
