"""The characters a parsed regex character class lists outright, for the prefilters that try a
pattern only where its first characters stand (extract/rulebook.py, ingest/boilerplate.py)."""

from __future__ import annotations

from re import _constants as sre_constants  # type: ignore[attr-defined]  # private (3.11+), so not in the stubs
from typing import Any

# Ignoring case, the regex engine takes each of these for an ASCII letter ("ſ" matches "s"), and
# lower() turns some into ASCII or into two characters: a prefilter keyed on ASCII letters cannot
# rule a text holding one out. (Checked over all of Unicode by tests/extract/test_finder_triggers.py.)
CASE_FOLDS_INTO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # İ ı ſ K(elvin)


def listed_characters(items: Any, categories: dict[Any, str] | None = None) -> set[str] | None:
    """The characters of a class's parsed items (literals, short ranges, \\d as the ASCII digits),
    or None when it holds anything else (a negation, a category such as \\w, a wide range).
    `categories`: categories kept as one marker each instead ({CATEGORY_DIGIT: "\\d"}), the others
    refused."""
    c = sre_constants
    chars: set[str] = set()
    for kind, value in items:
        if kind is c.LITERAL:
            chars.add(chr(value))
        elif kind is c.RANGE and value[1] - value[0] < 128:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        elif kind is c.CATEGORY and categories is not None and value in categories:
            chars.add(categories[value])
        elif kind is c.CATEGORY and categories is None and value is c.CATEGORY_DIGIT:
            chars.update("0123456789")
        else:
            return None
    return chars
