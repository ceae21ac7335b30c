"""Resolver for clock times ("10:35 a.m.", "noon Thursday"), on the day they name or imply."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.extract import calendar_search as search
from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    DATE,
    PREVIOUS,
    TIME,
    Context,
    Piece,
    Resolution,
    month_number,
    unanchored,
)
from timeline.extract.resolvers.relative import DEICTIC_OFFSETS, bare_weekday_direction, last_weeks_day
from timeline.extract.tense import FUTURE as FUTURE_TENSE
from timeline.extract.tense import PAST as PAST_TENSE
from timeline.extract.vocabulary import WEEKDAYS, day_number

_AFTER_NOON = frozenset({"afternoon", "evening", "night"})


def _in_the_evening(groups: dict[str, str]) -> bool:
    return groups.get("part", "").lower() in _AFTER_NOON or "tonight" in (
        groups.get("day_before", "").lower(), groups.get("day_after", "").lower())
NAMED_TIMES = {"noon": (12, 0), "midday": (12, 0), "midnight": (0, 0)}
# A clock time just before an opening bracket: "10:35 a.m. (", "1422 local time (", "5:45 p.m. EDT (".
_CLOCK_THEN_BRACKET = re.compile(
    r"(?:\d[:.]?\d\d|\d)\s*(?:[ap]\.?\s?m\b\.?(?:\s*[A-Z]{2,4})?|[A-Z]{2,4}|local\s+time|[A-Z][a-z]+\s+time|h(?:rs)?)?\s*\(\s*$"
)


def restates_a_clock_time(ctx: Context) -> bool:
    """ "at 10:35 a.m. (0735 GMT)": the bracket gives the same moment in another zone."""
    return _CLOCK_THEN_BRACKET.search(ctx.text, max(0, ctx.start - 30), ctx.start) is not None


def resolve_clock_time(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if "named" in groups and ctx.capitalised_inside_sentence():
        return None  # "High Noon"
    if "zone" in groups and restates_a_clock_time(ctx):
        return None  # one moment, already found in the time before the bracket
    if "hour2" in groups:
        if "day_after" not in groups and "month" not in groups and "." in ctx.text[ctx.start : ctx.end]:
            return None  # "closed at 9.30": a price as often as a time
        groups = {**groups, "hour": groups["hour2"], "minute": groups["minute2"]}
    if (as_year := _year_not_clock(groups, ctx)) is not None:
        return as_year
    if "named" in groups:
        hour, minute = NAMED_TIMES[groups["named"].lower()]
    else:
        hour = int(groups["hour"])
        minute = int(groups.get("minute", "0"))
        ampm = groups.get("ampm", "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                return None
            if ampm.startswith("p") and hour != 12:
                hour += 12
            elif ampm.startswith("a") and hour == 12:
                hour = 0
        elif 1 <= hour < 12 and _in_the_evening(groups):
            hour += 12  # "tomorrow evening at 7", "tonight at 8": the evening's hours
    clock = f"T{hour:02d}:{minute:02d}"
    day_word = (groups.get("day_before") or groups.get("day_after") or "").lower()
    stated = frozenset({"hour", "minute"} | ({"day"} if day_word else set()))
    if "month2" in groups:  # "9 a.m. on 4 May": the day written first
        groups = {**groups, "month": groups["month2"], "day": groups["day2"]}
    if "year2" in groups:
        groups = {**groups, "year": groups["year2"]}
    if "year" in groups and "month" in groups:
        # "7:40pm Mar 3, 2019": one moment, the year that follows the day included
        day_number_ = day_number(groups["day"])
        try:
            stated_day = date(int(groups["year"]), month_number(groups["month"]), day_number_ or 0)
        except ValueError:
            return None
        return Resolution(TIME, stated_day.isoformat() + clock, ABSOLUTE, stated | {"year", "month", "day"})
    if ctx.article_date is None:
        return unanchored(TIME, "XXXX-XX-XX" + clock, stated)
    tense = None
    if "month" in groups:
        day = _stated_day(ctx.article_date, groups["month"], groups["day"])
        if day is None:
            return None
        stated = stated | {"month", "day"}
    elif day_word in WEEKDAYS and "day_rel" in groups:
        # "5pm next Monday": the day as "next Monday" alone would be
        if groups["day_rel"].lower() == "last":
            day = last_weeks_day(WEEKDAYS[day_word], ctx.article_date)
        else:
            day = search.weekday_from(ctx.article_date, WEEKDAYS[day_word], search.AFTER)
        if groups["day_rel"].lower() == "this":
            day = ctx.article_date + timedelta(days=WEEKDAYS[day_word] - ctx.article_date.isoweekday())
    elif day_word in WEEKDAYS:
        tense = ctx.tense()
        day = search.weekday_from(ctx.article_date, WEEKDAYS[day_word], bare_weekday_direction(tense, ctx))
        if hour == 0 and minute == 0 and "named" in groups:
            clock = "T24:00"  # "midnight Friday" ends Friday, as wires and TimeML mean it
    elif not day_word and _on_a_day_of_its_own(ctx):
        return unanchored(TIME, "XXXX-XX-XX" + clock, stated)
    elif not day_word and (on_day := _previous_day(ctx)) is not None:
        # a bare clock time belongs to the day the story is on, not always the article's
        return Resolution(TIME, on_day + clock, PREVIOUS, stated)
    else:
        day = ctx.article_date + timedelta(days=DEICTIC_OFFSETS.get(day_word, 0))
        if day_word and hour == 0 and minute == 0 and "named" in groups:
            clock = "T24:00"  # "midnight tonight", "yesterday at midnight": the one ending that day
    return Resolution(TIME, day.isoformat() + clock, ARTICLE, stated, tense)


_ZONE_AFTER_YEAR = re.compile(r"(?P<year>\d{4})\s*$")


def _year_not_clock(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "August 14, 2015 EST": four figures after a month and day are its year, not 20:15.

    A wire's "March 22, 1745 GMT" is a clock time, but a number that can be a modern year
    (no later than the year after the article's) and has no "at" or colon before it reads
    as the year the date is written with; the zone after it is dropped from the span.
    """
    if "month" not in groups or "hour" not in groups or "ampm" in groups:
        return None
    surface = ctx.text[ctx.start : ctx.end]
    digits = groups["hour"] + groups["minute"]
    at = surface.rfind(digits)
    if at < 0 or len(digits) != 4 or re.search(r"\bat\s*$", surface[:at]):
        return None
    year = int(digits)
    latest = (ctx.article_date.year + 1) if ctx.article_date is not None else 2059
    if not 1900 <= year <= latest:
        return None
    day = day_number(groups["day"])
    try:
        value = date(year, month_number(groups["month"]), day or 0)
    except ValueError:
        return None
    end = ctx.start + at + 4
    found = Resolution(DATE, value.isoformat(), ABSOLUTE, frozenset({"year", "month", "day"}),
                       rule="month-day-year")
    return replace(found, pieces=(Piece(ctx.start, end, found),))


