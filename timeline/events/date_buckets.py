"""Calendar buckets (day, ISO week, month, year) used to find date-compatible mentions without comparing all pairs.

Two statements of a date agree when one interval lies within the other. Every interval
is filed under each calendar bucket that wholly contains it; to find what lies within
an interval, look in the smallest bucket that contains it and keep what it contains.
"""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache

from timeline.domain.interval import TimeInterval

BucketKey = tuple[object, ...]

DAY = timedelta(days=1)
WEEK = timedelta(days=7)


@lru_cache(maxsize=1 << 14)
def containing_buckets(interval: TimeInterval) -> tuple[BucketKey, ...]:
    """Every calendar bucket that wholly contains the interval, finest first."""
    first, last = interval.first_day, interval.last_day
    keys: list[BucketKey] = []
    if first == last:
        keys.append(("D", first))
    first_week, last_week = first.isocalendar(), last.isocalendar()
    if (first_week.year, first_week.week) == (last_week.year, last_week.week):
        keys.append(("W", first_week.year, first_week.week))
    if (first.year, first.month) == (last.year, last.month):
        keys.append(("M", first.year, first.month))
    if first.year == last.year:
        keys.append(("Y", first.year))
    return tuple(keys)


@lru_cache(maxsize=1 << 14)
def lookup_buckets(interval: TimeInterval, max_years: int = 12) -> tuple[BucketKey, ...]:
    """Where to look for intervals lying within this one: its smallest bucket, or its years."""
    keys = containing_buckets(interval)
    if keys:
        return keys[:1]
    first, last = interval.first_day.year, interval.last_day.year
    if last - first + 1 > max_years:
        return ()  # a century or a decade: too vague to pin any happening to
    return tuple(("Y", year) for year in range(first, last + 1))


def could_be_misdated(first: TimeInterval, second: TimeInterval) -> bool:
    """Dates one resolution slip apart: neighbouring periods of one granularity ("last month"
    against "earlier this month"), or days a week apart (a weekday resolved in the wrong week).
    Anything further apart is more likely two happenings than one misdated.
    """
    if first.granularity != second.granularity:
        return False
    if first.end == second.start or second.end == first.start:
        return True
    return first.duration <= DAY and second.duration <= DAY and abs(first.start - second.start) == WEEK
