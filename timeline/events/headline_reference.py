"""What a headline's clause refers to: another day than the date's ("closed on Friday", told
of a Monday), or, for an "it", the sentence's subject. Part of the headline maker
(events/headline.py).
"""

from __future__ import annotations

from dataclasses import replace

from timeline.events.clause_chunks import DETERMINERS, Token
from timeline.events.headline_common import Headline
from timeline.events.word_lists import IRREGULAR_PAST, is_passive_participle
from timeline.extract.vocabulary import WEEKDAYS

_RELATIVE_DAYS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
_DAY_WORDS = frozenset(WEEKDAYS) | _RELATIVE_DAYS
_CLAUSE_BREAKS = frozenset(",;:()[]-–—")
_DAY_LEADS = frozenset({"on", "by", "since", "until", "from", "through", "last", "next", "this", "late", "early"})


def marked_if_of_another_day(headline: Headline, words: list[Token], sentence: str, date_start: int,
                              date_end: int) -> Headline:
    """"Shares closed on Friday at 4.95, but fell ... - after a Monday holiday -": when a day
    stands in an aside with no act of its own, the clause the headline falls back on may be
    dated by another day; it tells that day's happening, so it is only a rough name for this one.
    (A clock time or a stamp dates its post, whatever day the post speaks of: not judged here.)"""
    own = {word.lower().strip(".,") for word in sentence[date_start:date_end].split()}
    if not own & _DAY_WORDS:
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
    if word.lower not in _DAY_WORDS or word.lower in own or word.start < 0:
        return False
    if word.lower in _RELATIVE_DAYS:
        return not word.is_capitalised or at == 0
    return at > 0 and words[at - 1].lower in _DAY_LEADS


# After "it", these tell a state or the weather ("when it seemed", "as it rained"), not what "it" did.
_EXTRAPOSING = frozenset({"emerged", "transpired", "turned", "took", "meant", "made", "remained"})
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
    return first not in _NOT_ACTS and (first in IRREGULAR_PAST or (first.endswith("ed") and len(first) > 4))
