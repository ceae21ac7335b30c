"""Subjects a dated segment borrows from the segment beside it: the owner a "whose" clause
speaks of ("Ann Lee, whose husband died in 2004" -> "Ann Lee's husband died"), and the subject a
participle phrase opening the sentence describes ("Interviewed on television on Monday, the
mayor said ..." -> "Mayor interviewed on television"). Part of the headline maker
(events/headline.py).
"""

from __future__ import annotations

from timeline.events.clause_chunks import Segment, SegmentKind, Token, first_verb, is_pronoun_subject
from timeline.events.headline_common import NOMINATIVE_PRONOUNS
from timeline.events.headline_subjects import MAX_NOUN_PHRASE_WORDS, antecedent_of, subject_of
from timeline.events.word_lists import CALENDAR_WORDS, PAST_PARTICIPLES

# Where someone is from: "a man from La Mirada, whose death ..." is the man's, not the place's.
_WHERE_FROM = frozenset({"from", "in", "at", "near"})
# Adverbs ending a subject that belong to the main verb after it ("the rider never [raced]").
_SUBJECT_ADVERBS = frozenset({"also", "now", "never", "still", "then", "later", "already", "just", "even", "only",
                              "again", "soon", "once", "first"})
# Participles that open a condition or a comparison, not what the subject underwent.
_NOT_FRONTED_PARTICIPLES = frozenset({"given", "compared", "based", "provided", "assumed", "granted", "added",
                                      "combined", "taken"})


def owned_by_the_noun_before(parts: list[Segment], index: int, words: list[Token]) -> list[Token]:
    """The "whose" clause `words` (without its "whose") told of its owner, the noun phrase before
    it: "Ann Lee's husband died"; [] when no owner is sure."""
    owner = antecedent_of(parts, index, person=True)
    if not owner or not words or first_verb(words) in (None, 0):
        return []
    before = parts[index - 1].tokens
    at = next((k for k, t in enumerate(before) if t is owner[0]), None)
    if at is not None and at > 0 and before[at - 1].lower in _WHERE_FROM:
        return []  # "a man from La Mirada, whose death": the place ends a phrase, the man owns it
    if any(t.lower == "and" for t in owner) or owner[-1].text.endswith(("'s", "’s", "s'")):
        return []  # ("a cartoonist and wit whose mocking": two nouns, one owner)
    last = owner[-1]
    return [*owner[:-1], Token(f"{last.text}'s", last.start, last.end, last.quoted), *words]


def undergone_by_the_subject_after(parts: list[Segment], index: int, words: list[Token],
                                   verb: int | None) -> list[Token]:
    """"Interviewed on television on Monday, the mayor said ...": the participle phrase opening
    the sentence (`words`, the first segment; `verb`, its first verb) is what the next segment's
    subject underwent that day ("Mayor interviewed on television"); [] when it is no such phrase."""
    if index != 0 or verb not in (None, 0) or len(parts) < 2 or not words or not words[0].is_capitalised:
        return []
    word = words[0].lower
    if word in _NOT_FRONTED_PARTICIPLES or not (word.endswith("ed") or word in PAST_PARTICIPLES):
        return []
    if len(words) > 1 and (words[1].is_capitalised or first_verb(words[1:]) is not None
                           or any(t.lower in ("and", "or") for t in words)):
        return []  # ("United Nations chief Ban says ...": a name, and a clause of its own; "Famed for X
        # and celebrating Y": which of the two the date is of, the words do not tell)
    following = parts[1]
    if following.kind is not SegmentKind.MAIN or following.quoted:
        return []
    subject = subject_of(list(following.tokens))
    while subject and (subject[-1].lower in _SUBJECT_ADVERBS or subject[-1].lower.endswith("ly")):
        subject = subject[:-1]
    if (not subject or len(subject) > MAX_NOUN_PHRASE_WORDS or is_pronoun_subject(subject)
            or any(t.lower in CALENDAR_WORDS or t.lower in NOMINATIVE_PRONOUNS for t in subject)):
        return []  # ("Lauded in the 19th century, today he is hardly read": no subject the phrase can take)
    opening = words[0]
    # a passive: "the mayor was interviewed", which headline style tells as "Mayor interviewed"
    was = Token("was", opening.start, opening.start)
    return [*subject, was, Token(opening.lower, opening.start, opening.end, opening.quoted), *words[1:]]
