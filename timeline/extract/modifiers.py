"""The TIMEX3 mod of an expression, read from the modifier words its span opens (or ends) with.

TimeML keeps modifiers out of the value: "early March" is 2023-03 with mod START, "more
than two years" P2Y with mod MORE_THAN, "about a week ago" a week with mod APPROX. Reading
the mod from the matched span, once, serves every rule alike; a rule that knows better
(a "mod" group it resolved itself) wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.vocabulary import NUMBERS


@dataclass(frozen=True, slots=True)
class Modifier:
    mod: str
    narrows: bool  # whether the interval shrinks to the part named ("early", not "earlier")


_POINT_WORDS: dict[str, Modifier] = {
    "early": Modifier("START", True),
    "beginning": Modifier("START", True),
    "start": Modifier("START", True),
    "dawn": Modifier("START", True),
    # TimeBank marks "earlier this year" START and "later this month" END; the interval
    # stays whole, since the part meant is "before/after now", not a third of the period
    "earlier": Modifier("START", False),
    "later": Modifier("END", False),
    "mid": Modifier("MID", True),
    "middle": Modifier("MID", True),
    "late": Modifier("END", True),
    "end": Modifier("END", True),
    "close": Modifier("END", True),
}
_AMOUNT_WORDS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "approximately": "APPROX",
    "roughly": "APPROX",
    "some": "APPROX",
    "circa": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "under": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "no less than": "EQUAL_OR_MORE",
    "no more than": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "within": "EQUAL_OR_LESS",
}
_POINT = re.compile(
    r"(?:the\s+(?:very\s+)?)?(?P<word>early|beginning|start|dawn|earlier|later|mid|middle|late|end|close)"
    r"(?=[-\s])",
    re.IGNORECASE,
)
_AMOUNT = re.compile(
    r"(?P<word>no\s+(?:less|more)\s+than|well\s+over|more\s+than|less\s+than|at\s+(?:least|most)|up\s+to|"
    r"about|around|approximately|roughly|some|circa|nearly|almost|under|over|within)\s+(?P<next>\S+)",
    re.IGNORECASE,
)
_OR_SO = re.compile(r"\bor\s+so$", re.IGNORECASE)


def surface_modifier(surface: str) -> Modifier | None:
    """The modifier an expression's own words give it, if any."""
    point = _POINT.match(surface)
    if point is not None:
        return _POINT_WORDS[point.group("word").lower()]
    amount = _AMOUNT.match(surface)
    if amount is not None:
        word = " ".join(amount.group("word").lower().split())
        # "some" is an amount only before a number ("some 20 years"), not "some days"
        following = amount.group("next").lower()
        if word != "some" or following[:1].isdigit() or following in NUMBERS or following in ("a", "an"):
            return Modifier(_AMOUNT_WORDS[word], False)
    if _OR_SO.search(surface):
        return Modifier("APPROX", False)
    return None
