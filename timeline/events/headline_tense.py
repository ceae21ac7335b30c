"""Headline tense: the main verb in the present ("met" -> "meets"), "was issued" -> "issued",
"will visit" -> "to visit". Part of headline style (events/headline_style.py)."""

from __future__ import annotations

from itertools import pairwise

from timeline.events.clause_chunks import (
    Token,
    base_among,
    first_verb,
    is_pronoun_subject,
    third_person,
    verb_base,
)
from timeline.events.headline_common import BE_PAST, NOMINATIVE_PRONOUNS, PASSIVE_FOLLOWERS, PLAN_WORDS
from timeline.events.headline_number import is_plural
from timeline.events.word_lists import (
    IRREGULAR_PAST,
    PAST_PARTICIPLES,
    TENSE_ONLY_VERBS,
    is_passive_participle,
)


def present_tense(words: list[Token]) -> list[Token]:
    """The main verb in headline tense: 'met' -> 'meet(s)', 'was issued' -> 'issued', 'will visit' -> 'to visit'."""
    verb = first_verb(words)
    if not verb:
        return words
    subject, rest = words[:verb], words[verb:]
    head = rest[0].lower
    if subject and (subject[-1].lower.endswith(_PERFECT_CONTRACTIONS) or subject[-1].lower in _PRONOUN_HAS):
        return words  # "they've agreed", "she'd left", "it's tended": a perfect, its participle no simple past
    if head in BE_PAST and len(rest) > 1 and (rest[1].lower in PASSIVE_FOLLOWERS or rest[1].lower.endswith("ed")
                                              or (rest[1].lower in PAST_PARTICIPLES
                                                  and not is_pronoun_subject(subject))):  # "were flown to hospital"
        return [*subject, *rest[1:]]
    if head == "will" and len(rest) > 1 and verb_base(rest[1].lower) is not None and not is_pronoun_subject(subject) \
            and not (len(subject) > 1 and subject[-1].lower in NOMINATIVE_PRONOUNS):
        # ("Locals hope they will return": the will belongs to a reported clause whose subject is the
        # pronoun, so "Locals hope they to return" would not be English.)
        return [*subject, Token("to", -1, -1), *rest[1:]]
    if head in PLAN_WORDS and len(rest) > 1 and rest[1].lower == "to":
        return words  # "Obama set to visit the coast", "Deal expected to be signed": headline style already
    plural = is_plural(subject)
    if head == "having" and len(rest) > 1 and rest[1].lower != "been" \
            and (rest[1].lower in IRREGULAR_PAST or rest[1].lower.endswith("ed")):
        # "..., having gained 3% on Monday": the participle clause's own act, in headline tense
        return [*subject, _in_present(rest[1], plural), *rest[2:]]
    passive_form = is_passive_participle(rest[0].lower)
    agent_next = len(rest) > 2 and (rest[1].lower == "by" or (rest[1].lower in _PARTICLES and rest[2].lower == "by"))
    if passive_form and agent_next:
        # "Communications destroyed by the quake", "trust set up by fishermen": a passive, headline style as it is
        return words
    if rest[0].lower.endswith("ed") and len(rest) > 1 and rest[1].lower in _PARTICIPLE_FOLLOWERS \
            and _present_verb_after_a_name(subject):
        return words  # "Obama slams companies involved in the spill": "slams" was the verb
    if rest[0].lower in _OBJECT_BEFORE_OF and len(rest) > 1 and rest[1].lower == "of":
        return words  # "BP accused of lying": one accuses someone of it, so a bare "of" after it is a passive
    first = _in_present(rest[0], plural, rest[1] if len(rest) > 1 else None)
    result = [*subject, first]
    if first.text == rest[0].text:
        # (a verb group kept as it was, "has seen", is no past a conjunct parallels: "has seen dead
        # bodies and collapsed buildings" keeps its adjective)
        return [*result, *rest[1:]]
    for position in range(1, len(rest)):
        # "praised Putin and predicted ..." -> "praises Putin and predicts ...".
        after_and = rest[position - 1].lower in ("and", "or")
        following = rest[position + 1] if position + 1 < len(rest) else None
        result.append(_in_present(rest[position], plural, following) if after_and else rest[position])
    return result


_PARTICLES = frozenset({"up", "out", "off", "down", "back", "aside", "over"})
# Verbs whose object stands before their "of" ("accused BP of lying", "stripped him of his title")
_OBJECT_BEFORE_OF = frozenset({"accused", "suspected", "convicted", "cleared", "acquitted", "stripped", "robbed",
                               "deprived", "informed", "notified", "relieved"})
_PERFECT_CONTRACTIONS = ("'ve", "’ve", "'d", "’d")
# A pronoun's "'s" before a past form is "has" (or "is", before a participle kept as it is too).
_PRONOUN_HAS = frozenset(f"{pronoun}{mark}s" for pronoun in ("it", "he", "she", "that", "there", "who", "what")
                         for mark in ("'", "’"))
_PARTICIPLE_FOLLOWERS = frozenset({"in", "by", "on", "at", "from", "with", "over", "for"})


def _present_verb_after_a_name(subject: list[Token]) -> bool:
    """Whether what may be a present verb follows a name in `subject` ("Obama slams companies"):
    the verb the clause reader could not be sure of. (At worst it is a plural noun, "BP shares
    closed at", and the past form after it is left as it was said.)"""
    return any(
        previous.is_capitalised and word.is_word and word.text.islower() and len(word.text) > 3
        and word.lower.endswith("s") and not word.lower.endswith(("ss", "us", "is"))
        for previous, word in pairwise(subject)
    )


def _in_present(token: Token, plural: bool, following: Token | None = None) -> Token:
    word = token.lower
    base = verb_base(word)
    if base is None and following is not None and opens_an_object(following):
        # A verb known only for its tense is put in the present only before what reads as its
        # object or direction ("capped the well", "stepped up", "gushed into"): elsewhere it is
        # as often a participle describing a noun ("the largest recorded quake", "a gannet
        # covered in oil", "a platform leased to ...").
        base = _past_base(word)
    if token.quoted or base is None or not (word in IRREGULAR_PAST or word.endswith("ed")):
        return token
    return Token(base if plural else third_person(base), token.start, token.end, token.quoted)


# What opens a noun phrase as a verb's object ("capped the well"), and a verb's direction or
# particle ("stepped up", "gushed into").
_NOUN_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these",
                                  "those", "more", "some", "all"})
_OBJECT_OPENERS = _NOUN_OBJECT_OPENERS | {"up", "out", "down", "back", "into", "onto", "through", "across", "about",
                                          "and", "or"}


def opens_an_object(token: Token, *, direction: bool = True) -> bool:
    """Whether a word after a verb reads as the start of its object ("the well", "2,000 barrels")
    or, with `direction`, of its direction ("up", "into")."""
    return token.lower in (_OBJECT_OPENERS if direction else _NOUN_OBJECT_OPENERS) or token.text[:1].isdigit()


def _past_base(word: str) -> str | None:
    """The base of a regular past not in the verb list, from the tense-only list: "stepped" ->
    "step", "placed" -> "place", "marched" -> "march"."""
    return base_among(word, TENSE_ONLY_VERBS) if word.endswith("ed") else None
