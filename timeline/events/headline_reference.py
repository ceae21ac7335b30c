"""What a headline's clause refers to: another day than the date's ("closed on Friday", told
of a Monday), another act than the date's clause tells ("began his career in 1979, moving to BP
when it took over Amoco in 1998"), or, for an "it", the sentence's subject. Part of the
headline maker (events/headline.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.events.clause_chunks import DETERMINERS, SAME_FORM_PAST, Segment, SegmentKind, Token, first_verb, is_verb
from timeline.events.headline_common import EMERGING, MANY_WORDS, Headline
from timeline.events.word_lists import is_passive_participle, looks_past
from timeline.extract.vocabulary import MONTHS, NUMBERS, WEEKDAYS

_RELATIVE_DAYS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
DAY_WORDS = frozenset(WEEKDAYS) | _RELATIVE_DAYS
_CLAUSE_BREAKS = frozenset(",;:()[]-–—")
_DAY_LEADS = frozenset({"on", "by", "since", "until", "from", "through", "last", "next", "this", "late", "early"})


def marked_if_of_another_day(headline: Headline, words: list[Token], sentence: str, date_start: int,
                              date_end: int) -> Headline:
    """"Shares closed on Friday at 4.95, but fell ... - after a Monday holiday -": when a day
    stands in an aside with no act of its own, the clause the headline falls back on may be
    dated by another day; it tells that day's happening, so it is only a rough name for this one.
    (A clock time or a stamp dates its post, whatever day the post speaks of: not judged here.)"""
    own = {word.lower().strip(".,") for word in sentence[date_start:date_end].split()}
    if not own & DAY_WORDS:
        return headline
    spoken = [t for t in words if t.start >= 0]
    if not any(_names_another_day(words, at, own) for at in range(len(words))):
        return headline
    first, last = min(t.start for t in spoken), max(t.end for t in spoken)
    gap = sentence[last:date_start] if date_start >= last else sentence[date_end:first]
    if first <= date_start <= last or (not any(c in _CLAUSE_BREAKS for c in gap) and len(gap.split()) <= 3):
        return headline  # the date's own clause, whatever other day it names
    return replace(headline, rough=True)


def _names_another_day(words: list[Token], at: int, own: set[str]) -> bool:
    """"on Friday", "yesterday": a day said in the clause, not the date's own word, nor a
    programme's or paper's name ("the Sunday AM programme", "the Today show")."""
    word = words[at]
    if word.lower not in DAY_WORDS or word.lower in own or word.start < 0:
        return False
    if word.lower in _RELATIVE_DAYS:
        return not word.is_capitalised or at == 0
    return at > 0 and words[at - 1].lower in _DAY_LEADS


def without_gapped_conjunct(clause: list[Token], date_start: int) -> list[Token]:
    """"Twenty were found [Monday] and several others Tuesday": after the date, "and" with a
    short noun phrase and another day, no verb of its own, is the same verb's act of that other
    day (a gapped clause): the date's clause ends before it."""
    at = _gap_after(clause, date_start)
    return clause if at is None else clause[:at]


def _gap_after(words: list[Token], date_start: int) -> int | None:
    for at, token in enumerate(words):
        if token.lower != "and" or token.start < date_start:
            continue
        if at == 0 or words[at - 1].end > date_start:
            return None  # the date does not end the first conjunct ("posted pictures of rubble and ...")
        rest = words[at + 1 : at + 2 + _MAX_GAPPED_WORDS]
        # ("and two the day before": a day counted from the first is another day too)
        day = next((k for k, t in enumerate(rest) if t.lower in DAY_WORDS or (t.lower == "day" and k
                                                                             and rest[k - 1].lower == "the")), None)
        phrase = rest[:day] if day else []
        if phrase and phrase[-1].lower in ("on", "the", "last", "late", "early"):
            phrase = phrase[:-1]  # ("and his sister on Tuesday": the day's own lead)
        return at if _a_gapped_phrase(phrase) else None
    return None


def _a_gapped_phrase(words: list[Token]) -> bool:
    """"several others", "four more", "his sister", "Haiti": a short noun phrase that a count, a
    quantifier, a possessive or a name opens, with no verb of its own ("the walkout ends [Friday]",
    "ships dock [Tuesday]" are clauses of their own: a bare noun opening them may be a subject)."""
    if not 0 < len(words) <= _MAX_GAPPED_WORDS - 1 or not all(t.is_word for t in words):
        return False
    first = words[0]
    opens = first.text[:1].isdigit() or first.lower in _GAPPED_PHRASE_OPENERS or first.is_capitalised
    return (opens and first_verb(words) is None and words[-1].lower not in SAME_FORM_PAST
            and not any(t.lower in _NOT_IN_A_GAPPED_PHRASE for t in words))


def marked_if_gapped(headline: Headline, tokens: list[Token], date_at: int) -> Headline:
    """"Twenty were found Monday and several others [Tuesday]": the date ends a gapped clause,
    "and" with a short noun phrase after another day; its act is the verb before that day's,
    which the headline cannot tell apart from it: only a rough name."""
    before = tokens[max(0, date_at - _MAX_GAPPED_WORDS - 2) : date_at]
    joint = next((k for k in range(len(before) - 2, 0, -1) if before[k].lower == "and"), None)
    # (a day kept in the tokens, "spend Wednesday and Thursday", is a span of two days, no gap)
    if (headline.rough or joint is None or before[joint - 1].lower not in DAY_WORDS
            or not _a_gapped_phrase(before[joint + 1 :]) or any(t.lower in DAY_WORDS for t in before[joint + 1 :])):
        return headline
    return replace(headline, rough=True)


