"""The act of an object relative clause that holds the date: "The bridge that the army built in
1944 was closed" tells, for 1944, "Army builds the bridge"; "a fund that the firm set up in August
for families" tells "Firm sets up fund for families". Part of the headline maker
(events/headline.py).
"""

from __future__ import annotations

from timeline.events.clause_chunks import (
    DETERMINERS,
    PARTICLES,
    Segment,
    SegmentKind,
    Token,
    first_verb,
    is_verb,
    verb_base,
)
from timeline.events.headline_common import BE_FORMS, NOUNS_IN_LY, PHRASE_OPENERS
from timeline.events.headline_dated_things import CONTENT_CLAUSE_NOUNS
from timeline.events.word_lists import AUXILIARIES, CALENDAR_WORDS, REPORTING_VERBS

MAX_RELATIVE_SUBJECT_WORDS = 4
MAX_OBJECT_WORDS = 6


def object_relative_of_date(parts: list[Segment], index: int, date_at: int) -> list[Token]:
    """The relative clause's subject, its verb and the noun phrase it has for object, then the rest
    of the clause; [] when the date is not in such a clause."""
    part = parts[index]
    if part.kind is not SegmentKind.MAIN:
        return []
    words = list(part.tokens)
    date = date_at - part.first
    at = next((k for k in range(min(date, len(words)) - 1, 0, -1) if words[k].lower == "that"), None)
    if at is None:
        return []
    noun = words[at - 1]
    if (not noun.is_word or noun.lower in CONTENT_CLAUSE_NOUNS or noun.lower in CALENDAR_WORDS
            or noun.lower in _NOUNS_OF_A_CLAUSE or is_verb(noun, words[at - 2] if at > 1 else None)
            or any(t.lower in REPORTING_VERBS for t in words[:at])):
        return []  # (what was told: "told reporters that BP planned ...", "said in an e-mail to the AP that")
    thing = _object_before(words[:at])
    if not thing or not (thing[0].lower in DETERMINERS or thing[0].text[:1].isdigit() or thing[0].text[:1] == "$"):
        return []  # ("is sure that ...", "told BBC Caribbean that ..."): no noun phrase for the clause's object
    lead = words[at - len(thing) - 1] if at - len(thing) - 1 >= 0 else None
    if lead is not None and lead.lower in _TOLD_THAT_VERBS:
        return []  # "reminded the voters that the party raised taxes": what they were reminded of
    relative = words[at + 1 :]
    date_in_relative = date - at - 1
    verb = _relative_verb(relative, date_in_relative)
    if verb is None:
        return []  # (a subject relative, "the boat that sank", is read elsewhere; the date must follow the verb)
    subject = relative[:verb]
    if not (subject[0].lower in DETERMINERS or subject[0].is_capitalised
            or (len(subject) == 1 and subject[0].lower.endswith("s"))):
        return []
    end = verb + 1
    while relative[end - 1].lower in AUXILIARIES and end < len(relative) and is_verb(relative[end], relative[end - 1]):
        end += 1  # "that engineers had lowered"
    if relative[end - 1].lower in AUXILIARIES or any(t.lower in BE_FORMS for t in relative[verb:end]):
        return []  # ("that the army was ...", "that the oil would be reduced"): no act done to the noun
    if end < len(relative) and relative[end].lower == "to":
        return []  # ("the $1.3 billion that Pfizer agreed to pay"): the noun is the infinitive's object
    while end < len(relative) and relative[end].lower in PARTICLES:
        end += 1  # "that the firm set up"
    if end < len(relative) and end != date_in_relative and not _opens_the_rest(relative[end]):
        return []  # the verb has an object of its own ("that the party raised taxes"): no object relative
    rest: list[Token] = []
    if end < len(relative) and _opens_the_rest(relative[end]):
        # only where, when, how and for whom ("set up in August for families", "lowered onto the
        # well", "drilled there"), up to the sentence's verb
        for token in relative[end:]:
            if (token.lower in AUXILIARIES or token.lower in BE_FORMS or token.lower in ("that", "which", "who")
                    or (rest and is_verb(token, rest[-1]) and not token.lower.endswith("ing"))):
                break
            rest.append(token)
    if part.first + at + 1 + end + len(rest) < date_at:
        return []  # the date lies after the relative clause: the sentence's own verb is its
    return [*subject, *relative[verb:end], *thing, *rest]


