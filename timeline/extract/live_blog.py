"""Live blogs: an article whose posts open with a 24-hour time stamp ("2045 The minister ...")."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from timeline.extract.vocabulary import MONTHS

# A line that opens with a clock reading or four digits, then the post: "1413 The ...",
# "0930: Rescuers ...", "14:13 - A ...". Four digits there may as well be a year in a list
# of years ("1804: Independence ..."), so the whole article decides (see live_stamps).
_LINE_NUMBER = re.compile(
    r"^(?P<number>\d\d:\d\d|\d{4})(?=\s*[:.–—-]?\s+[\"“‘'(]?[A-Z])",
    re.MULTILINE,
)
# Posts in a live blog come some minutes apart; two stamps are the fewest that make one.
MIN_STAMPS = 2
# Share of the line-opening numbers that must be clock readings (a post may open with a year).
MIN_CLOCK_SHARE = 0.8
# A "year" this far after the article's date is no year the story can tell of as done.
YEARS_AHEAD = 5


def is_clock_reading(number: str) -> bool:
    """"1413", "14:13", "0930": hours 00-23 and minutes 00-59."""
    digits = number.replace(":", "")
    return len(digits) == 4 and digits.isdigit() and int(digits[:2]) <= 23 and int(digits[2:]) <= 59


def cannot_be_a_year(number: str, article_date: date | None) -> bool:
    """A colon, a leading zero or a year too far ahead: the number is a time of day."""
    if ":" in number or number.startswith("0"):
        return True
    year = int(number)
    if not 1000 <= year <= 2099:
        return True
    return article_date is not None and year > article_date.year + YEARS_AHEAD


@lru_cache(maxsize=8)
def live_stamps(text: str, article_date: date | None) -> frozenset[int]:
    """Offsets of the line-opening stamps when the article is a live blog, else empty.

    A live blog has at least MIN_STAMPS line-opening clock readings, nearly all its
    line-opening numbers are clock readings, and at least one cannot be a year. A list of
    years ("1804: ...", "1986: ...") fails: none of its numbers is odd as a year.
    """
    found = [(match.start(), match.group("number")) for match in _LINE_NUMBER.finditer(text)]
    clocks = [(start, number) for start, number in found if is_clock_reading(number)]
    if len(clocks) < MIN_STAMPS or len(clocks) < MIN_CLOCK_SHARE * len(found):
        return frozenset()
    if not any(cannot_be_a_year(number, article_date) for _, number in clocks):
        return frozenset()
    return frozenset(start for start, _ in clocks)


# A stamp whose line break was lost, run into the end of the post before it: "... as they
# plead for help 1400 Ansel Herz, an American journalist, says ...".
_RUN_IN_NUMBER = re.compile(r"(?<=[a-z’'\"”.)!?] )(?P<number>\d{4})(?= [\"“‘'(]?[A-Z][a-z])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
# After these a number is a year or a count, never a stamp: "at the 2004 Olympic Games",
# "since 2008 Haiti has", "flight 1549 Captain ...".
_NOT_BEFORE_A_STAMP = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "by", "since", "from", "until", "to", "and", "or", "between",
    "before", "after", "during", "for", "this", "that", "its", "his", "her", "their", "our", "early", "late",
    "mid", "around", "about", "than", "year", "flight", "number", "no", "route", "room", "page", "model",
}) | frozenset(MONTHS)  # a month before it ("the April 2010 blast"): a year


@lru_cache(maxsize=8)
def run_in_stamps(text: str, article_date: date | None) -> frozenset[int]:
    """Offsets of stamps run into the post before them, in a live blog only (live_stamps):
    a clock reading after a word that ends a post, before a capitalised word."""
    if not live_stamps(text, article_date):
        return frozenset()
    found = set()
    for match in _RUN_IN_NUMBER.finditer(text):
        if not is_clock_reading(match.group("number")):
            continue
        before = _WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if before is not None and before.group(1).lower() in _NOT_BEFORE_A_STAMP:
            continue
        if text[max(0, match.start() - 3) : match.start() - 1] in ("'s", "’s"):
            continue  # "BP's 2010 Gulf spending": an owner's year
        found.add(match.start())
    return frozenset(found)


def post_stamps(text: str, article_date: date | None) -> frozenset[int]:
    """Offsets of every post's stamp in a live blog: opening its line or run into the post before."""
    return live_stamps(text, article_date) | run_in_stamps(text, article_date)


def is_live_blog(text: str, article_date: date | None) -> bool:
    return bool(live_stamps(text, article_date))


def stamp_spans(text: str, article_date: date | None) -> tuple[tuple[int, int], ...]:
    """(start, end) of each post's stamp in a live blog: page furniture in the post's sentence."""
    return tuple((start, start + (5 if text[start + 2 : start + 3] == ":" else 4))
                 for start in sorted(post_stamps(text, article_date)))
