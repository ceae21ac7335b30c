"""Resolvers for the long spans: decades ("the 1990s", "the 90s", "the nineties"), centuries
("the 19th century", "the 1800s", "the third century B.C.") and years of an era ("44 BC")."""

from __future__ import annotations

import re

from timeline.extract.resolution import ABSOLUTE, DATE, Context, Resolution, parse_year, timex_mod
from timeline.extract.timex_values import century_value, decade_value
from timeline.extract.vocabulary import ORDINALS, word_lists

DECADE_WORDS = {"twenties": 192, "thirties": 193, "forties": 194, "fifties": 195,
                "sixties": 196, "seventies": 197, "eighties": 198, "nineties": 199}


def resolve_decade(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if "decade_word" in groups:
        if "the" not in groups:
            return None  # "in her forties" is an age
        return Resolution(DATE, str(DECADE_WORDS[groups["decade_word"].lower()]), ABSOLUTE,
                          frozenset({"decade"}))
    digits = groups["decade"]
    if _a_count_not_a_decade(digits, groups, ctx):
        return None
    # "the last half of the '80s": the decade, its half told by the mod as "late" would be
    mod = ("START" if groups["half"].lower() == "first" else "END") if "half" in groups else timex_mod(groups)
    if len(digits) == 4 and digits.endswith("00") and not digits.startswith("20"):
        # "the 1800s" are 1800-1899, a century; "the 2000s" are read as the decade, as news uses them
        return Resolution(DATE, century_value(int(digits)), ABSOLUTE, frozenset({"century"}), mod=mod)
    if len(digits) == 2:
        if "the" not in groups or _a_reading_not_a_decade(ctx):
            return None  # "in their early 90s" is an age, "highs in the 90s" a temperature
        year = _two_digit_decade(int(digits), ctx)
    else:
        year = parse_year(digits) if digits.startswith(("'", "’")) else int(digits)
    return Resolution(DATE, decade_value(year), ABSOLUTE, frozenset({"decade"}), mod=mod)


_WORDS = word_lists("decades")  # extract/word_lists.toml
_SCALE_WORDS = _WORDS["scale_words"]


def _a_reading_not_a_decade(ctx: Context) -> bool:
    """ "temperatures in the 90s", "scores in the 80s": a range of numbers, not ten years."""
    before = ctx.text[max(ctx.sentence_start, ctx.start - 60) : ctx.start].lower()
    after = ctx.word_after().lower()
    return after in _SCALE_WORDS or any(word in _SCALE_WORDS for word in re.findall(r"[a-z]+", before))


def _two_digit_decade(tens: int, ctx: Context) -> int:
    """ "the 90s" in the 1900s; "the 20s" in the 2000s once the article's time has reached them."""
    if ctx.article_date is None:
        return parse_year(f"'{tens:02d}")
    century = ctx.article_date.year // 100 * 100
    year = century + tens
    return year if year <= ctx.article_date.year else year - 100


COUNTED_AFTER = _WORDS["counted_after"]


def _a_count_not_a_decade(digits: str, groups: dict[str, str], ctx: Context) -> bool:
    """ "1000s dead", "1000s of people": a plural number, not the years 1000-1009.

    A decade or century in prose has "the" or a modifier ("the 1000s", "early 1960s"); a bare
    thousand in the plural is always a count, and any bare one followed by a counted word is.
    """
    if "the" in groups or "mod" in groups or "half" in groups or digits.startswith(("'", "’")):
        return False
    return digits.endswith("000") or ctx.word_after().lower() in COUNTED_AFTER


def resolve_century(groups: dict[str, str], ctx: Context) -> Resolution | None:
    word = groups["ordinal"].lower()
    number = ORDINALS.get(word)
    if number is None:
        digits = "".join(ch for ch in word if ch.isdigit())
        number = int(digits) if digits else None
    if number is None or not 1 <= number <= 30:
        return None
    if "bc" in groups:
        # TIMEX3 writes the era before the digits: the third century BC is "BC02"
        return Resolution(DATE, f"BC{number - 1:02d}", ABSOLUTE, frozenset({"century", "era"}),
                          note="before the common era: not placed on the timeline")
    return Resolution(DATE, century_value((number - 1) * 100), ABSOLUTE, frozenset({"century"}))


def resolve_era_year(groups: dict[str, str], ctx: Context) -> Resolution | None:
    if "bc" in groups:
        year = int(groups["num"])
        if year == 0:
            return None
        return Resolution(DATE, f"BC{year:04d}", ABSOLUTE, frozenset({"year", "era"}),
                          note="before the common era: not placed on the timeline")
    year = int(groups["num2"])
    return None if year == 0 else Resolution(DATE, f"{year:04d}", ABSOLUTE, frozenset({"year", "era"}))


RESOLVERS = {
    "decade": resolve_decade,
    "century": resolve_century,
    "era_year": resolve_era_year,
}
