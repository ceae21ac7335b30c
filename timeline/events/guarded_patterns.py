"""A pattern searched only in a text that holds one of the words every match of it needs.

The factuality checks search some twenty patterns that end at a date ("since ...$",
"after the $") around every dated mention, and the regex engine tries each of them at
every position of the text before the date. Most texts hold none of the words a pattern
cannot match without ("since", "after"), and a substring test says so in a fraction of
the time. The result is the pattern's own, whenever a match is possible at all.
"""

from __future__ import annotations

import re

from timeline.extract.regex_classes import CASE_FOLDS_INTO_ASCII


class GuardedPattern:
    """`pattern.search`, skipped where none of `needles` (lower case) stands in the text.

    Every match of the pattern must hold one of the needles, in any letter case: that is
    what the caller vouches for. A text holding a character that the regex engine, ignoring
    case, takes for an ASCII letter (the dotless i, the long s, the Kelvin sign, the dotted
    capital I) is always searched: lower() does not spell those as the letters they match.
    """

    __slots__ = ("needles", "pattern")

    def __init__(self, pattern: re.Pattern[str], *needles: str) -> None:
        if not needles or any(not needle or needle != needle.lower() for needle in needles):
            raise ValueError("needles must be non-empty lower-case strings")
        self.pattern = pattern
        self.needles = needles

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        lowered = _lowered(text)
        if lowered is not None and not any(needle in lowered for needle in self.needles):
            return None
        return self.pattern.search(text, pos)


# The checks ask a dozen patterns or more of one text in turn: its lower case is worked out once.
_last: tuple[str, str | None] = ("", "")


def _lowered(text: str) -> str | None:
    """`text` in lower case, or None when lower() would not spell what the regex engine matches."""
    global _last
    last = _last  # (read once: another thread may set it meanwhile)
    if last[0] is not text:
        foldable = text.isascii() or not any(character in text for character in CASE_FOLDS_INTO_ASCII)
        last = _last = (text, text.lower() if foldable else None)
    return last[1]


__all__ = ["GuardedPattern"]
