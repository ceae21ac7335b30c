"""The finder: locates temporal expressions in a text as unresolved spans with their rule.

Speed comes from never running the rules over ordinary prose. One cheap tokenising regex
walks the text; only a token that can head a temporal expression (a month, weekday,
unit, digit, "today", ...) triggers the master regex, tried at the start of the run of
modifier words just before it ("the", "last", "more than", ...) and then at each
following word start, until a match covers the trigger.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.extract.rulebook import Rule, load_rules, master_pattern
from timeline.extract.vocabulary import (
    HOLIDAYS,
    MONTHS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    word_set,
)

_TOKEN = re.compile(r"[A-Za-z]+|\d+")

# Tokens that can head (or be) a temporal expression.
TRIGGERS: frozenset[str] = frozenset(
    [*MONTHS, *WEEKDAYS, *SEASONS, *UNITS, *PARTS_OF_DAY]
    + [d + "s" for d in WEEKDAYS]
    + [w for name in HOLIDAYS for w in name.replace("'", " ").split() if len(w) > 3 and w not in ("good", "eve")]
) | word_set(
    """today yesterday tomorrow tonight now currently current recent recently past
    future presently nowadays lately formerly present daily weekly monthly annually yearly
    hourly nightly quarterly biweekly fortnightly noon midnight midday nineteen thousand
    fiscal twenties thirties forties fifties sixties seventies eighties nineties"""
)

# Words that may stand before a trigger inside one expression: every word the rules spell
# out ("the", "more", "than", "near", ...), so a new rule never needs this list edited.
PHRASE_WORDS: frozenset[str] = frozenset(
    word for rule in load_rules() for word in re.findall(r"[a-z]+", rule.pattern.lower())
)

_GAP_OK = frozenset(" \t\n\r-'’.,")  # what may separate words of one expression


@dataclass(frozen=True, slots=True)
class Candidate:
    """An expression found but not yet resolved."""

    start: int
    end: int
    rule: Rule
    groups: dict[str, str]  # the rule's named groups that matched


def find_candidates(text: str) -> list[Candidate]:
    master = master_pattern()
    regex = master.regex
    rules_by_tag = master.rules_by_tag
    groups_by_tag = master.groups_by_tag
    triggers = TRIGGERS
    phrase_words = PHRASE_WORDS
    found: list[Candidate] = []
    consumed = 0  # text before this offset already belongs to an expression
    run: list[int] = []  # starts of the modifier words just before the current token
    previous_end = 0
    for token in _TOKEN.finditer(text):
        start = token.start()
        if start < consumed:
            continue
        word = token.group().lower()
        if run and not _contiguous(text, previous_end, start):
            run = []
        previous_end = token.end()
        is_digit = word[0].isdigit()
        if not is_digit and word not in triggers:
            if word in phrase_words:
                if len(run) >= 6:
                    del run[0]
                run.append(start)
            else:
                run = []
            continue
        run.append(start)
        for position in run:
            match = regex.match(text, position)
            if match is None or match.end() <= start:
                continue
            tag = match.lastgroup
            if tag is None:  # pragma: no cover - every branch is a named group
                continue
            groups = {name: value for name, index in groups_by_tag[tag] if (value := match.group(index)) is not None}
            found.append(Candidate(match.start(), match.end(), rules_by_tag[tag], groups))
            consumed = match.end()
            break
        run = []
    return found


def _contiguous(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) <= 3 and all(ch in _GAP_OK for ch in gap)
