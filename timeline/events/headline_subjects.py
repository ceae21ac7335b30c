"""Who acts in a headline's clause: the subject a subjectless segment shares, the main clause, what
"which"/"who" stands for, a person named as a subject, and the names a list's commas split off.

Part of the headline maker (events/headline.py picks the clause; this module finds its actor).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import takewhile

from timeline.events.clause_chunks import (
    NAMING_PARTICIPLES,
    Segment,
    SegmentKind,
    Token,
    first_verb,
    is_pronoun_subject,
    is_verb,
)
from timeline.events.headline_common import (
    HONORIFICS,
    MAX_APPOSITIVE,
    PHRASE_OPENERS,
)
from timeline.events.headline_style import drop_titles, without_opening
from timeline.events.headline_tokens import is_appositive
from timeline.events.word_lists import (
    CALENDAR_WORDS,
    HAPPENING_NOUNS,
    ORGANISATION_WORDS,
    REPORTING_VERBS,
    TITLE_WORDS,
    is_passive_participle,
    word_list,
)

MAX_LIST_ITEM_WORDS = 3  # "Lund", "Cy Fox", "New South Wales": a name between commas


def with_list_before(parts: list[Segment], index: int, words: list[Token]) -> list[Token]:
    """"Teams from Lund, Malmo and Umea will arrive": a subject ending a list of names ("Malmo and
    Umea") takes back the items and the head the commas split from it."""
    verb = first_verb(words)
    if not verb or not any(t.lower == "and" for t in words[:verb]) or not words[0].is_capitalised:
        return words
    items: list[Token] = []
    at = index - 1
    while at >= 0:
        part = parts[at]
        tokens = list(part.tokens)
        if part.kind is not SegmentKind.MAIN or part.quoted or not tokens or not tokens[-1].is_capitalised:
            return words
        if tokens[0].lower == "including" and at > 0:
            # "Forty bands, including The Reds, Ann Lee and Blue Sky will play": the list names some
            # of the subject before it, which the verb is told of
            head = list(parts[at - 1].tokens)
            if (parts[at - 1].kind is SegmentKind.MAIN and not parts[at - 1].quoted
                    and 0 < len(head) <= MAX_INCLUDING_HEAD_WORDS and first_verb(head) is None
                    and head[0].lower not in _PLACE_OPENERS):  # ("In several cities, including ...": a place)
                return [*head, *words[verb:]]
            return words
        if len(tokens) > MAX_LIST_ITEM_WORDS or first_verb(tokens) is not None:
            break  # the head: "Obama says teams from Lund"
        if not all(_a_name_word(t) for t in tokens) or tokens[0].lower in PHRASE_OPENERS:
            if tokens[0].lower not in PHRASE_OPENERS and len(tokens) > 1 and tokens[-2].lower in ("from", "of", "in"):
                break  # the head ending in the list's first item: "Teams from Lund"
            return words  # "At Pensacola Beach, Ann and her son ...": a place phrase, no item
        items = [*_with_comma(tokens), *items]
        at -= 1
    head = list(parts[at].tokens) if at >= 0 else []
    if len(head) > MAX_LIST_HEAD_WORDS:
        head = last_name(head)  # a run-on head: only the list's first item, "Florida"
    if head and _a_name_word(head[-1]):
        items = [*_with_comma(head), *items]
    said = next((k for k, t in enumerate(items) if t.lower in REPORTING_VERBS), -1)
    if sum(len(t.text) + 1 for t in [*items[said + 1 :], *words[:verb]]) > MAX_LIST_SUBJECT_CHARS:
        # a subject that would crowd out its act: what the list belongs to, without the names
        # ("Four attorneys from Texas, Ohio and Utah were appointed" -> "Four attorneys appointed"),
        # not the last names alone, which would read as the actors
        owner = next((k for k in range(said + 1, len(items)) if items[k].lower in ("from", "of", "in")), None)
        return [*items[: owner], *words[verb:]] if owner is not None and owner > said + 1 else words
    return [*items, *words]


def with_list_after(parts: list[Segment], index: int, words: list[Token], tokens: list[Token]) -> list[Token]:
    """"gave $2m each to Kenya, Uganda and Tanzania to help": a clause ending on the first name of a
    list takes back the names the commas split from it, up to the one after "and" ("or"); a name
    and then a phrase ("to Leeds, in the north") is no list."""
    part = parts[index]
    if (not words or part.quoted or words[-1] != part.tokens[-1] or not _a_name_word(words[-1])
            or part.last >= len(tokens) or tokens[part.last].text != ","):
        return words
    listed = _with_comma(words)
    after_comma = part.last + 1
    for later in parts[index + 1 : index + 2 + MAX_ASIDE_SEGMENTS]:
        items = list(later.tokens)
        if later.first != after_comma or later.kind is not SegmentKind.MAIN or later.quoted:
            return words
        joined = next((k for k, t in enumerate(items) if t.lower in ("and", "or")), len(items))
        named = items[:joined]
        if len(named) > MAX_LIST_ITEM_WORDS or not all(_a_name_word(t) for t in named):
            return words
        if joined < len(items):
            last = list(takewhile(_a_name_word, items[joined + 1 : joined + 1 + MAX_LIST_ITEM_WORDS]))
            return [*listed, *named, items[joined], *last] if last else words
        if not named or later.last >= len(tokens) or tokens[later.last].text != ",":
            return words
        listed = [*listed, *_with_comma(named)]
        after_comma = later.last + 1
    return words


MAX_LIST_HEAD_WORDS = 10  # "Obama says US teams from Florida": what the list belongs to
# "Over forty bands", "Several oil companies": what an "including" list names some of
MAX_INCLUDING_HEAD_WORDS = 6
# ... unless it is a place or a time: "In several towns, including ...".
_PLACE_OPENERS = word_list("chunks", "place_prepositions") | {"throughout", "within", "among", "during"}


MAX_LIST_SUBJECT_CHARS = 48


def _a_name_word(token: Token) -> bool:
    """A word of a place's or a person's name in a list: not a dateline in capitals ("LONDON")
    nor a day ("Wednesday") run into the sentence."""
    return (token.is_capitalised and token.is_word and not (token.text.isupper() and len(token.text) > 1)
            and token.lower not in CALENDAR_WORDS)


def _with_comma(tokens: list[Token]) -> list[Token]:
    last = tokens[-1]
    return [*tokens[:-1], Token(last.text + ",", last.start, last.end + 1, last.quoted)]


MAX_ASIDE_SEGMENTS = 4  # "the club, including the US, UK, France and Germany, called ...": its list


def predicate_after_aside(parts: list[Segment], index: int) -> list[Token]:
    """The verb a subject meets after an aside between commas: in "the Paris Club, including
    the US, UK and France, called on other nations" the date's segment is only the subject."""
    for later in parts[index + 1 : index + 2 + MAX_ASIDE_SEGMENTS]:
        if later.kind is not SegmentKind.MAIN or later.quoted:
            return []
        words = list(later.tokens)
        verb = first_verb(words)
        if verb == 0 and words[0].lower in NAMING_PARTICIPLES and len(words) > 1 and words[1].is_capitalised:
            continue  # an aside naming the subject: "her son, named Jack, died" ("called on" is a verb)
        if verb == 0 and is_passive_participle(words[0].lower):
            predicate = _predicate_after(parts, later)
            if predicate:
                return predicate  # an aside describing the subject: "the ferry, built in 1990, sank near the port"
        if verb == 0:
            return words
        if verb is not None and words[verb - 1].lower in ("that", "which", "who"):
            continue  # an aside with a relative clause: "-- a device that runs checks --"
        if verb is not None:
            return []  # a clause of its own, not this subject's predicate
    return []


def _predicate_after(parts: list[Segment], aside: Segment) -> list[Token]:
    """The segment after an aside when it opens with the subject's verb ("sank", or a
    headline's "sinks"), not with a participle of a second aside; else []."""
    at = next((k for k, part in enumerate(parts) if part is aside), None)
    if at is None or at + 1 >= len(parts):
        return []
    after = parts[at + 1]
    words = list(after.tokens)
    if after.kind is not SegmentKind.MAIN or after.quoted or not words or is_passive_participle(words[0].lower):
        return []
    first = words[0].lower
    # (after a subject and its aside, a word in -s opening the clause is its verb, known or not:
    # "the warehouse, insured for 40 million euros, burns down")
    present = first.isalpha() and len(first) > 3 and first.endswith("s") and not first.endswith(("ss", "us", "is"))
    return words if first_verb(words) == 0 or present else []


def main_clause(parts: list[Segment], before: int) -> list[Token]:
    """The sentence's first main segment with a verb before `before` (or after, if none), with its subject."""
    order = [*range(before), *range(before + 1, len(parts))]
    # "With continued winds from the east, oil could reach ...": a "with" phrase is never the
    # main clause, whatever participle it holds (unless nothing else has a verb).
    absolute = [i for i in order if parts[i].tokens and parts[i].tokens[0].lower in ("with", "without")]
    for index in [*[i for i in order if i not in absolute], *absolute]:
        part = parts[index]
        if part.kind is not SegmentKind.MAIN:
            continue
        words = without_opening(list(part.tokens))
        verb = first_verb(words)
        if verb is None:
            continue
        if verb == 0:
            return [*subject_before(parts, index), *words]
        return words
    # No verb we know: the first main segment still names who acts.
    main = next((p for p in parts if p.kind is SegmentKind.MAIN), parts[before])
    return without_opening(list(main.tokens))


# Prepositions an aside between a subject and its verb opens with.
_ASIDE_OPENERS = frozenset({"with", "among", "including", "like", "unlike", "despite", "alongside"})


def subject_before(parts: list[Segment], index: int) -> list[Token]:
    """The subject a subjectless segment shares: the nearest earlier main segment's subject or bare noun phrase."""
    for earlier in range(index - 1, -1, -1):
        part = parts[earlier]
        if part.kind is not SegmentKind.MAIN or part.quoted or part.tokens[0].lower in _ASIDE_OPENERS:
            continue  # (", with rigs used by oil companies around the globe,": an aside, no subject)
        words = without_opening(list(part.tokens))
        verb = first_verb(words)
        if verb is None:
            # "Tom Rhee, leader of the union, said": skip an appositive that names no one. A name
            # after a segment ending on a name is an item of a list ("took place in New York, Los
            # Angeles, London and Haiti, and is being screened"): the subject is before the list.
            if words and words[0].is_capitalised:
                return _subject_before_a_list_of_places(parts, earlier) or words
            if (words and earlier > 0 and words[0].lower not in PHRASE_OPENERS and words[0].lower not in _NOT_NOUNS
                    and not words[0].lower.endswith("ly")
                    and not any(without_opening(list(p.tokens)) for p in parts[:earlier])):
                # "Elsewhere, rescue teams from Europe, including crews from Leeds, flew ...": a noun
                # phrase that opens the sentence, after a word that tells nothing, is its subject
                return words
            continue
        if verb > 1 and words[verb - 1].lower == "to":
            return words[: verb - 1]  # "the first minister to visit": the noun phrase, not its infinitive
        if verb > 0:
            return words[:verb]
    return []


# Words that open a phrase of manner or company, not a noun phrase ("But, along with the worst, came ...").
_NOT_NOUNS = frozenset({"along", "together", "alongside", "apart", "away", "back", "even", "all", "much", "more"})


def _subject_before_a_list_of_places(parts: list[Segment], index: int) -> list[Token]:
    """"The concert took place in New York, Los Angeles, London and Haiti, and is being screened":
    when the segment at `index` closes ("London and Haiti") a list of names that a clause with a
    verb opened ("... took place in New York"), the names are that clause's object and its subject
    is the one shared; else [] ("The Edge, Bono and Jay-Z are due": the names are the subject)."""
    if not any(t.lower == "and" for t in parts[index].tokens):
        return []
    start = index
    while start > 0:
        before = parts[start - 1]
        words = without_opening(list(before.tokens))
        if before.kind is not SegmentKind.MAIN or not words or not words[-1].is_capitalised \
                or len(words[-1].text) == 1:  # (an initial: "Eric H. Holder" is one name)
            return []
        verb = first_verb(words)
        if verb is not None:
            return words[:verb] if verb > 0 else []
        start -= 1
    return []


def acting_subject_before(parts: list[Segment], index: int) -> list[Token]:
    """Who a participle after a comma tells of: the subject of the clause just before it, so in
    "BP said that the bill hit $11bn, rising from $9bn" it is the bill, not BP."""
    subject = subject_before(parts, index)
    if index == 0 or parts[index - 1].quoted:
        return subject
    words = list(parts[index - 1].tokens)
    if there_is := _noun_phrase_after_there_is(words):
        return there_is  # "There were two blasts, killing four": the blasts killed
    verb = first_verb(words)
    if verb is None or words[verb].lower not in REPORTING_VERBS:
        return subject
    that = next((k for k in range(verb + 1, len(words)) if words[k].lower == "that"), None)
    if that is None:
        return subject
    reported = words[that + 1 :]
    reported_verb = first_verb(reported)
    if reported_verb is not None:
        found = reported[:reported_verb]
    elif reported and reported[0].lower in _ANTECEDENT_OPENERS:
        # no verb we know ("the bill for the clean-up hit $11bn"): the noun phrase up to its first preposition
        end = next((k for k in range(1, len(reported))
                    if reported[k].lower in PHRASE_OPENERS or not reported[k].is_word), len(reported))
        found = reported[:end] if end <= MAX_NOUN_PHRASE_WORDS else []
    else:
        found = []
    return found if found and not is_pronoun_subject(found) else subject


_THERE_IS = frozenset({"is", "are", "was", "were"})


def _noun_phrase_after_there_is(words: list[Token]) -> list[Token]:
    """The noun phrase "there is" introduces, up to its first preposition: "two blasts"."""
    if len(words) < 3 or words[0].lower != "there" or words[1].lower not in _THERE_IS:
        return []
    end = next((k for k in range(3, len(words)) if words[k].lower in PHRASE_OPENERS or not words[k].is_word),
               len(words))
    phrase = words[2:end]
    return phrase if len(phrase) <= MAX_NOUN_PHRASE_WORDS and first_verb(phrase) is None else []


def subject_of(words: list[Token]) -> list[Token]:
    """The words before the verb; without a verb we know, the leading names ("Macron and Scholz shook ...")."""
    verb = first_verb(words)
    if verb is not None:
        return words[:verb]
    names = 0
    while names < len(words) and (words[names].is_capitalised or words[names].lower == "and"):
        names += 1
    return words[:names] if names < len(words) else []


def person_subject(subject: list[Token]) -> list[Token]:
    """The subject as a person's name ("President Barack Obama" -> "Barack Obama"), or []."""
    name = drop_titles([t for t in subject if t.lower not in HONORIFICS and t.lower not in ("the", "a", "an")])
    if not name or len(name) > 4 or not all(t.is_capitalised and t.is_word for t in name) \
            or is_pronoun_subject(name) or name[0].lower in ("this", "that", "there", "these", "those"):
        return []
    if any(t.lower in ORGANISATION_WORDS or (t.text.isupper() and len(t.text) > 1) for t in name):
        return []  # "the Commission", "BP": not a "he" (an initial is a person's: "George W Bush")
    return name


def conjoined_clauses_person(tokens: Sequence[Token]) -> list[Token]:
    """The person named as the subject of a second clause joined by "and" ("Clinton attended every
    year and George W Bush missed only one"): the nearest clause's subject, which a "when he"
    right after it means; [] when there is none."""
    for at in range(len(tokens) - 2, 0, -1):
        if tokens[at].lower != "and":
            continue
        clause = list(tokens[at + 1 :])
        verb = first_verb(clause)
        return person_subject(clause[:verb]) if verb else []
    return []


NOUN_PHRASE_REACH = 5  # words looked back for the opener of a noun phrase
_ANTECEDENT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})


