"""The word lists (vocabulary.toml) as lookup tables and as regex alternations for the rules."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from timeline.domain.calendar_words import MONTH_NAMES as ENGLISH_MONTH_NAMES

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.toml")


@cache
def vocabulary() -> dict[str, dict[str, Any]]:
    with VOCABULARY_FILE.open("rb") as handle:
        return tomllib.load(handle)


def table(name: str) -> dict[str, Any]:
    return vocabulary()[name]


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A non-capturing regex alternation, longest words first so that "sept" beats "sep"."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


MONTHS: dict[str, int] = table("months")
WEEKDAYS: dict[str, int] = table("weekdays")
SEASONS: dict[str, str] = table("seasons")
PARTS_OF_DAY: dict[str, str] = table("parts_of_day")
UNITS: dict[str, str] = table("units")
NUMBERS: dict[str, float] = table("numbers")
VAGUE_NUMBERS: dict[str, Any] = table("vague_numbers")
ORDINALS: dict[str, int] = table("ordinals")
HOLIDAYS: dict[str, str] = table("holidays")
MODIFIERS: dict[str, str] = table("modifiers")
# The regions a clock zone is named by: "3:25 p.m. Eastern time", "Pacific Daylight Time".
ZONE_REGIONS = ("eastern", "central", "pacific", "mountain", "atlantic")
# Words of a firm's accounts for a period (a regular-expression alternation): "results for the
# third quarter", "will publish its first-quarter earnings" name the figures, not an act's day.
ACCOUNT_WORDS = r"results|earnings|figures|profits?|loss(?:es)?|revenues?|sales"

_NUMBER_WORDS = [w for w in NUMBERS if " " not in w]
_SMALL = [w for w in _NUMBER_WORDS if w not in ("a", "an", "hundred", "dozen", "half", "couple")]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNIT_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# Indexed by month number (1-12): the names a date is written back with.
MONTH_NAMES = ("", *ENGLISH_MONTH_NAMES)
_ORDINAL_ONES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
# Days of the month as ordinal words: "June ninth", "the thirty-first of March".
DAY_WORDS: dict[str, int] = {
    **{word: number for word, number in ORDINALS.items() if word.isalpha() and 1 <= number <= 20},
    **{f"twenty-{word}": 21 + index for index, word in enumerate(_ORDINAL_ONES)},
    "thirtieth": 30,
    "thirty-first": 31,
}

_DAY_WORDS_SPACELESS = {word.replace("-", ""): number for word, number in DAY_WORDS.items()}

# "Dec" and "Sept" are abbreviations: each begins a longer month name.
# Months written short ("jan", "sept"): the names another month's name starts with.
MONTH_ABBREVIATIONS = [m for m in MONTHS if any(o != m and o.startswith(m) for o in MONTHS)]
# "the week ending March 14", "the week beginning 4 September": a week named by its last or first day.
WEEK_ENDING_LEADS = ("ending", "ended")
WEEK_OPENING_LEADS = ("beginning", "starting", "commencing")

_DAY_WORD = alternation([w.replace("-", "-?") for w in DAY_WORDS]).replace("\\-\\?", "[-\\s]?") + r"(?![-\w])"

# Regex macros the rule files use as {name}.
# Time zones by their abbreviations, in capitals ("et al." is no zone).
_ZONE_ABBREVIATIONS = (
    r"(?-i:GMT|UTC|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|AST|ADT|HST|AKST|AKDT"
    r"|MSK|IST|PKT|ICT|WIB|JST|KST|HKT|SGT|AEST|AEDT|NZST|NZDT|WAT|CAT|EAT|SAST)"
)

MACROS: dict[str, str] = {
    # a full month name, or an abbreviation with its optional dot ("Dec." but not "March.")
    "month": "(?:" + alternation([m for m in MONTHS if m not in MONTH_ABBREVIATIONS])
    + "|" + alternation(MONTH_ABBREVIATIONS) + r"\.?)",
    "weekday": alternation(WEEKDAYS),
    "week_of": r"the\s+week\s+" + alternation(["of", *WEEK_OPENING_LEADS, *WEEK_ENDING_LEADS]),
    "season": alternation(SEASONS),
    "part_of_day": alternation(PARTS_OF_DAY),
    "unit": alternation(UNITS),
    "unit_singular": alternation([u for u in UNITS if not u.endswith("s")]),
    "unit_plural": alternation([u for u in UNITS if u.endswith("s")]),
    "holiday": alternation(HOLIDAYS),
    "ordinal": alternation(ORDINALS),
    # a cardinal: digits (with a fraction), or words ("twenty four", "two and a half")
    "number": (
        r"(?:\d+(?:\.\d+)?(?:(?:-|\s+)\d/\d)?"
        r"|" + alternation(_TENS) + r"(?:[-\s]+" + alternation(_UNIT_ONES) + r")?"
        r"|" + alternation(NUMBERS) + r")(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)?"
    ),
    "vague": alternation(VAGUE_NUMBERS),
    "year": r"(?:1[0-9]\d\d|20\d\d)",
    # what marks four digits as a 24-hour clock time, not a year: "1600 GMT", "0930 local time",
    # "0910 Haiti time", "2100h", "1430 hrs" (abbreviations in capitals: "et al." is no zone)
    "clock_zone": r"(?:" + _ZONE_ABBREVIATIONS + r"\b|(?-i:Z)\b|hrs\b|h\b|local\s+time\b|(?-i:[A-Z][a-z]+)\s+time\b)",
    # a time zone's abbreviation after "4 pm": known ones only ("4 PM BP said" is no zone)
    "zone_abbreviation": _ZONE_ABBREVIATIONS,
    # a 24-hour clock reading with or without its colon: "1430", "14:30", "14.30"
    "hhmm": r"(?:[01]\d|2[0-3])[:.]?[0-5]\d",
    "day_digits": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    "day": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    # a day of the month as digits or as a word ("ninth", "thirty-first"), never the start of
    # a compound ("second-quarter"); only the rules for written-out dates use it, as the
    # word alternation costs time wherever it is tried
    "day_any": r"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|" + _DAY_WORD + ")",
    "approx": (
        r"(?:about|around|nearly|almost|some|roughly|approximately|more\s+than|less\s+than"
        r"|fewer\s+than|at\s+least|at\s+most|up\s+to|over|under|just|only|barely|well\s+over"
        r"|no\s+more\s+than|as\s+many\s+as|as\s+long\s+as|another|a\s+further|the\s+first"
        r"|the\s+last|the\s+past|the\s+next|the\s+previous|the\s+coming|the\s+final"
        # a length compared with the same length a year before: "the year-ago six weeks"
        r"|the\s+(?:year-earlier|year-ago|prior-year|comparable|corresponding)|the)"
    ),
    "spoken_year": (
        r"(?:nineteen|twenty)[-\s]+(?:"
        + alternation(_TENS)
        + r"(?:[-\s]+"
        + alternation(_UNIT_ONES)
        + r")?|"
        + alternation(_SMALL)
        + r")"
        r"|two\s+thousand(?:\s+(?:and\s+)?" + alternation(_SMALL) + r")?"
    ),
}


def expand(pattern: str) -> str:
    """Replace {macro} names in a rule pattern with their regex."""
    return re.sub(r"\{([a-z_]+)\}", lambda m: MACROS[m.group(1)], pattern)


def number_value(words: str) -> float | None:
    """The value of a number as written ("4-1/2", "twenty four", "a", "two and a half")."""
    text = re.sub(r"\s+", " ", words.strip().lower()).replace("-and-a-half", " and a half")
    extra = 0.0
    if text.endswith(" and a half"):
        extra = 0.5
        text = text[: -len(" and a half")]
    fraction = re.fullmatch(r"(\d+)(?:-| )(\d)/(\d)", text)
    if fraction:
        return int(fraction.group(1)) + int(fraction.group(2)) / int(fraction.group(3)) + extra
    try:
        return float(text) + extra
    except ValueError:
        pass
    if text in NUMBERS:
        return float(NUMBERS[text]) + extra
    parts = re.split(r"[-\s]+", text)
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return float(NUMBERS[parts[0]] + NUMBERS[parts[1]]) + extra
    return None


def spoken_year_value(words: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "two thousand" -> 2000."""
    parts = re.split(r"[-\s]+", words.strip().lower())
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        return 2000 + sum(int(NUMBERS[p]) for p in rest if p in NUMBERS)
    if parts and parts[0] in ("nineteen", "twenty"):
        return int(NUMBERS[parts[0]]) * 100 + sum(int(NUMBERS[p]) for p in parts[1:] if p in NUMBERS)
    return None


def day_number(text: str) -> int | None:
    """The day of the month written as digits ("9", "9th") or as a word ("ninth", "thirty first")."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits:
        return int(digits)
    return _DAY_WORDS_SPACELESS.get(re.sub(r"[-\s]+", "", text.lower()))


WORD_LISTS_FILE = Path(__file__).with_name("word_lists.toml")


@cache
def _word_list_tables() -> dict[str, dict[str, Any]]:
    with WORD_LISTS_FILE.open("rb") as handle:
        return tomllib.load(handle)


def word_lists(table_name: str) -> dict[str, frozenset[str]]:
    """One module's table of word_lists.toml: each list a string of space-separated words,
    or an array of phrases; lower case, as the readers compare."""
    return {name: word_set(words) if isinstance(words, str) else frozenset(w.lower() for w in words)
            for name, words in _word_list_tables()[table_name].items()}


def word_set(words: str) -> frozenset[str]:
    """A set of lower-case words written as one space-separated string (easy to read and edit)."""
    return frozenset(words.lower().split())
