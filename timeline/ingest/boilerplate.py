"""Marks the spans of an article's text that are not the article: comments, captions, bylines, widgets.

The text itself is never changed (mention offsets index it); the spans, each with a short
reason, go to ``Article.boilerplate_spans`` and the extractor skips them. The patterns are
data (boilerplate.toml beside this module).
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from re import _constants as sre_constants  # type: ignore[attr-defined]  # private (3.11+), so not in the stubs
from re import _parser as sre_parser  # type: ignore[attr-defined]  # private (3.11+), so not in the stubs
from typing import Any

from timeline.extract.regex_classes import CASE_FOLDS_INTO_ASCII, listed_characters
from timeline.ingest.programme_listing import is_programme_listing

PATTERNS_FILE = Path(__file__).with_name("boilerplate.toml")
SCOPES = frozenset({"line", "match", "upto", "rest", "block"})
DEFAULT_MAX_CHARS = 300  # a longer line is article prose, whatever it contains
BLOCK_LINE_CHARS = 120  # a headline in a link list is short ...
BLOCK_MAX_LINES = 12  # ... and the list is not endless

BoilerplateSpan = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Pattern:
    reason: str
    scope: str
    regex: re.Pattern[str]
    max_chars: int
    anywhere: tuple[str, ...]  # searched anywhere in lines holding one of these words, else tried at line starts
    marks: tuple[str, ...]  # example lines it must mark (run as tests)
    keeps: tuple[str, ...]  # example lines it must leave alone
    # What the first character of a line it marks can be after its blanks (lower case), or None
    # when that is not known: a line starting otherwise is not tried (see _first_after_blanks).
    opening: frozenset[str] | None = None


def _phrases_regex(phrases: list[str]) -> str:
    """A line made of nothing but these phrases (regex fragments), between separators."""
    item = "(?:" + "|".join(phrases) + ")"
    separator = r"[ \t|·•/,]*"
    return rf"^{separator}{item}(?:{separator}{item})*{separator}$"


def _within_lines(source: str) -> str:
    """Patterns run over the whole text, line-anchored: a space may not be a line break."""
    return source.replace(r"\s", r"[^\S\n]")


@cache
def load_patterns() -> tuple[Pattern, ...]:
    with PATTERNS_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    patterns = []
    for raw in data["pattern"]:
        if raw["scope"] not in SCOPES:
            raise ValueError(f"boilerplate pattern {raw['reason']!r}: unknown scope {raw['scope']!r}")
        source = raw["regex"] if "regex" in raw else _phrases_regex(raw["phrases"])
        regex = re.compile(_within_lines(source), re.IGNORECASE | re.MULTILINE)
        patterns.append(
            Pattern(
                reason=raw["reason"],
                scope=raw["scope"],
                regex=regex,
                max_chars=int(raw.get("max_chars", DEFAULT_MAX_CHARS)),
                anywhere=tuple(word.lower() for word in raw.get("anywhere", ())),
                marks=tuple(raw.get("marks", ())),
                keeps=tuple(raw.get("keeps", ())),
                opening=_first_after_blanks(list(sre_parser.parse(regex.pattern, regex.flags))),
            )
        )
    return tuple(patterns)


_ParsedItem = tuple[Any, Any]  # one item of re's parser: (opcode, argument)
# Ignoring case, each of these matches an ASCII letter ("ſ" matches "s"): a pattern opening with
# one has no opening worked out.
_FOLDS_INTO_ASCII = frozenset(CASE_FOLDS_INTO_ASCII)


def _first_after_blanks(items: list[_ParsedItem]) -> frozenset[str] | None:
    """The characters (lower case) that the first non-blank character of a match of `items` can
    be, or None when that is not known or a match may hold blanks only. Blanks are what \\s
    matches. (As a match of a line-start pattern starts at its line, that character opens the
    line after its blanks: a line opening otherwise is not tried.)"""
    c = sre_constants
    for index, (op, av) in enumerate(items):
        rest = items[index + 1 :]
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT) or _is_blank(op, av):
            continue  # zero width, or a blank
        if op is c.LITERAL:
            return None if chr(av) in _FOLDS_INTO_ASCII else frozenset({chr(av).lower()})
        if op is c.IN:
            members = _class_characters(av)
            return None if members is None else frozenset(ch.lower() for ch in members)
        if op in (c.SUBPATTERN, c.ATOMIC_GROUP):
            return _first_after_blanks(list(av[-1] if op is c.SUBPATTERN else av) + rest)
        if op is c.BRANCH:
            found: set[str] = set()
            for alternative in av[1]:
                opening = _first_after_blanks(list(alternative) + rest)
                if opening is None:
                    return None
                found |= opening
            return frozenset(found)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, item = av
            if len(item) == 1 and _is_blank(*item[0]):
                continue  # blanks only
            listed = _class_characters(item[0][1], blanks=True) if len(item) == 1 and item[0][0] is c.IN else None
            if listed is not None and any(ch.isspace() for ch in listed):
                # "[ \\t|·•/,]*": its first non-blank character, if any, or the rest's
                after = _first_after_blanks(rest)
                return None if after is None else frozenset(ch.lower() for ch in listed if not ch.isspace()) | after
            # Each turn of the repeat must show a non-blank character of its own, else unknown.
            turn = _first_after_blanks(list(item))
            if turn is None or low > 0:
                return turn
            after = _first_after_blanks(rest)
            return None if after is None else turn | after
        return None  # any character, a back reference ...
    return None  # blanks only, or nothing


def _is_blank(op: object, av: Any) -> bool:
    """A single character that can only be a blank: a space, [^\\S\\n] (\\s within a line), \\s."""
    c = sre_constants
    if op is c.LITERAL:
        return chr(av).isspace()
    if op is c.IN:
        kinds = {(kind, value) for kind, value in av}
        return kinds in ({(c.NEGATE, None), (c.CATEGORY, c.CATEGORY_NOT_SPACE), (c.LITERAL, ord("\n"))},
                         {(c.CATEGORY, c.CATEGORY_SPACE)})
    return False


def _class_characters(av: Any, *, blanks: bool = False) -> set[str] | None:
    """The characters of a character class listed outright (\\d as the ASCII digits: a line
    opening with any other character is tried anyway), with no blank among them unless
    `blanks`; else None."""
    chars = listed_characters(av)
    if chars is None or _FOLDS_INTO_ASCII.intersection(chars) or (not blanks and any(ch.isspace() for ch in chars)):
        return None
    return chars


PROGRAMME_LISTING = "programme listing"


def find_boilerplate(text: str) -> tuple[BoilerplateSpan, ...]:
    """(start, end, reason) of each span that is not the article, in text order, not overlapping."""
    if not text:
        return ()
    if is_programme_listing(text):
        return ((0, len(text), PROGRAMME_LISTING),)  # a broadcast guide as a whole, no news
    lines = _lines(text)
    starts = [start for start, _ in lines]
    openings = _line_openings(text, lines)
    spans: list[tuple[int, int, int, str]] = []  # start, end, pattern order (first wins), reason
    rest_from = len(text)
    # Each pattern runs once over the whole text (line by line would be far slower).
    for order, pattern in enumerate(load_patterns()):
        for match in _matches(pattern, text, lines, openings, rest_from):
            if pattern.scope == "match":
                spans.append((match.start(), match.end(), order, pattern.reason))
                continue
            index = bisect_right(starts, match.start()) - 1
            start, end = lines[index]
            if end - start > pattern.max_chars:
                continue
            if pattern.scope == "rest":
                # nothing after the start of a comment section is the article
                rest_from = start
                spans.append((start, len(text), order, pattern.reason))
                break
            if pattern.scope == "upto":
                end = match.end()
            elif pattern.scope == "block":
                end = _block_end(text, lines, index)
            spans.append((start, end, order, pattern.reason))
    return _merged([span for span in spans if span[0] < rest_from or span[1] == len(text)])


def _matches(pattern: Pattern, text: str, lines: list[tuple[int, int]], openings: list[str | None],
             until: int) -> Iterator[re.Match[str]]:
    """At each line start, or anywhere in the lines holding one of the pattern's words:
    running every pattern at every position of the text costs several times more. (Not at the
    start of a line whose opening character the pattern cannot match: most lines are tried by
    no line-start pattern.)"""
    if not pattern.anywhere:
        opening = pattern.opening
        for (start, end), first in zip(lines, openings, strict=True):
            if start >= until:
                return
            if opening is not None and first is not None and first not in opening:
                continue
            match = pattern.regex.match(text, start, end)
            if match is not None:
                yield match
        return
    for start, end in _lines_holding(text, lines, pattern.anywhere):
        if start >= until:
            return
        yield from pattern.regex.finditer(text, start, end)


def _lines_holding(text: str, lines: list[tuple[int, int]], words: tuple[str, ...]) -> list[tuple[int, int]]:
    lower = _lower(text)
    if len(lower) != len(text):  # a few characters change length in lower case: look everywhere
        return lines
    starts = [start for start, _ in lines]
    chosen: set[int] = set()
    for word in words:
        position = lower.find(word)
        while position != -1:
            index = bisect_right(starts, position) - 1
            chosen.add(index)
            position = lower.find(word, lines[index][1] + 1)  # one hit is enough for a line
    return [lines[index] for index in sorted(chosen)]


@lru_cache(maxsize=4)
def _lower(text: str) -> str:
    return text.lower()


def _line_openings(text: str, lines: list[tuple[int, int]]) -> list[str | None]:
    """Each line's first character after its blanks, in lower case ("" for a blank line), or
    None where that is no ASCII character (ignoring case, a few others match ASCII letters)."""
    openings: list[str | None] = []
    for start, end in lines:
        stripped = text[start:end].lstrip()
        first = stripped[:1]
        openings.append(first.lower() if first.isascii() else None)
    return openings


def _lines(text: str) -> list[tuple[int, int]]:
    found = []
    position = 0
    for line in text.split("\n"):
        found.append((position, position + len(line)))
        position += len(line) + 1
    return found


def _block_end(text: str, lines: list[tuple[int, int]], index: int) -> int:
    """A list header with the short lines under it: headlines end with no full stop."""
    end = lines[index][1]
    for start, stop in lines[index + 1 : index + 1 + BLOCK_MAX_LINES]:
        line = text[start:stop].strip()
        if not line or len(line) > BLOCK_LINE_CHARS or line.endswith((".", '."', ".”")):
            break
        end = stop
    return end


def _merged(spans: list[tuple[int, int, int, str]]) -> tuple[BoilerplateSpan, ...]:
    """Sorted; a span overlapping an earlier one is folded into it, keeping the reason of the
    pattern listed first in the file where two begin together."""
    result: list[BoilerplateSpan] = []
    for start, end, _, reason in sorted(spans, key=lambda span: (span[0], span[2])):
        if result and start < result[-1][1]:
            previous = result[-1]
            result[-1] = (previous[0], max(previous[1], end), previous[2])
        else:
            result.append((start, end, reason))
    return tuple(result)
