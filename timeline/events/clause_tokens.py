"""A sentence as tokens: words, numbers, abbreviations and marks, each with its offsets and
whether it stands inside quotation marks. Part of the clause reader (events/clause_chunks.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.events.word_lists import KEPT_SHORT_TITLES, SHORT_TITLES, word_list
from timeline.extract.vocabulary import MONTH_ABBREVIATIONS

# Abbreviations with dots ("U.S."), numbers with separators ("$350", "40,000"), words with
# inner apostrophes or hyphens ("Xi's", "Lvova-Belova", "4-1/2"), else one character.
# A number keeps a hyphenated tail: "6.5-magnitude", "45-50,000" are one word each; a
# stock ticker ("BP.L", "XOM.N") is one word, not a sentence end.
# (a letter before a decimal is one word: "a M8.1 quake", and so is a hyphened one: "magnitude-4.5"; an
# ordinal keeps its ending: "the 73rd day", "the 82nd Airborne", and a decade its "s": "the 1960s",
# "the '70s")
_TOKEN = re.compile(
    r"['’]\d0s\b(?:-\w+)*|[A-Z]{2,5}\.[A-Z]{1,2}\b|[A-Za-z](?:\.[A-Za-z])+\.?(?:-[A-Za-z]+)*|[A-Za-z]+\d+\.\d+\b|[$€£]?\d[\d,.]*\d(?:bn|tn|[mkbp](?![A-Za-z])|(?:st|nd|rd|th|s)\b)?(?:-\w+(?:[,.]\d+)*)*|[$€£]?\w+(?:['’\-/]\w+(?:\.\d+)?)*|\S"
)
BOUNDARIES = frozenset(",;:—–()_-.!?…")
_OPEN_QUOTES = frozenset("“‘")
_CLOSE_QUOTES = frozenset("”’")
_STRAIGHT_QUOTES = frozenset("\"'")
QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES | _STRAIGHT_QUOTES


class Token:
    """One word or mark of a sentence, with offsets in the sentence. Immutable by convention.

    A plain slotted class, not a dataclass: naming a corpus's events makes about a million
    tokens and asks each its lower case and shape several times, so those are worked out
    once, here, rather than on every question (a property cost a third of the labelling).
    """

    __slots__ = ("end", "is_capitalised", "is_word", "lower", "quoted", "start", "text")

    def __init__(self, text: str, start: int, end: int, quoted: bool = False) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.quoted = quoted
        self.lower = text.lower()
        first = text[:1]
        self.is_word = first.isalnum() or first in "$€£"
        self.is_capitalised = first.isupper()

    def _fields(self) -> tuple[str, int, int, bool]:
        return (self.text, self.start, self.end, self.quoted)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start}, end={self.end}, quoted={self.quoted})"


def tokenize(sentence: str) -> list[Token]:
    """Tokens with offsets, each marked whether it stands inside quotation marks."""
    return list(_tokens(sentence))


# Naming one event tokenizes the same sentence and label a few times over (its headline, the
# main clause's, the label's flaws and readability): the last few hundred are kept. Few:
# a sentence's tokens weigh kilobytes.
@lru_cache(maxsize=512)
def _tokens(sentence: str) -> tuple[Token, ...]:
    raw = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]
    if ". " in sentence:
        raw = _without_title_abbreviation_stops(raw, sentence)
    if ".co" in sentence or ".org" in sentence or ".net" in sentence or ".gov" in sentence:
        raw = _with_web_addresses(raw)
    if "s'" in sentence or "s’" in sentence or "S'" in sentence or "S’" in sentence:
        raw = _with_plural_possessives(raw, sentence)
    # A sentence may start inside a quotation whose opening mark was in the sentence before.
    straight = sum(1 for text, _s, _e in raw if text == '"')
    first_curly = next((text for text, _s, _e in raw if text in "“”"), "")
    inside = straight % 2 == 1 or first_curly == "”"
    tokens = []
    for text, start, end in raw:
        if text == '"':
            inside = not inside
            continue
        if text == "“":
            inside = True
            continue
        if text == "”":
            inside = False
            continue
        tokens.append(Token(text, start, end, inside))
    return tuple(tokens)


# Months written short before their day ("a Nov. 24 letter"), as the extractor knows them.
_MONTHS_WRITTEN_SHORT = frozenset(MONTH_ABBREVIATIONS)
# Titles written short before a name: "Sen. John Kerry", "Gov. Bobby Jindal", "Mr. Obama".
_TITLE_ABBREVIATIONS = SHORT_TITLES | KEPT_SHORT_TITLES | word_list("headline_style", "honorifics")


def _without_title_abbreviation_stops(raw: list[tuple[str, int, int]], sentence: str) -> list[tuple[str, int, int]]:
    """The tokens without the full stop of a title written short before a name ("Sen. John Kerry"),
    of a name's initial ("George W. Bush") or of a month written short before its day ("a Nov. 24
    letter"): it ends no sentence nor clause, and the title, initial or month is kept ("Sen John
    Kerry", "George W Bush", "a Nov 24 letter")."""
    kept: list[tuple[str, int, int]] = []
    for index, (text, start, end) in enumerate(raw):
        following = raw[index + 1][0][:1] if index + 1 < len(raw) else ""
        short = bool(kept) and (kept[-1][0].lower() in _TITLE_ABBREVIATIONS  # "Sen. John Kerry"
                                or (len(kept[-1][0]) == 1 and kept[-1][0].isupper()))  # "George W. Bush"
        month = bool(kept) and kept[-1][0].lower() in _MONTHS_WRITTEN_SHORT and kept[-1][0][:1].isupper()
        if (text == "." and kept and kept[-1][2] == start and sentence[end : end + 1] == " "
                and ((short and following.isupper()) or (month and following.isdigit()))):
            continue
        kept.append((text, start, end))
    return kept