def noun_phrase_start(words: list[Token], end: int, openers: frozenset[str]) -> int | None:
    """Where the noun phrase ending just before words[end] begins: its last opener (a determiner)
    within reach, or None."""
    return next((k for k in range(end - 1, max(-1, end - 1 - NOUN_PHRASE_REACH), -1) if words[k].lower in openers),
                None)


def antecedent_of(parts: list[Segment], index: int, *, person: bool = True) -> list[Token]:
    """What 'which'/'who' refers to: the end of the segment before, from its last determiner or name.
    "which" is no person: in "the governor of Louisiana, which is recovering" it is Louisiana."""
    if index == 0:
        return []
    words = list(parts[index - 1].tokens)
    if (index >= 2 and is_appositive(words) and len(words) <= MAX_APPOSITIVE
            and not (person and all(t.is_capitalised for t in words))  # ("On the pier, Ann Lee, who ...": her)
            and not (parts[index].first == parts[index - 1].last and words[-1].text[:1].isdigit())
            and _right_after(parts[index - 2], parts[index - 1])):
        # "a quake, the worst in a century, which struck": "which" is the quake, not the century;
        # "Ann Lee, a former nurse who ...": Ann Lee ("the breeze, a reminder that 200 who died":
        # a count ending the aside, no comma before "who", is the one who died)
        words = list(parts[index - 2].tokens)
    start = noun_phrase_start(words, len(words), _ANTECEDENT_OPENERS)
    if (start is not None and not person and start >= 2 and words[start - 1].lower in _PLACES_OF_A_HAPPENING
            and words[start - 2].lower in HAPPENING_NOUNS and _a_happenings_act(parts[index].tokens)):
        # "the explosion and fire in the hills, which killed 90": a happening where, not the place, did it
        # (back over "explosion and fire", which a verb test would take for "and fired")
        happening = next((k for k in range(start - 3, max(-1, start - 3 - _HAPPENING_REACH), -1)
                          if words[k].lower in _ANTECEDENT_OPENERS or is_verb(words[k], words[k - 1] if k else None)),
                         None)
        if happening is not None and words[happening].lower in _ANTECEDENT_OPENERS:
            return words[happening : start - 1]
    if start is not None:
        phrase = words[start:]
        verb = first_verb(phrase)
        after = phrase[verb + 1 :] if verb is not None else []
        if after and (after[0].is_capitalised or after[0].lower in _ANTECEDENT_OPENERS):
            phrase = after  # "the mayor thanked Ann Lee, who ...": who is Ann Lee
        of = next((k for k, t in enumerate(phrase) if t.lower == "of"), None)
        if not person and of is not None and of + 1 < len(phrase) and phrase[of - 1].lower in TITLE_WORDS:
            return phrase[of + 1 :]
        return phrase
    if words and words[-1].is_word and not words[-1].is_capitalised:
        return trailing_noun_phrase(words)  # "one of about 60 UK firefighters, who": the firefighters
    if 0 < len(words) <= MAX_NOUN_PHRASE_WORDS and all(t.is_capitalised and t.is_word for t in words):
        return words  # "Barton, who was elected ...": the name that opens the sentence
    return last_name(words)


