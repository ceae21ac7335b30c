"""Every class of expression the issue lists, with pinned article dates."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import extract_mentions

MON_20_MAR_2023 = date(2023, 3, 20)
WED_15_NOV_2023 = date(2023, 11, 15)

CASES = [
    # absolute dates
    ("It happened on 3 June 1998.", None, "3 June 1998", "DATE", "1998-06-03"),
    ("It happened on June 3, 1998.", None, "June 3, 1998", "DATE", "1998-06-03"),
    ("Talks end Dec. 5.", WED_15_NOV_2023, "Dec. 5", "DATE", "2023-12-05"),
    ("Filed 1998-06-03.", None, "1998-06-03", "DATE", "1998-06-03"),
    ("Filed 06/03/1998.", None, "06/03/1998", "DATE", "1998-06-03"),
    ("The vote is on June 2.", MON_20_MAR_2023, "June 2", "DATE", "2023-06-02"),
    ("The crisis of 2008 hurt.", None, "2008", "DATE", "2008"),
    ("It began in December 2020.", None, "December 2020", "DATE", "2020-12"),
    ("It opens mid-2026.", None, "mid-2026", "DATE", "2026"),
    ("Prices soared in the 1990s.", None, "the 1990s", "DATE", "199"),
    ("A law of the 19th century.", None, "the 19th century", "DATE", "18"),
    ("Sales in the third quarter of 2023 rose.", None, "the third quarter of 2023", "DATE",
     "2023-Q3"),
    # relative to the article date
    ("The warrant was issued on Friday.", MON_20_MAR_2023, "Friday", "DATE", "2023-03-17"),
    ("Shelling began Friday night.", MON_20_MAR_2023, "Friday night", "TIME", "2023-03-17TNI"),
    ("Voters go to the polls next Sunday.", MON_20_MAR_2023, "next Sunday", "DATE",
     "2023-03-26"),
    # "last Monday" is last week's Monday (this week's is "on Monday"), weeks counted from Sunday
    ("He resigned last Monday.", date(2023, 3, 22), "last Monday", "DATE", "2023-03-13"),
    # a verb under way looks ahead: the coming weekend
    ("The station is airing special bulletins over the weekend.", date(2023, 3, 22), "the weekend", "DATE",
     "2023-W12-WE"),
    ("He resigned last Thursday.", date(2023, 3, 26), "last Thursday", "DATE", "2023-03-23"),
    ("He resigned last Tuesday.", date(2023, 3, 22), "last Tuesday", "DATE", "2023-03-14"),
    ("They will meet on Friday.", MON_20_MAR_2023, "Friday", "DATE", "2023-03-24"),
    ("Talks are scheduled for Tuesday.", MON_20_MAR_2023, "Tuesday", "DATE", "2023-03-21"),
    ("He stays until Wednesday.", MON_20_MAR_2023, "Wednesday", "DATE", "2023-03-22"),
    ("He arrived yesterday.", MON_20_MAR_2023, "yesterday", "DATE", "2023-03-19"),
    ("Markets are calm today.", MON_20_MAR_2023, "today", "DATE", "2023-03-20"),
    ("The vote is tomorrow.", MON_20_MAR_2023, "tomorrow", "DATE", "2023-03-21"),
    ("He speaks tonight.", MON_20_MAR_2023, "tonight", "TIME", "2023-03-20TNI"),
    ("Shares fell this morning.", MON_20_MAR_2023, "this morning", "TIME", "2023-03-20TMO"),
    ("At mid-afternoon yesterday, shares were up.", MON_20_MAR_2023, "mid-afternoon yesterday",
     "TIME", "2023-03-19TAF"),
    ("By mid afternoon, the talks had ended.", MON_20_MAR_2023, "mid afternoon", "TIME",
     "2023-03-20TAF"),
    ("It was issued last week.", MON_20_MAR_2023, "last week", "DATE", "2023-W11"),
    ("It happens this week.", MON_20_MAR_2023, "this week", "DATE", "2023-W12"),
    ("It happens next week.", MON_20_MAR_2023, "next week", "DATE", "2023-W13"),
    ("They rested last weekend.", MON_20_MAR_2023, "last weekend", "DATE", "2023-W11-WE"),
    ("It fell last month.", MON_20_MAR_2023, "last month", "DATE", "2023-02"),
    ("It rises next month.", MON_20_MAR_2023, "next month", "DATE", "2023-04"),
    ("It fell last year.", MON_20_MAR_2023, "last year", "DATE", "2022"),
    ("It rose this year.", MON_20_MAR_2023, "this year", "DATE", "2023"),
    ("Sales rose last quarter.", MON_20_MAR_2023, "last quarter", "DATE", "2022-Q4"),
    ("Work starts next spring.", MON_20_MAR_2023, "next spring", "DATE", "2024-SP"),
    ("It was bitter last winter.", MON_20_MAR_2023, "last winter", "DATE", "2022-WI"),
    ("He was elected earlier this month.", MON_20_MAR_2023, "earlier this month", "DATE",
     "2023-03"),
    ("Growth slowed late last year.", MON_20_MAR_2023, "late last year", "DATE", "2022"),
    ("The poll is in March next year.", MON_20_MAR_2023, "March next year", "DATE", "2024-03"),
    ("Output fell in the third quarter of last year.", MON_20_MAR_2023,
     "the third quarter of last year", "DATE", "2022-Q3"),
    ("Talks resume in the new year.", WED_15_NOV_2023, "the new year", "DATE", "2024"),
    ("He left three days ago.", MON_20_MAR_2023, "three days ago", "DATE", "2023-03-17"),
    ("He left two weeks ago.", MON_20_MAR_2023, "two weeks ago", "DATE", "2023-W10"),
    ("He left six months ago.", MON_20_MAR_2023, "six months ago", "DATE", "2022-09"),
    ("He left 10 years ago.", MON_20_MAR_2023, "10 years ago", "DATE", "2013"),
    ("Results will come in five days.", MON_20_MAR_2023, "five days", "DATE", "2023-03-25"),
    ("Prices will double two years from now.", MON_20_MAR_2023, "two years from now", "DATE",
     "2025"),
    ("Elections will be held in November.", MON_20_MAR_2023, "November", "DATE", "2023-11"),
    ("The summit was held in November.", MON_20_MAR_2023, "November", "DATE", "2022-11"),
    ("They will talk again in the spring.", MON_20_MAR_2023, "the spring", "DATE", "2023-SP"),
    ("Prices rose over the summer.", MON_20_MAR_2023, "the summer", "DATE", "2022-SU"),
    ("They celebrated New Year's Eve.", MON_20_MAR_2023, "New Year's Eve", "DATE",
     "2022-12-31"),
    ("The family will gather at Christmas.", MON_20_MAR_2023, "Christmas", "DATE",
     "2023-12-25"),
    # relative to the previous mention
    ("It began on 3 June 1998. Two days later it ended.", None, "Two days later", "DATE",
     "1998-06-05"),
    ("It began on 3 June 1998. The following day it ended.", None, "The following day",
     "DATE", "1998-06-04"),
    ("It began on 3 June 1998. The following week it ended.", None, "The following week",
     "DATE", "1998-W24"),
    ("The flood came in spring 1998. The following spring was dry.", None,
     "The following spring", "DATE", "1999-SP"),
    ("It ended on 3 June 1998. The previous day was calm.", None, "The previous day", "DATE",
     "1998-06-02"),
    ("He moved in 1985 and that year he married.", None, "that year", "DATE", "1985"),
    ("He won in 1992 and quit in December of that year.", None, "December of that year",
     "DATE", "1992-12"),
    # durations and sets
    ("Xi began a three-day visit.", MON_20_MAR_2023, "three-day", "DURATION", "P3D"),
    ("They talked for 4-1/2 hours.", MON_20_MAR_2023, "4-1/2 hours", "DURATION", "PT4.5H"),
    ("Moscow promoted the visit for months.", MON_20_MAR_2023, "months", "DURATION", "PXM"),
    # an unknown number of quarters, in months as TimeML writes quarters
    ("Losses mounted in recent quarters.", MON_20_MAR_2023, "recent quarters", "DURATION", "PXM"),
    ("They meet every Monday.", MON_20_MAR_2023, "every Monday", "SET", "XXXX-WXX-1"),
    ("The fee is paid annually.", MON_20_MAR_2023, "annually", "SET", "P1Y"),
]


@pytest.mark.parametrize(("text", "article_date", "surface", "timex_type", "value"), CASES,
                         ids=[case[2] + ":" + case[0][:30] for case in CASES])
def test_expression(text, article_date, surface, timex_type, value):
    mentions = extract_mentions(text, article_date)
    found = [m for m in mentions if m.text == surface]
    assert found, f"{surface!r} not found in {text!r}: {[m.text for m in mentions]}"
    assert (found[0].timex_type.value, found[0].value) == (timex_type, value), found[0].explanation
    if timex_type in ("DATE", "TIME") and "X" not in value:
        assert found[0].interval is not None


def test_day_first_setting_reads_numeric_dates_day_month():
    text = "Filed 06/03/1998 and 12/10/1998."
    month_first = extract_mentions(text, None)
    day_first = [m.value for m in extract_mentions(text, None, day_first=True)]
    assert [m.value for m in month_first] == ["1998-06-03", "1998-12-10"]
    # nothing in the text settles the order, so the other reading is named
    assert "day first it would be 6 March" in month_first[0].explanation
    assert day_first == ["1998-03-06", "1998-10-12"]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a date that can only be day first ("25/12") decides for the ambiguous one
        ("The lease ran from 06/03/1998 to 25/12/1998.", ["1998-03-06", "1998-12-25"]),
        # and one that can only be month first ("12/25") the other way
        ("The lease ran from 06/03/1998 to 12/25/1998.", ["1998-06-03", "1998-12-25"]),
        # dates written in words show the writer's habit when no number settles it
        ("Signed on 3 June 1998 and 9 July 1998; stamped 04/08/1998.", ["1998-06-03", "1998-07-09", "1998-08-04"]),
        ("Signed on June 3, 1998 and July 9, 1998; stamped 04/08/1998.", ["1998-06-03", "1998-07-09", "1998-04-08"]),
    ],
)
def test_the_document_s_own_dates_decide_day_or_month_first(text: str, values: list[str]):
    assert [m.value for m in extract_mentions(text, None)] == values


def test_end_of_a_range_is_not_before_its_start():
    mentions = extract_mentions("The talks run from Monday to Wednesday.", MON_20_MAR_2023)
    assert [m.value for m in mentions] == ["2023-03-20", "2023-03-22"]


def test_a_day_counted_within_an_event_in_the_present_is_the_day_of_writing() -> None:
    found = extract_mentions("It's the fifth day of the ferry strike.", MON_20_MAR_2023)
    assert [(m.text, m.value) for m in found] == [("the fifth day", "2023-03-20")]
    found = extract_mentions("The blockade enters its 9th week.", MON_20_MAR_2023)
    assert [(m.text, m.value) for m in found] == [("its 9th week", "2023-W12")]
    # told in the past, or without "is", the count does not say which day it was
    assert extract_mentions("It was the third day of the strike.", MON_20_MAR_2023) == []
    assert extract_mentions("On the second day of the talks, they agreed.", MON_20_MAR_2023) == []


def test_every_kind_of_future_is_the_future():
    found = extract_mentions("Fares stay frozen for the foreseeable future; a review comes in the near future.",
                             MON_20_MAR_2023)
    assert [(m.text, m.value) for m in found] == [("the foreseeable future", "FUTURE_REF"),
                                                  ("the near future", "FUTURE_REF")]


WED_12_JUN_2024 = date(2024, 6, 12)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The choir sings on Thursday of next week.", "Thursday of next week", "2024-06-20"),
        ("Hearings resume Monday next week.", "Monday next week", "2024-06-17"),
        ("The pipe burst on Tuesday of last week.", "Tuesday of last week", "2024-06-04"),
        ("The jury returns the Monday after next.", "the Monday after next", "2024-06-24"),
        ("The audit starts three days after next Tuesday.", "three days after next Tuesday", "2024-06-21"),
        ("The audit starts the day after tomorrow.", "the day after tomorrow", "2024-06-14"),
        ("The lease ends 2 years 3 months from now.", "2 years 3 months from now", "2026-09"),
        ("The bridge will reopen in nine days.", "nine days", "2024-06-21"),
        ("A verdict is expected within a fortnight.", "a fortnight", "2024-06-26"),
    ],
)
def test_composed_expressions_resolve_as_one(text: str, surface: str, value: str):
    found = [m for m in extract_mentions(text, WED_12_JUN_2024) if m.text == surface]
    assert [m.value for m in found] == [value]


def test_a_future_count_keeps_its_length_in_the_explanation():
    (found,) = extract_mentions("The bridge will reopen in nine days.", WED_12_JUN_2024)
    assert "P9D" in found.explanation


@pytest.mark.parametrize(
    ("text", "value", "note"),
    [
        ("He returns this Friday.", "2024-06-14", "the day of the article's week"),
        ("He will return this Monday.", "2024-06-17", "the next one"),
        ("He came back this Monday.", "2024-06-10", "the day of the article's week"),
    ],
)
def test_this_weekday_is_the_day_of_the_article_s_week_in_the_sentence_s_tense(text: str, value: str, note: str):
    (found,) = extract_mentions(text, WED_12_JUN_2024)
    assert found.value == value
    assert note in found.explanation
