"""Resolvers for expressions counted from the date mentioned before them ("two days later")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from timeline.domain.granularity import Granularity
from timeline.extract import calendar_search as search
from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    DATE,
    DURATION,
    PREVIOUS,
    TIME,
    Context,
    PreviousDate,
    Resolution,
    month_number,
    placeholder,
    reported_period,
    timex_mod,
    unanchored,
    weekday_number,
    year_told_before,
)
from timeline.extract.resolvers.offsets import is_clock_unit, offset_value
from timeline.extract.resolvers.relative import UNIT_GRANULARITY
from timeline.extract.tense import FUTURE as FUTURE_TENSE
from timeline.extract.tense import PRESENT as PRESENT_TENSE
from timeline.extract.tense import PROGRESSIVE
from timeline.extract.timex_values import (
    anchor_day,
    interval_for_value,
    month_value,
    parse_value,
    quarter_of,
    quarter_value,
    season_value,
    shift_value,
    truncate_value,
    value_at,
)
from timeline.extract.vocabulary import PARTS_OF_DAY, SEASONS, UNITS, VAGUE_NUMBERS, number_value

UNIT_SHIFT = {"D": "D", "W": "W", "WE": "W", "M": "M", "Q": "Q", "Y": "Y", "DE": "DE", "CE": "CE"}
NAMED_GRANULARITY = {
    "day": Granularity.DAY,
    "morning": Granularity.DAY,
    "afternoon": Granularity.DAY,
    "evening": Granularity.DAY,
    "night": Granularity.DAY,
    "week": Granularity.WEEK,
    "weekend": Granularity.WEEK,
    "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER,
    "year": Granularity.YEAR,
}


def _previous(ctx: Context) -> PreviousDate | None:
    previous = ctx.previous
    if previous is None or parse_value(previous.value) is None:
        return None
    return previous


def _shifted(previous: PreviousDate, unit_code: str, amount: float) -> str | None:
    """The previous value moved by an amount, keeping its granularity when it can."""
    if amount == int(amount) and unit_code in UNIT_SHIFT:
        moved = shift_value(previous.value, UNIT_SHIFT[unit_code], int(amount))
        if moved is not None:
            return _no_clock(moved)
    parsed = parse_value(previous.value)
    span = _SHORTEST_DAYS.get(parsed.granularity) if parsed is not None else None
    days = abs(amount) * {"D": 1, "W": 7}.get(unit_code, 0)
    if span is not None and 0 < days < span:
        # "In the first week of June ... Two days later", "In 1989 ... three days later": no day
        # was stated to count from, so the happening is placed no finer than the anchor
        # (counting from its first day would invent one)
        return previous.value
    day = anchor_day(previous.value)
    return None if day is None else offset_value(day, unit_code, amount)


def _no_clock(value: str) -> str:
    """A value counted in days or longer, without the clock time or part of day of its anchor:
    "at 3am on 5 May ... A day later" tells the day after, not 3am on it."""
    return truncate_value(value, Granularity.DAY) or value  # (a day or coarser comes back as it was)


# The fewest days in a period coarser than a day: an offset shorter than that stays inside it.
_SHORTEST_DAYS = {Granularity.WEEK: 7, Granularity.MONTH: 28, Granularity.SEASON: 89, Granularity.QUARTER: 90,
                  Granularity.HALF_YEAR: 181, Granularity.YEAR: 365}


def resolve_offset_from_previous(groups: dict[str, str], ctx: Context) -> Resolution | None:
    unit_code = UNITS[groups["unit"].lower()]
    direction = groups["dir"].lower().split()[0]
    sign = -1 if direction in ("earlier", "before") else 1
    stated = frozenset({"offset"})
    if is_clock_unit(groups["unit"]):
        # "four hours later", "40 minutes earlier": a clock offset we do not place on the
        # calendar (a minute shares its TIMEX letter with the month)
        return None
    number_word = " ".join(groups["num"].lower().split())
    if number_word in VAGUE_NUMBERS and VAGUE_NUMBERS[number_word] == "X":
        # "a few days later": no date can be placed; say how long, as TimeML does
        return Resolution(DURATION, f"PX{'W' if unit_code == 'WE' else unit_code}", ABSOLUTE,
                          frozenset({"length"}))
    amount = number_value(number_word)
    previous = _previous(ctx)
    if amount is None:
        return None
    if previous is None:
        return unanchored(DATE, placeholder(UNIT_GRANULARITY.get(unit_code, Granularity.DAY)), stated)
    if unit_code == "Y" and amount == 1 and sign < 0:
        # "a year earlier" after "the quarter ended Sept. 30": the same quarter a year before
        period = reported_period(ctx)
        if period is not None and _within(previous, period):
            value = shift_value(period.value, "Y", -1)
            if value is not None:
                return Resolution(DATE, value, PREVIOUS, stated, keeps_anchor=True, anchor_mention=period)
    value = _shifted(previous, unit_code, sign * amount)
    if value is None:
        return None
    if unit_code == "M":
        # "On 20 April ... Two months earlier": counted in months, the day is no one's statement
        value = truncate_value(value, Granularity.MONTH) or value
    if sign > 0 and _beyond_a_told_past(value, ctx):
        # "Two days later, the well delivered the final insult" in a report of the inquiry's
        # findings: counted from the report's own date it lands after the article, which a past
        # cannot; the date it counts from was never told, so the day stays unknown
        return unanchored(DATE, placeholder(UNIT_GRANULARITY.get(unit_code, Granularity.DAY)), stated)
    return Resolution(DATE, value, PREVIOUS, stated, keeps_anchor=sign < 0)


def _beyond_a_told_past(value: str, ctx: Context) -> bool:
    """Whether `value` starts after the article's date while its sentence tells no future."""
    interval = interval_for_value(value)
    if ctx.article_date is None or interval is None or interval.start.date() <= ctx.article_date:
        return False
    return ctx.tense() not in (FUTURE_TENSE, PROGRESSIVE)


