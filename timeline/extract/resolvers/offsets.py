"""Resolvers for counted offsets from the article date: "three days ago", "in nine days",
"two hours ago", "a week from Monday", "this time last year"."""

from __future__ import annotations

import math
from datetime import date, timedelta

from timeline.domain.granularity import Granularity
from timeline.extract import calendar_search as search
from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    DATE,
    DURATION,
    UNANCHORED,
    Context,
    Resolution,
    placeholder,
    unanchored,
)
from timeline.extract.resolvers.relative import (
    DEICTIC_OFFSETS,
    UNIT_GRANULARITY,
    last_weeks_day,
    set_for_later,
    weekday_direction,
    year_before_reported_period,
)
from timeline.extract.tense import FUTURE as FUTURE_TENSE
from timeline.extract.tense import PRESENT as PRESENT_TENSE
from timeline.extract.timex_values import (
    add_months,
    month_value,
    quarter_of,
    quarter_value,
    value_at,
    week_value,
)
from timeline.extract.vocabulary import UNITS, VAGUE_NUMBERS, WEEKDAYS, number_value


def offset_value(anchor: date, unit_code: str, amount: float) -> str | None:
    """The value `amount` units from `anchor`, at the unit's granularity."""
    if unit_code in ("D", "2W"):
        days = amount * (14 if unit_code == "2W" else 1)
        if days != int(days):
            return None
        return (anchor + timedelta(days=int(days))).isoformat()
    if unit_code in ("W", "WE"):
        if amount != int(amount):
            return (anchor + timedelta(days=round(amount * 7))).isoformat()
        return week_value(anchor + timedelta(weeks=int(amount)))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit_code)
    if months is None:
        return None
    total = amount * months
    if total != int(total):
        return None
    shifted = add_months(anchor, int(total))
    if unit_code == "M" or (unit_code in ("Y",) and amount != int(amount)):
        return month_value(shifted.year, shifted.month)
    if unit_code == "Q":
        return quarter_value(shifted.year, quarter_of(shifted))
    return value_at(shifted, Granularity.YEAR)


def resolve_offset_from_day(groups: dict[str, str], ctx: Context) -> Resolution | None:
    amount = number_value(groups["num"])
    if amount is None or amount != int(amount):
        return None
    base_word = groups["base"].lower()
    stated = frozenset({"offset", "weekday" if base_word in WEEKDAYS else "day"})
    if ctx.article_date is None:
        return unanchored(DATE, "XXXX-XX-XX", stated)
    direction = groups["dir"].lower()
    tense = None
    base_rel = groups.get("base_rel", "").lower()
    if base_word in WEEKDAYS and base_rel:
        # "three days after next Tuesday": the day named first, as "next Tuesday" alone is
        towards = {"next": search.AFTER, "coming": search.AFTER, "last": search.BEFORE}.get(base_rel)
        if towards is None:  # "this Tuesday"
            base = ctx.article_date + timedelta(days=WEEKDAYS[base_word] - ctx.article_date.isoweekday())
        elif base_rel == "last":
            base = last_weeks_day(WEEKDAYS[base_word], ctx.article_date)
        else:
            base = search.weekday_from(ctx.article_date, WEEKDAYS[base_word], towards)
    elif base_word in WEEKDAYS:
        # "a week from Monday" counts from a Monday to come; after/before follow the tense
        tense = None if direction == "from" else ctx.tense()
        towards = search.FORWARD if direction == "from" else weekday_direction(tense)
        base = search.weekday_from(ctx.article_date, WEEKDAYS[base_word], towards)
    else:
        base = ctx.article_date + timedelta(days=DEICTIC_OFFSETS[base_word])
    count = int(amount) * (-1 if direction == "before" else 1)
    unit_code = UNITS[groups["unit"].lower()]
    if unit_code in ("D", "W"):
        day = base + timedelta(days=count * (7 if unit_code == "W" else 1))
    else:
        day = add_months(base, count * (12 if unit_code == "Y" else 1))
    return Resolution(DATE, day.isoformat(), ARTICLE, stated, tense)


def resolve_offset_from_article(groups: dict[str, str], ctx: Context) -> Resolution | None:
    unit_code = UNITS[groups["unit"].lower()]
    future = not groups["dir"].lower().startswith("ago")
    stated = frozenset({"offset"})
    number_word = groups["num"].lower()
    if number_word in VAGUE_NUMBERS and VAGUE_NUMBERS[number_word] == "X":
        reference = "FUTURE_REF" if future else "PAST_REF"
        return Resolution(DATE, reference, ARTICLE if ctx.article_date else UNANCHORED, stated)
    amount = number_value(number_word)
    if amount is None:
        return None
    if is_clock_unit(groups["unit"]):
        return _clock_offset_day(groups["unit"], amount, future, ctx)
    if amount == 1 and unit_code == "Y" and not future:
        compared = year_before_reported_period(ctx)
        if compared is not None:
            return compared
    granularity = UNIT_GRANULARITY.get(unit_code, Granularity.DAY)
    counts = [(unit_code, amount)]
    for number_group, unit_group in (("num2", "unit2"), ("num3", "unit3")):
        if number_group not in groups:
            continue
        # "2 years 3 months from now", "3 months, 1 week and 2 days ago": the finest count
        # sets the granularity
        more_amount = number_value(groups[number_group])
        more_code = UNITS[groups[unit_group].lower()]
        if more_amount is None or is_clock_unit(groups[unit_group]):
            return None
        counts.append((more_code, more_amount))
        granularity = UNIT_GRANULARITY.get(more_code, Granularity.DAY)
    if "today" in groups:
        # "a year ago today": that very day, however coarse the count
        granularity = Granularity.DAY
        counts.append(("D", 0))
    if ctx.article_date is None:
        return unanchored(DATE, placeholder(granularity), stated)
    sign = 1 if future else -1
    moved: date | None = ctx.article_date
    for code, count in counts[:-1]:
        moved = None if moved is None else _moved_day(moved, code, sign * count)
    if moved is None:
        return None
    last_code, last_amount = counts[-1]
    value = offset_value(moved, last_code, sign * last_amount)
    if value is None:
        return None
    return Resolution(DATE, value, ARTICLE, stated)


