"""Dates of the holidays in vocabulary.toml for a given year (fixed and movable feasts)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta


def easter(year: int) -> date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lead = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lead) // 451
    month, day = divmod(h + lead - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th ISO `weekday` of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


_MOVABLE: dict[str, Callable[[int], date]] = {
    "easter": easter,
    "good-friday": lambda year: easter(year) - timedelta(days=2),
    "us-thanksgiving": lambda year: _nth_weekday(year, 11, 4, 4),
    "us-labor-day": lambda year: _nth_weekday(year, 9, 1, 1),
    "us-memorial-day": lambda year: _nth_weekday(year, 5, 1, -1),
    "us-mlk-day": lambda year: _nth_weekday(year, 1, 1, 3),
    "us-presidents-day": lambda year: _nth_weekday(year, 2, 1, 3),
    "us-columbus-day": lambda year: _nth_weekday(year, 10, 1, 2),
    "black-friday": lambda year: _nth_weekday(year, 11, 4, 4) + timedelta(days=1),
    "cyber-monday": lambda year: _nth_weekday(year, 11, 4, 4) + timedelta(days=4),
    "easter-monday": lambda year: easter(year) + timedelta(days=1),
    "palm-sunday": lambda year: easter(year) - timedelta(days=7),
    "ash-wednesday": lambda year: easter(year) - timedelta(days=46),
    "shrove-tuesday": lambda year: easter(year) - timedelta(days=47),
    "maundy-thursday": lambda year: easter(year) - timedelta(days=3),
    "holy-saturday": lambda year: easter(year) - timedelta(days=1),
    "pentecost": lambda year: easter(year) + timedelta(days=49),
    # the Tuesday after the first Monday of November
    "us-election-day": lambda year: _nth_weekday(year, 11, 1, 1) + timedelta(days=1),
}


def holiday_date(rule: str, year: int) -> date | None:
    """The date of a holiday given its vocabulary rule ("fixed:12-25", "easter", ...)."""
    if rule.startswith("fixed:"):
        month, day = rule[6:].split("-")
        return date(year, int(month), int(day))
    movable = _MOVABLE.get(rule)
    return None if movable is None else movable(year)