def _within(previous: PreviousDate, period: PreviousDate) -> bool:
    """Whether the previous date is the period itself or a day in it (its closing day)."""
    if previous.value == period.value:
        return True
    day, first = anchor_day(previous.value), anchor_day(period.value)
    if day is None or first is None:
        return False
    last = interval_for_value(period.value)
    return last is not None and first <= day < last.end.date()


def resolve_year_earlier(groups: dict[str, str], ctx: Context) -> Resolution | None:
    # "the year-earlier quarter" compares with the period being reported, if there is one
    previous = reported_period(ctx, reach=2000) or _previous(ctx)
    if previous is None:
        return unanchored(DATE, "XXXX", frozenset({"offset"}))
    value = shift_value(previous.value, "Y", -1)
    if value is None:
        return None
    parsed = parse_value(value)
    if parsed is not None and parsed.granularity >= Granularity.DAY:
        # "the year-ago results" compare periods: a day stands for its quarter here
        value = truncate_value(value, Granularity.QUARTER) or value
    return Resolution(DATE, value, PREVIOUS, frozenset({"offset"}), keeps_anchor=True,
                      anchor_mention=previous)


# The shift code of a unit counted on from a date told ("the following week", "the next year").
_UNIT_CODES = {"day": "D", "week": "W", "weekend": "W", "month": "M", "year": "Y"}
# "in the next day or two", "will spend the next day": a span from the telling, not from the last date told
_WITHIN_A_SPAN = re.compile(r"\b(?:in|within|over|during|spend|spending)\s*[\"“]?\s*(?:the\s+)?$", re.IGNORECASE)


