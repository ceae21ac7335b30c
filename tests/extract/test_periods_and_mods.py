"""Half-years named many ways, comparisons with a year earlier, and the TIMEX3 mod."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.extract import extract_mentions

THU_26_OCT_1989 = date(1989, 10, 26)


def mention(text: str, surface: str, article_date: date | None = THU_26_OCT_1989):
    found = [m for m in extract_mentions(text, article_date) if m.text == surface]
    assert found, f"{surface!r} not among {[m.text for m in extract_mentions(text, article_date)]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Sales rose in the last half of 1989.", "the last half of 1989", "1989-H2"),
        ("Sales rose in the latter half of 1988.", "the latter half of 1988", "1988-H2"),
        ("Output grew in the first two quarters of 1990.", "the first two quarters of 1990",
         "1990-H1"),
        ("Output fell in the last two quarters of 1988.", "the last two quarters of 1988", "1988-H2"),
        ("Growth will slow in the second half.", "the second half", "1989-H2"),
        ("Profit rose in the first half of fiscal 1990.", "the first half of fiscal 1990", "1990-H1"),
    ],
)
def test_half_years(text: str, surface: str, value: str) -> None:
    assert mention(text, surface).value == value


def test_the_last_two_quarters_without_a_year_is_a_length_not_a_half() -> None:
    found = mention("In the last two quarters, sales fell.", "the last two quarters")
    assert (found.timex_type, found.value) == ("DURATION", "P6M")


def test_a_half_hour_is_not_a_half_year() -> None:
    values = [m.value for m in extract_mentions("He played the first half hour.", THU_26_OCT_1989)]
    assert not any("-H" in value for value in values)


def test_a_year_earlier_than_a_day_is_that_day_a_year_before() -> None:
    text = "Net income for the period ended Sept. 30, 1990, rose from a year earlier."
    assert mention(text, "a year earlier").value == "1989-09-30"


def test_a_year_earlier_than_the_closing_day_of_a_reported_quarter_is_that_quarter() -> None:
    text = "Profit rose in the third quarter, which ended Sept. 30. A year earlier, it fell."
    found = mention(text, "A year earlier")
    assert found.value == "1988-Q3"
    assert found.anchor.mention_text == "the third quarter"


def test_a_year_earlier_than_a_year_is_the_year_before() -> None:
    assert mention("The plant opened in 1985. A year earlier it was a farm.",
                   "A year earlier").value == "1984"


@pytest.mark.parametrize(
    ("text", "surface", "mod", "first", "end"),
    [
        # early / mid / late narrow the interval to a third of the period
        ("She moved there in 1985. Late that year she married.", "Late that year", "END",
         datetime(1985, 9, 1), datetime(1986, 1, 1)),
        ("The rains came in early spring 1990.", "early spring 1990", "START",
         datetime(1990, 3, 1), datetime(1990, 4, 1)),
        ("Work starts in mid-2026.", "mid-2026", "MID", datetime(2026, 5, 3), datetime(2026, 9, 1)),
        ("Prices fell at the end of the month.", "the end of the month", "END",
         datetime(1989, 10, 22), datetime(1989, 11, 1)),
        # "earlier this month" is START in TimeML, but it means before today, not the first third
        ("Earlier this month, prices fell.", "Earlier this month", "START",
         datetime(1989, 10, 1), datetime(1989, 11, 1)),
    ],
)
def test_point_modifiers(text: str, surface: str, mod: str, first: datetime, end: datetime) -> None:
    found = mention(text, surface)
    assert found.mod == mod
    assert found.interval is not None
    assert (found.interval.start, found.interval.end) == (first, end)


@pytest.mark.parametrize(
    ("text", "surface", "mod"),
    [
        ("He left about three years ago.", "about three years ago", "APPROX"),
        ("They talked for more than two hours.", "more than two hours", "MORE_THAN"),
        ("It lasted less than a decade.", "less than a decade", "LESS_THAN"),
        ("It took nearly 4-1/2 hours.", "nearly 4-1/2 hours", "LESS_THAN"),
        ("He served at least two years.", "at least two years", "EQUAL_OR_MORE"),
        ("It happened some 20 years ago.", "some 20 years ago", "APPROX"),
    ],
)
def test_amount_modifiers(text: str, surface: str, mod: str) -> None:
    assert mention(text, surface).mod == mod


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The pact was signed last year.", "last year"),
        ("It lasted some days.", "some days"),
        ("He resigned on Friday.", "Friday"),
    ],
)
def test_no_modifier_where_none_is_written(text: str, surface: str) -> None:
    assert mention(text, surface).mod is None


def test_the_mod_reaches_the_json_output() -> None:
    from timeline.commands.json_output import mention_to_json

    record = mention_to_json(mention("He left about three years ago.", "about three years ago"))
    assert (record["value"], record["mod"]) == ("1986", "APPROX")


MON_26_JAN_1998 = date(1998, 1, 26)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # reported early in the year, a quarter not yet begun is last year's
        ("The railway reported fewer passengers for the fourth quarter.", "the fourth quarter", "1997-Q4"),
        ("Sales rose in the second half.", "the second half", "1997-H2"),
        # unless the sentence looks ahead, or the year is named
        ("Sales will rise in the fourth quarter.", "the fourth quarter", "1998-Q4"),
        ("Sales rose in the fourth quarter of 1998.", "the fourth quarter of 1998", "1998-Q4"),
        # a quarter already under way is this year's
        ("Sales rose in the first quarter.", "the first quarter", "1998-Q1"),
    ],
)
def test_a_quarter_not_yet_begun_is_last_years_unless_told_in_the_future(
    text: str, surface: str, value: str
) -> None:
    assert mention(text, surface, MON_26_JAN_1998).value == value


THU_30_SEP_2010 = date(2010, 9, 30)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        # a quarter long over, told in the future, is next year's
        ("The bank will restore its dividend in the first quarter.", "the first quarter", "2011-Q1"),
        # told in the past, or a recent quarter whose accounts are still to come, it is this year's
        ("The bank cut its dividend in the first quarter.", "the first quarter", "2010-Q1"),
        ("The bank will publish its results for the first quarter late.", "the first quarter", "2010-Q1"),
        ("The bank will compare its sales in the first quarter with last year's.", "the first quarter", "2010-Q1"),
        ("The bank will pay the rest in the second quarter.", "the second quarter", "2010-Q2"),
        # the first of a range whose end names the year
        ("The bank will pay no dividend for Q1 to Q4 2010.", "Q1", "2010-Q1"),
    ],
)
def test_a_quarter_long_over_told_in_the_future_is_next_years(text: str, surface: str, value: str) -> None:
    assert mention(text, surface, THU_30_SEP_2010).value == value


def test_the_quarter_named_again_keeps_the_reported_period_in_reach() -> None:
    filler = "The cooperative also opened two shops on the coast and shut a depot inland. " * 4
    text = (
        "Hillside Dairy posted a third-quarter loss. " + filler
        + "Milk output was 4.1 million litres in the quarter compared with 5.3 million a year ago."
    )
    assert mention(text, "the quarter", date(1989, 11, 2)).value == "1989-Q3"
    assert mention(text, "a year ago", date(1989, 11, 2)).value == "1988-Q3"


def test_a_year_ago_far_from_any_reported_period_is_the_year() -> None:
    filler = "The cooperative also opened two shops on the coast and shut a depot inland. " * 4
    text = "Hillside Dairy posted a third-quarter loss. " + filler + "Milk output was higher a year ago."
    assert mention(text, "a year ago", date(1989, 11, 2)).value == "1988"


@pytest.mark.parametrize(
    "forecast",
    [
        "Brokers expect the lull to last into the fourth quarter.",
        "She believes shipyards will post losses through the third quarter of 1990.",
    ],
)
def test_a_forecast_quarter_does_not_replace_the_reported_one(forecast: str) -> None:
    text = f"The shipyard posted lower third-quarter orders. {forecast} In the year-ago period, it built nine hulls."
    assert mention(text, "the year-ago period").value == "1988-Q3"


def test_a_forecast_quarter_is_the_reported_one_when_no_other_is_named() -> None:
    text = (
        "The brewery said it expects to sell two million cases in the third quarter. "
        "In the year-ago quarter, it sold fewer."
    )
    assert mention(text, "the year-ago quarter", date(1989, 10, 27)).value == "1988-Q3"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Rainfall in the year-earlier six weeks was double.", "the year-earlier six weeks", "P6W"),
        ("Arrivals matched the year-ago four months.", "the year-ago four months", "P4M"),
        ("The prior-year two quarters were weaker.", "The prior-year two quarters", "P6M"),
    ],
)
def test_a_counted_length_compared_with_a_year_before_is_a_length(text: str, surface: str, value: str) -> None:
    found = mention(text, surface)
    assert (found.timex_type, found.value) == ("DURATION", value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "mod"),
    [
        ("Punk bands toured widely in the latter half of the '70s.", "the latter half of the '70s", "197", "END"),
        ("Prices rose in the first half of the 1990s.", "the first half of the 1990s", "199", "START"),
    ],
)
def test_a_half_of_a_decade_is_the_decade_with_a_mod(text: str, surface: str, value: str, mod: str) -> None:
    found = mention(text, surface)
    assert (found.value, found.mod) == (value, mod)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Footfall rose in the second quarter, above the quarter a year earlier.",
         "the quarter a year earlier", "1988-Q2"),
        ("Exports grew in the second quarter; in the quarter two years ago they fell.",
         "the quarter two years ago", "1987-Q2"),
    ],
)
def test_the_quarter_some_years_ago_is_the_reported_quarter_moved_back(text: str, surface: str, value: str) -> None:
    assert mention(text, surface).value == value
