"""Chronologies inside an article: lines that open with a date and a dash or colon."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.extract.resolution import ARTICLE, Resolution
from timeline.extract.vocabulary import MACROS

RULE = "chronology"
PAGE_DATE_SLACK = timedelta(days=2)  # how far a chronology's newest entry may lie after its page's date

# "April 20 – Explosion on the rig", "May 2: President visits", "5 August: ...",
# "Jan. 12 - ...", "Tuesday, 4 May 2010 — ...", after an optional bullet.
_ENTRY = re.compile(
    r"^[ \t]*(?:\\?[•*·▪–-][ \t]+)?(?P<date>(?:" + MACROS["weekday"] + r",?[ \t]+)?"
    r"(?:(?P<month>" + MACROS["month"] + r")[ \t]*" + MACROS["day"]
    + r"|" + MACROS["day"] + r"[ \t]+(?:of[ \t]+)?(?P<month2>" + MACROS["month"] + r")))"
    r"(?:[ \t]*[-–][ \t]*(?:[12]\d|3[01]|0?[1-9])(?![\d:]))?"  # a range of days: "May 3-5 –"
    r"(?:,?[ \t]+(?:1\d|20)\d\d)?[ \t]*(?:--|[-–—:])[ \t]+\S",
    re.MULTILINE | re.IGNORECASE,
)
# A short line naming what follows as a chronology.
_HEADING = re.compile(
    r"^[ \t#*]*(?:(?:a|the)[ \t]+)?(?:timeline|chronology|key[ \t]+(?:dates|events|moments)"
    r"|(?:how[ \t]+)?events[ \t]+unfolded|what[ \t]+happened[ \t]+when)\b[^\n]{0,60}$",
    re.MULTILINE | re.IGNORECASE,
)
# The same entries run together on one line, as a page's list often comes out of text
# extraction: "20 April: Rig explodes 28 April: Coastguard warns 8 May: Dome fails".
_RUN_ON_ENTRY = re.compile(
    r"(?:^|(?<=\s))(?P<date>(?:(?P<month>" + MACROS["month"] + r")[ \t]*" + MACROS["day"]
    + r"|" + MACROS["day"] + r"[ \t]+(?P<month2>" + MACROS["month"] + r")))(?:,?[ \t]+(?:1\d|20)\d\d)?:[ \t]+\S",
    re.IGNORECASE,
)
MIN_RUN_ON_ENTRIES = 3  # a line with this many "date:" openings is a list, not a sentence
MIN_ENTRIES = 2  # one dated line alone is a chronology only under a heading
HEADING_REACH = 3  # non-empty lines above an entry that may hold its heading


def entry_starts(text: str) -> frozenset[int]:
    """Where the date of each chronology entry starts (empty when the article has none)."""
    found = []
    for match in _ENTRY.finditer(text):
        month = match.group("month") or match.group("month2")
        if month[:1].isupper():  # "may 2: ..." in lower case is no date line
            found.append(match.start("date"))
    run_on = _run_on_entries(text)
    if len(found) >= MIN_ENTRIES:
        return frozenset(found) | run_on
    return frozenset(start for start in found if _under_heading(text, start)) | run_on


def _run_on_entries(text: str) -> frozenset[int]:
    """Entries of a list run together on one line: only where a line holds several."""
    found: list[int] = []
    position = 0
    for line in text.split("\n"):
        if line.count(":") < MIN_RUN_ON_ENTRIES:  # each entry has its colon: most lines are let go here
            position += len(line) + 1
            continue
        starts = [position + m.start("date") for m in _RUN_ON_ENTRY.finditer(line)
                  if (m.group("month") or m.group("month2"))[:1].isupper()]
        if len(starts) >= MIN_RUN_ON_ENTRIES:
            found.extend(starts)
        position += len(line) + 1
    return frozenset(found)


def _under_heading(text: str, start: int) -> bool:
    lines = [line for line in text[max(0, start - 1000) : start].split("\n") if line.strip()]
    return any(_HEADING.fullmatch(line) for line in lines[-HEADING_REACH:])


def as_entry(resolution: Resolution, article_date: date | None) -> Resolution:
    """A chronology tells what has happened: a day without its year is the latest such day
    not after the article's date ("May 2 –" in a July article is this year's May 2)."""
    pieces = tuple(replace(piece, resolution=as_entry(piece.resolution, article_date)) for piece in resolution.pieces)
    value = resolution.value
    if resolution.anchoring == ARTICLE and article_date is not None and _is_day(value):
        month, day = int(value[5:7]), int(value[8:10])
        latest = _latest_not_after(article_date, month, day)
        if latest is not None:
            value = latest.isoformat()
        return replace(resolution, value=value, tense="past", rule=RULE, pieces=pieces)
    return replace(resolution, rule=RULE, pieces=pieces)


def _is_day(value: str) -> bool:
    return len(value) == 10 and value[:4].isdigit() and value[4] == "-" and value[7] == "-"


def _latest_not_after(anchor: date, month: int, day: int) -> date | None:
    # (a page's date may trail its newest entry by a time zone or a late edit: "16 June -" on a page
    # dated 15 June is that week's, not the year before's)
    latest = anchor + PAGE_DATE_SLACK
    for year in range(latest.year, latest.year - 8, -1):  # 29 February may be years back
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor or (candidate <= latest and candidate.year == anchor.year):
            return candidate  # (the slack stays in the page's year: "1 January" in a year-end review is its own)
    return None