def resolve_following_previous(groups: dict[str, str], ctx: Context) -> Resolution | None:
    unit = groups["unit"].lower()
    rel = groups["rel"].lower()
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0}[rel]
    previous = _previous(ctx)
    part = PARTS_OF_DAY.get(unit, "")
    stated = frozenset({"relative-" + unit})
    if unit in SEASONS:
        code = SEASONS[unit]
        if previous is None:
            return unanchored(DATE, f"XXXX-{code}", stated)
        day = anchor_day(previous.value)
        if day is None:
            return None
        direction = search.AFTER if step > 0 else search.BEFORE if step < 0 else search.NEAREST
        year = search.season_occurrence(day, code, direction)
        return Resolution(DATE, season_value(year, code), PREVIOUS, stated)
    if unit in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"):
        if previous is None:
            return unanchored(DATE, f"XXXX-WXX-{weekday_number(unit)}", stated)
        day = anchor_day(previous.value)
        if day is None:
            return None
        direction = search.AFTER if step > 0 else search.BEFORE if step < 0 else search.NEAREST
        found = search.weekday_from(day, weekday_number(unit), direction)
        return Resolution(DATE, found.isoformat(), PREVIOUS, stated)
    granularity = NAMED_GRANULARITY.get(unit, Granularity.DAY)
    if (rel == "next" and unit in _UNIT_CODES and unit != "weekend" and ctx.article_date is not None
            and _WITHIN_A_SPAN.search(ctx.text, max(0, ctx.start - 16), ctx.start)
            and (previous is None or previous.start < ctx.sentence_start)
            and (tense := ctx.tense()) in (FUTURE_TENSE, PRESENT_TENSE)):
        # "will cut the pipe in the next day or two", "would be done over the next month": the
        # day (month) after the article's, not after the last date told (in a story of the past,
        # "over the next day, the fire spread" goes on from the day it told; so does "On May 5 he
        # said it would be done in the next day")
        if unit == "day":
            return Resolution(DATE, (ctx.article_date + timedelta(days=1)).isoformat(), ARTICLE, stated, tense)
        this_period = truncate_value(ctx.article_date.isoformat(), granularity)
        moved = shift_value(this_period, _UNIT_CODES[unit], 1) if this_period is not None else None
        if moved is not None:
            return Resolution(DATE, moved, ARTICLE, stated, tense)
    if previous is None:
        value = placeholder(granularity) + (f"T{part}" if part else "")
        return unanchored(TIME if part else DATE, value, stated)
    unit_code = _UNIT_CODES.get(unit, "D")
    told = parse_value(previous.value)
    if unit_code in ("D", "W") and step and told is not None and told.granularity < granularity \
            and not previous.value.endswith("-WE") \
            and _SHORTEST_DAYS.get(told.granularity, 0) > {"D": 1, "W": 7}[unit_code]:
        # "in mid-August ... the next day", "last summer ... the next day": no day was told to count from, so
        # no finer than the anchor (a week, a month, a season, a year)
        return Resolution(DATE, previous.value, PREVIOUS, stated)
    base = truncate_value(previous.value, granularity) or previous.value
    moved = shift_value(base, unit_code, step)
    if moved is None:
        day = anchor_day(previous.value)
        if day is None:
            return None
        moved = offset_value(day, unit_code, step)
        if moved is None:
            return None
    if unit == "weekend":
        moved = moved[:8] + "-WE"
    if part:
        return Resolution(TIME, moved[:10] + f"T{part}", PREVIOUS, stated)
    return Resolution(DATE, moved, PREVIOUS, stated)


def resolve_day_before_after(groups: dict[str, str], ctx: Context) -> Resolution | None:
    previous = _previous(ctx)
    stated = frozenset({"offset"})
    if previous is None:
        return unanchored(DATE, "XXXX-XX-XX", stated)
    day = anchor_day(previous.value)
    parsed = parse_value(previous.value)
    if day is None or parsed is None or parsed.granularity < Granularity.DAY:
        return None
    step = -1 if groups["dir"].lower() == "before" else 1
    return Resolution(DATE, (day + timedelta(days=step)).isoformat(), PREVIOUS, stated)


def resolve_that_period(groups: dict[str, str], ctx: Context) -> Resolution | None:
    unit = groups["unit"].lower()
    previous = _previous(ctx)
    part = PARTS_OF_DAY.get(unit, "")
    stated = frozenset({"relative-" + unit})
    if unit in SEASONS:
        code = SEASONS[unit]
        if previous is None:
            return unanchored(DATE, f"XXXX-{code}", stated)
        year = int(previous.value[:4])
        return Resolution(DATE, season_value(year, code), PREVIOUS, stated)
    granularity = NAMED_GRANULARITY.get(unit, Granularity.DAY)
    if previous is None:
        value = placeholder(granularity) + (f"T{part}" if part else "")
        return unanchored(TIME if part else DATE, value, stated)
    parsed = parse_value(previous.value)
    if parsed is None:
        return None
    if parsed.granularity < granularity:
        return None  # "that day" after "in 1990": no single day to point at
    day = anchor_day(previous.value)
    if day is None:
        return None
    value = value_at(day, granularity)
    if part:
        return Resolution(TIME, f"{value}T{part}", PREVIOUS, stated)
    return Resolution(DATE, value, PREVIOUS, stated)


