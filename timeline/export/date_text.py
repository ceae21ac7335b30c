"""Dates as they read on an exported page: English names, never the machine's locale.

Qt sets the C library locale from the environment, so `strftime` would print German
month names on a German desktop; an export must read the same wherever it is made.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}


def day_text(day: date | None) -> str:
    """'Fri 17 Mar 2023': the weekday is there because analysts check weekdays."""
    if day is None:
        return "undated"
    return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def short_day_text(day: date | None) -> str:
    """'17 Mar 2023', for citations where the weekday is noise."""
    if day is None:
        return "undated"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def interval_text(interval: TimeInterval) -> str:
    """The interval at the precision it was stated: a month reads as a month, not its 1st."""
    g = interval.granularity
    first = interval.first_day
    last = interval.last_day
    if g >= Granularity.PART_OF_DAY:
        return f"{day_text(first)}, {interval.start:%H:%M}"
    if g == Granularity.DAY:
        return day_text(first) if first == last else range_text(first, last)
    if g == Granularity.WEEK:
        year, week, _ = first.isocalendar()
        return f"week {week} of {year} ({range_text(first, last)})"
    if g == Granularity.MONTH:
        return f"{MONTH_NAMES[first.month - 1]} {first.year}"
    if g == Granularity.SEASON and first.month in SEASONS:
        return f"{SEASONS[first.month]} {first.year}"
    if g == Granularity.QUARTER:
        return f"Q{(first.month - 1) // 3 + 1} {first.year}"
    if g == Granularity.HALF_YEAR:
        return f"H{(first.month - 1) // 6 + 1} {first.year}"
    if g == Granularity.YEAR:
        return str(first.year)
    if g == Granularity.DECADE:
        return f"the {first.year}s"
    return range_text(first, last)


def range_text(first: date, last: date) -> str:
    """'17 – 22 Mar 2023', '28 Feb – 3 Mar 2023', '17 Mar 2023 – 1 Apr 2024'."""
    if first == last:
        return short_day_text(first)
    if first.year != last.year:
        return f"{short_day_text(first)} – {short_day_text(last)}"
    if first.month != last.month:
        return f"{first.day} {MONTHS[first.month - 1]} – {short_day_text(last)}"
    return f"{first.day} – {short_day_text(last)}"


def span_text(start: datetime, end: datetime) -> str:
    """A half-open range [start, end) as the days it covers."""
    last = (end - timedelta(microseconds=1)).date()
    return range_text(start.date(), max(start.date(), last))
