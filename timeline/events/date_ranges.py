"""Two dates of a sentence that bound one span: "from 1 June to 5 June", "between 1992 and 2006",
"June 13-19". The span is one happening told at its start ("Ann Lee served in the senate from 1987
to 2005"); the end of a span of months, years or clock times is no second happening with the same
words, so only the start makes evidence, and a span of days gives the start's happening its length.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from itertools import pairwise

from timeline.domain.granularity import Granularity
from timeline.domain.mention import Mention
from timeline.events.guarded_patterns import GuardedPattern

# What stands between a span's two dates, after what opens it ("from", "between"); a dash needs nothing
# before ("June 13-19", "1979–80").
_TO = re.compile(r"\s*(?:to|through|thru|until|till|and)\s+(?:the\s+end\s+of\s+|mid-?|early\s+|late\s+)?",
                 re.IGNORECASE)
_DASH = re.compile(r"\s*[-–—]\s*")
# What opens a span, right before its first date (also read by events/factuality.py)
SPAN_OPENER = re.compile(r"\b(?:from|between)\s+(?:the\s+)?(?:mid-?|early\s+|late\s+)?$", re.IGNORECASE)
# "until 2005, when the board ousted him": a clause of the date's own follows it
WHEN_AFTER = re.compile(r",?\s*when\b", re.IGNORECASE)
# "since 2006", "ever since the 1990s", "since early May": the date opens a span that has held since
SINCE_RIGHT_BEFORE = GuardedPattern(
    re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+|early\s+|late\s+|mid-?)?$", re.IGNORECASE), "since")
_OPENER_REACH = 20  # characters before the first date that "from"/"between" and its modifiers take
# A date moved: "pushed back from Tuesday to Friday", "brought forward from 2012 to 2011" name no span
_MOVED_BEFORE = re.compile(
    r"\b(?:mov(?:e|es|ed|ing)|postpon\w*|delay\w*|push(?:ed|es|ing)?|brought|bring\w*|reschedul\w*|shift\w*"
    r"|switch\w*|adjourn\w*|put\s+off|changed?|changing)\b[^,;:.!?]{0,40}$", re.IGNORECASE)
_MOVED_REACH = 60


def a_date_moved(text: str, opener_start: int) -> bool:
    """Whether the words before a span's opener (at `opener_start`) move a date ("postponed from June 1
    to June 20"): then the two dates are the old day and the new one, no span."""
    return _MOVED_BEFORE.search(text, max(0, opener_start - _MOVED_REACH), opener_start) is not None


def range_ends(mentions: Sequence[Mention], text: str) -> dict[tuple[int, int], Mention]:
    """For each mention (by its span) that starts a span of two dates: the mention that ends it.
    `mentions` are one sentence's dated ones."""
    ordered = sorted(mentions, key=lambda m: m.start)
    result: dict[tuple[int, int], Mention] = {}
    ends: set[tuple[int, int]] = set()
    for first, second in pairwise(ordered):
        if (first.interval is None or second.interval is None or second.interval.end <= first.interval.end
                or (first.start, first.end) in ends):
            continue
        between = text[first.end : second.start]
        reach = max(0, first.start - _OPENER_REACH)
        opener = SPAN_OPENER.search(text[reach : first.start])
        if opener is not None and a_date_moved(text, reach + opener.start()):
            continue
        # ("and" only after "between": "from Monday and on Tuesday" is two days)
        to = _TO.fullmatch(between)
        joined = _DASH.fullmatch(between) is not None or (
            opener is not None and to is not None
            and (between.strip().lower() != "and" or opener.group().lower().startswith("between")))
        if joined:
            result[(first.start, first.end)] = second
            ends.add((second.start, second.end))
    return result


def without_range_ends(mentions: list[Mention], text: str) -> tuple[list[Mention], dict[tuple[int, int], timedelta]]:
    """The mentions without the ends of spans of months, years or clock times, and for a span of days
    its length by its start's span. A span of days keeps its end: "the leak ran from 20 April to 15
    July" tells the day it stopped, often the story's own; "from 1969 to 2007", "from May through
    August", "between 1040 and 1050" (a life, a tally, a call log) have no happening at their end,
    unless a "when" clause tells one ("until 2005, when the board ousted him")."""
    ends = range_ends(mentions, text)
    if not ends:
        return mentions, {}
    dropped: set[tuple[int, int]] = set()
    lengths: dict[tuple[int, int], timedelta] = {}
    for span, end in ends.items():
        start = next(m for m in mentions if (m.start, m.end) == span)
        assert start.interval is not None and end.interval is not None  # (range_ends pairs dated ones only)
        grains = {start.interval.granularity, end.interval.granularity}
        if grains == {Granularity.DAY}:
            lengths[span] = end.interval.end - start.interval.start
        elif (all(g <= Granularity.MONTH or g >= Granularity.HOUR for g in grains)
              and not WHEN_AFTER.match(text, end.end)):  # ("until 2005, when the board ousted him": its own)
            dropped.add((end.start, end.end))
    return [m for m in mentions if (m.start, m.end) not in dropped], lengths
