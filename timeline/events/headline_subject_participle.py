"""A date that ends a participle describing the subject: "The girl rescued on Friday was flown to
Miami", "Documents released late Friday under the new law show that ...".

The participle is a reduced relative clause ("the girl [who was] rescued on Friday"), and the date
is its act's: the girl's rescue, the documents' release. Read as the clause's verb, the headline
turns it into a present tense and runs it into the real verb ("Girl rescues was flown to Miami").
What the headline tells instead depends on the sentence's own verb: one that shows or says what
the subject holds ("the figures released on Monday showed a drop in sales") tells that day's
news, the release and its content together ("Figures show drop in sales"); any other verb tells
a later act of the subject, so the headline is the participle's act in the passive ("Girl
rescued", "Documents released under the new law").

Only a common noun is described so ("BP released on Friday ..." is BP's own act), the subject
stands at the clause's start or after "that" or a reporting verb (not inside a preposition's
phrase), and between the date and the sentence's verb stands at most a prepositional phrase: a
new noun phrase there would be that verb's subject ("Officials reported Monday at a briefing
the well was capped" is the officials' report).
"""

from __future__ import annotations

from timeline.events.clause_chunks import DETERMINERS, Segment, Token, first_verb, is_verb, verb_base
from timeline.events.headline_common import DETERMINERS_AND_PREPOSITIONS
from timeline.events.headline_number import is_plural
from timeline.events.word_lists import (
    AUXILIARIES,
    CALENDAR_WORDS,
    IRREGULAR_PARTICIPLES,
    REPORTING_VERBS,
    is_passive_participle,
)
from timeline.extract.tense import is_past_form

_PREPOSITIONS = DETERMINERS_AND_PREPOSITIONS - DETERMINERS | frozenset({"under", "after", "during", "amid", "near"})
# Verbs by which a document or a finding tells what it holds: the release and its content are one day's news.
_SHOWING_VERBS = frozenset({"show", "indicate", "suggest", "reveal", "say", "find", "conclude", "confirm", "estimate",
                            "state", "warn", "predict", "describe", "detail", "outline", "recommend", "blame", "claim",
                            "accuse", "put", "give", "list", "mention", "note", "report"})
# Words that open the subject's noun phrase only after a clause's start, "that" or a reporting verb.
_SUBJECT_LEADS = REPORTING_VERBS | frozenset({"that"})
_WORDS_NOT_OF_A_NOUN_PHRASE = AUXILIARIES | REPORTING_VERBS | CALENDAR_WORDS \
    | frozenset({"and", "or", "but", "that", "which", "who", "it", "he", "she", "they", "we", "i", "you", "not"})
_NOUN_PHRASE_REACH = 6  # words of the subject: "the Berkeley team's new study"
_BETWEEN_REACH = 8  # words of the phrase between the date and the sentence's verb
# ("pledged on Friday to increase stocks and cooperate": an infinitive and a second verb, no phrase of a place)
_NOT_IN_THE_PHRASE = frozenset({"to", "and", "or", "but", "that", "which", "who"})
_DATE_LEADS = frozenset({"late", "early"})
_ADVERBS_BETWEEN = frozenset({"also", "now", "still", "later", "then", "already", "first"})


def subject_participle_of_date(parts: list[Segment], index: int, tokens: list[Token],
                               date_at: int) -> list[Token] | None:
    """The clause to cut the headline from when the date ends a participle describing the subject
    of parts[index], else None. `tokens` are the sentence's without the date, which stood at `date_at`."""
    part = parts[index]
    at = date_at - 1  # the participle, right before the date ...
    if at > part.first and tokens[at].lower in _DATE_LEADS:
        at -= 1  # ... or before "late" that the date left: "released late Friday"
    if not (part.first + 1 <= at and date_at <= part.last and date_at < len(tokens)) or not _is_participle(tokens[at]):
        return None
    noun = tokens[at - 1]
    if not (noun.is_word and noun.text.isalpha() and noun.text.islower() and not noun.lower.endswith("ly")
            and noun.lower not in _WORDS_NOT_OF_A_NOUN_PHRASE and not is_verb(noun, _before(tokens, at - 1))):
        return None
    start = _subject_start(tokens, part.first, at)
    if start is None:
        return None
    rest = [t for t in part.tokens if t.start >= tokens[date_at].start]
    verb = _showing_verb(rest)
    verb = first_verb(rest) if verb is None else verb
    if verb is None or rest[verb].lower.endswith("ing") or not _a_phrase_between(rest[:verb]):
        return None
    lead, subject = tokens[part.first : start], tokens[start:at]
    base = verb_base(rest[verb].lower) or rest[verb].lower
    if base in _SHOWING_VERBS:
        return [*lead, *subject, *rest[verb:]]  # "Figures show drop in sales"
    participle = tokens[at]
    auxiliary = Token("were" if is_plural(subject) else "was", participle.start, participle.start)
    return [*lead, *subject, auxiliary, participle, *rest[:verb]]  # "Girl rescued", read by the headline style


def _showing_verb(words: list[Token]) -> int | None:
    """A verb of showing, which the verb reader may take for a noun after a name ("the Act show that")."""
    for k, token in enumerate(words[: _BETWEEN_REACH + 1]):
        base = verb_base(token.lower) or token.lower
        if base in _SHOWING_VERBS and (k == 0 or words[k - 1].lower not in DETERMINERS):
            return k
    return None


def _is_participle(token: Token) -> bool:
    word = token.lower
    if word in AUXILIARIES or word in REPORTING_VERBS:
        return False
    return (word.endswith("ed") and is_past_form(word)) or word in IRREGULAR_PARTICIPLES \
        or (not word.endswith("ed") and is_passive_participle(word))


def _subject_start(tokens: list[Token], first: int, at: int) -> int | None:
    """Where the noun phrase the participle describes begins, when it is the subject of its clause."""
    start = at - 1
    while start > first and at - start < _NOUN_PHRASE_REACH:
        previous = tokens[start - 1]
        if not previous.is_word or previous.lower in _SUBJECT_LEADS or is_verb(previous, _before(tokens, start - 1)):
            break
        if previous.lower in _PREPOSITIONS or previous.lower in _WORDS_NOT_OF_A_NOUN_PHRASE:
            return None  # ("damage to the homes hit on Monday": the phrase of a preposition, no subject)
        start -= 1
    if start == first or tokens[start - 1].lower in _SUBJECT_LEADS:
        return start
    return None


def _a_phrase_between(words: list[Token]) -> bool:
    """Nothing, adverbs, or one prepositional phrase: "under the Freedom of Information Act", "by the agency"."""
    if len(words) > _BETWEEN_REACH or any(not t.is_word or t.lower in _NOT_IN_THE_PHRASE for t in words):
        return False
    lead = 0
    while lead < len(words) and words[lead].lower in _ADVERBS_BETWEEN:
        lead += 1
    phrase = words[lead:]
    if not phrase:
        return True
    if phrase[0].lower not in _PREPOSITIONS:
        return False
    # a determiner only right after a preposition: "at a briefing the well ..." opens a new subject
    return all(t.lower not in DETERMINERS or phrase[k - 1].lower in _PREPOSITIONS for k, t in enumerate(phrase) if k)


def _before(tokens: list[Token], at: int) -> Token | None:
    return tokens[at - 1] if at >= 1 else None
