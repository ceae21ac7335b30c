"""TIMEX3 values as intervals, and value arithmetic."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline.domain.granularity import Granularity
from timeline.extract import interval_for_value
from timeline.extract.timex_values import describe_value, shift_value


@pytest.mark.parametrize(
    ("value", "start", "end", "granularity"),
    [
        ("2023-03-17", datetime(2023, 3, 17), datetime(2023, 3, 18), Granularity.DAY),
        ("2023-02", datetime(2023, 2, 1), datetime(2023, 3, 1), Granularity.MONTH),
        ("2023-W11", datetime(2023, 3, 13), datetime(2023, 3, 20), Granularity.WEEK),
        ("2023-W11-WE", datetime(2023, 3, 18), datetime(2023, 3, 20), Granularity.WEEK),
        ("2022-SU", datetime(2022, 6, 1), datetime(2022, 9, 1), Granularity.SEASON),
        ("2022-WI", datetime(2022, 12, 1), datetime(2023, 3, 1), Granularity.SEASON),
        ("2024-Q3", datetime(2024, 7, 1), datetime(2024, 10, 1), Granularity.QUARTER),
        ("2024-H2", datetime(2024, 7, 1), datetime(2025, 1, 1), Granularity.HALF_YEAR),
        ("2024", datetime(2024, 1, 1), datetime(2025, 1, 1), Granularity.YEAR),
        ("199", datetime(1990, 1, 1), datetime(2000, 1, 1), Granularity.DECADE),
        ("18", datetime(1800, 1, 1), datetime(1900, 1, 1), Granularity.CENTURY),
        ("1998-08-07T14:00", datetime(1998, 8, 7, 14), datetime(1998, 8, 7, 14, 1),
         Granularity.MINUTE),
        ("1998-08-07TMO", datetime(1998, 8, 7, 6), datetime(1998, 8, 7, 12),
         Granularity.PART_OF_DAY),
    ],
)
def test_interval_for_value(value, start, end, granularity):
    interval = interval_for_value(value)
    assert interval is not None
    assert (interval.start, interval.end, interval.granularity) == (start, end, granularity)


@pytest.mark.parametrize("value", ["P3D", "PT4.5H", "XXXX-XX-XX", "PRESENT_REF", "2023-13",
                                   "2023-02-30", "", "XXXX-WXX-5"])
def test_values_without_a_fixed_interval(value):
    assert interval_for_value(value) is None


@pytest.mark.parametrize(
    ("value", "unit", "amount", "expected"),
    [
        ("1989-Q3", "Y", -1, "1988-Q3"),
        ("2023-03-20", "D", 2, "2023-03-22"),
        ("2023-01-31", "M", 1, "2023-02-28"),
        ("2023-W52", "W", 1, "2024-W01"),
        ("2023-12", "M", 1, "2024-01"),
        ("2023-12", "D", 1, None),
    ],
)
def test_shift_value(value, unit, amount, expected):
    assert shift_value(value, unit, amount) == expected


def test_describe_value_reads_like_a_person():
    assert describe_value("2023-03-17") == "Fri 17 Mar 2023"
    assert describe_value("2023-02") == "February 2023"
    assert describe_value("2023-W11") == "week 11 of 2023"


def test_a_period_inside_one_year_truncates_to_that_year():
    from timeline.domain.granularity import Granularity
    from timeline.extract.timex_values import truncate_value

    assert truncate_value("1990-Q3", Granularity.YEAR) == "1990"
    assert truncate_value("1990-SU", Granularity.YEAR) == "1990"
    assert truncate_value("1990-03", Granularity.YEAR) == "1990"
    assert truncate_value("1990-03-20", Granularity.YEAR) == "1990"
    assert truncate_value("1990", Granularity.MONTH) is None  # a year names no one month
