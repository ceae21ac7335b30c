"""How long a dated happening lasted: a duration ("a three-day visit") beside a day it starts on.

A definite duration in days or weeks belongs to the day mention nearest before it in its
sentence ("received Xi on Monday for a three-day state visit"); in a sentence without a
day it belongs to the last day of the sentence just before ("Putin welcomed Xi on Monday.
The three-day visit ..."). Other durations ("for 4 1/2 hours", "recent weeks") give no
range: hours stay inside the day, vague ones have no length.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import timedelta

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import Mention, TimexType
from timeline.events.word_lists import word_list

_DEFINITE = re.compile(r"^P(\d+)([DW])$")
MIN_DAYS = 2  # a one-day duration adds nothing to a day event


def duration_length(value: str) -> timedelta | None:
    """The length of a definite day or week duration ("P3D" -> 3 days, "P2W" -> 14 days), else None."""
    match = _DEFINITE.match(value)
    if match is None:
        return None
    days = int(match.group(1)) * (7 if match.group(2) == "W" else 1)
    return timedelta(days=days) if days >= MIN_DAYS else None


def durations_of_days(mentions: Sequence[Mention], text: str) -> dict[tuple[int, int], timedelta]:
    """For each day mention (by its span) that starts a happening of known length: that length."""
    ordered = sorted(mentions, key=lambda m: m.start)
    days = [m for m in ordered if _is_day(m)]
    result: dict[tuple[int, int], timedelta] = {}
    for duration in ordered:
        if duration.timex_type is not TimexType.DURATION:
            continue
        length = duration_length(duration.value)
        if length is None or not _tells_how_long(duration, text):
            continue
        starting = _day_for(duration, days, text)
        if starting is not None:
            result.setdefault((starting.start, starting.end), length)
    return result


def _is_day(mention: Mention) -> bool:
    return mention.is_dated and mention.interval is not None and mention.interval.granularity is Granularity.DAY


# How long a happening lasts is said as "a three-day visit" or "for two weeks"; "after 87
# days", "in the 87 days until ...", "58 days into the disaster", "three months later" tell
# how much time had passed, which is no length of the happening dated beside them.
_LENGTH_LEADS = word_list("extents", "length_leads")
_ELAPSED_AROUND = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:after|later|ago|until|till|before|since|into|earlier)\b")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _tells_how_long(duration: Mention, text: str) -> bool:
    """Whether a length phrase gives how long its happening lasted, not how long ago or until."""
    if _ELAPSED_AROUND.match(text[duration.end : duration.end + 40]):
        return False
    if "-" in duration.text:  # adjectival: "a three-day visit", "a two-week strike"
        return True
    before = _WORD_BEFORE.search(text[max(0, duration.start - 20) : duration.start])
    return before is not None and before.group(1).lower() in _LENGTH_LEADS


_ENDING_WORDS = re.compile(r"\b(?:until|till|to|through|before|up to|ending)\b")


def _day_for(duration: Mention, days: Sequence[Mention], text: str) -> Mention | None:
    in_sentence = [d for d in days if d.sentence_start == duration.sentence_start]
    if in_sentence:
        before = [d for d in in_sentence if d.start < duration.start]
        if before:
            return before[-1]
        # "a three-day visit that began on Monday" starts on that day; "the 87 days ...
        # until the leak was capped on July 15" ends on it
        following = in_sentence[0]
        between = text[duration.end : following.start].lower()
        return None if _ENDING_WORDS.search(between) else following
    # The sentence just before, with nothing but white space between the two, when the length
    # names its happening again ("Putin welcomed Xi on Monday. The three-day visit ..."); "Officials
    # closed the bay for 10 days" is an act of its own, not the length of the one before.
    if "-" not in duration.text:
        return None
    previous = [d for d in days if d.sentence_end <= duration.sentence_start]
    if previous and not text[previous[-1].sentence_end : duration.sentence_start].strip():
        last_sentence = previous[-1].sentence_start
        return next(d for d in reversed(previous) if d.sentence_start == last_sentence)
    return None


# A length must be told by this share of an event's sources: one report in 680 saying "for 87
# days, from April 20, ... the well defied all plans" does not make the explosion last 87 days.
EXTENT_SHARE = 0.1


def extent_for(interval: TimeInterval, lengths: Iterable[timedelta], sources: int = 1) -> TimeInterval | None:
    """The range from a day event's start, for the length most sources give (the longer on a
    tie), when enough of the event's `sources` give it."""
    counts = Counter(lengths)
    if not counts or interval.granularity is not Granularity.DAY:
        return None
    length = max(counts, key=lambda n: (counts[n], n))
    if counts[length] < max(1, math.ceil(EXTENT_SHARE * sources)):
        return None
    return TimeInterval(interval.start, interval.start + length, Granularity.DAY)
