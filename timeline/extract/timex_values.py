"""TIMEX3 values as calendar arithmetic: value -> interval, shifting a value, values for dates.

Pure functions over strings such as "2023-03-17", "2023-W11", "2022-SU", "1998-Q3",
"199" (the 1990s) or "19" (the 1900s). Events and benchmarks use `interval_for_value`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from timeline.domain.calendar_words import clock_text, day_text, month_text
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval

# Hours covered by each TIMEX3 part of day: start hour, end hour (may pass midnight).
PART_OF_DAY_HOURS: dict[str, tuple[int, int]] = {
    "MO": (6, 12),
    "MI": (12, 13),
    "AF": (12, 18),
    "EV": (18, 21),
    "NI": (21, 24),
    "DT": (6, 18),
}
# Meteorological seasons: first month of each, winter running into the next year.
SEASON_FIRST_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_ORDER: tuple[str, ...] = ("WI", "SP", "SU", "FA")

_VALUE = re.compile(
    r"(?P<year>\d{4})(?:-(?:"
    r"(?P<month>\d\d)(?:-(?P<day>\d\d)(?:T(?:(?P<hour>\d\d)(?::(?P<minute>\d\d))?|(?P<part>MO|MI|AF|EV|NI|DT)))?)?"
    r"|W(?P<week>\d\d)(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])"
    r"|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)"
    r"))?$"
    r"|(?P<decade>\d{3})$|(?P<century>\d{2})$"
)


@dataclass(frozen=True, slots=True)
class CalendarValue:
    """A parsed calendar value: a granularity and the fields that pin it down."""

    granularity: Granularity
    year: int
    month: int = 1
    day: int = 1
    week: int = 0
    quarter: int = 0
    half: int = 0
    season: str = ""
    hour: int = 0
    minute: int = 0
    part: str = ""
    weekend: bool = False


@lru_cache(maxsize=4096)
def parse_value(value: str) -> CalendarValue | None:
    """The calendar meaning of a TIMEX3 date/time value, or None (durations, X, *_REF)."""
    match = _VALUE.match(value)
    if match is None:
        return None
    g = match.groupdict()
    if g["century"]:
        return CalendarValue(Granularity.CENTURY, int(g["century"]) * 100)
    if g["decade"]:
        return CalendarValue(Granularity.DECADE, int(g["decade"]) * 10)
    year = int(g["year"])
    if year < 1:
        return None  # the calendar starts at year 1; "0000" can only come from arithmetic
    if g["week"]:
        return CalendarValue(Granularity.WEEK, year, week=int(g["week"]), weekend=bool(g["weekend"]))
    if g["quarter"]:
        return CalendarValue(Granularity.QUARTER, year, quarter=int(g["quarter"]))
    if g["half"]:
        return CalendarValue(Granularity.HALF_YEAR, year, half=int(g["half"]))
    if g["season"]:
        return CalendarValue(Granularity.SEASON, year, season=g["season"])
    if not g["month"]:
        return CalendarValue(Granularity.YEAR, year)
    month = int(g["month"])
    if not 1 <= month <= 12:
        return None
    if not g["day"]:
        return CalendarValue(Granularity.MONTH, year, month)
    day = int(g["day"])
    try:
        date(year, month, day)
    except ValueError:
        return None
    hour = int(g["hour"]) if g["hour"] else 0
    minute = int(g["minute"]) if g["minute"] else 0
    if hour > 24 or minute > 59 or (hour == 24 and minute):
        return None  # T24:00 is the end of the day ("midnight Friday"), nothing later
    if g["part"]:
        return CalendarValue(Granularity.PART_OF_DAY, year, month, day, part=g["part"])
    if g["minute"]:
        return CalendarValue(Granularity.MINUTE, year, month, day, hour=int(g["hour"]), minute=int(g["minute"]))
    if g["hour"]:
        return CalendarValue(Granularity.HOUR, year, month, day, hour=int(g["hour"]))
    return CalendarValue(Granularity.DAY, year, month, day)


def _month_start(year: int, month: int) -> datetime:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return datetime(year, month, 1)


@lru_cache(maxsize=4096)
def interval_for_value(value: str) -> TimeInterval | None:
    """The half-open interval a TIMEX3 value covers, or None when it names no fixed period."""
    parsed = parse_value(value)
    if parsed is None or not 1 <= parsed.year <= 9998:
        return None
    g = parsed.granularity
    try:
        if g is Granularity.CENTURY:
            return TimeInterval(datetime(max(parsed.year, 1), 1, 1), datetime(parsed.year + 100, 1, 1), g)
        if g is Granularity.DECADE:
            return TimeInterval(datetime(max(parsed.year, 1), 1, 1), datetime(parsed.year + 10, 1, 1), g)
        if g is Granularity.YEAR:
            return TimeInterval(datetime(parsed.year, 1, 1), datetime(parsed.year + 1, 1, 1), g)
        if g is Granularity.HALF_YEAR:
            first = 1 + 6 * (parsed.half - 1)
            return TimeInterval(_month_start(parsed.year, first), _month_start(parsed.year, first + 6), g)
        if g is Granularity.QUARTER:
            first = 1 + 3 * (parsed.quarter - 1)
            return TimeInterval(_month_start(parsed.year, first), _month_start(parsed.year, first + 3), g)
        if g is Granularity.SEASON:
            first = SEASON_FIRST_MONTH[parsed.season]
            return TimeInterval(_month_start(parsed.year, first), _month_start(parsed.year, first + 3), g)
        if g is Granularity.MONTH:
            return TimeInterval(_month_start(parsed.year, parsed.month), _month_start(parsed.year, parsed.month + 1), g)
        if g is Granularity.WEEK:
            monday = date.fromisocalendar(parsed.year, parsed.week, 1)
            if parsed.weekend:
                return TimeInterval.for_dates(monday + timedelta(days=5), monday + timedelta(days=6), g)
            return TimeInterval.for_dates(monday, monday + timedelta(days=6), g)
        day = datetime(parsed.year, parsed.month, parsed.day)
        if g is Granularity.DAY:
            return TimeInterval(day, day + timedelta(days=1), g)
        if g is Granularity.PART_OF_DAY:
            first, last = PART_OF_DAY_HOURS[parsed.part]
            return TimeInterval(day + timedelta(hours=first), day + timedelta(hours=last), g)
        if g is Granularity.HOUR:
            start = day + timedelta(hours=parsed.hour)
            return TimeInterval(start, start + timedelta(hours=1), g)
        start = day + timedelta(hours=parsed.hour, minutes=parsed.minute)
        return TimeInterval(start, start + timedelta(minutes=1), g)
    except ValueError:
        return None


# -- values for calendar periods ------------------------------------------------------


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def quarter_value(year: int, quarter: int) -> str:
    year += (quarter - 1) // 4
    quarter = (quarter - 1) % 4 + 1
    return f"{year:04d}-Q{quarter}"


def half_value(year: int, half: int) -> str:
    year += (half - 1) // 2
    half = (half - 1) % 2 + 1
    return f"{year:04d}-H{half}"


def season_of(day: date) -> tuple[int, str]:
    """The (year, code) of the season a day falls in; December belongs to that year's winter."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, ("SP", "SU", "FA")[(day.month - 3) // 3]


