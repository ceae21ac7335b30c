"""Datetimes as float seconds on one axis, so geometry is plain arithmetic and bisect."""

from __future__ import annotations

from datetime import datetime, timedelta

EPOCH = datetime(1970, 1, 1)
SECONDS_PER_HOUR = 3600.0
SECONDS_PER_DAY = 86_400.0
SECONDS_PER_YEAR = 365.2425 * SECONDS_PER_DAY

# The calendar datetime can represent, kept a day inside its ends so arithmetic near
# the edges never overflows.
EARLIEST = datetime(1, 1, 2)
LATEST = datetime(9999, 12, 30)


def to_seconds(moment: datetime) -> float:
    """Seconds since 1970-01-01 (naive: events carry calendar dates, not instants)."""
    return (moment - EPOCH).total_seconds()


EARLIEST_SECONDS = to_seconds(EARLIEST)
LATEST_SECONDS = to_seconds(LATEST)


def from_seconds(seconds: float) -> datetime:
    """The datetime at these seconds, held inside the representable calendar."""
    seconds = min(max(seconds, EARLIEST_SECONDS), LATEST_SECONDS)
    return EPOCH + timedelta(seconds=seconds)
