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
from typing import TypeAlias

from timeline.extract.regex_classes import CASE_FOLDS_INTO_ASCII
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
    fiscal term date period half clock mon tue tues wed weds thu thur thurs fri sat sun
    twenties thirties forties fifties sixties seventies eighties nineties"""
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


# "a new year-low", "a decade-high": the unit names the span of a price's extreme
_MARKET_EXTREME = re.compile(r"-(?:low|high)s?\b", re.IGNORECASE)


def find_candidates(text: str) -> list[Candidate]:
    master = master_pattern()
    regex = master.regex
    rules_by_tag = master.rules_by_tag
    phrase_words = PHRASE_WORDS
    found: list[Candidate] = []
    consumed = 0  # text before this offset already belongs to an expression
    for start in trigger_starts(text):
        if start < consumed:
            continue
        # The run of modifier words just before the trigger ("more than", "the last").
        run = [start]
        if start > consumed and text[start - 1] in "'’":
            run.append(start - 1)  # "in '85": the apostrophe opens the year
        edge = run[-1]
        before = list(_TOKEN.finditer(text, max(consumed, start - _LOOK_BACK), start))
        for token in reversed(before):
            if len(run) > _MAX_RUN or not _contiguous(text, token.end(), edge):
                break
            word = token.group().lower()
            if word not in phrase_words and not word.isdigit():
                break
            edge = token.start()
            run.append(edge)
        for position in reversed(run):
            match = regex.match(text, position)
            if match is None or match.end() <= start:
                continue
            tag = match.lastgroup
            if tag is None:  # pragma: no cover - every branch is a named group
                continue
            if _MARKET_EXTREME.match(text, match.end()):
                continue  # "hitting a new year-low": a price's low, no New Year
            rule = rules_by_tag[tag]
            # The master regex tells which rule matched; the rule's own groups come from it alone.
            groups: dict[str, str] = {}
            if rule.group_names:
                own = master.rule_regex(tag).match(text, position)
                assert own is not None and own.span() == match.span(), "a rule alone matches as in the alternation"
                groups = {name: value for name in rule.group_names if (value := own.group(name)) is not None}
            found.append(Candidate(match.start(), match.end(), rule, groups))
            consumed = match.end()
            break
    return found


# One character to the node that follows it; the key "" marks the end of a word.
_TrieNode: TypeAlias = dict[str, "_TrieNode"]


def _trie_pattern(words: frozenset[str]) -> str:
    """An alternation shaped as a trie, so the regex engine rejects a position at once."""
    trie: _TrieNode = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _TrieNode) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(trie)


_NUMBER_END = (
    # a number, but not money, a share or a figure inside a larger number ("$4.5", "2,000");
    # "4.5 hours" is still found, from "hours" looking back over the digits
    # (but "31.05.2024" is: a dotted date is three numbers, not a decimal, and "10.30am" a
    # clock time; "at 9.30 tomorrow" is found from "tomorrow", looking back)
    r"(?![\d%]|[.,]\d(?!\d[.]\d|\d\s?[ap]\.?m\b)|\s*(?:percent|million|billion|trillion)\b)"
)
_TRIGGER = re.compile(
    r"(?<![A-Za-z])" + _trie_pattern(TRIGGERS) + r"(?![A-Za-z])|(?<![\d$€£¥.,])\d+" + _NUMBER_END,
    re.IGNORECASE,
)
# The same matches at the same offsets, run over the lower-cased text: every word and letter
# class in the pattern is lower-case ASCII, so case need not be ignored (which costs the
# regex engine at every character), and the number branch opens with its digit, not with a
# look-behind, so the engine skips every position that holds neither a digit nor a letter
# (the look-behind looks past that digit instead). Together about twice as fast.
_TRIGGER_IN_LOWER_CASE = re.compile(
    r"\d(?<![\d$€£¥.,].)\d*" + _NUMBER_END + r"|(?<![a-z])" + _trie_pattern(TRIGGERS) + r"(?![a-z])"
)
# The only characters for which that does not hold: CASE_FOLDS_INTO_ASCII (extract/regex_classes.py),
# which lower() may also turn into two characters (shifting offsets).


def trigger_starts(text: str) -> list[int]:
    """Where each token that can head a temporal expression starts, in text order."""
    if any(character in text for character in CASE_FOLDS_INTO_ASCII):
        return [match.start() for match in _TRIGGER.finditer(text)]
    return [match.start() for match in _TRIGGER_IN_LOWER_CASE.finditer(text.lower())]


_LOOK_BACK = 60  # characters: enough for "the beginning of the third ..."
_MAX_RUN = 6  # modifier words


def _contiguous(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) <= 3 and all(ch in _GAP_OK for ch in gap)
