"""Resolvers for expressions relative to the article date: yesterday, on Friday, last week."""

from __future__ import annotations

import re
from datetime import date, timedelta

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
    Resolution,
    after_named_day_lead,
    parse_year,
    placeholder,
    reported_period,
    timex_mod,
    unanchored,
    weekday_number,
)
from timeline.extract.resolvers.day_names import TIME_WORDS, names_an_age, part_of_a_name
from timeline.extract.resolvers.weeks import this_weekday, this_weeks_day
from timeline.extract.tense import FUTURE as FUTURE_TENSE
from timeline.extract.tense import PRESENT as PRESENT_TENSE
from timeline.extract.tense import (
    PROGRESSIVE,
    REPORTING_VERBS,
    future_stated_outright,
    future_told_in_the_past,
    is_past_form,
)
from timeline.extract.timex_values import (
    century_value,
    decade_value,
    month_value,
    quarter_of,
    quarter_value,
    season_value,
    shift_value,
    week_value,
    year_value,
)
from timeline.extract.vocabulary import (
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
    spoken_year_value,
)

DEICTIC_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
RELATION_STEPS = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0, "latest": -1,
                  "before last": -2, "after next": 2}
UNIT_GRANULARITY = {
    "D": Granularity.DAY,
    "W": Granularity.WEEK,
    "WE": Granularity.WEEK,
    "2W": Granularity.DAY,
    "M": Granularity.MONTH,
    "Q": Granularity.QUARTER,
    "Y": Granularity.YEAR,
    "DE": Granularity.YEAR,
    "CE": Granularity.YEAR,
    "H": Granularity.HOUR,
    "S": Granularity.MINUTE,
}


def resolve_deictic_day(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if ctx.capitalised_inside_sentence() and part_of_a_name(ctx):
        return None  # "VOA Today", "USA Today", "the Today programme"
    word = groups["word"].lower()
    if word in ("today", "tomorrow") and "part" not in groups and names_an_age(ctx):
        return None
    offset = DEICTIC_OFFSETS[word]
    around = groups.get("around", "").lower()
    offset += {"before": -1, "after": 1}.get(around, 0)
    part_word = (groups.get("part") or groups.get("mid") or "").lower()
    part = PARTS_OF_DAY.get(part_word) or ("NI" if word == "tonight" else "")
    timex_type = TIME if part else DATE
    stated = frozenset({"day"} | ({"part_of_day"} if part else set()))
    if ctx.article_date is None:
        return unanchored(timex_type, "XXXX-XX-XX" + (f"T{part}" if part else ""), stated)
    day = ctx.article_date + timedelta(days=offset)
    value = day.isoformat() + (f"T{part}" if part else "")
    return Resolution(timex_type, value, ARTICLE, stated)


def resolve_this_part_of_day(groups: dict[str, str], ctx: Context) -> Resolution | None:
    part = PARTS_OF_DAY[(groups.get("part") or groups["mid"]).lower()]
    if ctx.article_date is None:
        return unanchored(TIME, f"XXXX-XX-XXT{part}", frozenset({"part_of_day"}))
    return Resolution(TIME, f"{ctx.article_date.isoformat()}T{part}", ARTICLE, frozenset({"part_of_day"}))


_WEEKDAY_ABBREVIATIONS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
                          "weds": "wednesday", "thu": "thursday", "thur": "thursday", "thurs": "thursday",
                          "fri": "friday", "sat": "saturday", "sun": "sunday"}


