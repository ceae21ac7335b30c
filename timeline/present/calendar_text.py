"""Intervals and events as the timeline prints them, in the calendar words of
domain.calendar_words (English names, never the machine's locale: see there why)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.domain.calendar_words import MONTH_ABBREVIATIONS as MONTHS
from timeline.domain.calendar_words import SEASON_OF_MONTH, clock_text, day_text, month_text
from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.domain.interval import TimeInterval
from timeline.events.event_dates import disputed_claims
from timeline.extract.timex_values import PART_OF_DAY_HOURS

# day_text is the domain's; the window's modules have always found it here.
__all__ = ["day_text", "either_text", "event_date_text", "interval_text"]

# A part of day reads by its name: "Tuesday morning" was told, not 06:00, the hour it starts at.
_PART_OF_DAY_NAMES = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
                      "DT": "daytime"}
_PART_OF_DAY_BY_HOURS = {hours: _PART_OF_DAY_NAMES[code] for code, hours in PART_OF_DAY_HOURS.items()}


def interval_text(interval: TimeInterval) -> str:
    """The interval at the precision it was stated: a month reads as a month, not its 1st."""
    g = interval.granularity
    first = interval.first_day
    last = interval.last_day
    if g == Granularity.PART_OF_DAY:
        return f"{day_text(first)}, {_part_of_day_text(interval)}"
    if g > Granularity.PART_OF_DAY:
        return f"{day_text(first)}, {clock_text(interval.start.hour, interval.start.minute)}"
    if g == Granularity.DAY:
        return day_text(first) if first == last else f"{day_text(first)} – {day_text(last)}"
    if g == Granularity.WEEK:
        year, week, _ = first.isocalendar()
        return f"week {week} of {year} ({first.day} {MONTHS[first.month - 1]} – " \
               f"{last.day} {MONTHS[last.month - 1]})"
    if g == Granularity.MONTH:
        return month_text(first.year, first.month)
    if g == Granularity.SEASON:
        return f"{SEASON_OF_MONTH[first.month]} {first.year if first.month != 12 else first.year + 1}"
    if g == Granularity.QUARTER:
        return f"Q{(first.month - 1) // 3 + 1} {first.year}"
    if g == Granularity.HALF_YEAR:
        return f"H{(first.month - 1) // 6 + 1} {first.year}"
    if g == Granularity.YEAR:
        return str(first.year)
    if g == Granularity.DECADE:
        return f"the {first.year}s"
    if g == Granularity.CENTURY:
        return f"{first.year}–{last.year}"
    return f"{first.year}–{last.year}"


def _part_of_day_text(interval: TimeInterval) -> str:
    """"morning", "early morning", "late afternoon": the named part of day it is, or starts or
    ends; the hours it spans ("09:00–13:00") when it is none of them."""
    start, end = interval.start, interval.end
    end_hour = end.hour if end.date() == start.date() else 24 if end.hour == 0 and end.minute == 0 else None
    if start.minute == 0 and end.minute == 0 and end_hour is not None:
        named = _PART_OF_DAY_BY_HOURS.get((start.hour, end_hour))
        if named is not None:
            return named
        for (first, last), name in _PART_OF_DAY_BY_HOURS.items():
            if first <= start.hour < end_hour <= last:
                if start.hour == first:
                    return f"early {name}"
                if end_hour == last:
                    return f"late {name}"
                if name in ("morning", "afternoon"):
                    return f"mid-{name}"
    return f"{clock_text(start.hour, start.minute)}–{clock_text(end.hour, end.minute)}"


def event_date_text(event: Event) -> str:
    """The event's date as a reader should see it: every claimed date when the sources disagree.

    "February or March 2023", not the first month of the span the sources dispute; "before 1510"
    when every source puts it "more than 500 years ago", not the year 1510 as if it were told.
    """
    claims = disputed_claims(event)
    if not claims:
        qualifier = _shared_qualifier(event)
        text = interval_text(event.interval)
        return f"{qualifier} {text}" if qualifier else text
    return either_text([claim.interval for claim in claims])


# How far back an amount of time was counted: "more than 500 years ago" lies before the year
# it reaches, "nearly 50 years ago" after it, "about 300 years ago" around it.
_AGO = re.compile(r"\b(?:ago|earlier|before)\W*$", re.IGNORECASE)
_QUALIFIER_OF_MOD = {"APPROX": "about", "MORE_THAN": "before", "EQUAL_OR_MORE": "by", "LESS_THAN": "after",
                     "EQUAL_OR_LESS": "after"}


def _shared_qualifier(event: Event) -> str | None:
    """"about", "before" or "after", when every mention counts the event's time back by a rough
    amount (no mention states the date itself), for a date no finer than a month."""
    if event.interval.granularity > Granularity.MONTH:
        return None  # ("about 2 pm", "around noon": a time read to the hour already says it is rough)
    qualifiers = set()
    for item in event.mentions:
        mention = item.mention
        if mention.mod not in _QUALIFIER_OF_MOD or (mention.mod != "APPROX" and not _AGO.search(mention.text)):
            return None
        qualifiers.add(_QUALIFIER_OF_MOD[mention.mod])
    return qualifiers.pop() if len(qualifiers) == 1 else None


def either_text(intervals: Sequence[TimeInterval]) -> str:
    """"A, B or C", naming a year all of them share only once, at the end."""
    texts = [interval_text(interval) for interval in intervals]
    years = {interval.first_day.year for interval in intervals}
    suffix = f" {next(iter(years))}" if len(years) == 1 else ""
    if suffix and all(text.endswith(suffix) and text != suffix.strip() for text in texts):
        texts = [text[: -len(suffix)] for text in texts[:-1]] + texts[-1:]
    if len(texts) == 1:
        return texts[0]
    return ", ".join(texts[:-1]) + " or " + texts[-1]
