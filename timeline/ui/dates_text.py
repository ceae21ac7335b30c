"""How dates read in the window: weekday included, because analysts check weekdays."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval


@lru_cache(maxsize=4096)  # strftime is slow, and a corpus repeats its dates
def day_text(day: date | None) -> str:
    if day is None:
        return "undated"
    return day.strftime("%a %d %b %Y").replace(" 0", " ")


def interval_text(interval: TimeInterval) -> str:
    g = interval.granularity
    first = interval.first_day
    if g >= Granularity.DAY:
        if g > Granularity.DAY:
            return interval.start.strftime("%a %d %b %Y %H:%M").replace(" 0", " ", 1)
        return day_text(first)
    if g == Granularity.WEEK:
        year, week, _ = first.isocalendar()
        return f"week {week} of {year} ({day_text(first)} – {day_text(interval.last_day)})"
    if g == Granularity.MONTH:
        return first.strftime("%B %Y")
    if g == Granularity.YEAR:
        return str(first.year)
    if g == Granularity.DECADE:
        return f"the {first.year}s"
    if g == Granularity.CENTURY:
        return f"the {first.year // 100 + 1}th century"
    return f"{first.strftime('%d %b %Y')} – {interval.last_day.strftime('%d %b %Y')} ({g.label})"
