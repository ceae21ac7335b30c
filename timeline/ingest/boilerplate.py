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
        patterns.append(
            Pattern(
                reason=raw["reason"],
                scope=raw["scope"],
                regex=re.compile(_within_lines(source), re.IGNORECASE | re.MULTILINE),
                max_chars=int(raw.get("max_chars", DEFAULT_MAX_CHARS)),
                anywhere=tuple(word.lower() for word in raw.get("anywhere", ())),
                marks=tuple(raw.get("marks", ())),
                keeps=tuple(raw.get("keeps", ())),
            )
        )
    return tuple(patterns)


def find_boilerplate(text: str) -> tuple[BoilerplateSpan, ...]:
    """(start, end, reason) of each span that is not the article, in text order, not overlapping."""
    if not text:
        return ()
    lines = _lines(text)
    starts = [start for start, _ in lines]
    spans: list[tuple[int, int, int, str]] = []  # start, end, pattern order (first wins), reason
    rest_from = len(text)
    # Each pattern runs once over the whole text (line by line would be far slower).
    for order, pattern in enumerate(load_patterns()):
        for match in _matches(pattern, text, lines, rest_from):
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


def _matches(pattern: Pattern, text: str, lines: list[tuple[int, int]], until: int) -> Iterator[re.Match[str]]:
    """At each line start, or anywhere in the lines holding one of the pattern's words:
    running every pattern at every position of the text costs several times more."""
    if not pattern.anywhere:
        for start, end in lines:
            if start >= until:
                return
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
