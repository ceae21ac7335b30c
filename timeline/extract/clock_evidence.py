"""Whether four digits that the year rule matched are a 24-hour clock time instead."""

from __future__ import annotations

import re

from timeline.extract.live_blog import YEARS_AHEAD, is_clock_reading, is_live_blog
from timeline.extract.resolution import Context
from timeline.extract.vocabulary import word_lists

# A year this many years from the article's date is rarely told of in the news (history
# articles say "in the 12th century" more often than "by 1100") ...
FAR_YEARS = 300
# ... and only counts as a clock time when its sentence speaks of times of day.
_TIME_OF_DAY = re.compile(
    r"\b(?:[01]\d|2[0-3])[:.]?[0-5]\d\s*(?:GMT|UTC|BST|EST|EDT|CET|ET|PT|PST|PDT|CDT|hrs?)\b"
    r"|\blocal\s+time\b|\b[ap]\.\s?m\b|\bo'clock\b"
    r"|\b(?:morning|afternoon|evening|overnight|midnight|noon|dawn|dusk|nightfall)\b"
)

# A time in brackets, in a zone, right after the number: "at 2000 (0000 GMT)", "1430 (1930 BST)"
_ZONE_TIME_IN_BRACKETS = re.compile(
    r"[ \t]*\([ \t]*(?:[01]?\d|2[0-3])[:.]?[0-5]\d[ \t]*"
    r"(?:GMT|UTC|BST|CEST|CET|[ECMP][SD]T|ET|local[ \t]+time)[ \t]*\)")

_WORDS = word_lists("clock_evidence")  # extract/word_lists.toml
_YEAR_AFTER_AT = _WORDS["year_after_at"]


def clock_instead_of_year(digits: str, ctx: Context) -> str | None:
    """The rule name to read `digits` (matched as a year) by, when it is hours and minutes here.

    Two kinds of evidence, each general: in a live blog, a "year" past the article's date
    followed by a capitalised word is a post's stamp whose line break was lost ("... killed
    2050 The president ..."); anywhere, a "year" centuries from the article's date, in a
    sentence about times of day ("by 1100 (1600 GMT) the hospital ..."), is a clock time.
    """
    if ctx.article_date is None or not is_clock_reading(digits):
        return None
    year = int(digits)
    if _ZONE_TIME_IN_BRACKETS.match(ctx.text, ctx.end):
        return "clock-24h"  # "the speech, at 2000 (0000 GMT)": the same moment in another zone follows
    if (
        ctx.word_before() == "at"
        and not ctx.article_date.year - 100 <= year <= ctx.article_date.year + 2
        and ctx.word_after().lower() not in _YEAR_AFTER_AT
    ):
        # "at 2045 the crowd left": a year is "in" or "by" 2045, a moment is "at" it (a year
        # near the article's after "at" is left a year: "at 2023 prices")
        return "clock-24h"
    if year > ctx.article_date.year + YEARS_AHEAD and is_live_blog(ctx.text, ctx.article_date):
        tail = ctx.text[ctx.end : ctx.end + 4].lstrip(" :")
        if tail[:1].isupper() or tail[:1] in "\"“‘'":
            return "live-blog-stamp"
    if abs(year - ctx.article_date.year) <= FAR_YEARS:
        return None
    sentence = ctx.text[ctx.sentence_start : ctx.sentence_end]
    return "clock-24h" if _TIME_OF_DAY.search(sentence) is not None else None
