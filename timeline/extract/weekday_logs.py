"""A text whose bare weekdays go round the week again and again is a log of many weeks that lost
its day headings: past its first week, which week a weekday names is not said.

A page of daily updates ("In the Gulf: ships stood fast Friday ... In the Gulf: crews waited
Thursday ...") that came without its "Day 103: Aug. 1" lines still reads Friday, Thursday,
Wednesday ... Friday again, down through three months. Read against the page's one date, every
weekday lands in its last week, and a hundred days of happenings pile into seven. A weekday names
a day only within a week of its anchor; a text that goes round the week this many times covers
more weeks than that anchor can place, so from the first turn on its relative dates are left
unknown (they stay listed, never placed) rather than put in the wrong week.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from timeline.domain.mention import UNANCHORED, AnchorKind, Mention
from timeline.extract.resolution import placeholder

WEEKDAY_RULE = "weekday"
# Consecutive weekdays this many days apart or more, the wrong way round for the text's order
# (a later Friday after a Monday, read back from one date), mark a turn of the week.
TURN_DAYS = 4
# Turns in one direction that make a log of many weeks (an article of one week that names
# Monday, Friday, Tuesday in passing turns two or three times at most).
MIN_TURNS = 5
_STATED_PLACES = frozenset({"month", "year"})  # ("April 20", "2009": the text places them itself)


def weekdays_of_unknown_weeks(mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in text order) with the relative dates after the first turn of the week left
    unanchored, when the bare weekdays turn at least MIN_TURNS times in one direction."""
    days = [(at, mention.interval.start.date()) for at, mention in enumerate(mentions)
            if mention.rule == WEEKDAY_RULE and mention.anchor.kind is AnchorKind.ARTICLE_DATE
            and mention.interval is not None]
    if len(days) <= MIN_TURNS:
        return mentions
    later = [at for (_, before), (at, after) in pairwise(days) if (after - before).days >= TURN_DAYS]
    earlier = [at for (_, before), (at, after) in pairwise(days) if (before - after).days >= TURN_DAYS]
    turns = max(later, earlier, key=len)
    if len(turns) < MIN_TURNS:
        return mentions
    rounds = len(turns)
    return [_of_an_unknown_week(mention, rounds) if at >= turns[0] and _placed_by_the_anchor(mention) else mention
            for at, mention in enumerate(mentions)]


def _placed_by_the_anchor(mention: Mention) -> bool:
    return (mention.anchor.kind in (AnchorKind.ARTICLE_DATE, AnchorKind.PREVIOUS_MENTION)
            and mention.interval is not None and not mention.stated & _STATED_PLACES)


def _of_an_unknown_week(mention: Mention, rounds: int) -> Mention:
    assert mention.interval is not None
    clock = mention.value[mention.value.index("T"):] if "T" in mention.value else ""
    if mention.rule == WEEKDAY_RULE:
        value = f"XXXX-WXX-{mention.interval.start.isoweekday()}{clock}"
    else:
        value = placeholder(mention.interval.granularity) + clock
    note = (f"'{mention.text}' in a day-by-day log whose weekdays go round the week {rounds} times, "
            "its day headings lost: which week is not said")
    return replace(mention, value=value, interval=None, anchor=UNANCHORED, explanation=note)