# The last part of a web address: "told FoxNews.com on Wednesday" names a site, no sentence end.
_WEB_ENDINGS = frozenset({"com", "org", "net", "gov", "co"})


def _with_web_addresses(raw: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The tokens with "FoxNews", ".", "com" joined into one where no space parts them."""
    joined: list[tuple[str, int, int]] = []
    at = 0
    while at < len(raw):
        text, start, end = raw[at]
        if (joined and text == "." and at + 1 < len(raw) and raw[at + 1][0].lower() in _WEB_ENDINGS
                and joined[-1][2] == start and raw[at + 1][1] == end and joined[-1][0][:1].isalnum()):
            previous, first, _ = joined.pop()
            ending, _, last = raw[at + 1]
            joined.append((previous + "." + ending, first, last))
            at += 2
            continue
        joined.append((text, start, end))
        at += 1
    return joined


_SINGLE_OPENERS = frozenset("‘`")
_APOSTROPHES = frozenset("'’")


def _with_plural_possessives(raw: list[tuple[str, int, int]], sentence: str) -> list[tuple[str, int, int]]:
    """The tokens with a plural's possessive apostrophe kept on its word ("the farmers' barns"):
    read as a closing quotation mark, it cut the clause in two ("The governor will see the
    farmers" / "barns"). Inside a single quotation opened before it, the mark closes the quotation."""
    joined: list[tuple[str, int, int]] = []
    single_open = False
    for text, start, end in raw:
        before = sentence[start - 1] if start else " "
        after = sentence[end] if end < len(sentence) else " "
        if text in _SINGLE_OPENERS or (text in _APOSTROPHES and before.isspace() and not after.isspace()):
            single_open = True
        elif (text in _APOSTROPHES and joined and joined[-1][2] == start and joined[-1][0][-1:] in ("s", "S")
              and after == " " and end + 1 < len(sentence) and sentence[end + 1].isalnum()):
            if single_open:
                single_open = False  # the quotation's closing mark
            else:
                word, first, _ = joined.pop()
                joined.append((word + text, first, end))
                continue
        elif text in _APOSTROPHES:
            single_open = False
        joined.append((text, start, end))
    return joined