# A bare clock time is read on the day last mentioned only when that day is near: in its own
# sentence or the one before ("On 3 May the dam burst. At 4:10 pm crews arrived"). Further
# back the day is more often a reference ("the first time since the blast on 20 April"),
# and the time is the story's own day, the article's.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]*[A-Z0-9]")


def _previous_day(ctx: Context) -> str | None:
    previous = ctx.previous
    if previous is None or len(previous.value) < 10 or not previous.value[:4].isdigit():
        return None
    breaks = _SENTENCE_BREAK.finditer(ctx.text, previous.end, ctx.start)
    if next(breaks, None) is not None and next(breaks, None) is not None:
        return None  # (two breaks are enough to know: the day may be an article's length back)
    if previous.value[4:5] != "-" or previous.value[7:8] != "-":
        return None
    if (_SINCE.search(ctx.text, max(0, previous.start - 12), previous.start)
            and not _THAT_PART_OF_DAY.match(ctx.text, ctx.end)):
        # "lost value since 20 April. By 2.30 pm the shares ...": a span's start, no day of the
        # story ("since April 20. At 10 p.m. that night ..." goes on telling that day)
        return None
    if (ctx.article_date is not None and previous.value[:10] < ctx.article_date.isoformat()
            and ctx.tense() == FUTURE_TENSE
            and _WILL.search(ctx.text, ctx.sentence_start, ctx.sentence_end)):
        # "The 8 p.m. speech will take place ...": no time ahead on a day gone ("On Monday he
        # said he would speak at 8 p.m." is that Monday's future)
        return None
    if (ctx.article_date is not None and previous.value[:10] > ctx.article_date.isoformat()
            and not any(c.isdigit() for c in previous.text) and ctx.tense() == PAST_TENSE):
        # "The well should be sealed on Saturday. Cement began flowing at 1:30 p.m.": nothing told
        # as done happened on a day still ahead ("6 January 2011 Last updated at 01:53" states
        # its day: the article's own date may be a time zone behind)
        return None
    return previous.value[:10]


# "at 10:40 am on the day of the vote", "at 3 pm on the morning after the storm": a day named by
# what happened on it, not the article's
_DAY_NAMED_BY_A_HAPPENING = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?,?\s*on\s+the\s+(?:day|night|morning|afternoon|evening|eve)\s+"
    r"(?:of|before|after|that|when|he|she|it|they|we|I)\b", re.IGNORECASE)
_CALENDAR_PERIOD = re.compile(r"\d{4}(?:-\d\d)?")
# The month or year sets the scene only when it opens the sentence ("In May, ...", "Last year, in
# September, ..."); further in, it is most often an aside's ("Shares in Acme, which two months
# ago reported a profit, fell 9% at 1304 GMT").
_FRONTING_WORDS = 3


