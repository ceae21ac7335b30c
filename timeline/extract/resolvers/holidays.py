"""Resolvers for holidays, and days counted from one: "Christmas", "Easter 2019", "the day
after Christmas"."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from timeline.extract import calendar_search as search
from timeline.extract.holidays import holiday_date
from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    DATE,
    Context,
    Resolution,
    parse_year,
    unanchored,
)
from timeline.extract.timex_values import (
    add_months,
    anchor_day,
)
from timeline.extract.vocabulary import (
    HOLIDAYS,
    number_value,
)


def resolve_offset_from_holiday(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "the day after Christmas": the holiday as it would be read alone, moved by the count."""
    holiday = resolve_holiday({k: v for k, v in groups.items() if k in ("holiday", "year", "rel")}, ctx)
    if holiday is None:
        return None
    amount = 1.0 if "day_word" in groups else number_value(groups["num"])
    base = anchor_day(holiday.value) if len(holiday.value) == 10 else None
    if amount is None or amount != int(amount) or base is None:
        return replace(holiday, value="XXXX-XX-XX") if holiday.value.startswith("X") else None
    count = int(amount) * (-1 if groups["dir"].lower() == "before" else 1)
    unit = groups.get("unit", "day").lower()
    if unit.startswith("month"):
        day = add_months(base, count)
    else:
        day = base + timedelta(days=count * (7 if unit.startswith("week") else 1))
    return replace(holiday, value=day.isoformat(), stated=holiday.stated | {"offset"})


def resolve_holiday(groups: dict[str, str], ctx: Context) -> Resolution | None:
    name = " ".join(groups["holiday"].lower().replace("’", "'").split())
    rule = HOLIDAYS.get(name)
    if rule is None:
        return None
    after = ctx.word_after()
    if "year" not in groups and after[:1].isupper():
        return None  # part of a name: "the Good Friday Agreement"
    if "year" in groups:
        day = holiday_date(rule, parse_year(groups["year"]))
        if day is None:
            return None
        return Resolution(DATE, day.isoformat(), ABSOLUTE, frozenset({"holiday", "year"}))
    if ctx.article_date is None:
        return unanchored(DATE, "XXXX-XX-XX", frozenset({"holiday"}))
    rel = groups.get("rel", "").lower()
    tense = None
    if rel == "last":
        direction = search.BEFORE
    elif rel == "next":
        direction = search.AFTER
    elif rel == "this":
        direction = search.NEAREST
    else:
        tense = ctx.tense()
        direction = search.direction_for_tense(tense)
    year = search.pick_year(ctx.article_date, lambda y: holiday_date(rule, y), direction)
    if year is None:
        return None
    day = holiday_date(rule, year)
    if day is None:
        return None
    return Resolution(
        DATE,
        day.isoformat(),
        ARTICLE,
        frozenset({"holiday"}),
        tense if direction in (search.BACK, search.FORWARD) else None,
    )


RESOLVERS = {
    "holiday": resolve_holiday,
    "offset_from_holiday": resolve_offset_from_holiday,
}