_MAX_GAPPED_WORDS = 4  # "several others", "two more bodies": a gapped clause's short noun phrase
# (a count in words: every number word the extractor knows, not "a"/"an"; a quantifier; a possessive)
_GAPPED_PHRASE_OPENERS = (MANY_WORDS | {w for w in NUMBERS if " " not in w and w not in ("a", "an", "half")}
                          | {"more", "another", "others", "other", "some", "his", "her", "their", "its"})
# (a preposition inside it is a longer phrase's: "pictures of rubble and hospitals in the capital today")
_NOT_IN_A_GAPPED_PHRASE = frozenset({"in", "at", "of", "for", "from", "to", "with", "by"})


def marked_if_of_another_act(headline: Headline, clause: list[Token], parts: list[Segment], index: int,
                             date_text: str) -> Headline:
    """"Ann Lee began her career in 1979, moving to BP after it took over Amoco in 1998": the date's
    clause (parts[index]) tells an act of its own, its subject and verb, but the headline fell back
    on another clause, which tells another happening of another date; as for another day's clause
    (marked_if_of_another_day), it is only a rough name for this date's happening.
    A clause dated to a day tells of that day's other acts too ("Officials evacuated the tower
    after it caught fire on Monday"), unless it tells since when ("has paid $38m since it began
    operating on 23 August")."""
    part = parts[index]
    if headline.rough or not _tells_its_own_act(part):
        return headline
    if part.tokens[0].lower != "since" and _names_a_day(date_text):
        return headline
    told = {(t.start, t.end) for t in clause if t.start >= 0}
    near = [part]
    if part.tokens[0].lower in _AT_THE_SAME_TIME:
        # the clause it joins: after it when fronted, else the nearest before it with a verb, past
        # phrases without one ("used the jets, as trainers, since 1979 when they replaced ...")
        near += parts[index + 1 : index + 2]
        for before in reversed(parts[:index]):
            near.append(before)
            if first_verb(list(before.tokens)) is not None:
                break
    if any((t.start, t.end) in told for segment in near for t in segment.tokens):
        return headline
    return replace(headline, rough=True)


# A clause these open tells what went on at the time of the clause it joins ("gave testimony last
# week, when he urged ...", "When I was a cadet in 1971, an officer told me"): that clause's
# happening is of the same date, and may name it as well.
_AT_THE_SAME_TIME = frozenset({"when", "as", "while", "whilst", "where"})


_MONTH_DAY = re.compile(rf"\b(?:{'|'.join(MONTHS)})\b\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                        rf"(?:{'|'.join(MONTHS)})\b|\d[:.]\d\d|\b\d{{4}}\s*(?:GMT|BST|EST|EDT|CET|UTC)\b",
                        re.IGNORECASE)
_DAY_PARTS = frozenset({"night", "morning", "afternoon", "evening", "overnight", "noon", "midnight"})
_A_DAY_OR_FINER = DAY_WORDS | _DAY_PARTS


def _names_a_day(date_text: str) -> bool:
    """"on Monday", "last night", "23 August", "at 3.30 pm": a day or finer, not a week, month or year."""
    words = {word.strip(".,").lower() for word in date_text.split()}
    return not words.isdisjoint(_A_DAY_OR_FINER) or _MONTH_DAY.search(date_text) is not None


def _tells_its_own_act(part: Segment) -> bool:
    """Whether a subordinate clause has a subject and a verb of its own ("since it lifted the ban",
    "after the rig sank"), or a relative clause a verb ("which merged with BP")."""
    if part.kind is not SegmentKind.SUBORDINATE or len(part.tokens) < 2:
        return False
    words = list(part.tokens[1:])
    verb = first_verb(words)
    if part.tokens[0].lower in ("which", "who"):
        # (read with its "which": "which claims it will ..." has its verb first, as "Putin plans" does)
        return verb == 0 or is_verb(part.tokens[1], part.tokens[0])
    # ("because it snowed", "as it seemed": the weather or a state, no act of its own)
    return verb is not None and verb > 0 and not (words[0].lower == "it" and words[verb].lower in _NOT_ACTS)


# After "it", these tell a state or the weather ("when it seemed", "as it rained"), not what "it" did.
_EXTRAPOSING = EMERGING | {"turned", "took", "meant", "made", "remained"}
_NOT_ACTS = frozenset({"seemed", "appeared", "happened", "rained", "snowed", "looked", "felt", "sounded", "became",
                       "was", "were", "is", "are"})


def noun_phrase_between(tokens: list[Token], start: int, end: int) -> bool:
    """Whether a noun phrase ("the slick", "a country") stands between two places: then "it" is
    as likely that nearer noun as the sentence's subject."""
    between = [t for t in tokens if start <= t.start < end]
    return any(t.lower in DETERMINERS and k + 1 < len(between) and between[k + 1].is_word
               for k, t in enumerate(between))


def tells_an_act(words: list[Token]) -> bool:
    """"was accused of ...", "announced ...": a passive or a past of an act, not a state, nor an
    "it" that stands for what follows ("it emerged that ...", "it was announced that ...")."""
    if any(t.lower in ("that", "to") for t in words[1:3]) or words[0].lower in _EXTRAPOSING:
        return False
    first = words[0].lower
    if first in ("was", "were", "had") and len(words) > 1:
        return is_passive_participle(words[1].lower)
    return first not in _NOT_ACTS and looks_past(first)
