"""Calendar buckets for finding date-compatible mentions, and which dates one resolution slip confuses."""

from __future__ import annotations

import pytest

from timeline.events.date_buckets import containing_buckets, could_be_misdated, lookup_buckets
from timeline.extract.timex_values import interval_for_value


def interval(value: str):
    result = interval_for_value(value)
    assert result is not None
    return result


def test_a_day_is_filed_under_its_day_week_month_and_year():
    assert containing_buckets(interval("2023-03-17")) == (
        ("D", interval("2023-03-17").first_day), ("W", 2023, 11), ("M", 2023, 3), ("Y", 2023))
    assert containing_buckets(interval("2023-W11")) == (("W", 2023, 11), ("M", 2023, 3), ("Y", 2023))


def test_lookups_go_to_the_smallest_bucket_or_the_years_of_a_long_interval():
    assert lookup_buckets(interval("2023-03")) == (("M", 2023, 3),)
    assert lookup_buckets(interval("2023-Q1")) == (("Y", 2023),)
    assert lookup_buckets(interval("199")) == tuple(("Y", year) for year in range(1990, 2000))
    assert lookup_buckets(interval("19")) == ()  # a century pins nothing down


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("2023-02", "2023-03", True),  # last month / this month
        ("2023-03-17", "2023-03-10", True),  # a weekday in the wrong week
        ("2023-03-17", "2023-03-18", True),
        ("2023-03-17", "2023-03-20", False),
        ("2023-01", "2023-03", False),
        ("2023-03", "2023-03-17", False),  # nested: not a disagreement
    ],
)
def test_which_dates_one_resolution_slip_can_confuse(first, second, expected):
    assert could_be_misdated(interval(first), interval(second)) is expected
