"""Resolvers for dates written in figures: ISO and year-first dates, "31/05/2024", "08/2027", "by 5/31"."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from timeline.extract.absolute_dates import parse_absolute_date
from timeline.extract.date_order import document_habit
from timeline.extract.resolution import ABSOLUTE, DATE, TIME, Context, Resolution, parse_year
from timeline.extract.resolvers.absolute import _month_day
from timeline.extract.timex_values import month_value, week_value
from timeline.extract.vocabulary import MONTH_NAMES


def resolve_iso_date(groups: dict[str, str], ctx: Context) -> Resolution | None:
    surface = ctx.text[ctx.start : ctx.end]
    if surface.count(groups["sep"]) < 2 and groups["sep"] != "-":
        return None  # "2024/05-31": the parts of one date share their separator
    try:
        day = date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
    except ValueError:
        return None
    if "hour" in groups:
        value = f"{day.isoformat()}T{groups['hour']}:{groups['minute']}"
        return Resolution(TIME, value, ABSOLUTE, frozenset({"year", "month", "day", "hour", "minute"}))
    return Resolution(DATE, day.isoformat(), ABSOLUTE, frozenset({"year", "month", "day"}))


def resolve_compact_date(groups: dict[str, str], ctx: Context) -> Resolution | None:
    day = parse_absolute_date(groups["date"], day_first=ctx.day_first)
    if day is None:
        return None
    if "hour" in groups:
        value = f"{day.isoformat()}T{groups['hour']}:{groups['minute']}"
        return Resolution(TIME, value, ABSOLUTE, frozenset({"year", "month", "day", "hour", "minute"}))
    return Resolution(DATE, day.isoformat(), ABSOLUTE, frozenset({"year", "month", "day"}))


def _numeric_order(first: int, second: int, ctx: Context, *, dotted: bool = False) -> tuple[list[tuple[int, int]], str]:
    """(month, day) readings of two numbers, the likelier first, and how that was decided.

    A reading that cannot be a date (a month over 12) drops out. Otherwise the reader's
    day-first setting, then the document's own dates, language or place (date_order.py) decide; with
    nothing to go by, month first (the wire services' order) leads and the note names
    the other reading, so the date shows as uncertain rather than silently chosen.
    """
    month_first, day_first = (first, second), (second, first)
    possible = [order for order in (month_first, day_first) if 1 <= order[0] <= 12 and 1 <= order[1] <= 31]
    if len(possible) < 2 or first == second:
        return possible[:1], ""
    if ctx.day_first:
        return [day_first, month_first], "read day first, as set"
    habit = document_habit(ctx.text, ctx.locale)
    if habit is None and dotted:
        # "10.08.2012": the dotted form is the day-first countries' (German, Russian, ...);
        # month-first writers use slashes
        return [day_first, month_first], "read day first: dotted dates are written day first"
    if habit is not None:
        if habit.day_first:
            return [day_first, month_first], f"read day first: {habit.reason}"
        return [month_first, day_first], f"read month first: {habit.reason}"
    other = f"{day_first[1]} {MONTH_NAMES[day_first[0]]}"
    return [month_first, day_first], f"ambiguous: read month first; day first it would be {other}"




def resolve_numeric_date(groups: dict[str, str], ctx: Context) -> Resolution | None:
    first = int(groups.get("first") or groups["first2"])
    second = int(groups.get("second") or groups["second2"])
    year = parse_year(groups.get("year") or groups["year2"])
    if "sep" in groups and ctx.text[ctx.start : ctx.end].count(groups["sep"]) != 2:
        return None  # "12.05-2020": the parts of one date share their separator
    orders, note = _numeric_order(first, second, ctx, dotted=groups.get("sep") == ".")
    for month, day in orders:
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        return Resolution(DATE, value.isoformat(), ABSOLUTE, frozenset({"year", "month", "day"}), note=note)
    return None


def resolve_iso_week(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "2019-W15", "week 15 of 2019": an ISO week (Monday to Sunday), or a day of one."""
    year = int(groups.get("year") or groups.get("year2") or groups["year3"])
    week = int(groups.get("week") or groups.get("week2") or groups["week3"])
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None  # week 53 of a year that has 52, week 0
    if "weekday" in groups:
        day = monday + timedelta(days=int(groups["weekday"]) - 1)
        return Resolution(DATE, day.isoformat(), ABSOLUTE, frozenset({"year", "week", "weekday"}))
    return Resolution(DATE, week_value(monday), ABSOLUTE, frozenset({"year", "week"}))


def resolve_numeric_month_year(groups: dict[str, str], ctx: Context) -> Resolution | None:
    year = int(groups["year"])
    return Resolution(DATE, month_value(year, int(groups["month"])), ABSOLUTE, frozenset({"year", "month"}))


def resolve_numeric_month_day(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "by 5/31": the month and day read as a written-out date would be, the year implied."""
    if (groups["first"], groups["second"]) == ("9", "11"):
        # "after 9/11": in news the attacks of 11 September 2001, whatever the article's year
        return Resolution(DATE, "2001-09-11", ABSOLUTE, frozenset({"year", "month", "day"}),
                          note="9/11 names the attacks of 11 September 2001")
    orders, note = _numeric_order(int(groups["first"]), int(groups["second"]), ctx)
    if not orders:
        return None
    month, day = orders[0]
    found = _month_day({"month": MONTH_NAMES[month], "day": str(day)}, ctx)
    return None if found is None else replace(found, note=note)


RESOLVERS = {
    "iso_date": resolve_iso_date,
    "numeric_date": resolve_numeric_date,
    "numeric_month_year": resolve_numeric_month_year,
    "iso_week": resolve_iso_week,
    "numeric_month_day": resolve_numeric_month_day,
    "compact_date": resolve_compact_date,
}
