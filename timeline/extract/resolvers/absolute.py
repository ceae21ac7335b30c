"""Resolvers for dates the text states: full dates, month-day with an implied year, years."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.extract import calendar_search as search
from timeline.extract.clock_evidence import clock_instead_of_year
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
    timex_mod,
    unanchored,
    weekday_number,
    year_told_before,
)
from timeline.extract.resolvers.relative import set_for_later
from timeline.extract.resolvers.run_in_stamps import run_in_post_time
from timeline.extract.resolvers.times import resolve_clock_time
from timeline.extract.tense import future_stated_outright, is_past_form
from timeline.extract.timex_values import (
    month_value,
    week_value,
    year_value,
)
from timeline.extract.vocabulary import (
    MONTH_NAMES,
    MONTHS,
    SEASONS,
    WEEK_ENDING_LEADS,
    WEEK_OPENING_LEADS,
    WEEKDAYS,
    day_number,
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
ATTRIBUTIVE_LEADS = _WORDS["attributive_leads"]
NOT_A_MODIFIED_NOUN = _WORDS["not_a_modified_noun"]


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


# A day without its year heading a name of capitalised words that ends in an institution's noun
# names that institution, not a day of the story.
_NAMED_INSTITUTION = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Fund|Commission|Committee|Memorial|Museum|Foundation|Movement|Accords?"
    r"|Agreement|Coalition|Alliance|Trust|Campaign)\b"
)

# Title-case words that open a phrase after a day in a headline ("Takes Over Aug. 23 From BP Fund").
_TITLE_PREPOSITIONS = frozenset({"from", "before", "after", "at", "in", "on", "for", "to", "by", "with", "until"})


def _names_an_institution(ctx: Context) -> bool:
    """The day heads a name after "the" or a possessive ("the government's Sept. 11 Victim
    Compensation Fund"), not a day told before the name of who acted ("On June 3 Gulf Coast Fund
    trustees met", "Set for June 21 Before Senate Committee")."""
    before = ctx.word_before()
    if not (before == "the" or before.endswith(("'s", "’s"))):
        return False
    found = _NAMED_INSTITUTION.match(ctx.text, ctx.end, ctx.sentence_end)
    if found is None:
        return False
    first = found.group().split(maxsplit=1)[0].lower()
    return first not in _TITLE_PREPOSITIONS


FUTURE_REACH_DAYS = 120  # a back reading this much nearer than the forward one wins over a weak future


def _modifies_a_noun(ctx: Context) -> bool:
    """"the April 20 blast", "his June 15 speech": a day before its noun names a happening
    already known, so the sentence's tense (about something else) does not move it."""
    after = ctx.word_after()
    return (ctx.start > ctx.sentence_start and ctx.word_before() in ATTRIBUTIVE_LEADS and after.isalpha()
            and after.lower() not in NOT_A_MODIFIED_NOUN)


_AUXILIARY_PASTS = frozenset({"was", "were", "had", "did"})


def _first_as_adverb(groups: dict[str, str], ctx: Context) -> bool:
    """"the spill in April first reached the coast": "first" says when the verb after it happened
    for the first time; it is no day of the month (that would be "on April first, it reached")."""
    if groups["day"].lower() != "first" or "year" in groups:
        return False
    after = ctx.word_after()
    if not after.islower() or after in _AUXILIARY_PASTS:
        return False
    return is_past_form(after)


def _month_alone(month_word: str, ctx: Context) -> Resolution | None:
    """The month of "in April first reached" without the adverb after it."""
    month_start = ctx.text.index(month_word, ctx.start)
    month_ctx = replace(ctx, start=month_start, end=month_start + len(month_word))
    alone = resolve_month({"month": month_word}, month_ctx)
    return None if alone is None else replace(alone, pieces=(Piece(month_ctx.start, month_ctx.end, alone),))


def _month_day(groups: dict[str, str], ctx: Context) -> Resolution | None:
    month_word = groups["month"]
    if not _is_capitalised(month_word):
        return None
    month = month_number(month_word)
    day = day_number(groups["day"])
    if day is None:
        return None
    if _first_as_adverb(groups, ctx):
        return _month_alone(month_word, ctx)
    if "year" not in groups and _names_an_institution(ctx):
        return None  # "the Sept. 11 Victim Compensation Fund", "the July 4 Parade Committee": a name
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
    if "ythat" in groups:
        # "on 9 November that year", "3 May the following year": the year of the date told before,
        # when that names one (not "the 1990s", "the 19th century")
        that_year = year_told_before(ctx, groups["ythat"])
        that_day: date | None
        try:
            that_day = date(that_year, month, day) if that_year is not None else None
        except ValueError:  # (29 February of a year without it)
            that_day = None
        if that_day is None:
            return unanchored(DATE, f"XXXX-{month:02d}-{day:02d}", frozenset(stated))
        return Resolution(DATE, _day_or_week(that_day, groups), PREVIOUS, frozenset(stated | {"relative-year"}))
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
    # A day naming a known happening leans back as a past tense does ("the April 20 blast"), and
    # so does a day heading its line ("April 21: The rig burns in the Gulf"): a caption or an
    # entry told in the historic present, as a chronology's are.
    tense = "past" if _modifies_a_noun(ctx) or _heads_its_line(ctx) else ctx.tense()
    if rel == "last":
        tense = "past"
        year = search.pick_year(ctx.article_date, make, search.BEFORE)
    elif rel == "next":
        tense = "future"
        year = search.pick_year(ctx.article_date, make, search.AFTER)
    elif tense == "future" and future_stated_outright(ctx.text, ctx.sentence_start, ctx.start):
        year = search.pick_year(ctx.article_date, make, search.FORWARD, slack_days=1)
    elif tense == "future":
        # A weaker future (a present timetable verb, "until", "would") reaches about eight
        # months ahead: further, the day is more likely last one's, told in the historic
        # present of a caption or a chronology ("June 7: a diver takes a look at the well",
        # written in October).
        year = search.closest_year(ctx.article_date, make, tense, against_tense_days=FUTURE_REACH_DAYS)
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


_HEADING_MARK = re.compile(r"(?:,?[ \t]+(?:1\d|20)\d\d)?[ \t]*(?:--|[-–—:])[ \t]+[A-Z]")


def _heads_its_line(ctx: Context) -> bool:
    """Whether the date opens its line and a colon or a dash follows it ("May 2: Obama visits")."""
    line_start = ctx.text.rfind("\n", 0, ctx.start) + 1
    return (not ctx.text[line_start : ctx.start].strip(" \t•*·▪–-")
            and _HEADING_MARK.match(ctx.text, ctx.end) is not None)


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
    """ "the week of March 6" names the week, not the day; "the week ending March 14" the week
    whose last day it is, "the week beginning 4 September" the week it opens (a Sunday or a
    Saturday ends a week in some countries and opens it in others: the ISO week holding most of
    the seven days is the one meant)."""
    if "week_of" not in groups:
        return day.isoformat()
    lead = groups["week_of"].split()[-1].lower()
    if lead in WEEK_ENDING_LEADS:
        return week_value(day - timedelta(days=3))
    if lead in WEEK_OPENING_LEADS:
        return week_value(day + timedelta(days=3))
    return week_value(day)


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
    if bare and _ends_a_persons_name(ctx):
        return None  # "said spokeswoman Hannah August.": a surname
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


def resolve_year(groups: dict[str, str], ctx: Context) -> Resolution | None:
    year = spoken_year_value(groups["spoken"]) if "spoken" in groups else parse_year(groups["year"])
    if year is None:
        return None
    surface = ctx.text[ctx.start : ctx.end].lower()
    qualified = any(k in groups for k in ("mod", "mod2", "mod3", "spoken")) or surface.startswith(
        ("the year", "fiscal", "fy")
    )
    if not qualified:
        if (post := run_in_post_time(groups["year"], ctx)) is not None:
            return post  # "... plead for help 1400 Ansel Herz says": a live blog's stamp, no year
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


_NAME_FOLLOWERS = re.compile(r"\s*(?:$|[,.;:)\"”’']|(?:said|says|told|tells|wrote|writes|who)\b)")


def _ends_a_persons_name(ctx: Context) -> bool:
    """A bare month right after a capitalised word inside a sentence, ending the phrase ("spokeswoman
    Hannah August said", "envoy Ann June."): a surname. A month that names a time goes on to a day, a
    year or a noun ("Tuesday, August 3", "the U.S. July jobs report"), or follows a preposition."""
    if not _next_to_a_name(ctx) or ctx.word_before() in WEEKDAYS:
        return False
    return _NAME_FOLLOWERS.match(ctx.text, ctx.end, ctx.sentence_end) is not None


RESOLVERS = {
    "month_day": _month_day,
    "day_month": _month_day,
    "month_year": resolve_month_year,
    "month_relative_year": resolve_month_relative_year,
    "month": resolve_month,
    "year": resolve_year,
}
