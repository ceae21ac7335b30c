"""Loads the rule files (rules/*.toml) and compiles them into one master regex.

A rule is data: a name, a verbose regex over word-list macros, the name of the resolver
that turns its match into a value, and examples that run as tests. Rules are tried in
file order (RULE_FILES, then order within a file): at any position the first rule that
matches wins, so longer, more specific rules come first.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]  # private (3.11+), so not in the stubs
from re import _parser as sre_parser  # type: ignore[attr-defined]  # private (3.11+), so not in the stubs
from typing import Any, TypeAlias

from timeline.extract.regex_classes import listed_characters
from timeline.extract.vocabulary import expand

RULES_FOLDER = Path(__file__).with_name("rules")
RULE_FILES: tuple[str, ...] = (
    "times.toml",
    "ranges.toml",
    "absolute.toml",
    "narrative.toml",
    "relative.toml",
    "sets.toml",
    "durations.toml",
    "references.toml",
)

# A match must not start inside a word or a number, nor end inside one.
_LEFT_EDGE = r"(?<![\w$€£¥#&@/])"
_RIGHT_EDGE = r"(?![\w%°@/])"
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")


@dataclass(frozen=True, slots=True)
class RuleExample:
    text: str
    value: str | None
    article_date: str | None
    match: str | None = None
    timex_type: str | None = None
    unanchored: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    resolve: str  # key into the resolver dispatch table
    pattern: str  # expanded regex (verbose syntax)
    group_names: tuple[str, ...]  # the rule's own named groups, unprefixed
    examples: tuple[RuleExample, ...]
    source: str  # file the rule came from

    @property
    def tag(self) -> str:
        """The group name that wraps this rule in the master regex."""
        return "r_" + self.name.replace("-", "_")


def _example(raw: dict[str, Any]) -> RuleExample:
    return RuleExample(
        text=raw["text"],
        value=raw.get("value"),
        article_date=raw.get("date"),
        match=raw.get("match"),
        timex_type=raw.get("type"),
        unanchored=bool(raw.get("unanchored", False)),
    )


@cache
def load_rules() -> tuple[Rule, ...]:
    rules: list[Rule] = []
    for file_name in RULE_FILES:
        with (RULES_FOLDER / file_name).open("rb") as handle:
            data = tomllib.load(handle)
        for raw in data.get("rule", []):
            pattern = expand(raw["pattern"])
            rules.append(
                Rule(
                    name=raw["name"],
                    resolve=raw["resolve"],
                    pattern=pattern,
                    group_names=tuple(dict.fromkeys(_GROUP_NAME.findall(pattern))),
                    examples=tuple(_example(e) for e in raw.get("examples", [])),
                    source=file_name,
                )
            )
    names = [rule.name for rule in rules]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        raise ValueError(f"duplicate rule names: {sorted(duplicates)}")
    return tuple(rules)


@dataclass(frozen=True, slots=True)
class MasterPattern:
    """All rules as one alternation, `regex`, whose only groups are the rules' own (named by
    `Rule.tag`): which rule matched, where. A rule's named groups are read from its regex
    alone (`rule_regex`), matched again at the same place, and only where one rule won.

    (The rules' named groups, about 450, made every position the master regex tried cost
    more than twice as much: the engine saves and restores them for each rule it tries.
    A rule alone, tried where every rule before it failed, matches exactly as its branch of
    the alternation does: the same span, the same groups.)"""

    regex: re.Pattern[str]
    rules_by_tag: dict[str, Rule]
    _rule_regexes: dict[str, re.Pattern[str]] = field(default_factory=dict)

    def rule_regex(self, tag: str) -> re.Pattern[str]:
        """The rule of `tag` alone, with its named groups, between the same edges (compiled
        on first use: a text uses few of the rules)."""
        regex = self._rule_regexes.get(tag)
        if regex is None:
            pattern = self.rules_by_tag[tag].pattern
            regex = re.compile(_LEFT_EDGE + f"(?:{pattern})" + _RIGHT_EDGE, _FLAGS)
            self._rule_regexes[tag] = regex
        return regex

    def compile_every_rule(self) -> None:
        """Every rule's own regex compiled now (about 0.1 s), not on its first match: for a
        process that warms up before its first text (the window's analysis worker)."""
        for tag in self.rules_by_tag:
            self.rule_regex(tag)


_FLAGS = re.IGNORECASE | re.VERBOSE


@cache
def master_pattern() -> MasterPattern:
    """All rules as one alternation, with no groups but each rule's tag (see MasterPattern)."""
    rules = load_rules()
    branches = []
    for rule in rules:
        first = first_characters(rule.pattern)
        # A lookahead lets the engine drop a rule at once where it cannot start: the characters
        # it can start with, then those it can hold at each of the next few places (a rule
        # tried at "on the" or "in 2010" by one starting "one" or "in a" fails there, not inside).
        if first is None:
            guard = ""
        else:
            places = ["".join(_escape_in_class(c) for c in sorted(first)),
                      *(_class_source(chars) for chars in following_characters(rule.pattern))]
            guard = "(?=" + "".join(f"[{place}]" for place in places) + ")"
        branches.append(f"{guard}(?P<{rule.tag}>{_GROUP_NAME.sub('(?:', rule.pattern)})")
    source = _LEFT_EDGE + "(?:" + "|".join(branches) + ")" + _RIGHT_EDGE
    return MasterPattern(re.compile(source, _FLAGS), {rule.tag: rule for rule in rules})


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with (lower case), or None for any."""
    chars, nullable = _first(list(_parsed(pattern)))
    if chars is None or nullable:
        return None
    return frozenset(c for ch in chars for c in {ch.lower(), ch.upper()})


@lru_cache(maxsize=256)  # first_characters and following_characters read each rule's
def _parsed(pattern: str) -> Any:
    """re's parse of a rule's pattern (flags as the rules are compiled with)."""
    return sre_parser.parse(pattern, _FLAGS)


# One parsed item of re's parser: (opcode, argument). The argument's shape depends on the
# opcode (a code point, a list of pairs, a tuple of sub-patterns), so it is Any here.
_ParsedItem: TypeAlias = tuple[Any, Any]


def _first(items: list[_ParsedItem]) -> tuple[set[str] | None, bool]:
    """First characters of a sequence of parsed items, and whether it can match empty."""
    result: set[str] = set()
    for op, av in items:
        chars, nullable = _first_of(op, av)
        if chars is None:
            return None, False
        result |= chars
        if not nullable:
            return result, False
    return result, True


def _first_of(op: object, av: Any) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        return listed_characters(av), False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width
    if op is c.SUBPATTERN:
        return _first(list(av[-1]))
    if op is c.BRANCH:
        union: set[str] = set()
        any_empty = False
        for alternative in av[1]:
            branch_chars, nullable = _first(list(alternative))
            if branch_chars is None:
                return None, False
            union |= branch_chars
            any_empty = any_empty or nullable
        return union, any_empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, inner = av
        repeated_chars, nullable = _first(list(inner))
        return repeated_chars, nullable or low == 0
    return None, False


GUARD_PLACES = 6  # how many characters from its start a rule's lookahead reads (more cost more than they saved)
_CATEGORY_CLASSES = {sre_constants.CATEGORY_DIGIT: r"\d", sre_constants.CATEGORY_SPACE: r"\s"}
# At each place: the characters (lower case) and categories ("\d", "\s") found there, or None for any.
_Places: TypeAlias = list[set[str] | None]


def following_characters(pattern: str) -> list[set[str]]:
    """What a match of `pattern` can hold at its second, third, ... place (lower case; "\\d" or
    "\\s" for a whole category), up to GUARD_PLACES places, as far as every match reaches and
    the places are known: each set holds every character some match has there, and more."""
    places: _Places = [set() for _ in range(GUARD_PLACES)]
    ends = _advance(list(_parsed(pattern)), frozenset({0}), places)
    shortest = min(ends, default=0)
    known: list[set[str]] = []
    for chars in places[1:shortest]:
        if chars is None:
            break
        known.append(chars)
    return known


def _advance(items: list[_ParsedItem], offsets: frozenset[int], places: _Places) -> frozenset[int]:
    """Where matches of `items` can end (GUARD_PLACES meaning there or later), starting at any of
    `offsets`, adding each character they can hold at a place before GUARD_PLACES to `places`."""
    c = sre_constants
    for op, av in items:
        if not offsets:
            break
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width
        if op in (c.LITERAL, c.IN):
            chars = {chr(av).lower()} if op is c.LITERAL else _class_members(av)
            for offset in offsets:
                if offset < GUARD_PLACES:
                    known = places[offset]
                    places[offset] = None if chars is None or known is None else known | chars
            offsets = frozenset(min(offset + 1, GUARD_PLACES) for offset in offsets)
        elif op is c.SUBPATTERN:
            offsets = _advance(list(av[-1]), offsets, places)
        elif op is c.BRANCH:
            offsets = frozenset().union(*(_advance(list(alternative), offsets, places) for alternative in av[1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            offsets = _repeated(av, offsets, places)
        else:  # any character, a back reference ...: nothing is known from here on
            for offset in offsets:
                if offset < GUARD_PLACES:
                    places[offset] = None
            offsets = frozenset({GUARD_PLACES})
    return offsets


def _repeated(av: Any, offsets: frozenset[int], places: _Places) -> frozenset[int]:
    """_advance over a repeat: each count of turns from its least to its most, until the places
    reached come round again."""
    low, high, inner = av
    inner = list(inner)
    ends: set[int] = set()
    seen: set[frozenset[int]] = set()
    count = 0
    while True:
        if count >= low:
            ends |= offsets
            if offsets in seen or count == high:
                break
            seen.add(offsets)
        offsets = _advance(inner, offsets, places)
        count += 1
    return frozenset(ends)


def _class_members(av: Any) -> set[str] | None:
    """The members of a character class (lower case, "\\d" and "\\s" for those categories), or
    None when it is not listed outright (a negated class, a wide range, another category)."""
    members = listed_characters(av, _CATEGORY_CLASSES)
    return None if members is None else {ch.lower() for ch in members}


def _class_source(chars: set[str]) -> str:
    return "".join(ch if ch in _CATEGORY_CLASSES.values() else _escape_in_class(ch) for ch in sorted(chars))


def _escape_in_class(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch
