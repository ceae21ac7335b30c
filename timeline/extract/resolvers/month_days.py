"""Resolvers for a day counted inside a month: "on the 5th", "the first Monday of June",
"the last day of next month", "the second week of April"."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.domain.mention import AnchorKind
from timeline.extract import calendar_search as search
from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    DATE,
    Context,
    Resolution,
    after_named_day_lead,
    month_number,
    unanchored,
    weekday_number,
)
from timeline.extract.resolvers.absolute import _is_capitalised, _safe_date
from timeline.extract.timex_values import add_months, week_value
from timeline.extract.vocabulary import ORDINALS, day_number


def resolve_day_of_month(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "Sunday the 16th": the nearest month whose 16th is a Sunday; "on the 5th": the 5th of
    the article's month, or of the month before or after as the tense points."""
    day = day_number(groups.get("day") or groups["day2"])
    if day is None:
        return None
    weekday = weekday_number(groups["weekday"]) if "weekday" in groups else None
    stated = frozenset({"day"} | ({"weekday"} if weekday else set()))
    if ctx.article_date is None:
        return unanchored(DATE, "XXXX-XX-" + f"{day:02d}", stated)
    tense = ctx.tense()
    if weekday is None and after_named_day_lead(ctx):
        return None
    candidates = []
    for offset in range(-6, 7):
        first = add_months(date(ctx.article_date.year, ctx.article_date.month, 1), offset)
        candidate = _safe_date(first.year, first.month, day)
        if candidate is not None and (weekday is None or candidate.isoweekday() == weekday):
            candidates.append(candidate)
    if weekday is None:
        # only this month and its neighbours: "the 5th" is never half a year away
        candidates = [c for c in candidates if abs((c - ctx.article_date).days) <= 31]
    if tense == "future":
        ahead = [c for c in candidates if c >= ctx.article_date]
        candidates = ahead or candidates
    elif tense == "past":
        behind = [c for c in candidates if c <= ctx.article_date]
        candidates = behind or candidates
    if not candidates:
        return None
    anchor = ctx.article_date  # a local, so the key function sees it is a date
    chosen = min(candidates, key=lambda c: abs((c - anchor).days))
    used = tense if tense in ("past", "future") else None
    return Resolution(DATE, chosen.isoformat(), ARTICLE, stated, used)


def _named_month(groups: dict[str, str], ctx: Context) -> tuple[int, int, AnchorKind, str | None] | None:
    """(year, month, anchoring, tense) of "June", "June 2025", "next month" or "the month"."""
    if "month" in groups:
        if not _is_capitalised(groups["month"]):
            return None
        month = month_number(groups["month"])
        if "year" in groups:
            return int(groups["year"]), month, ABSOLUTE, None
        if ctx.article_date is None:
            return None
        tense = ctx.tense()
        year = search.month_occurrence(ctx.article_date, month, search.direction_for_tense(tense, search.NEAREST))
        return year, month, ARTICLE, tense if tense in ("past", "future") else None
    if ctx.article_date is None:
        return None
    step = {"next": 1, "last": -1}.get(groups.get("rel", "").lower(), 0)
    first = add_months(date(ctx.article_date.year, ctx.article_date.month, 1), step)
    return first.year, first.month, ARTICLE, None


def resolve_nth_weekday_of_month(groups: dict[str, str], ctx: Context) -> Resolution | None:
    weekday = weekday_number(groups["weekday"])
    stated = frozenset({"weekday", "month"} | ({"year"} if "year" in groups else set()))
    named = _named_month(groups, ctx)
    if named is None:
        return unanchored(DATE, "XXXX-XX-XX", stated) if ctx.article_date is None else None
    year, month, anchoring, tense = named
    ordinal = groups["ordinal"].lower()
    if ordinal in ("last", "final"):
        day = add_months(date(year, month, 1), 1) - timedelta(days=1)
        day -= timedelta(days=(day.isoweekday() - weekday) % 7)
    else:
        number = ORDINALS[ordinal]
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (number - 1))
        if day.month != month:
            return None  # no fifth Monday this month
    return Resolution(DATE, day.isoformat(), anchoring, stated, tense)


def resolve_day_of_named_month(groups: dict[str, str], ctx: Context) -> Resolution | None:
    stated = frozenset({"day", "month"} | ({"year"} if "year" in groups else set()))
    named = _named_month(groups, ctx)
    if named is None:
        return unanchored(DATE, "XXXX-XX-XX", stated) if ctx.article_date is None else None
    year, month, anchoring, tense = named
    last = (add_months(date(year, month, 1), 1) - timedelta(days=1)).day
    which = groups.get("which", "").lower()
    number = 1 if which == "first" else last if which else day_number(groups["day"])
    if number is None or not 1 <= number <= last:
        return None
    return Resolution(DATE, date(year, month, number).isoformat(), anchoring, stated, tense)


WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def resolve_week_of_month(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if not _is_capitalised(groups["month"]):
        return None
    month = month_number(groups["month"])
    stated = frozenset({"week", "month"} | ({"year"} if "year" in groups else set()))
    if "year" in groups:
        year, anchoring, tense = int(groups["year"]), ABSOLUTE, None
    elif ctx.article_date is None:
        return unanchored(DATE, "XXXX-WXX", stated)
    else:
        tense = ctx.tense()
        direction = search.direction_for_tense(tense, search.NEAREST)
        year, anchoring = search.month_occurrence(ctx.article_date, month, direction), ARTICLE
    number = WEEK_ORDINALS[groups["ordinal"].lower()]
    last_day = add_months(date(year, month, 1), 1) - timedelta(days=1)
    day = date(year, month, 7 * number - 3) if number > 0 else last_day - timedelta(days=3)
    used = tense if tense in ("past", "future") else None
    return Resolution(DATE, week_value(day), anchoring, stated, used)


RESOLVERS = {
    "day_of_month": resolve_day_of_month,
    "nth_weekday_of_month": resolve_nth_weekday_of_month,
    "day_of_named_month": resolve_day_of_named_month,
    "week_of_month": resolve_week_of_month,
}
