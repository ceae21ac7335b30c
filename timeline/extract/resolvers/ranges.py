"""Resolvers for ranges ("from Monday to Wednesday", "March 3-5, 2023"): both ends as one.

Each end becomes its own expression (TimeML annotates a range as its two ends), but the
ends are resolved together: a year written once applies to both, and a range told in the
past is the latest one that has ended, one told in the future the first not yet begun.
"""

from __future__ import annotations

import re
from datetime import date

from timeline.extract import calendar_search as search
from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    DATE,
    Context,
    Piece,
    Resolution,
    month_number,
    unanchored,
    weekday_number,
)
from timeline.extract.timex_values import year_value
from timeline.extract.vocabulary import day_number


def _digits(text: str) -> int:
    day = day_number(text)
    if day is None:
        raise ValueError(f"no day of the month in {text!r}")
    return day


def _ends(ctx: Context, first: str, second: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Spans of the two ends: `first` is the first occurrence, `second` ends the match."""
    first_start = ctx.text.find(first, ctx.start, ctx.end)
    second_start = ctx.end - len(second)
    return (first_start, first_start + len(first)), (second_start, ctx.end)


def _pieces(ctx: Context, first: str, second: str, values: tuple[Resolution, Resolution]) -> Resolution:
    (a_start, a_end), (b_start, b_end) = _ends(ctx, first, second)
    return Resolution(
        values[0].timex_type,
        values[0].value,
        values[0].anchoring,
        values[0].stated,
        values[0].tense,
        pieces=(Piece(a_start, a_end, values[0]), Piece(b_start, b_end, values[1])),
    )


# A past verb that puts something in force ("issued a warning", "imposed a curfew"): a span after
# it is the thing's, running from when it was put in force, not the verb's own time.
_ANNOUNCED = re.compile(r"\b(?:issued|imposed|declared|ordered|announced|extended)\b[^.;:!?]*$", re.IGNORECASE)


def resolve_weekday_range(groups: dict[str, str], ctx: Context) -> Resolution | None:
    first = groups.get("first") or groups["first2"]
    second = groups["second"]
    first_day, last_day = weekday_number(first), weekday_number(second)
    stated = frozenset({"weekday"})
    if ctx.article_date is None:
        return _pieces(ctx, first, second, (
            unanchored(DATE, f"XXXX-WXX-{first_day}", stated),
            unanchored(DATE, f"XXXX-WXX-{last_day}", stated),
        ))
    tense = ctx.tense()
    # told in the present, the range running now, if the article date falls inside one
    start = search.weekday_from(ctx.article_date, first_day, search.BACK)
    end = search.weekday_from(start, last_day, search.FORWARD)
    if tense == "future":
        start = search.weekday_from(ctx.article_date, first_day, search.FORWARD)
        end = search.weekday_from(start, last_day, search.FORWARD)
    elif start == ctx.article_date and _ANNOUNCED.search(ctx.text, ctx.sentence_start, ctx.start):
        pass  # "issued a flood warning from Friday until Sunday" on a Friday: the warning's span, from that day
    elif tense == "past" or end < ctx.article_date:
        end = search.weekday_from(ctx.article_date, last_day, search.BACK)
        start = search.weekday_from(end, first_day, search.BACK)
    used = tense if tense in ("past", "future") else None
    return _pieces(ctx, first, second, (
        Resolution(DATE, start.isoformat(), ARTICLE, stated, used),
        Resolution(DATE, end.isoformat(), ARTICLE, stated, used),
    ))


def resolve_day_range(groups: dict[str, str], ctx: Context) -> Resolution | None:
    first = groups.get("first") or groups["first2"]
    second = groups["second"]
    end_month_word = groups.get("end_month") or groups.get("month") or groups.get("month2")
    start_month_word = groups.get("month") or groups.get("month2") or groups.get("start_month") or end_month_word
    if end_month_word is None or start_month_word is None:
        return None
    if not (start_month_word[:1].isupper() and end_month_word[:1].isupper()):
        return None  # "may", "march": verbs
    start_md = (month_number(start_month_word), _digits(groups.get("day") or groups["day2"]))
    end_md = (month_number(groups.get("end_month") or start_month_word), _digits(groups["end_day"]))
    wraps = end_md < start_md  # "Dec. 30 to Jan. 2" runs into the next year
    if end_md == start_md:
        return None
    for month, day in (start_md, end_md):
        date(2000, month, day)  # raises ValueError (no range) for a day no month has
    stated = frozenset({"month", "day"})
    if "start_year" in groups and "year" in groups:
        # "June 7, 2016 to August 2, 2017": each end states its own year
        start, end = date(int(groups["start_year"]), *start_md), date(int(groups["year"]), *end_md)
        return _pieces(ctx, first, second, (
            Resolution(DATE, start.isoformat(), ABSOLUTE, stated | {"year"}),
            Resolution(DATE, end.isoformat(), ABSOLUTE, stated | {"year"}),
        ))
    end_year: int | None  # None: no year puts the range where the tense points
    if "start_year" in groups:
        # "June 7, 2016 – August 2nd": the year the range states once is the start's
        end_year = int(groups["start_year"]) + wraps
        anchoring = ABSOLUTE
        stated = stated | {"year"}
        tense = None
    elif "year" in groups:
        end_year = int(groups["year"])
        anchoring = ABSOLUTE
        stated = stated | {"year"}
        tense = None
    elif ctx.article_date is None:
        return _pieces(ctx, first, second, (
            unanchored(DATE, f"XXXX-{start_md[0]:02d}-{start_md[1]:02d}", stated),
            unanchored(DATE, f"XXXX-{end_md[0]:02d}-{end_md[1]:02d}", stated),
        ))
    else:
        anchoring = ARTICLE
        tense = ctx.tense()
        if tense == "future":
            start_year = search.pick_year(ctx.article_date, lambda y: _day(y, *start_md), search.FORWARD, slack_days=1)
            end_year = None if start_year is None else start_year + wraps
        else:
            end_year = search.closest_year(ctx.article_date, lambda y: _day(y, *end_md), tense, against_tense_days=120)
        if end_year is None:
            return None
        tense = tense if tense in ("past", "future") else None
    start = date(end_year - wraps, *start_md)
    end = date(end_year, *end_md)
    return _pieces(ctx, first, second, (
        Resolution(DATE, start.isoformat(), anchoring, stated, tense),
        Resolution(DATE, end.isoformat(), anchoring, stated, tense),
    ))


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_month_range(groups: dict[str, str], ctx: Context) -> Resolution | None:
    first = groups.get("first") or groups["first2"]
    second = groups["second"]
    end_word = groups["end_month"]
    if not (first[:1].isupper() and end_word[:1].isupper()):
        return None  # "may", "march": verbs
    start_month, end_month = month_number(first), month_number(end_word)
    if start_month == end_month:
        return None
    end_year = int(groups["year"])
    start_year = end_year - (start_month > end_month)  # "November to February 2021" began in 2020
    stated = frozenset({"month", "year"})
    return _pieces(ctx, first, second, (
        Resolution(DATE, f"{start_year:04d}-{start_month:02d}", ABSOLUTE, stated),
        Resolution(DATE, f"{end_year:04d}-{end_month:02d}", ABSOLUTE, stated),
    ))


def resolve_year_range(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "2019-2021", "2019-20": each end a year; the second follows the first."""
    start = int(groups["first"])
    second = groups["second"]
    end = int(second) if len(second) == 4 else start // 100 * 100 + int(second)
    if not start < end <= start + 99:
        return None  # "2021-19", "1990/2100": a code or a score, not a stretch of years
    stated = frozenset({"year"})
    return _pieces(ctx, groups["first"], second, (
        Resolution(DATE, year_value(start), ABSOLUTE, stated),
        Resolution(DATE, year_value(end), ABSOLUTE, stated),
    ))


RESOLVERS = {"weekday_range": resolve_weekday_range, "day_range": resolve_day_range, "month_range": resolve_month_range,
             "year_range": resolve_year_range}