_CLOCK_UNIT_HOURS = {"second": 1 / 3600, "seconds": 1 / 3600, "minute": 1 / 60, "minutes": 1 / 60,
                     "min": 1 / 60, "mins": 1 / 60, "hour": 1.0, "hours": 1.0}


def is_clock_unit(unit: str) -> bool:
    """Whether the unit word is a clock unit ("minutes", "hours"), never the month of "M"."""
    return unit.lower() in _CLOCK_UNIT_HOURS


def _clock_offset_day(unit: str, amount: float, future: bool, ctx: Context) -> Resolution | None:
    """ "two hours ago", "in 20 minutes": the article's day, or whole days from it.

    The article date has no clock, so an offset under a day stays on that day (it may cross
    midnight, which the note says); an offset of whole days ("48 hours ago") moves by them.
    """
    hours = amount * _CLOCK_UNIT_HOURS[unit.lower()]
    if math.isnan(hours) or hours <= 0:
        return None
    stated = frozenset({"offset"})
    if ctx.article_date is None:
        return unanchored(DATE, placeholder(Granularity.DAY), stated)
    if hours < 24:
        return Resolution(DATE, ctx.article_date.isoformat(), ARTICLE, stated,
                          note="hours from the article's time, which is not known: its day")
    if hours % 24:
        return None  # "36 hours ago": the day depends on the unknown hour
    days = int(hours // 24) * (1 if future else -1)
    return Resolution(DATE, (ctx.article_date + timedelta(days=days)).isoformat(), ARTICLE, stated)


def _moved_day(anchor: date, unit_code: str, amount: float) -> date | None:
    """`anchor` moved by a whole number of units, as a day."""
    if amount != int(amount):
        return None
    count = int(amount)
    days = {"D": 1, "W": 7, "WE": 7, "2W": 14}.get(unit_code)
    if days is not None:
        return anchor + timedelta(days=days * count)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit_code)
    return None if months is None else add_months(anchor, months * count)


def _length(amount: float | None, unit_code: str, *, clock: bool = False) -> str:
    """The TIMEX3 length of a count of units ("P9D", "PT2H"; a fortnight is two weeks)."""
    lead = "PT" if clock else "P"
    if amount is None or math.isnan(amount):
        return f"{lead}X{'W' if unit_code == '2W' else unit_code}"
    if unit_code == "2W":
        return f"P{2 * amount:g}W"
    return f"{lead}{amount:g}{unit_code}"


def resolve_same_day_other_period(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "this time last year": the article's day moved a year (a month, a week) back or ahead."""
    stated = frozenset({"offset"})
    if ctx.article_date is None:
        return unanchored(DATE, "XXXX-XX-XX", stated)
    step = 1 if groups["rel"].lower() == "next" else -1
    unit = groups["unit"].lower()
    if unit == "week":
        day = ctx.article_date + timedelta(weeks=step)
    else:
        day = add_months(ctx.article_date, step * (12 if unit == "year" else 1))
    return Resolution(DATE, day.isoformat(), ARTICLE, stated)


def resolve_in_n_units(groups: dict[str, str], ctx: Context) -> Resolution | None:
    unit_code = UNITS[groups["unit"].lower()]
    clock = is_clock_unit(groups["unit"])
    length = _length(number_value(groups["num"]), unit_code, clock=clock)
    tense = ctx.tense()
    if "time" not in groups and tense != FUTURE_TENSE and not (tense == PRESENT_TENSE and set_for_later(ctx)):
        # "withdrew in three days": how long it took, not when; "the worst spill in 40
        # years", "24 hours in a day": a stretch, not a date; "the vote is in two weeks",
        # like "will be", looks ahead
        return Resolution(DURATION, length, ABSOLUTE, frozenset({"length"}))
    amount = number_value(groups["num"])
    if amount is None or math.isnan(amount):
        return None
    if clock:
        return _clock_offset_day(groups["unit"], amount, True, ctx)
    if ctx.article_date is None:
        return unanchored(DATE, placeholder(UNIT_GRANULARITY[unit_code]), frozenset({"offset"}))
    value = offset_value(ctx.article_date, unit_code, amount)
    if value is None:
        return None
    # the length is kept: the date is where it ends, counted from the article date
    return Resolution(DATE, value, ARTICLE, frozenset({"offset"}), "future",
                      note=f"{length} from the article date, ending then")


RESOLVERS = {
    "offset_from_article": resolve_offset_from_article,
    "offset_from_day": resolve_offset_from_day,
    "in_n_units": resolve_in_n_units,
    "same_day_other_period": resolve_same_day_other_period,
}
