"""The finder's fast trigger scan (lower-cased text, case kept) finds what the case-ignoring pattern finds."""

from __future__ import annotations

import re
import string
import sys

import pytest

from timeline.extract import finder
from timeline.extract.finder import trigger_starts
from timeline.extract.regex_classes import CASE_FOLDS_INTO_ASCII


def _every_character() -> list[str]:
    return [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]


def test_only_the_listed_characters_fold_into_ascii_or_change_class_when_lower_cased() -> None:
    # What the fast scan relies on: outside the listed characters, lower() keeps one character
    # per character, never makes an ASCII letter of another one, keeps digits, spaces and word
    # characters what they were, and the case-ignoring engine takes no other for an ASCII letter.
    characters = [c for c in _every_character() if not c.isascii()]
    lowered = [c.lower() for c in characters]
    changes_shape = {c for c, low in zip(characters, lowered, strict=True) if len(low) != 1 or low.isascii()}
    text = "".join(characters)
    as_ascii_letter = set(re.findall("[A-Za-z]|" + "|".join(string.ascii_lowercase), text, re.IGNORECASE))
    same_length = [(c, low) for c, low in zip(characters, lowered, strict=True) if len(low) == 1]
    originals = "".join(c for c, _low in same_length)
    lowers = "".join(low for _c, low in same_length)
    changes_class = set()
    for pattern in (r"\w", r"\d", r"\s"):
        before = {match.start() for match in re.finditer(pattern, originals)}
        after = {match.start() for match in re.finditer(pattern, lowers)}
        changes_class |= {originals[at] for at in before ^ after}
    assert changes_shape | as_ascii_letter | changes_class == set(CASE_FOLDS_INTO_ASCII)


@pytest.mark.parametrize("text", [
    "On MONDAY, 12 June 2010, BP said the Well would be CAPPED by mid-July.",
    "$4.5 million, 2,000 people, 31.05.2024, 10.30am and 9.30 tomorrow; 40% in the 1990s",
    "Talks resumed last Thursday\nand again yesterday evening (Tues) at 1425 GMT",
    "ıt was Kelvın's 3 Mondays; the ſecond of March; İstanbul on Sunday",
    "Ärzte in Zürich kamen am 3. März, 12 Uhr; the Spring Festival; 1,200 km",
])
def test_the_fast_scan_starts_where_the_case_ignoring_pattern_does(text: str) -> None:
    expected = [match.start() for match in finder._TRIGGER.finditer(text)]
    assert expected
    assert trigger_starts(text) == expected
    # Also with every character that needs the slow path taken away, so the fast one runs.
    plain = text.translate({ord(c): "x" for c in CASE_FOLDS_INTO_ASCII})
    assert trigger_starts(plain) == [match.start() for match in finder._TRIGGER.finditer(plain)]
