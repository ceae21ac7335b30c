"""Whether a short label may hold a verb at all, read leniently (the label checks ask it of a
headline the clause reader found no verb in: "BP oil spill prompts ...")."""

from __future__ import annotations

from timeline.events.clause_chunks import DETERMINERS, SUBJECT_WORDS, Token, verb_base
from timeline.events.word_lists import AUXILIARIES, looks_past


def may_hold_verb(tokens: tuple[Token, ...] | list[Token]) -> bool:
    """Whether any word could be a verb, read leniently: a known verb form anywhere but after an
    article ("BP oil spill prompts ...", "the team gear up"), an auxiliary, a past form. Where
    `first_verb` must find the one verb of a clause, this only asks if one may be there."""
    for index, token in enumerate(tokens):
        word = token.lower
        if not token.is_word or (index and token.is_capitalised):
            continue
        if "-" in word:
            continue  # "long-awaited", "oil-soaked": adjectives
        if word in AUXILIARIES or looks_past(word):
            return True
        previous = tokens[index - 1].lower if index else ""
        base = verb_base(word)
        if base is None or word.endswith("ing") or previous in DETERMINERS:
            continue
        if word != base or previous in AUXILIARIES or previous in SUBJECT_WORDS or previous in ("to", "s"):
            return True  # "prompts", "will close", "they close", "to close"; not "annual report"
        if previous.endswith("s") and not previous.endswith("ss"):
            return True  # "the crews gear up"
    return False


# What opens the object of a verb right after it: "tours the", "sinks a", "extends its".
_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
# After an opener these start a time phrase or a rank, no object: "storms a week apart", "flights the first to land".
_NO_OBJECT_AFTER_OPENER = frozenset({"day", "week", "month", "year", "weekend", "morning", "night", "first", "second",
                                     "last", "next", "same", "few"})


def present_before_object(tokens: tuple[Token, ...] | list[Token]) -> bool:
    """Whether a headline's present form in -s, of a verb the word lists do not know, stands after
    its subject and before its object ("Lane tours the flooded towns", "Rig sinks a barge"): a
    noun in -s is seldom followed by an article."""
    for index in range(1, len(tokens) - 1):
        word = tokens[index].lower
        if (tokens[index].is_word and not tokens[index].is_capitalised and word.isalpha() and len(word) > 3
                and word.endswith("s") and not word.endswith(("ss", "us", "is"))
                and tokens[index + 1].lower in _OBJECT_OPENERS and tokens[index - 1].is_word
                and tokens[index - 1].lower not in DETERMINERS
                and (index + 2 >= len(tokens) or tokens[index + 2].lower not in _NO_OBJECT_AFTER_OPENER)):
            return True
    return False
