"""Resolvers for a weekday placed by its week: "this Friday", "Thursday of next week",
"the Monday after next", and "the fourth day (week) of the strike" said in the present."""

from __future__ import annotations

from datetime import date, timedelta

from timeline.domain.granularity import Granularity
from timeline.domain.mention import TimexType
from timeline.extract import calendar_search as search
from timeline.extract.resolution import ARTICLE, DATE, Context, Resolution, unanchored, weekday_number
from timeline.extract.tense import FUTURE as FUTURE_TENSE
from timeline.extract.timex_values import value_at
from timeline.extract.vocabulary import number_value


def this_weekday(weekday: int, timex_type: TimexType, suffix: str, stated: frozenset[str],
                  ctx: Context) -> Resolution:
    """ "this Friday": the Friday of the article's week, unless the tense looks the other way
    ("will meet this Monday" said on a Wednesday is the Monday to come)."""
    day, note, used = this_weeks_day(weekday, ctx)
    return Resolution(timex_type, day.isoformat() + suffix, ARTICLE, stated, used, note=note)


def this_weeks_day(weekday: int, ctx: Context) -> tuple[date, str, str | None]:
    """The day "this <weekday>" names (also the Saturday of "this weekend"), how it was reached, and
    the tense that moved it, if any."""
    assert ctx.article_date is not None
    day = ctx.article_date + timedelta(days=weekday - ctx.article_date.isoweekday())
    tense = ctx.tense()
    note = "this: the day of the article's week"
    if tense == FUTURE_TENSE and day < ctx.article_date:
        day += timedelta(weeks=1)
        note = "this: gone by in the article's week, and told in the future, so the next one"
    elif tense == "past" and day > ctx.article_date:
        day -= timedelta(weeks=1)
        note = "this: still to come in the article's week, and told in the past, so the last one"
    used = tense if tense in ("past", FUTURE_TENSE) else None
    return day, note, used


WEEK_RELATIONS = {"next": 1, "the following": 1, "the coming": 1, "last": -1, "the previous": -1, "this": 0}


def resolve_weekday_of_week(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "Thursday of next week": the weekday inside the week named, counted from the article's."""
    weekday = weekday_number(groups["weekday"])
    stated = frozenset({"weekday", "relative-week"})
    if ctx.article_date is None:
        return unanchored(DATE, f"XXXX-WXX-{weekday}", stated)
    step = WEEK_RELATIONS[" ".join(groups["rel"].lower().split())]
    monday = ctx.article_date - timedelta(days=ctx.article_date.isoweekday() - 1)
    day = monday + timedelta(weeks=step, days=weekday - 1)
    return Resolution(DATE, day.isoformat(), ARTICLE, stated)


def resolve_weekday_after_next(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "the Monday after next": one week past the next Monday ("before last" the same way back)."""
    weekday = weekday_number(groups["weekday"])
    stated = frozenset({"weekday"})
    if ctx.article_date is None:
        return unanchored(DATE, f"XXXX-WXX-{weekday}", stated)
    if "after" in groups:
        day = search.weekday_from(ctx.article_date, weekday, search.AFTER) + timedelta(weeks=1)
    else:
        day = search.weekday_from(ctx.article_date, weekday, search.BEFORE) - timedelta(weeks=1)
    return Resolution(DATE, day.isoformat(), ARTICLE, stated)


def resolve_nth_day_of_event(groups: dict[str, str], ctx: Context) -> Resolution | None:
    week = groups["unit"].lower() == "week"
    stated = frozenset({"week" if week else "day"})
    if ctx.article_date is None:
        return unanchored(DATE, "XXXX-WXX" if week else "XXXX-XX-XX", stated)
    value = value_at(ctx.article_date, Granularity.WEEK) if week else ctx.article_date.isoformat()
    return Resolution(DATE, value, ARTICLE, stated)


def resolve_weekdays_ago(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "two Fridays ago": count back from the last Friday before the article date."""
    amount = number_value(groups["num"])
    weekday = weekday_number(groups["weekday"])
    stated = frozenset({"weekday", "offset"})
    if amount is None or amount != int(amount) or amount < 1:
        return None
    if ctx.article_date is None:
        return unanchored(DATE, f"XXXX-WXX-{weekday}", stated)
    day = search.weekday_from(ctx.article_date, weekday, search.BEFORE) - timedelta(weeks=int(amount) - 1)
    return Resolution(DATE, day.isoformat(), ARTICLE, stated)


RESOLVERS = {
    "weekdays_ago": resolve_weekdays_ago,
    "weekday_of_week": resolve_weekday_of_week,
    "weekday_after_next": resolve_weekday_after_next,
    "nth_day_of_event": resolve_nth_day_of_event,
}
