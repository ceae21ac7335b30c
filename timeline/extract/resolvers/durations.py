"""Resolvers for lengths of time (P3D, PT4.5H), recurrences (SET) and vague references."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.extract.resolution import (
    ABSOLUTE,
    ARTICLE,
    DATE,
    DURATION,
    SET,
    UNANCHORED,
    Context,
    Piece,
    Resolution,
    month_number,
    weekday_number,
)
from timeline.extract.vocabulary import (
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    VAGUE_NUMBERS,
    WEEKDAYS,
    expand,
    number_value,
    word_lists,
)

TIME_UNITS = frozenset({"H", "S"})
_FREQUENCY_HEAD = re.compile(expand(r"\b(?:once|twice|thrice|(?:{number})\s+times)\s+$"), re.IGNORECASE)
_WORDS = word_lists("durations")  # extract/word_lists.toml
_MINUTE_WORDS = _WORDS["minute_words"]
FREQUENCY_VALUES = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "quarterly": "P3M",
    "biweekly": "P2W",
    "fortnightly": "P2W",
}
REFERENCE_VALUES = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "the past": "PAST_REF",
    "lately": "PAST_REF",
    "formerly": "PAST_REF",
}
NOT_A_REFERENCE_BEFORE = _WORDS["not_a_reference_before"]
SET_LEAD = ("once", "twice", "times", "per")
NOT_PLURAL_NOUNS = _WORDS["not_plural_nouns"]


def _format_amount(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:g}"


def duration_value(amount: float | None, unit_word: str) -> str:
    """The TIMEX3 duration for an amount (None = unknown) of a unit word."""
    word = unit_word.lower()
    code = UNITS[word]
    text = "X" if amount is None else _format_amount(amount)
    if code == "M" and word in _MINUTE_WORDS:
        return f"PT{text}M"
    if code in TIME_UNITS:
        return f"PT{text}{code}"
    if code == "2W":
        return "PXW" if amount is None else f"P{_format_amount(2 * amount)}W"
    if code == "Q":  # TimeML writes quarters in months: "the next three quarters" = P9M
        return "PXM" if amount is None else f"P{_format_amount(3 * amount)}M"
    if code in ("DE", "CE"):  # TimeML writes decades and centuries in years: P20Y
        if amount is None:
            return "PXDE" if code == "DE" else "PXCE"
        return f"P{_format_amount(amount * (10 if code == 'DE' else 100))}Y"
    return f"P{text}{code}"


def resolve_duration(groups: dict[str, str], ctx: Context) -> Resolution | None:
    number_word = " ".join(groups["num"].lower().split())
    vague = VAGUE_NUMBERS.get(number_word)
    if vague == "X":
        amount: float | None = None
    else:
        amount = number_value(number_word) if vague is None else float(vague)
        if amount is None:
            return None
        if amount > 1000:
            return None  # "2000 years" is rare; "1998 days" is a misread year
    unit = groups["unit"]
    value = duration_value(amount, unit)
    if "num2" in groups and "unit2" in groups:
        second = number_value(groups["num2"])
        if second is not None:
            value += (
                duration_value(second, groups["unit2"])[1:].replace("T", "", 1)
                if "T" in value
                else duration_value(second, groups["unit2"])[1:]
            )
    after = ctx.word_after().lower()
    if after == "old" or ctx.capitalised_inside_sentence():
        return None  # an age ("52 years old"), or a title ("60 Minutes")
    if after == "of" and unit.lower().startswith("quarter") and _a_share_of_something(ctx):
        return None  # "more than a quarter of the market": a fraction, not three months
    before = ctx.word_before()
    if number_word in ("a", "an") and _is_rate(ctx, before):
        return None  # "$2 million a year", "700 seats a week": a rate, not a period
    if number_word in ("a", "an", "one") and before in SET_LEAD:
        recurrence = Resolution(SET, value, ABSOLUTE, frozenset({"frequency"}))
        head = _FREQUENCY_HEAD.search(ctx.text, max(ctx.sentence_start, ctx.start - 40), ctx.start)
        if head is None:
            return recurrence
        # "twice a week" is one SET, its count included, as the TIMEX3 guidelines write it
        return replace(recurrence, pieces=(Piece(head.start(), ctx.end, recurrence),))
    return Resolution(DURATION, value, ABSOLUTE, frozenset({"length"}))


_OF_A_PERIOD = re.compile(
    r"\s+of\s+(?:(?:the|this|that|last|next|fiscal|its|a)\s+)*(?:\d|'\d|year|decade|century|fiscal)",
    re.IGNORECASE,
)


def _a_share_of_something(ctx: Context) -> bool:
    """ "a quarter of the market" (a fraction) rather than "a quarter of a century"."""
    return _OF_A_PERIOD.match(ctx.text, ctx.end) is None


def _is_rate(ctx: Context, before: str) -> bool:
    if not before:
        return False
    if before[0].isdigit() or before in ("million", "billion", "percent", "cents", "dollars"):
        return True
    if before == "times":
        return False  # "three times a year": how often, not how much
    return before.endswith("s") and before not in NOT_PLURAL_NOUNS


_QUANTITY_WORDS = _WORDS["quantity_words"]
_LAST_TWO_WORDS = re.compile(r"([\w.,%$]+)\s+([\w.,%$]+)\s*$")


def _follows_a_quantity(ctx: Context) -> bool:
    """A number, an amount or "N units" just before: the expression is part of a rate."""
    words = _LAST_TWO_WORDS.search(ctx.text, max(0, ctx.start - 40), ctx.start)
    if words is None:
        return False
    first, last = words.group(1).lower(), words.group(2).lower()
    if last[0].isdigit() or last.endswith("%") or last in _QUANTITY_WORDS:
        return True
    return last.endswith("s") and (first[0].isdigit() or first in _QUANTITY_WORDS)


LEADS_OF_A_BARE_LENGTH = _WORDS["leads_of_a_bare_length"]


def resolve_bare_plural_duration(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if "recent" not in groups and ctx.word_before() not in LEADS_OF_A_BARE_LENGTH:
        return None
    return Resolution(DURATION, duration_value(None, groups["unit"]), ABSOLUTE, frozenset({"length"}))


def resolve_every(groups: dict[str, str], ctx: Context) -> Resolution | None:
    what = groups["what"].lower()
    amount = number_value(groups["num"]) if "num" in groups else 1.0
    if amount is None:
        return None
    if what in UNITS:
        if "other" in ctx.text[ctx.start : ctx.end].lower():
            amount *= 2
        value = duration_value(amount, what)
    elif what in WEEKDAYS:
        value = f"XXXX-WXX-{weekday_number(what)}"
    elif what.rstrip(".") in MONTHS:
        value = f"XXXX-{month_number(what):02d}"
    elif what in SEASONS:
        value = f"XXXX-{SEASONS[what]}"
    else:
        value = f"XXXX-XX-XXT{PARTS_OF_DAY[what]}"
    return Resolution(SET, value, ABSOLUTE, frozenset({"frequency"}))


def resolve_frequency_adverb(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if ctx.capitalised_inside_sentence():
        return None  # a name: "the People's Daily"
    word = groups["word"].lower()
    after = ctx.word_after()
    if word == "quarterly" and after.isalpha() and after.islower() and after not in (
        "and", "or", "in", "on", "at", "by", "since", "through", "until"
    ):
        return None  # "a quarterly dividend": a kind of report, not a recurrence in time
    if _follows_a_quantity(ctx):
        return None  # "to grow 3% yearly", "40,000 bottles annually": a rate, not a time
    return Resolution(SET, FREQUENCY_VALUES[groups["word"].lower()], ABSOLUTE, frozenset({"frequency"}))


def resolve_weekday_set(groups: dict[str, str], ctx: Context) -> Resolution | None:
    word = groups.get("weekday") or groups["weekday2"]
    part_word = (groups.get("part") or groups.get("part2") or "").lower().rstrip("s")
    part = PARTS_OF_DAY.get(part_word, "")
    value = f"XXXX-WXX-{weekday_number(word)}" + (f"T{part}" if part else "")
    return Resolution(SET, value, ABSOLUTE, frozenset({"weekday", "frequency"}))


def resolve_reference(groups: dict[str, str], ctx: Context) -> Resolution | None:
    word = " ".join(groups["word"].lower().split())
    if word in ("current", "recent") and ctx.word_after().lower() in NOT_A_REFERENCE_BEFORE:
        return None
    value = REFERENCE_VALUES.get(word, "FUTURE_REF")
    anchoring = ARTICLE if ctx.article_date is not None else UNANCHORED
    return Resolution(DATE, value, anchoring, frozenset())


RESOLVERS = {
    "duration": resolve_duration,
    "bare_plural_duration": resolve_bare_plural_duration,
    "every": resolve_every,
    "frequency_adverb": resolve_frequency_adverb,
    "weekday_set": resolve_weekday_set,
    "reference": resolve_reference,
}