def resolve_weekday_abbreviation(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "on Tues.": the weekday as its full name would be read."""
    full = {key: value for key, value in groups.items() if key != "abbr"}
    full["weekday"] = _WEEKDAY_ABBREVIATIONS[groups["abbr"].lower()]
    return resolve_weekday(full, ctx)


# Words that may follow "a Monday" with the day still some such day ("on a Saturday night in May",
# "a Monday when ..."); another lower-case word after it is a noun the day names ("a Wednesday rally").
_AFTER_SOME_SUCH_DAY = frozenset({"in", "when", "and", "or", "to", "at", "for", "with", "of", "that", "as",
                                  "before", "after", "but", "while", "if", "than", "like", "so", "because", "by",
                                  "on", "from", "until", "is", "was", "were", "are", "last", "will", "would",
                                  "could", "can", "has", "had"})


def _some_such_day(ctx: Context, after: str) -> bool:
    """"tips of $250 on a Saturday night", "it was a Monday when the pipe burst": "a" before the day
    makes it some such day, no known one; not "a Wednesday rally", "a Monday bank holiday", which name
    the day of a thing."""
    if ctx.word_before() not in ("a", "an"):
        return False
    return not (after[:1].islower() and after.lower() not in _AFTER_SOME_SUCH_DAY)


def resolve_weekday(groups: dict[str, str], ctx: Context) -> Resolution | None:
    after = ctx.word_after()
    if after[:1].isupper() and after.lower() not in TIME_WORDS:
        return None  # "The Sunday Times", "Tuesday Group"
    if after_named_day_lead(ctx):
        return None
    weekday = weekday_number(groups["weekday"])
    part = PARTS_OF_DAY.get(groups.get("part", "").lower(), "")
    # "Friday night" is a TIME with the part of the day in its value, as the TIMEX3
    # guidelines write it ("2023-03-17TNI").
    timex_type = TIME if part else DATE
    stated = frozenset({"weekday"} | ({"part_of_day"} if part else set()))
    suffix = f"T{part}" if part else ""
    rel = groups.get("rel", "").lower()
    if ctx.article_date is None or (not rel and _some_such_day(ctx, after)):
        return unanchored(timex_type, f"XXXX-WXX-{weekday}{suffix}", stated)
    tense = None
    if rel == "this":
        return this_weekday(weekday, timex_type, suffix, stated, ctx)
    if rel in ("last", "past", "previous"):
        direction = search.BEFORE
    elif rel in ("next", "coming"):
        direction = search.AFTER
    elif ctx.text.startswith(("'s", "’s"), ctx.end):
        # "Wednesday's ruling": news names past days this way. A clause looking ahead may name a
        # day to come ("ahead of Thursday's testimony") or still one gone by ("would look for ways
        # around Wednesday's ruling"): the nearer of the two.
        tense = ctx.tense()
        direction = search.NEAREST if tense == FUTURE_TENSE else search.BACK
    else:
        paired = _day_after_paired_weekday(weekday, ctx, part_of_day=bool(part))
        if paired is not None:
            return Resolution(timex_type, paired.isoformat() + suffix, PREVIOUS, stated,
                              anchor_mention=ctx.previous)
        tense = ctx.tense()
        direction = bare_weekday_direction(tense, ctx)
    if tense == FUTURE_TENSE and future_told_in_the_past(ctx.text, ctx.sentence_start, ctx.start):
        told = _day_of_the_telling(ctx)
        if told is not None:  # "said on Friday it would reopen on Sunday": the Sunday after that Friday
            return Resolution(timex_type, search.weekday_from(told, weekday, search.AFTER).isoformat() + suffix,
                              PREVIOUS, stated, tense, anchor_mention=ctx.previous)
        yesterday = ctx.article_date - timedelta(days=1)
        if yesterday.isoweekday() == weekday:
            # "said it expected to reach 60,000 people on Sunday", written on Monday: told before the
            # article, the day it looked ahead to may be the day just gone (a day further back would
            # be told as done or not done, and one ahead is still to come)
            return Resolution(timex_type, yesterday.isoformat() + suffix, ARTICLE, stated, tense)
    day = search.weekday_from(ctx.article_date, weekday, direction)
    if rel in ("last", "previous"):
        day = last_weeks_day(weekday, ctx.article_date)
    return Resolution(timex_type, day.isoformat() + suffix, ARTICLE, stated, tense)


def _day_of_the_telling(ctx: Context) -> date | None:
    """The day a reporting verb just before it gives, earlier in the sentence and on or before the
    article's date ("said on Friday"): when a future was told from the past, the day it was told on
    (a day of another clause, "reached storm strength on Thursday, and crews expected", is not)."""
    previous = ctx.previous
    if (previous is None or previous.start < ctx.sentence_start or previous.end > ctx.start
            or not _DAY_VALUE.fullmatch(previous.value) or ctx.article_date is None
            or not _TOLD_ON.search(ctx.text, max(ctx.sentence_start, previous.start - 30), previous.start)):
        return None
    day = date.fromisoformat(previous.value)
    return day if day <= ctx.article_date else None


# a past reporting verb ("told" with whom it told), then the day: "said on Friday", "told reporters Friday"
_TOLD_ON = re.compile(
    r"\b(?:told\s+\w+|" + "|".join(sorted(w for w in REPORTING_VERBS if is_past_form(w) and w != "told"))
    + r")\s+(?:on\s+)?$", re.IGNORECASE)


# "Monday and Tuesday", "Friday or Saturday", "Monday and on Tuesday": the words that join two weekdays
# told as one stretch of days.
_WEEKDAY_PAIRING = re.compile(r"\s*(?:and|or|-|–|&)\s+(?:on\s+)?", re.IGNORECASE)
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")


def _day_after_paired_weekday(weekday: int, ctx: Context, *, part_of_day: bool) -> date | None:
    """ "by Monday or Tuesday", "visit on Monday and Tuesday" ahead: the second weekday is the first such
    day after the first one, not a day read on its own from the article's date (an article of a Tuesday
    read "by Monday or Tuesday" as next Monday and today). Looking back each day is read on its own,
    whatever the order ("statements made Friday and Thursday"). The same weekday named again in the
    sentence, with a part of the day ("Tuesday night"), is the day already named."""
    previous = ctx.previous
    if previous is None or previous.end > ctx.start or previous.start < ctx.sentence_start:
        return None
    named = previous.text.split()[-1].lower() if previous.text.strip() else ""
    if named not in WEEKDAYS or not _DAY_VALUE.match(previous.value):
        return None
    first = date.fromisoformat(previous.value[:10])
    if weekday_number(named) == weekday:
        # "visit on Monday and Tuesday ... an address Tuesday night": a part of the day already named (a
        # weekday alone again may be another week's: "walked out on Wednesday and will return on Wednesday")
        plain = previous.text.split()[0].lower() not in ("last", "next", "this", "past", "previous", "coming")
        return first if part_of_day and plain else None
    if ctx.article_date is None or first < ctx.article_date or (first == ctx.article_date
                                                                and ctx.tense() != FUTURE_TENSE):
        return None  # a pair looking back reads each day back on its own ("made Friday and Thursday")
    if not _WEEKDAY_PAIRING.fullmatch(ctx.text, previous.end, ctx.start):
        return None
    return search.weekday_from(first, weekday, search.AFTER)


def last_weeks_day(weekday: int, article_date: date) -> date:
    """"last Tuesday" is the Tuesday of last week, the weeks counted from Sunday as news calendars
    print them: written on a Thursday it is nine days back, not two (this week's is "on Tuesday"),
    written on a Sunday "last Thursday" is three days back; never the day before, which one calls
    "yesterday". (Every "last <day>" of the TempEval training part reads so; where this reading and
    the nearest day before differ on the development corpora, it was right 4 times in 5, the other never.)"""
    this_sunday = article_date - timedelta(days=article_date.isoweekday() % 7)
    day = this_sunday - timedelta(weeks=1) + timedelta(days=weekday % 7)
    return day - timedelta(weeks=1) if (article_date - day).days <= 1 else day


_IS_ON_DAY = re.compile(r"\b(?:is|are)\s+(?:due\s+)?(?:(?:on|in|for)\s+)?$", re.IGNORECASE)


def bare_weekday_direction(tense: str | None, ctx: Context) -> str:
    """As weekday_direction, and "the vote is on Monday", "the deadline is Friday" (a day set
    for what is to come) look ahead."""
    if tense == PRESENT_TENSE and set_for_later(ctx):
        return search.FORWARD
    return weekday_direction(tense)


def set_for_later(ctx: Context) -> bool:
    """ "is on Monday", "are in March", "is due in May": a copula right before the date sets
    it for what is to come, as a timetable does."""
    return _IS_ON_DAY.search(ctx.text, max(0, ctx.start - 16), ctx.start) is not None


def weekday_direction(tense: str | None) -> str:
    """Where a bare weekday lies: ahead in the future or an arrangement ("is hearing the
    appeal on Thursday"), else behind (news mostly reports what has happened)."""
    return search.FORWARD if tense in (FUTURE_TENSE, PROGRESSIVE) else search.BACK


def resolve_relative_unit(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if ctx.capitalised_inside_sentence():
        return None  # ABC's "This Week"
    unit = groups["unit"].lower()
    rel = " ".join((groups.get("rel") or groups.get("rel2") or "").lower().split())
    if unit in SEASONS:
        return _relative_season(SEASONS[unit], rel, ctx)
    if unit in ("decade", "century") and rel in ("past", "last") and "the" in groups:
        # "over the past decade": the ten years up to now, a length rather than the 1980s
        return Resolution(DURATION, "P10Y" if unit == "decade" else "P100Y", ABSOLUTE,
                          frozenset({"length"}))
    granularity = {
        "week": Granularity.WEEK,
        "weekend": Granularity.WEEK,
        "month": Granularity.MONTH,
        "quarter": Granularity.QUARTER,
        "year": Granularity.YEAR,
        "decade": Granularity.DECADE,
        "century": Granularity.CENTURY,
    }[unit]
    stated = frozenset({"relative-" + unit})
    if ctx.article_date is None:
        value = placeholder(granularity) + ("-WE" if unit == "weekend" else "")
        return unanchored(DATE, value, stated)
    anchor = ctx.article_date
    if unit == "year" and rel in ("last", "previous") and not groups.get("mod"):
        compared = year_before_reported_period(ctx)
        if compared is not None:
            return compared
    tense = None
    if rel:
        step = RELATION_STEPS[rel]
        if rel == "latest" and unit != "quarter" and "fiscal" not in groups:
            step = 0  # "the latest year"; "the latest quarter/fiscal year" is the last one closed
    elif "bare" in groups:  # "by end of month": the current one
        step = 0
    else:  # "the weekend": direction from the tense, as a bare weekday's ("is broadcasting over the weekend")
        tense = ctx.tense()
        step = 1 if bare_weekday_direction(tense, ctx) == search.FORWARD else -1
    mod = timex_mod(groups)
    if unit == "weekend" and rel in ("this", "current") and anchor.isoweekday() < 6:
        # read as "this Saturday" is: "BP responded this weekend" in a Tuesday paper is the one just gone
        saturday, _note, used = this_weeks_day(6, ctx)
        if used == "past":
            return Resolution(DATE, week_value(saturday) + "-WE", ARTICLE, stated, used, mod=mod)
    if unit == "weekend":
        return Resolution(DATE, _weekend(anchor, step, rel) + "-WE", ARTICLE, stated, tense, mod=mod)
    if unit == "week" and rel == "this" and anchor.isoweekday() == 7 \
            and future_stated_outright(ctx.text, ctx.sentence_start, ctx.start):
        # a Sunday's "will ... this week": the week that starts the next day (its own has ended); "After a
        # week of protests this week, talks will resume" tells of the week just gone
        tense = FUTURE_TENSE
        step = 1
    if unit == "week":
        value = week_value(anchor + timedelta(weeks=step))
    elif unit == "month":
        value = month_value(anchor.year, anchor.month + step)
    elif unit == "quarter":
        value = quarter_value(anchor.year, quarter_of(anchor) + step)
    elif unit == "year":
        value = year_value(anchor.year + step)
    elif unit == "decade":
        value = decade_value(anchor.year + 10 * step)
    else:
        value = century_value(anchor.year + 100 * step)
    return Resolution(DATE, value, ARTICLE, stated, tense, mod=mod)


def year_before_reported_period(ctx: Context) -> Resolution | None:
    """"last year" after "the quarter ended Sept. 30": the same period a year before."""
    period = reported_period(ctx)
    if period is None:
        return None
    value = shift_value(period.value, "Y", -1)
    if value is None:
        return None
    return Resolution(DATE, value, PREVIOUS, frozenset({"offset"}), keeps_anchor=True,
                      anchor_mention=period)


def _weekend(anchor: date, step: int, rel: str) -> str:
    """The week of the weekend meant: "this" = this week's, else the first one before/after."""
    weekday = anchor.isoweekday()
    monday = anchor - timedelta(days=weekday - 1)
    if rel in ("this", "current") or (weekday >= 6 and rel == ""):
        return week_value(monday)
    # "the weekend before last / after next": one more week beyond the nearest
    beyond = timedelta(weeks=abs(step) - 1) if abs(step) > 1 else timedelta(0)
    if step > 0:
        return week_value((monday if weekday < 6 else monday + timedelta(weeks=1)) + beyond)
    return week_value(monday - timedelta(weeks=1) - beyond)


def _relative_season(code: str, rel: str, ctx: Context) -> Resolution:
    stated = frozenset({"season"})
    if ctx.article_date is None:
        return unanchored(DATE, f"XXXX-{code}", stated)
    direction = {
        "last": search.BEFORE,
        "past": search.BEFORE,
        "previous": search.BEFORE,
        "next": search.AFTER,
        "coming": search.AFTER,
    }.get(rel, search.NEAREST)
    year = search.season_occurrence(ctx.article_date, code, direction)
    return Resolution(DATE, season_value(year, code), ARTICLE, stated)


_SEASON_COMPOUNDS = frozenset({"guy", "guys", "camp", "camps", "break", "school", "schools", "collection",
                               "collections", "fashion", "fashions", "festival", "sale", "sales", "ball", "show",
                               "shows", "tour", "wear", "clothes", "lineup", "line-up", "olympics", "games"})


def resolve_season(groups: dict[str, str], ctx: Context) -> Resolution | None:
    code = SEASONS[groups["season"].lower()]
    if "year" in groups or "spoken" in groups:
        year = parse_year(groups["year"]) if "year" in groups else spoken_year_value(groups["spoken"])
        if year is None:
            return None
        return Resolution(DATE, season_value(year, code), ABSOLUTE, frozenset({"season", "year"}))
    if "yrel" in groups:  # "the spring of last year": that year's season
        if ctx.article_date is None:
            return unanchored(DATE, f"XXXX-{code}", frozenset({"season", "relative-year"}))
        year = ctx.article_date.year + RELATION_STEPS[groups["yrel"].lower()]
        return Resolution(DATE, season_value(year, code), ARTICLE, frozenset({"season", "relative-year"}))
    if ctx.word_after().lower() == "of":
        return None  # "the fall of Kabul", "the spring of discontent"
    if ctx.word_after() in _SEASON_COMPOUNDS:
        return None  # "made the fall guy", "a summer camp": a thing named after the season
    if ctx.article_date is None:
        return unanchored(DATE, f"XXXX-{code}", frozenset({"season"}))
    if (
        "the" not in groups
        and "mod" not in groups
        and ctx.word_before()
        not in (
            "in",
            "during",
            "over",
            "since",
            "until",
            "by",
            "through",
            "this",
            "last",
            "next",
            "of",
        )
    ):
        return None  # "spring" as a noun or verb, "fall" the verb
    tense = ctx.tense()
    direction = search.direction_for_tense(tense)
    year = search.season_occurrence(ctx.article_date, code, direction)
    return Resolution(
        DATE, season_value(year, code), ARTICLE, frozenset({"season"}), tense if direction != search.NEAREST else None
    )


def resolve_new_year(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if ctx.article_date is None:
        return unanchored(DATE, "XXXX", frozenset())
    year = ctx.article_date.year + (0 if ctx.article_date.month <= 2 else 1)
    return Resolution(DATE, year_value(year), ARTICLE, frozenset())


def resolve_last_night(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if ctx.article_date is None:
        return unanchored(TIME, "XXXX-XX-XXTNI", frozenset({"part_of_day"}))
    night = ctx.article_date - timedelta(days=1)
    tense = None
    if ctx.text[ctx.start : ctx.end].lower().endswith("overnight") \
            and future_stated_outright(ctx.text, ctx.sentence_start, ctx.start):
        # "the ferry will sail overnight": the coming night, not the one gone ("rain overnight will make
        # the clean-up harder" tells of last night's rain)
        tense = FUTURE_TENSE
        night = ctx.article_date
    return Resolution(TIME, f"{night.isoformat()}TNI", ARTICLE, frozenset({"part_of_day"}), tense)


def resolve_year_end(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if ctx.article_date is None:
        return unanchored(DATE, "XXXX", frozenset({"relative-year"}))
    step = RELATION_STEPS.get(groups.get("rel", "this").lower(), 0)
    return Resolution(DATE, year_value(ctx.article_date.year + step), ARTICLE,
                      frozenset({"relative-year"}))


RESOLVERS = {
    "last_night": resolve_last_night,
    "year_end": resolve_year_end,
    "deictic_day": resolve_deictic_day,
    "this_part_of_day": resolve_this_part_of_day,
    "weekday": resolve_weekday,
    "weekday_abbreviation": resolve_weekday_abbreviation,
    "relative_unit": resolve_relative_unit,
    "season": resolve_season,
    "new_year": resolve_new_year,
}