MAX_NOUN_PHRASE_WORDS = 5
_APPOSITIVE_GAP = 4  # characters between a noun and its aside: ", " or " -- "


def _right_after(noun: Segment, aside: Segment) -> bool:
    """Whether the aside follows the noun with only a comma or a dash between: "WILMINGTON,
    Delaware (Reuters) - A lawyer who ..." has a dateline's agency between them, no aside."""
    return aside.tokens[0].start - noun.tokens[-1].end <= _APPOSITIVE_GAP


_PLACES_OF_A_HAPPENING = frozenset({"in", "at", "off", "near", "on", "outside", "inside"})
_HAPPENING_REACH = 8  # words from a happening noun back to its determiner ("the Piper Alpha platform explosion")
# What a happening does, not a place ("which killed 90", "which struck at dawn"; the museum "which
# reopened", the school "which was founded in 1920" are the place's)
_HAPPENING_ACTS = frozenset({"killed", "kills", "injured", "injures", "wounded", "left", "leaves", "destroyed",
                             "destroys", "struck", "strikes", "hit", "hits", "caused", "causes", "spilled",
                             "spilt", "forced", "claimed", "sparked", "wrecked", "devastated", "flooded", "burned",
                             "burnt", "displaced", "erupted", "occurred", "happened", "began", "broke"})