def _on_a_day_of_its_own(ctx: Context) -> bool:
    """Whether a bare clock time is told of a day the sentence names otherwise than by its date:
    by a happening ("at 10:40 am on the day of the vote"), or inside a month or year opening the
    sentence that is not the article's ("Last September, at 4.30 pm, the sellers won"). Its day is
    unknown; the article's day would be a guess, most often a wrong one."""
    if _DAY_NAMED_BY_A_HAPPENING.match(ctx.text, ctx.end, ctx.sentence_end):
        return True
    previous = ctx.previous
    return (previous is not None and ctx.article_date is not None and previous.start >= ctx.sentence_start
            and len(ctx.text[ctx.sentence_start : previous.start].split()) <= _FRONTING_WORDS
            and _CALENDAR_PERIOD.fullmatch(previous.value) is not None
            and not ctx.article_date.isoformat().startswith(previous.value))


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_THAT_PART_OF_DAY = re.compile(r"\s+(?:on\s+)?that\s+(?:night|day|morning|afternoon|evening)\b", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|shall)\b|['’]ll\b", re.IGNORECASE)


def _stated_day(anchor: date, month_word: str, day_text: str) -> date | None:
    month = month_number(month_word)
    day = day_number(day_text)
    if day is None:
        return None

    def make(year: int) -> date | None:
        try:
            return date(year, month, day)
        except ValueError:
            return None

    year = search.closest_year(anchor, make, None)
    return None if year is None else make(year)


_DAY_AFTER_RANGE = re.compile(
    r"\s*(?:GMT|UTC|local\s+time)?,?\s+(?:on\s+)?(?:(?P<day_rel>next|last|this|coming)\s+)?"
    r"(?P<day_after>today|tomorrow|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def _day_after_range(ctx: Context) -> dict[str, str]:
    """ "from 13:00 to 16:00 this Friday": the day named right after the range holds both ends."""
    match = _DAY_AFTER_RANGE.match(ctx.text, ctx.end)
    if match is None:
        return {}
    return {key: value for key, value in match.groupdict().items() if value}


def resolve_clock_range(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "from 1410 to 1430 GMT": two clock times on one day, each its own expression."""
    if restates_a_clock_time(ctx):
        return None  # "between 2300 and 0200 GMT (1900 to 2200 EST)": the same hours again
    day = _day_after_range(ctx)
    first = resolve_clock_time({"hour": groups["hour"], "minute": groups["minute"], **day}, ctx)
    second = resolve_clock_time({"hour": groups["end_hour"], "minute": groups["end_minute"], **day}, ctx)
    if first is None or second is None:
        return None
    first_end = ctx.text.index(groups["minute"], ctx.start + len(groups["hour"])) + len(groups["minute"])
    second_start = ctx.end - len(groups["second"])
    return replace(first, pieces=(Piece(ctx.start, first_end, first), Piece(second_start, ctx.end, second)))


_HOUR_WORDS = {word: number for number, word in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], start=1)}
_FRACTIONS = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}


def resolve_spoken_clock(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """ "half past eight", "quarter to nine in the evening", "eight o'clock tomorrow", "15h30"."""
    surface = ctx.text[ctx.start : ctx.end]
    if "Clock" in surface or (surface[:1].isupper() and ctx.capitalised_inside_sentence()):
        return None  # "The Ten O'Clock News", "the Six O'clock News Hour": a title
    if "hour5" in groups:  # "15h30": the French and wire way, on the 24-hour clock
        return resolve_clock_time({"hour": groups["hour5"], "minute": groups["minute5"]}, ctx)
    hour_text = next(groups[name] for name in ("hour", "hour2", "hour3", "hour4") if name in groups).lower()
    hour = _HOUR_WORDS.get(hour_text) or int(hour_text)
    minute = int(groups.get("minute", "0"))
    if "fraction" in groups:
        fraction = groups["fraction"].split()[0].lower()
        told_as_time = "minutes" in groups["fraction"].lower() or "clock" in ctx.text[ctx.start : ctx.end].lower()
        if fraction not in ("quarter", "half") and not (told_as_time or "part" in groups or "day_after" in groups):
            return None  # "five to 10 miles": a range of numbers, not 9:55
        minute = _FRACTIONS[fraction]
        if groups["rel"].lower() == "to":
            hour, minute = (hour - 1) or 12, 60 - minute
    part = (groups.get("part") or groups.get("part2") or groups.get("night") or "").lower()
    clock = {"hour": str(hour), "minute": f"{minute:02d}", "part": part}
    if "day_after" in groups:
        clock["day_after"] = groups["day_after"]
    if part == "morning" and hour == 12:
        clock["hour"] = "0"
    return resolve_clock_time(clock, ctx)


RESOLVERS = {"clock_time": resolve_clock_time, "clock_range": resolve_clock_range,
             "spoken_clock": resolve_spoken_clock}