def resolve_month_of_that_year(groups: dict[str, str], ctx: Context) -> Resolution | None:
    month = month_number(groups["month"])
    year = year_told_before(ctx, ctx.text[ctx.start : ctx.end])
    if year is None:
        # ("in the 1990s ... in December of that year": no one year to name)
        return unanchored(DATE, f"XXXX-{month:02d}", frozenset({"month"}))
    return Resolution(DATE, month_value(year, month), PREVIOUS, frozenset({"month"}))


def resolve_the_period(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "the quarter", "the full year", "the week": the period under discussion.

    For a quarter, the quarter mentioned last, else the last complete one before the
    article date (results are reported after a quarter ends); for a year, month or week,
    the one the article date falls in. "the quarter a year ago" / "the month two years
    earlier" is that period moved back by the length stated.
    """
    if groups["unit"][:1].isupper() and not ctx.text[ctx.start].isupper():
        return None  # "in the Quarter", "the Week": capitalised inside a sentence, a name ("the French Quarter")
    found = _period_under_discussion(groups, ctx)
    if found is None or "ago" not in groups or parse_value(found.value) is None:
        return found
    amount = number_value(groups["ago_num"])
    if amount is None or amount != int(amount):
        return None
    unit = groups["ago_unit"].lower().rstrip("s")
    moved = shift_value(found.value, {"year": "Y", "quarter": "Q", "month": "M"}[unit], -int(amount))
    return None if moved is None else replace(found, value=moved, stated=found.stated | {"offset"})


def _period_under_discussion(groups: dict[str, str], ctx: Context) -> Resolution | None:
    unit = groups["unit"].lower()
    stated = frozenset({"relative-" + unit})
    if "ended" in groups and unit == "year":
        return Resolution(DURATION, "P1Y", ABSOLUTE, stated)  # "the year ended March 31"
    if unit != "quarter" and ctx.word_after().lower() == "since" and not any(k in groups for k in ("mod", "mod2")) \
            and ctx.word_before().lower() != "of":  # ("the hottest day of the year since records began")
        # "lost $30bn in the month since the blast": a span up to now, not the current month
        return Resolution(DURATION, f"P1{unit[0].upper()}", ABSOLUTE, stated)
    granularity = {"quarter": Granularity.QUARTER, "year": Granularity.YEAR,
                   "week": Granularity.WEEK, "month": Granularity.MONTH}[unit]
    previous = _previous(ctx) if unit == "quarter" else None
    if previous is not None:
        parsed = parse_value(previous.value)
        if parsed is not None and parsed.granularity == granularity:
            value = previous.value
            if "year" in groups:  # "the 1988 quarter": the same quarter in the year named
                value = f"{groups['year']}{value[4:]}"
            return Resolution(DATE, value, PREVIOUS, stated, keeps_anchor=True)
    if "year" in groups:
        if unit != "year":
            return None
        return Resolution(DATE, groups["year"], ABSOLUTE, stated | {"year"})
    if ctx.article_date is None:
        return unanchored(DATE, placeholder(granularity), stated)
    day = ctx.article_date
    value = (quarter_value(day.year, quarter_of(day) - 1) if unit == "quarter"
             else value_at(day, granularity))
    return Resolution(DATE, value, ARTICLE, stated, keeps_anchor=True, mod=timex_mod(groups))


def resolve_reported_period(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "the 1988 period", "the latest period": the period being reported, in a year named."""
    period = reported_period(ctx, reach=2000)
    stated = frozenset({"period"} | ({"year"} if "year" in groups else set()))
    if period is None:
        if "year" in groups:
            return Resolution(DATE, groups["year"], ABSOLUTE, stated)
        if ctx.article_date is None:
            return None
        # No period named yet: companies report by quarter, so the latest one that has ended.
        day = ctx.article_date
        return Resolution(DATE, quarter_value(day.year, quarter_of(day) - 1), ARTICLE, stated)
    value = period.value if "year" not in groups else groups["year"] + period.value[4:]
    return Resolution(DATE, value, PREVIOUS, stated, keeps_anchor=True, anchor_mention=period)


RESOLVERS = {
    "reported_period": resolve_reported_period,
    "the_period": resolve_the_period,
    "offset_from_previous": resolve_offset_from_previous,
    "year_earlier": resolve_year_earlier,
    "following_previous": resolve_following_previous,
    "day_before_after": resolve_day_before_after,
    "that_period": resolve_that_period,
    "month_of_that_year": resolve_month_of_that_year,
}
