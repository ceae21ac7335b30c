"""How precisely a date is known, from a whole century down to a minute."""

from __future__ import annotations

from enum import IntEnum


class Granularity(IntEnum):
    """Ordered coarse to fine, so `a < b` means a is the coarser of the two."""

    MILLENNIUM = 0
    CENTURY = 1
    DECADE = 2
    YEAR = 3
    HALF_YEAR = 4
    QUARTER = 5
    SEASON = 6
    MONTH = 7
    WEEK = 8
    DAY = 9
    PART_OF_DAY = 10
    HOUR = 11
    MINUTE = 12

    @property
    def label(self) -> str:
        return self.name.lower().replace("_", " ")

    def coarser(self, other: Granularity) -> Granularity:
        return self if self < other else other
