"""A half-open span of time [start, end) with the granularity it was stated at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from timeline.domain.granularity import Granularity
from timeline.domain.pickling import pickled_by_arguments


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class TimeInterval:
    """Half-open: a day is [00:00 that day, 00:00 the next day)."""

    start: datetime
    end: datetime
    granularity: Granularity

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"empty interval: {self.start} .. {self.end}")

    @classmethod
    def for_day(cls, day: date) -> TimeInterval:
        start = datetime.combine(day, time())
        return cls(start, start + timedelta(days=1), Granularity.DAY)

    @classmethod
    def for_dates(cls, first: date, last_inclusive: date, granularity: Granularity) -> TimeInterval:
        start = datetime.combine(first, time())
        end = datetime.combine(last_inclusive, time()) + timedelta(days=1)
        return cls(start, end, granularity)

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    @property
    def midpoint(self) -> datetime:
        return self.start + (self.end - self.start) / 2

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        """The last calendar day the interval touches."""
        return (self.end - timedelta(microseconds=1)).date()

    def contains(self, other: TimeInterval) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: TimeInterval) -> bool:
        return self.start < other.end and other.start < self.end

    def compatible_with(self, other: TimeInterval) -> bool:
        """Two statements of one date agree when one interval lies within the other."""
        return self.contains(other) or other.contains(self)