def _a_happenings_act(relative: tuple[Token, ...]) -> bool:
    """Whether a "which" clause opens on what a happening does ("which killed 90")."""
    return len(relative) > 1 and relative[1].lower in _HAPPENING_ACTS


def trailing_noun_phrase(words: list[Token]) -> list[Token]:
    """The noun phrase ending a segment, back to the preposition or verb before it ("60 UK firefighters")."""
    start = len(words)
    while (start > 0 and len(words) - start < MAX_NOUN_PHRASE_WORDS and words[start - 1].is_word
           and words[start - 1].lower not in PHRASE_OPENERS | {"about", "around", "some", "nearly", "almost"}
           and not is_verb(words[start - 1], words[start - 2] if start > 1 else None)):
        start -= 1
    return words[start:]


def last_name(tokens: list[Token]) -> list[Token]:
    """The last run of capitalised words that is not the sentence's first word alone."""
    end = len(tokens)
    while end > 0 and not (tokens[end - 1].is_capitalised and tokens[end - 1].is_word and end - 1 > 0):
        end -= 1
    start = end
    while start > 1 and tokens[start - 1].is_capitalised and tokens[start - 1].is_word:
        start -= 1
    name = [t for t in tokens[start:end] if t.lower not in HONORIFICS and t.lower not in TITLE_WORDS]
    if name and name[-1].text[-2:] in ("'s", "’s"):
        last = name[-1]
        name[-1] = Token(last.text[:-2], last.start, last.end - 2, last.quoted)
    return name
