"""A clock time followed by the day it happened on, with an aside between: one moment.

"The quake struck at 1653 local time (2153 GMT) on Tuesday": the time alone would be read on
the article's date, a day late. When the day follows the time in the same clause, with only a
parenthesis, a zone or "local time" between, the time is on that day (as "4:53 pm on
Tuesday" already is, where the two are read as one expression).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise

from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import Anchor, AnchorKind, Mention, TimexType
from timeline.extract.vocabulary import ZONE_REGIONS

MAX_GAP = 40  # characters between the end of the time and the start of its day
EARLY_HOURS_END = 6  # a time before this, told of a night, falls on the morning after
_ASIDE = re.compile(r"\([^()\n]{0,30}\)")
# (a zone: "GMT", "local time", "Eastern time", "Pacific Daylight Time")
_GLUE = re.compile(r"^[\s,]*(?:local\s+time|(?:" + "|".join(ZONE_REGIONS) + r")(?:\s+(?:daylight|standard))?"
                   r"\s+time|(?-i:[A-Z]{2,4}))?[\s,]*(?:on|,)?\s*$", re.IGNORECASE)
_TIME_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2})(T.+)$")


def times_on_their_day(text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """`mentions` (sorted by start) with each such time moved to the day stated after it."""
    result = list(mentions)
    for at, (time, day) in enumerate(pairwise(mentions)):
        moved = _on_day(text, time, day)
        if moved is not None:
            result[at] = moved
    return result


def _on_day(text: str, time: Mention, day: Mention) -> Mention | None:
    # Read on the article's date or carried from a date mentioned before ("two days later"),
    # the time still happened on the day stated beside it.
    if (time.timex_type is not TimexType.TIME
            or time.anchor.kind not in (AnchorKind.ARTICLE_DATE, AnchorKind.PREVIOUS_MENTION)
            or "day" in time.stated or time.interval is None):
        return None
    # (a part of a day names it too: "at 10pm last night")
    if (day.interval is None or day.interval.granularity not in (Granularity.DAY, Granularity.PART_OF_DAY)
            or day.value[:10].count("-") != 2):
        return None
    if day.start - time.end > MAX_GAP or day.start < time.end:
        return None
    if not _GLUE.match(_ASIDE.sub(" ", text[time.end : day.start])):
        return None
    parts = _TIME_VALUE.match(time.value)
    on = day.interval.start.date()
    if day.value.endswith("TNI") and time.interval.start.hour < EARLY_HOURS_END:
        on += timedelta(days=1)  # "at 2 am last night": the night runs past midnight
    if parts is None or parts.group(1) == on.isoformat():
        return None
    shift = on - time.interval.start.date()
    anchor = Anchor(AnchorKind.PREVIOUS_MENTION, on.isoformat(), on, day.start, day.end, day.text)
    return replace(
        time,
        value=on.isoformat() + parts.group(2),
        interval=TimeInterval(time.interval.start + shift, time.interval.end + shift, time.interval.granularity),
        anchor=anchor,
        explanation=f"'{time.text}' on the day stated with it, '{day.text}' ({day.explanation.rsplit(' to ', 1)[-1]}):"
                    f" {on.isoformat()} {parts.group(2)[1:]}",
    )
