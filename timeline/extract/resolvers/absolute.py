"""Resolvers for dates the text states: full dates, month-day with an implied year, years."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.domain.granularity import Granularity
from timeline.extract import calendar_search as search
from timeline.extract.clock_evidence import clock_instead_of_year
from timeline.extract.holidays import holiday_date
from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    DATE,
    PREVIOUS,
    Context,
    Piece,
    Resolution,
    after_named_day_lead,
    month_number,
    parse_year,
    placeholder,
    timex_mod,
    unanchored,
    weekday_number,
)
from timeline.extract.resolvers.relative import set_for_later
from timeline.extract.resolvers.times import resolve_clock_time
from timeline.extract.timex_values import (
    add_months,
    anchor_day,
    half_value,
    month_value,
    quarter_value,
    week_value,
    year_value,
)
from timeline.extract.vocabulary import (
    HOLIDAYS,
    MONTH_NAMES,
    MONTHS,
    ORDINALS,
    SEASONS,
    day_number,
    number_value,
    spoken_year_value,
    word_lists,
)

_WORDS = word_lists("absolute")  # extract/word_lists.toml
MONTH_LEAD_WORDS = _WORDS["month_lead_words"]
AMBIGUOUS_MONTHS = _WORDS["ambiguous_months"]
NOT_YEAR_AFTER = _WORDS["not_year_after"]
MEASURES = _WORDS["measures"]
MONTHS_AND_SEASONS = frozenset([*MONTHS, *SEASONS])
YEAR_LEAD_WORDS = _WORDS["year_lead_words"]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _month_day(groups: dict[str, str], ctx: Context) -> Resolution | None:
    month_word = groups["month"]
    if not _is_capitalised(month_word):
        return None
    month = month_number(month_word)
    day = day_number(groups["day"])
    if day is None:
        return None
    word_day_first = not groups["day"][:1].isdigit() and ctx.text.index(month_word, ctx.start) > ctx.text.find(
        groups["day"], ctx.start
    )
    if word_day_first and "year" not in groups and " of " not in ctx.text[ctx.start : ctx.end]:
        return None  # "the first March after the war": a word day before its month needs "of" or a year
    stated = {"month", "day"}
    weekday = weekday_number(groups["weekday"]) if "weekday" in groups else None
    if weekday is not None and after_named_day_lead(ctx):
        # "Super Tuesday, March 3": the weekday belongs to the name, the date stands alone
        month_start = ctx.text.index(month_word, ctx.start)
        without_weekday = {k: v for k, v in groups.items() if k != "weekday"}
        alone = _month_day(without_weekday, ctx)
        return None if alone is None else replace(alone, pieces=(Piece(month_start, ctx.end, alone),))
    if weekday is not None:
        stated.add("weekday")
    if "year" in groups:
        try:
            value = date(parse_year(groups["year"]), month, day)
        except ValueError:
            return None
        return Resolution(DATE, _day_or_week(value, groups), ABSOLUTE,
                          frozenset(stated | {"year"}))
    try:
        date(2000, month, day)  # a leap year: is the day possible at all?
    except ValueError:
        return None
    if "yrel" in groups and ctx.article_date is not None:
        # "1 May last year": the day in the year named relative to the article's
        step = {"last": -1, "next": 1}.get(groups["yrel"].lower(), 0)
        try:
            value = date(ctx.article_date.year + step, month, day)
        except ValueError:
            return None
        return Resolution(DATE, _day_or_week(value, groups), ARTICLE, frozenset(stated | {"relative-year"}))
    if ctx.article_date is None:
        found = unanchored(DATE, f"XXXX-{month:02d}-{day:02d}", frozenset(stated))
        if is_dateline(ctx):
            # the article's own date, told without its year: say so, so the year can be given
            note = f"the dateline's {day} {MONTH_NAMES[month]}, year unknown: give the article's year"
            return replace(found, note=note)
        return found

    def make(year: int) -> date | None:
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if weekday is not None and candidate.isoweekday() != weekday:
            return None
        return candidate

    rel = groups.get("rel", "").lower()
    if is_dateline(ctx):
        # "MOSCOW, March 20 (Reuters) -": the day the story was filed, next to the
        # article date whatever the tense of the story that follows
        year = search.closest_year(ctx.article_date, make, None)
        if year is not None:
            return Resolution(DATE, date(year, month, day).isoformat(), ARTICLE, frozenset(stated))
    tense = ctx.tense()
    if rel == "last":
        tense = "past"
        year = search.pick_year(ctx.article_date, make, search.BEFORE)
    elif rel == "next":
        tense = "future"
        year = search.pick_year(ctx.article_date, make, search.AFTER)
    elif tense == "future":
        year = search.pick_year(ctx.article_date, make, search.FORWARD, slack_days=1)
    else:
        if tense in ("past", "future"):
            # a past-tense story names days up to about two months ahead (deadlines,
            # payment dates: "declared a dividend payable Dec. 15"), hardly further
            year = search.closest_year(ctx.article_date, make, tense, against_tense_days=240)
        else:
            # no tense to go by: news mostly reports what has happened, so a day a little
            # further back beats one just as far ahead ("since shortly after the Oct. 23 slaying")
            year = search.closest_year(ctx.article_date, make, "past", against_tense_days=30)
    if year is None:
        year = search.closest_year(ctx.article_date, lambda y: _safe_date(y, month, day), tense)
    if year is None:
        return None
    used = tense if tense in ("past", "future") else None
    return Resolution(DATE, _day_or_week(date(year, month, day), groups), ARTICLE,
                      frozenset(stated), used)


_DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.'’ -]*)?,\s*$")
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:--?|–|—|_)\s")


def is_dateline(ctx: Context) -> bool:
    """A wire dateline: a place in capitals opening its line, the date, the agency, a dash."""
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    head = ctx.text[line_start: ctx.start]
    if len(head) > 60 or not _DATELINE_PLACE.fullmatch(head.lstrip()):
        return False
    return _DATELINE_END.match(ctx.text, ctx.end) is not None


def _day_or_week(day: date, groups: dict[str, str]) -> str:
    """ "the week of March 6" names the week, not the day."""
    return week_value(day) if "week_of" in groups else day.isoformat()


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_month_year(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if not _is_capitalised(groups["month"]):
        return None
    if "short_year" in groups:
        # "Mar 87": a two-digit year only after an abbreviated month ("May 45" is a count)
        if groups["month"].rstrip(".").lower() not in AMBIGUOUS_MONTHS - {"may", "march"}:
            return None
        year: int | None = parse_year(groups["short_year"])
    elif "spoken" in groups:
        year = spoken_year_value(groups["spoken"])
    else:
        year = parse_year(groups.get("year") or groups.get("year2") or groups["year3"])
    if year is None:
        return None
    return Resolution(DATE, month_value(year, month_number(groups["month"])), ABSOLUTE, frozenset({"year", "month"}),
                      mod=timex_mod(groups))


def resolve_month_relative_year(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if not _is_capitalised(groups["month"]):
        return None
    month = month_number(groups["month"])
    if ctx.article_date is None:
        return unanchored(DATE, f"XXXX-{month:02d}", frozenset({"month"}))
    offset = {"last": -1, "next": 1, "this": 0}[groups["rel"].lower()]
    return Resolution(DATE, month_value(ctx.article_date.year + offset, month), ARTICLE, frozenset({"month"}))


def _abbreviation_after_lead(word: str, ctx: Context) -> bool:
    """ "in Sept.", "since Jan.": a short month with its full stop, after a word that leads a date
    ("Jan" alone is a name as often)."""
    stop = word.endswith(".") or ctx.text[ctx.end : ctx.end + 1] == "."
    letters = word.rstrip(".")
    # "goes to DEC.": capitals throughout are an acronym, not a month
    return stop and letters[1:].islower() and ctx.word_before() in MONTH_LEAD_WORDS


def resolve_month(groups: dict[str, str], ctx: Context) -> Resolution | None:
    word = groups["month"]
    if not _is_capitalised(word):
        return None
    bare = "rel" not in groups and "mod" not in groups and "mod2" not in groups
    key = word.lower().rstrip(".")
    if (
        bare
        and key in AMBIGUOUS_MONTHS
        and ((len(key) <= 4 and key != "may" and not _abbreviation_after_lead(word, ctx))
             or ctx.word_before() not in MONTH_LEAD_WORDS)
    ):
        return None
    month = month_number(word)
    if ctx.article_date is None:
        return unanchored(DATE, f"XXXX-{month:02d}", frozenset({"month"}))
    rel = groups.get("rel", "").lower()
    tense = None
    if rel in ("last", "past"):
        direction = search.BEFORE
    elif rel in ("next", "coming"):
        direction = search.AFTER
    elif rel == "this":
        direction = search.NEAREST
    else:
        tense = ctx.tense()
        if tense == "present" and set_for_later(ctx):
            tense = "future"  # "the festival is in mid-March": a date set for what is to come
        if tense not in ("past", "future"):
            tense = None
        if tense == "future":
            year = search.month_occurrence(ctx.article_date, month, search.FORWARD)
        elif tense == "past":
            # the month just after the article's still counts: reports run a little late
            year = search.month_occurrence(ctx.article_date, month, search.BACK)
            if (month - ctx.article_date.month) % 12 == 1:
                year = ctx.article_date.year + (1 if month == 1 else 0)
        else:
            year = search.closest_year(ctx.article_date, lambda y: date(y, month, 15), None) or ctx.article_date.year
        return Resolution(DATE, month_value(year, month), ARTICLE, frozenset({"month"}), tense,
                          mod=timex_mod(groups))
    year = search.month_occurrence(ctx.article_date, month, direction)
    return Resolution(DATE, month_value(year, month), ARTICLE, frozenset({"month"}), tense, mod=timex_mod(groups))


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
        first_month = 1 + (3 if unit == "quarter" else 6) * (number - 1)
        if ctx.article_date.month < first_month:
            # A quarter not yet begun, told without a future ("profits for the fourth
            # quarter" in January), is the one that has ended: last year's.
            tense = ctx.tense()
            if tense != "future":
                year -= 1
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


def resolve_year(groups: dict[str, str], ctx: Context) -> Resolution | None:
    year = spoken_year_value(groups["spoken"]) if "spoken" in groups else parse_year(groups["year"])
    if year is None:
        return None
    surface = ctx.text[ctx.start : ctx.end].lower()
    qualified = any(k in groups for k in ("mod", "mod2", "mod3", "spoken")) or surface.startswith(
        ("the year", "fiscal", "fy")
    )
    if not qualified:
        before = ctx.word_before()
        if before in NOT_YEAR_AFTER or ctx.word_after().lower() in MEASURES:
            return None  # "Boeing 737", "1945 grams"
        if _next_to_a_name(ctx):
            return None  # "Orion 1980", "a 1987 Chevrolet": part of a name
        if not 1900 <= year <= 2099 and before not in YEAR_LEAD_WORDS:
            return None
        clock_rule = clock_instead_of_year(groups["year"], ctx)
        if clock_rule is not None:
            clock = resolve_clock_time({"hour": groups["year"][:2], "minute": groups["year"][2:]}, ctx)
            return None if clock is None else replace(clock, rule=clock_rule)
    return Resolution(DATE, year_value(year), ABSOLUTE, frozenset({"year"}), mod=timex_mod(groups))


def _next_to_a_name(ctx: Context) -> bool:
    head = ctx.text[max(ctx.sentence_start, ctx.start - 25): ctx.start]
    words = head.split()
    if not words or ctx.text[ctx.start - 1: ctx.start] != " ":
        return False
    word = words[-1]
    first_of_sentence = len(words) == 1 and ctx.start - len(head) == ctx.sentence_start
    return (word[:1].isupper() and word.isalpha() and not first_of_sentence
            and word.lower() not in MONTH_LEAD_WORDS and word.lower() not in MONTHS_AND_SEASONS)


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
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": resolve_month_year,
    "month_relative_year": resolve_month_relative_year,
    "month": resolve_month,
    "quarter": resolve_quarter,
    "quarter_code": resolve_quarter_code,
    "year": resolve_year,
    "holiday": resolve_holiday,
    "offset_from_holiday": resolve_offset_from_holiday,
}