def _opens_the_rest(token: Token) -> bool:
    """A preposition or an adverb after the clause's verb: no object of its own there."""
    word = token.lower
    # (an adverb in "-ly" is a lower-case word, and not a noun: "gave Italy", "a rally")
    return word in _REST_OPENERS or (word.endswith("ly") and len(word) > 4 and token.text.islower()
                                     and word not in NOUNS_IN_LY)


def _relative_verb(relative: list[Token], date: int) -> int | None:
    """Where the relative clause's verb is, after a short subject and before the date: found by the
    verb guess, or a verb form right after a short noun phrase or name ("that the firm set up", "that
    BP set up", where "set" is no sure verb)."""
    verb = first_verb(relative)
    if verb is not None and 0 < verb <= MAX_RELATIVE_SUBJECT_WORDS and verb < date:
        return verb
    if not relative or not (relative[0].lower in DETERMINERS or relative[0].is_capitalised):
        return None
    first = 2 if relative[0].lower in DETERMINERS else 1  # ("that the firm set up", "that BP set up")
    for at in range(first, min(MAX_RELATIVE_SUBJECT_WORDS, date - 1, len(relative) - 1) + 1):
        if verb_base(relative[at].lower) is not None and relative[at - 1].is_word:
            return at
    return None


def _object_before(words: list[Token]) -> list[Token]:
    """The noun phrase before "that", back to its determiner (in lower case), a preposition or a verb."""
    start = len(words)
    while start > 0 and len(words) - start < MAX_OBJECT_WORDS:
        token = words[start - 1]
        if token.lower in DETERMINERS:
            start -= 1
            break
        if (token.lower in PHRASE_OPENERS or token.lower in _CONJUNCTIONS
                or is_verb(token, words[start - 2] if start > 1 else None)):
            break
        start -= 1
    phrase = words[start:]
    if phrase and phrase[0].lower in DETERMINERS:
        first = phrase[0]
        phrase[0] = Token(first.lower, first.start, first.end, first.quoted)  # "The bridge" moves after the verb
    return phrase


# Prepositions a relative clause's rest may open with: where and for whom the act was done.
_PLACE_PREPOSITIONS = frozenset({"for", "to", "in", "at", "on", "onto", "into", "from", "with", "near", "over", "under",
                                 "across", "inside", "outside", "off"})
_REST_OPENERS = _PLACE_PREPOSITIONS | {"until", "till", "through", "during", "between", "before", "after", "since",
                                       "throughout", "there", "here", "again", "abroad", "earlier", "later",
                                       "aside", "back", "home", "together", "instead", "first", "last"}
# Verbs whose object is told a clause: "reminded the voters that ...", "convinced the jury that ...".
_TOLD_THAT_VERBS = frozenset({"reminded", "reminds", "remind", "convinced", "convinces", "convince", "assured",
                              "assures", "assure", "persuaded", "persuades", "persuade", "showed", "shows", "show",
                              "informed", "informs", "inform", "warn", "tell", "taught", "teaches", "notified",
                              "notifies", "promised", "promises"})
# Nouns whose "that" opens a clause of its own, not one that lacks its object ("the first time that
# the team has lost", "such a shock that the fans left").
_NOUNS_OF_A_CLAUSE = frozenset({"time", "times", "moment", "way", "reason", "extent", "point", "message", "impression",
                                "sense", "shock", "signal", "stage", "degree", "much", "case"})
_CONJUNCTIONS = frozenset({"but", "and", "or", "so", "yet", "given", "now"})
