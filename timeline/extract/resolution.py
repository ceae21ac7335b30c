"""What a resolver sees (Context) and what it answers (Resolution), plus shared small helpers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from timeline.domain.granularity import Granularity
from timeline.domain.mention import AnchorKind, TimexType
from timeline.extract.tense import sentence_tense
from timeline.extract.timex_values import anchor_day, parse_value
from timeline.extract.vocabulary import MODIFIERS, MONTHS, WEEKDAYS, word_lists

# How a value was anchored: the domain's anchor kinds, under the names the resolvers use.
ABSOLUTE = AnchorKind.NONE
ARTICLE = AnchorKind.ARTICLE_DATE
PREVIOUS = AnchorKind.PREVIOUS_MENTION
UNANCHORED = AnchorKind.UNANCHORED


@dataclass(frozen=True, slots=True)
class PreviousDate:
    """The latest calendar date mentioned before the expression being resolved."""

    value: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Context:
    text: str
    start: int
    end: int
    article_date: date | None
    day_first: bool
    sentence_start: int
    sentence_end: int
    previous: PreviousDate | None
    period: PreviousDate | None = None  # the latest quarter or half-year mentioned
    locale: str | None = None  # the file's language or source address, when its metadata gives one
    _tense: str | None = field(default=None, repr=False)
    _tense_known: bool = field(default=False, repr=False)

    def tense(self) -> str | None:
        if not self._tense_known:
            self._tense = sentence_tense(self.text, self.sentence_start, self.sentence_end, self.start, self.end)
            self._tense_known = True
        return self._tense

    def word_before(self) -> str:
        """The word just before the expression, lower case ('' at the start of the text)."""
        head = self.text[max(0, self.start - 30) : self.start].rstrip()
        index = len(head)
        while index > 0 and (head[index - 1].isalnum() or head[index - 1] in "'’."):
            index -= 1
        return head[index:].lower().strip(".")

    def capitalised_inside_sentence(self) -> bool:
        """A capital letter where no sentence starts: a name ("ABC's This Week", "VOA Today")."""
        if not self.text[self.start].isupper() or self.start <= self.sentence_start:
            return False
        head = self.text[max(self.sentence_start, self.start - 4): self.start].rstrip(" \t\n\"'“‘`(")
        return bool(head) and head[-1] not in ".!?:;-—–_"

    def word_after(self) -> str:
        """The word just after the expression, as written."""
        tail = self.text[self.end : self.end + 30].lstrip(" \t")
        index = 0
        while index < len(tail) and (tail[index].isalnum() or tail[index] in "'’-"):
            index += 1
        return tail[:index]


@dataclass(frozen=True, slots=True)
class Resolution:
    timex_type: TimexType
    value: str
    anchoring: AnchorKind  # ABSOLUTE, ARTICLE, PREVIOUS or UNANCHORED
    stated: frozenset[str]
    tense: str | None = None  # the tense that chose a direction, when one did
    # A look back for comparison ("a year earlier") is not where the story now stands, so
    # it does not become the anchor of the expressions after it.
    keeps_anchor: bool = False
    # the earlier mention it was counted from, when that is not simply the latest one
    anchor_mention: PreviousDate | None = None
    # TIMEX3 mod: START, MID or END ("early March", "mid-2026", "the end of the month").
    # Not part of the value, as TimeML keeps it; it narrows the interval.
    mod: str | None = None
    # A range ("from Monday to Wednesday") answers its ends as separate expressions.
    pieces: tuple[Piece, ...] = ()
    # The reading that in the end applied, when not the matched rule's own: a line-initial
    # number read as a year after all, a date read as a chronology entry.
    rule: str | None = None
    # Said after the explanation: how a choice was made ("read day first, as the
    # document's other dates are"), or the other reading when nothing settled it.
    note: str = ""


@dataclass(frozen=True, slots=True)
class Piece:
    """One end of a range: its own span in the text and its resolution."""

    start: int
    end: int
    resolution: Resolution


_WORDS = word_lists("resolution")  # extract/word_lists.toml
NAMED_DAY_LEADS = _WORDS["named_day_leads"]


def after_named_day_lead(ctx: Context) -> bool:
    """A weekday starting the expression is part of a name such as "Black Monday"."""
    head = ctx.text[max(ctx.sentence_start, ctx.start - 8): ctx.start].rstrip()
    word = head.rsplit(None, 1)[-1] if head.split() else ""
    return word[:1].isupper() and word.lower() in NAMED_DAY_LEADS


def timex_mod(groups: dict[str, str]) -> str | None:
    """The TIMEX3 mod a rule's "mod" groups name ("early" -> START), if any."""
    for key in ("mod", "mod2", "mod3"):
        word = groups.get(key)
        if word:
            return MODIFIERS.get(word.lower())  # vocabulary.toml [modifiers]
    return None


