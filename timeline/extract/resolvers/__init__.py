"""The dispatch table from a rule's `resolve` name to the small function that resolves it."""

from __future__ import annotations

from timeline.extract.resolution import Resolver
from timeline.extract.resolvers import (
    absolute,
    decades,
    durations,
    holidays,
    month_days,
    narrative,
    numeric,
    offsets,
    quarters,
    ranges,
    relative,
    run_in_stamps,
    stamps,
    times,
    weeks,
)

RESOLVERS: dict[str, Resolver] = {
    **absolute.RESOLVERS,
    **quarters.RESOLVERS,
    **holidays.RESOLVERS,
    **decades.RESOLVERS,
    **numeric.RESOLVERS,
    **month_days.RESOLVERS,
    **weeks.RESOLVERS,
    **relative.RESOLVERS,
    **offsets.RESOLVERS,
    **narrative.RESOLVERS,
    **durations.RESOLVERS,
    **times.RESOLVERS,
    **ranges.RESOLVERS,
    **stamps.RESOLVERS,
    **run_in_stamps.RESOLVERS,
}

__all__ = ["RESOLVERS"]
