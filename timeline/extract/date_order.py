"""Which comes first in a document's numeric dates, the day or the month ("05/06/2024").

A numeric date with both parts 12 or under reads two ways. The document usually settles
it: another numeric date whose first part is over 12 (13/06/2024) can only be day first,
one whose second part is over 12 (06/13/2024) only month first; failing that, the way the
document writes dates in words ("3 June 2024" against "June 3, 2024") shows the writer's
habit; failing that, its language or place (locale_evidence.py: a metadata hint such as
"en-GB" or the source address, web addresses in the text, British or American spelling).
When nothing tells, the caller keeps both readings in view.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.extract.locale_evidence import Habit, hint_habit, text_habit
from timeline.extract.vocabulary import MACROS

_NUMERIC = re.compile(r"(?<![\d/.-])([0-3]?\d)([/.-])([0-3]?\d)\2(?:\d{4}|\d{2})(?![/.-]?\d)")
_MONTH = MACROS["month"]
_DAY_THEN_MONTH = re.compile(r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b", re.I)
_MONTH_THEN_DAY = re.compile(r"\b" + _MONTH + r"\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![\d:])", re.I)
# Written-out dates are weaker evidence than numeric ones: "May 3" in a British story is a
# quotation as often as a habit, so they decide only by a clear majority.
_WORD_MAJORITY = 2


@lru_cache(maxsize=16)
def document_habit(text: str, hint: str | None = None) -> Habit | None:
    """How the document orders day and month, and why; None when nothing in it tells.

    `hint` is what the file's metadata says of its language or place ("en-GB", a page's
    address), weighed after the document's own dates and before its spelling.
    """
    own = day_first_evidence(text)
    if own is not None:
        return Habit(own, "the document's other dates are written " + ("day" if own else "month") + " first")
    return hint_habit(hint) or text_habit(text)


@lru_cache(maxsize=16)
def day_first_evidence(text: str) -> bool | None:
    """True when the document's own dates are written day first, False month first, None when they do not tell."""
    day_first = month_first = 0
    for match in _NUMERIC.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second >= 1:
            day_first += 1
        elif second > 12 >= first >= 1:
            month_first += 1
    if day_first != month_first:
        return day_first > month_first
    # Month names are capitalised in running text; "may 3" is a verb and a number.
    words_day_first = sum(1 for m in _DAY_THEN_MONTH.finditer(text) if _capital(m))
    words_month_first = sum(1 for m in _MONTH_THEN_DAY.finditer(text) if m.group()[:1].isupper())
    if words_day_first >= _WORD_MAJORITY * max(1, words_month_first):
        return True
    if words_month_first >= _WORD_MAJORITY * max(1, words_day_first):
        return False
    return None


def _capital(match: re.Match[str]) -> bool:
    words = match.group().split()
    return words[-1][:1].isupper()
