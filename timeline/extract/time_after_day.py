"""A clock time told a few sentences after the earlier day it happened on: that day, not the article's.

"It was clear at once that Tuesday's storm would be a disaster. ... The gauges recorded the
peak at 1653 local time." in an article dated Wednesday: the bare time alone is read on the
article's date, a day late. The sibling of time_with_day (a day stated right after the time):
here the day was stated before, and the narrative goes on telling of it.

Conservative, since news tells of its own day in the past tense too ("BP's shares rose after
the report was published at 1100 GMT" a few lines below a list of past dates). A time moves
only when all of these hold:

- it is a bare clock time (no day, weekday or "today" with it) read on the article's date, not
  opening its sentence (a live blog's post stamp opens it) and not in a live blog;
- its clause is past tense, and its own sentence states no date after it (a day told after the
  time is time_with_day's, or it names a different moment: "0200 local time (2200 GMT, Friday)");
- the nearest dated mention before it is a day before the article's date, in the same sentence
  or at most REACH sentences back, and no date in between;
- that day is no span's start ("since the explosion on 20 April": a reference, not the day the
  story is on) and no entry of a dated list (chronology);
- the article has not stated its own day before the time ("Engineers removed the cap Thursday":
  the story is that day's, and a later bare time is too).

A time that moved carries the times after it: one the resolver read on the day of the time just
before ("at 1653 ... The first aftershock followed at 17:12") goes to the same day, and a later
bare time counts it as the day told before.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import Anchor, AnchorKind, Mention, TimexType
from timeline.extract import chronology
from timeline.extract.live_blog import is_live_blog
from timeline.extract.tense import PAST, sentence_tense
from timeline.extract.timex_values import describe_value

# Sentences back from the time's own to the day's: the story of one earlier day goes on for a
# few sentences (the magnitude at 1653 four sentences after "Tuesday's quake"). On the four
# development topics a reach of 12 would move two times more, 6 and 8 sentences after their
# day, and both were the article's own day ("took off from Heathrow shortly before 0900 GMT"
# eight sentences after a rescue on Friday).
REACH = 4
_CLOCK_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(T\d\d:\d\d)$")
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLOCK_FIELDS = frozenset({"hour", "minute"})
# "since" earlier in the day's clause: "the first time the flow has stopped since an explosion
# on the rig on 20 April"
_SINCE = re.compile(r"\bsince\b[^,.;:!?()]*$", re.IGNORECASE)
_SINCE_REACH = 80  # characters before the day that may hold "since the explosion on the rig on"


def times_on_the_day_told_before(
    text: str, article_date: date | None, mentions: Sequence[Mention], sentence_starts: Sequence[int]
) -> list[Mention]:
    """`mentions` (sorted by start) with each such time moved to the day told before it."""
    result = list(mentions)
    if article_date is None or not any(_bare_clock_time(m, article_date) for m in mentions):
        return result
    if is_live_blog(text, article_date):
        return result
    today_told = False  # the article has stated its own day before this point
    moved_at: dict[int, Mention] = {}  # the times moved, by where they start
    for at, mention in enumerate(mentions):
        if _bare_clock_time(mention, article_date):
            if mention.anchor.kind is AnchorKind.PREVIOUS_MENTION:
                # "at 1653 ... At 1712 the first aftershock": read on the day of the time just
                # told (resolvers/times.py), so on the day that time was moved to
                start = mention.anchor.mention_start
                earlier = moved_at.get(start) if start is not None else None
                moved = None if earlier is None else _following(mention, earlier, article_date)
            else:
                moved = None if today_told else _on_day_before(text, article_date, result, at, sentence_starts)
            if moved is not None:
                result[at] = moved_at[mention.start] = moved
        today_told = today_told or _states_the_day(mention, article_date)
    return result


def _bare_clock_time(mention: Mention, article_date: date) -> bool:
    """A clock time alone, read on the article's date (or on that of a clock time just before it)."""
    return (mention.timex_type is TimexType.TIME
            and mention.anchor.kind in (AnchorKind.ARTICLE_DATE, AnchorKind.PREVIOUS_MENTION)
            and mention.interval is not None and mention.stated <= _CLOCK_FIELDS
            and (parts := _CLOCK_VALUE.match(mention.value)) is not None
            and parts.group(1) == article_date.isoformat())


def _states_the_day(mention: Mention, article_date: date) -> bool:
    """A mention on the article's own day whose day the text gives ("Thursday", "today", a dateline)."""
    return (mention.interval is not None and mention.interval.granularity >= Granularity.DAY
            and mention.interval.first_day == article_date and not mention.stated <= _CLOCK_FIELDS)


def _on_day_before(text: str, article_date: date, mentions: Sequence[Mention], at: int,
                   sentence_starts: Sequence[int]) -> Mention | None:
    time = mentions[at]
    if time.start <= time.sentence_start or time.interval is None:
        return None  # opening its sentence: a post's stamp more often than the happening's time
    for later in range(at + 1, len(mentions)):  # (sorted: the sentence's own come first)
        if mentions[later].start >= time.sentence_end:
            break
        if mentions[later].interval is not None:
            return None  # its sentence states another date after it
    day = next((mentions[k] for k in range(at - 1, -1, -1) if mentions[k].interval is not None), None)
    if day is None or not _a_day_before(day, article_date):
        return None
    if _sentence(sentence_starts, time.start) - _sentence(sentence_starts, day.start) > REACH:
        return None
    if day.rule == chronology.RULE or _SINCE.search(text, max(day.sentence_start, day.start - _SINCE_REACH),
                                                    day.start):
        return None
    if sentence_tense(text, time.sentence_start, time.sentence_end, time.start, time.end) != PAST:
        return None
    return _moved(time, day, article_date, "on the day told before it, '{day}' ({on}), past tense")


def _following(time: Mention, earlier: Mention, article_date: date) -> Mention | None:
    return _moved(time, earlier, article_date, "on the day of '{day}' just before it ({on})")


def _moved(time: Mention, day: Mention, article_date: date, how: str) -> Mention | None:
    """`time` on the day of `day`, explained as `how` tells ({day}: its text; {on}: the day)."""
    parts = _CLOCK_VALUE.match(time.value)
    if parts is None or time.interval is None or day.interval is None:
        return None
    on = day.interval.first_day
    shift = on - article_date
    return replace(
        time,
        value=on.isoformat() + parts.group(2),
        interval=TimeInterval(time.interval.start + shift, time.interval.end + shift, time.interval.granularity),
        anchor=Anchor(AnchorKind.PREVIOUS_MENTION, on.isoformat(), on, day.start, day.end, day.text),
        explanation=f"'{time.text}' {how.format(day=day.text, on=describe_value(on.isoformat()))}:"
                    f" {on.isoformat()} {parts.group(2)[1:]}",
    )


def _a_day_before(mention: Mention, article_date: date) -> bool:
    """A day before the article's: a date of one day, or a clock time already placed on such a day."""
    if mention.interval is None or mention.interval.first_day >= article_date:
        return False
    if mention.timex_type is TimexType.DATE:
        return mention.interval.granularity is Granularity.DAY and _DAY_VALUE.match(mention.value) is not None
    return (mention.timex_type is TimexType.TIME and _CLOCK_VALUE.match(mention.value) is not None
            and mention.anchor.kind is not AnchorKind.ARTICLE_DATE)


def _sentence(sentence_starts: Sequence[int], position: int) -> int:
    return bisect_right(sentence_starts, position) - 1