def season_value(year: int, code: str) -> str:
    return f"{year:04d}-{code}"


def year_value(year: int) -> str:
    return f"{year:04d}"


def decade_value(year: int) -> str:
    return f"{year // 10:03d}"


def century_value(year: int) -> str:
    return f"{year // 100:02d}"


# -- shifting -------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    return date(year, month, 28)


def shift_value(value: str, unit: str, amount: int) -> str | None:
    """`value` moved by `amount` units ("D", "W", "M", "Q", "Y", "DE", "CE"), keeping its granularity.

    "1989-Q3" shifted by -1 "Y" is "1988-Q3"; "2023-03-20" by 2 "D" is "2023-03-22";
    a shift finer than the value (days on a month) answers None.
    """
    parsed = parse_value(value)
    if parsed is None:
        return None
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    g = parsed.granularity
    try:
        if g >= Granularity.DAY:
            day = date(parsed.year, parsed.month, parsed.day)
            if unit == "D":
                day += timedelta(days=amount)
            elif unit == "W":
                day += timedelta(weeks=amount)
            elif months is not None:
                day = add_months(day, months * amount)
            else:
                return None
            return day.isoformat() + value[10:]
        if g is Granularity.WEEK:
            monday = date.fromisocalendar(parsed.year, parsed.week, 1)
            if unit == "W":
                monday += timedelta(weeks=amount)
            elif unit == "D" and amount % 7 == 0:
                monday += timedelta(days=amount)
            elif unit == "Y":
                return f"{parsed.year + amount:04d}-W{parsed.week:02d}" + value[8:]
            else:
                return None
            return week_value(monday) + ("-WE" if parsed.weekend else "")
        if months is None:
            return None
        if g is Granularity.MONTH:
            return month_value(parsed.year, parsed.month + months * amount)
        if g is Granularity.QUARTER and months % 3 == 0:
            return quarter_value(parsed.year, parsed.quarter + months * amount // 3)
        if g is Granularity.HALF_YEAR and months % 6 == 0:
            return half_value(parsed.year, parsed.half + months * amount // 6)
        if g is Granularity.SEASON and months % 12 == 0:
            return season_value(parsed.year + months * amount // 12, parsed.season)
        if g is Granularity.YEAR and months % 12 == 0:
            return year_value(parsed.year + months * amount // 12)
        if g is Granularity.DECADE and months % 120 == 0:
            return decade_value(parsed.year + months * amount // 12)
        if g is Granularity.CENTURY and months % 1200 == 0:
            return century_value(parsed.year + months * amount // 12)
    except ValueError:
        return None
    return None


def truncate_value(value: str, granularity: Granularity) -> str | None:
    """A value cut down to a coarser granularity ("2023-03-20" -> "2023-03", "1990-Q3" -> "1990")."""
    parsed = parse_value(value)
    if parsed is not None and granularity == Granularity.YEAR and parsed.granularity > Granularity.YEAR:
        return year_value(parsed.year)  # a quarter, season or month lies in one year
    if parsed is None or parsed.granularity < Granularity.DAY:
        return value if parsed is not None and parsed.granularity == granularity else None
    day = date(parsed.year, parsed.month, parsed.day)
    return value_at(day, granularity)


def value_at(day: date, granularity: Granularity) -> str:
    """The value of the period of the given granularity that contains `day`."""
    if granularity >= Granularity.DAY:
        return day.isoformat()
    if granularity is Granularity.WEEK:
        return week_value(day)
    if granularity is Granularity.MONTH:
        return month_value(day.year, day.month)
    if granularity is Granularity.SEASON:
        return season_value(*season_of(day))
    if granularity is Granularity.QUARTER:
        return quarter_value(day.year, quarter_of(day))
    if granularity is Granularity.HALF_YEAR:
        return half_value(day.year, 1 if day.month <= 6 else 2)
    if granularity is Granularity.YEAR:
        return year_value(day.year)
    if granularity is Granularity.DECADE:
        return decade_value(day.year)
    return century_value(day.year)


def anchor_day(value: str) -> date | None:
    """A day that stands for a value when something is counted from it (its first day)."""
    interval = interval_for_value(value)
    return None if interval is None else interval.first_day


@lru_cache(maxsize=4096)
def describe_value(value: str) -> str:
    """A short human reading of a value: "Fri 17 Mar 2023", "March 2023", "week 11 of 2023"."""
    parsed = parse_value(value)
    if parsed is None or interval_for_value(value) is None:
        return value
    g = parsed.granularity
    if g >= Granularity.DAY:
        text = day_text(date(parsed.year, parsed.month, parsed.day))
        if g is Granularity.PART_OF_DAY:
            part = {
                "MO": "morning",
                "MI": "midday",
                "AF": "afternoon",
                "EV": "evening",
                "NI": "night",
                "DT": "daytime",
            }[parsed.part]
            return f"{text} {part}"
        if g >= Granularity.HOUR:
            if parsed.hour == 24:
                return f"{text} 24:00"
            return f"{text} {clock_text(parsed.hour, parsed.minute)}"
        return text
    if g is Granularity.WEEK:
        prefix = "weekend of week" if parsed.weekend else "week"
        return f"{prefix} {parsed.week} of {parsed.year}"
    if g is Granularity.MONTH:
        return month_text(parsed.year, parsed.month)
    if g is Granularity.QUARTER:
        return f"Q{parsed.quarter} {parsed.year}"
    if g is Granularity.HALF_YEAR:
        return f"H{parsed.half} {parsed.year}"
    if g is Granularity.SEASON:
        name = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}[parsed.season]
        return f"{name} {parsed.year}"
    if g is Granularity.YEAR:
        return str(parsed.year)
    if g is Granularity.DECADE:
        return f"the {parsed.year}s"
    return f"the {parsed.year}s (century)"


def narrowed(interval: TimeInterval, mod: str | None) -> TimeInterval:
    """The part of an interval a TIMEX3 mod points at: its first, middle or last third.

    Whole days are kept for periods of a few days or more ("early next week" is Monday to
    Wednesday, "the end of the month" its last ten days or so).
    """
    if mod not in ("START", "MID", "END"):
        return interval
    length = interval.end - interval.start
    third = length / 3
    if length >= timedelta(days=3):
        third = timedelta(days=max(1, round(third / timedelta(days=1))))
    if mod == "START":
        return TimeInterval(interval.start, interval.start + third, interval.granularity)
    if mod == "END":
        return TimeInterval(interval.end - third, interval.end, interval.granularity)
    return TimeInterval(interval.start + third, interval.end - third, interval.granularity)
