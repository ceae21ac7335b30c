"""What a perfect "since <date>" tells of its date: the start of what has held since. "The charity
has been working in the valley since 2006" happened in 2006 as "Charity begins working in the
valley"; "Lee has been the police chief since 2002" as "Lee becomes the police chief"; "The ports
have been closed since Sunday" as "Ports closed". Part of the headline maker (events/headline.py).
"""

from __future__ import annotations

from dataclasses import replace

from timeline.events.clause_chunks import first_verb, tokenize
from timeline.events.date_ranges import SINCE_RIGHT_BEFORE
from timeline.events.headline_common import COLON, Headline
from timeline.events.word_lists import is_passive_participle

_NOUN_PHRASE_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "one"})
_PRONOUNS_IN_ING = frozenset({"something", "nothing", "anything", "everything"})
_PERFECT = {"has": ("begins", "becomes"), "have": ("begin", "become")}


def as_the_start_since(cut: Headline, sentence: str, date_start: int) -> Headline:
    """The headline told as the start of what has held since the date, when its clause's verb is
    a perfect "has/have been ..." and "since" stands right before the date; else as it was."""
    if not SINCE_RIGHT_BEFORE.search(sentence[:date_start]) or COLON.text in cut.text:
        return cut
    tokens = tokenize(cut.text)
    verb = first_verb(tokens)
    if verb is None or verb == 0 or verb + 2 >= len(tokens):
        return cut
    auxiliary, been, head = tokens[verb].lower, tokens[verb + 1].lower, tokens[verb + 2]
    if auxiliary not in _PERFECT or been != "been":
        return cut
    begins, becomes = _PERFECT[auxiliary]
    subject = cut.text[: tokens[verb].start].rstrip()
    rest = cut.text[head.start :]
    word = head.lower
    if word.endswith("ing") and len(word) > 4 and word not in _PRONOUNS_IN_ING:
        return replace(cut, text=f"{subject} {begins} {rest}")  # "has been working" -> "begins working"
    if is_passive_participle(word):
        return replace(cut, text=f"{subject} {rest}")  # "have been closed" -> "closed"
    if word in _NOUN_PHRASE_OPENERS or word.endswith(("'s", "’s")):
        return replace(cut, text=f"{subject} {becomes} {rest}")  # "has been the chief" -> "becomes the chief"
    return cut
