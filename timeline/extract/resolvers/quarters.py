"""Resolvers for quarters and half-years: "the third quarter of 2023", "Q3", "2Q 2023", "the
year-ago quarter", "the first half"."""

from __future__ import annotations

import re

from timeline.domain.granularity import Granularity
from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    DATE,
    PREVIOUS,
    Context,
    Resolution,
    parse_year,
    placeholder,
    unanchored,
)
from timeline.extract.timex_values import (
    half_value,
    quarter_value,
)
from timeline.extract.vocabulary import (
    ACCOUNT_WORDS,
    ORDINALS,
)

# Months after a period's end in which firms still look ahead to reporting on it.
_RESULTS_SEASON_MONTHS = 4
# Words of accounts for a period that is over ("will publish its first-quarter results").
_REPORTING_ON_A_PERIOD = re.compile(
    rf"\b(?:{ACCOUNT_WORDS}|accounts|output|production|performance|compar\w*|restat\w*)\b", re.IGNORECASE)
# "Q2 - Q4 2010": the range's end names the year
_RANGE_GOES_ON = re.compile(r"\s*(?:[-–—]|to\b|through\b|and\b)", re.IGNORECASE)


def resolve_quarter(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if "late_half" in groups:  # "the last half of 1989"
        number, unit = 2, "half"
    elif "final" in groups:  # "the last quarter of 2022"
        number, unit = 4, "quarter"
    elif "two_quarters" in groups:  # "the first two quarters": a half-year
        number, unit = (1 if groups["two_quarters"].lower() == "first" else 2), "half"
    else:
        number, unit = ORDINALS[groups["ordinal"].lower()], groups["unit"].lower()
    if unit == "period":
        return None
    make = quarter_value if unit == "quarter" else half_value
    if unit == "half" and number > 2:
        return None
    stated = frozenset({unit})
    if "year" in groups or "year2" in groups or "year3" in groups:
        year = parse_year(groups.get("year") or groups.get("year2") or groups["year3"])
        return Resolution(DATE, make(year, number), ABSOLUTE, stated | {"year"})
    if "that" in groups:
        previous = ctx.previous
        if previous is None or not previous.value[:4].isdigit():
            return unanchored(DATE, placeholder(Granularity.QUARTER), stated)
        return Resolution(DATE, make(int(previous.value[:4]), number), PREVIOUS, stated)
    if ctx.article_date is None:
        return unanchored(DATE, f"XXXX-{'Q' if unit == 'quarter' else 'H'}{number}", stated)
    relation = (groups.get("rel") or groups.get("yrel") or "this").lower()
    if "this_year" in groups:
        relation = "this"
    year = ctx.article_date.year + {"last": -1, "next": 1, "this": 0}[relation]
    if groups.get("yago", "").lower() in ("year-ago", "year-earlier"):
        year -= 1
    tense = None
    bare = not (groups.get("rel") or groups.get("yrel") or "this_year" in groups or "yago" in groups)
    if bare:
        span = 3 if unit == "quarter" else 6
        first_month = 1 + span * (number - 1)
        if ctx.article_date.month < first_month:
            # A quarter not yet begun, told without a future ("profits for the fourth
            # quarter" in January), is the one that has ended: last year's.
            tense = ctx.tense()
            if tense != "future":
                year -= 1
        elif ctx.article_date.month - (first_month + span - 1) >= _RESULTS_SEASON_MONTHS:
            # A quarter long over, told in the future ("will restore the dividend in the first
            # quarter" in September), is next year's; a recent one may still have its results
            # ahead ("will report second-quarter results" in July)
            tense = ctx.tense()
            if (tense == "future" and not _REPORTING_ON_A_PERIOD.search(ctx.text, ctx.sentence_start, ctx.sentence_end)
                    and not _RANGE_GOES_ON.match(ctx.text, ctx.end)):
                year += 1
    return Resolution(DATE, make(year, number), ARTICLE, stated, tense)


def resolve_quarter_code(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if "code3" in groups:
        # "in Q3": the quarter called by its code is resolved as "the third quarter" is
        ordinal = ("first", "second", "third", "fourth")[int(groups["code3"][1]) - 1]
        return resolve_quarter({"ordinal": ordinal, "unit": "quarter"}, ctx)
    if "code4" in groups:  # "2Q 2023", "1H 2024": the number first
        code4 = groups["code4"].upper()
        groups = {"code": code4[1] + code4[0], "year": groups["year4"]}
    code = (groups.get("code") or groups["code2"]).upper()
    year = parse_year(groups.get("year") or groups["year2"])
    make = quarter_value if code[0] == "Q" else half_value
    unit = "quarter" if code[0] == "Q" else "half"
    return Resolution(DATE, make(year, int(code[1])), ABSOLUTE, frozenset({unit, "year"}))


RESOLVERS = {
    "quarter": resolve_quarter,
    "quarter_code": resolve_quarter_code,
}
