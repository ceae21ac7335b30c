"""What a sentence is about, as weighted key terms: names, verbs and nouns, without dates or filler.

Two mentions report the same happening when their sentences share distinctive words.
Words are reduced to a crude stem so "met", "meets" and "meeting" agree, and "election"
and "re-elect" agree; stop words and calendar words are dropped because a shared
"Monday" says nothing about *what* happened that Monday.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.events.word_lists import CALENDAR_WORDS, IRREGULAR_STEMS, STOP_WORDS, word_list

# A word: letters, with inner apostrophes and dots ("U.S.", "Xi's"); hyphens split words.
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ](?:[A-Za-zÀ-ÖØ-öø-ÿ'’.]*[A-Za-zÀ-ÖØ-öø-ÿ])?")
# Suffixes stripped in order, longest first; the stem must keep at least three letters.
_SUFFIXES: tuple[str, ...] = (
    "ations", "ation", "ements", "ement", "ments", "ment", "ings", "ing", "ions", "ion",
    "edly", "ies", "ied", "ed", "es", "s",
)
_DOUBLED_END = re.compile(r"([bdfgklmnprt])\1$")


@lru_cache(maxsize=1 << 16)
def stem(word: str, name: bool = False) -> str:
    """A crude, consistent stem: agreement between forms matters, not linguistic truth.

    Names keep their letters ("Jinping" is not a form of "Jinp"), only losing a possessive.
    """
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "").replace(".", "")
    if word in IRREGULAR_STEMS:
        return IRREGULAR_STEMS[word]
    if name:
        # Demonyms in the plural ("Russians") are the people of the singular ("Russian").
        return word[:-1] if word.endswith("ans") and len(word) > 5 else word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                word += "y"
            break
    word = _DOUBLED_END.sub(r"\1", word)
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


# A time zone or a clock's words place a time, as the calendar words do: "(1400 GMT)" in two
# reports of one Sunday is nothing they tell in common (the headline reader's list of them).
_CLOCK_WORDS = frozenset(word.replace(".", "") for word in word_list("headline_style", "clock_words"))


@lru_cache(maxsize=1 << 16)
def is_content_word(word: str) -> bool:
    lower = word.lower().replace("’", "'")
    if lower.endswith("'s"):
        lower = lower[:-2]
    lower = lower.replace(".", "")
    return len(lower) > 1 and lower not in STOP_WORDS and lower not in CALENDAR_WORDS and lower not in _CLOCK_WORDS



# A place or person named with a lower-case particle between hyphens ("Port-au-Prince",
# "Stratford-upon-Avon"): one name, not two names and a word, or three shared terms would
# make any two sentences set there look alike.
# ("Miami-to-Port-au-Prince", "York-and-London" join two names: "to", "and", "or", "via" are no particles)
_PARTICLE_NAME = re.compile(
    r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]*(?:-(?!(?:to|and|or|via)-)[a-zß-öø-ÿ]+)+-[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ]*")


def words_with_positions(text: str) -> list[tuple[int, int, str]]:
    """Each word of `text` with its span; hyphenated words come out as their parts, but for a
    name with a particle inside ("Port-au-Prince"), which is one word."""
    if "-" not in text:
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    found: list[tuple[int, int, str]] = []
    position = 0
    for compound in _PARTICLE_NAME.finditer(text):
        found.extend((m.start(), m.end(), m.group()) for m in _WORD.finditer(text, position, compound.start()))
        found.append((compound.start(), compound.end(), compound.group()))
        position = compound.end()
    found.extend((m.start(), m.end(), m.group()) for m in _WORD.finditer(text, position))
    return found


def is_name(word: str, first_in_sentence: bool) -> bool:
    """A capitalised word that is not merely the first word of the sentence."""
    return word[:1].isupper() and not first_in_sentence