def reported_period(ctx: Context, reach: int = 200) -> PreviousDate | None:
    """A quarter or half-year mentioned just before, which "a year ago" is compared with.

    Business news says "profit rose in the third quarter from $5 million a year ago":
    the year-ago figure is for the same quarter one year earlier.
    """
    period = ctx.period
    if period is None or period.end < ctx.sentence_start - reach:
        return None
    return period


def is_reported_period(value: str) -> bool:
    """A quarter or half-year value such as "1989-Q3" or "1989-H1"."""
    return len(value) == 7 and value[4:6] in ("-Q", "-H") and value[:4].isdigit()


def months_to_date(surface: str, value: str, period: PreviousDate | None, article_date: date | None) -> str | None:
    """The year whose results "the first nine months" reports, when that is what it is.

    After "in the first nine months, net rose ..." a comparison "a year earlier" is with
    the same months of the year before, which TimeML dates by the year ("1988").
    """
    if value not in ("P6M", "P9M") or not surface.lower().startswith("the "):
        return None
    if period is not None:
        return period.value[:4]
    return None if article_date is None else f"{article_date.year:04d}"


Resolver = Callable[[dict[str, str], Context], "Resolution | None"]


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower()]


def parse_year(text: str) -> int:
    """A four-digit year, or a two-digit one ("'98") read in the 1900s/2000s."""
    digits = text.strip("'’ ")
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 40 else 2000
    return year


def placeholder(granularity: Granularity) -> str:
    """The TIMEX3 value of a relative expression that has nothing to resolve against."""
    return {
        Granularity.CENTURY: "XX",
        Granularity.DECADE: "XXX",
        Granularity.YEAR: "XXXX",
        Granularity.HALF_YEAR: "XXXX-HX",
        Granularity.QUARTER: "XXXX-QX",
        Granularity.SEASON: "XXXX-XX",
        Granularity.MONTH: "XXXX-XX",
        Granularity.WEEK: "XXXX-WXX",
    }.get(granularity, "XXXX-XX-XX")


def unanchored(timex_type: TimexType, value: str, stated: frozenset[str]) -> Resolution:
    return Resolution(timex_type, value, UNANCHORED, stated)


DATE = TimexType.DATE
TIME = TimexType.TIME
DURATION = TimexType.DURATION
SET = TimexType.SET


def year_told_before(ctx: Context, phrase: str) -> int | None:
    """The year `phrase` ("that year", "the following year", "the previous year") names from the
    date told before ("... in 2007. ... in November that year"), when that date names one (a day, a
    month, a year; not "the 1990s" nor "the 19th century"), else None."""
    previous = ctx.previous
    if previous is None:
        return None
    told = parse_value(previous.value)
    day = anchor_day(previous.value) if told is not None and told.granularity >= Granularity.YEAR else None
    if day is None:
        return None
    phrase = phrase.lower()
    return day.year + (1 if "following" in phrase else -1 if "previous" in phrase else 0)
