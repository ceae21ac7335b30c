"""Finds the occurrence of a recurring period (a weekday, a month, a season) from an anchor day.

Direction words: "back" = on or before the anchor, "forward" = on or after it,
"before" / "after" = strictly so, "nearest" = whichever is closer (the year of the
anchor on a tie).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from timeline.extract.timex_values import SEASON_FIRST_MONTH, season_of

BACK = "back"
FORWARD = "forward"
BEFORE = "before"
AFTER = "after"
NEAREST = "nearest"


def direction_for_tense(tense: str | None, default: str = NEAREST) -> str:
    if tense == "past":
        return BACK
    if tense == "future":
        return FORWARD
    return default


def weekday_from(anchor: date, weekday: int, direction: str) -> date:
    """The day with ISO weekday `weekday` (1 = Monday) in `direction` from `anchor`."""
    ahead = (weekday - anchor.isoweekday()) % 7
    behind = (anchor.isoweekday() - weekday) % 7
    if direction == FORWARD:
        return anchor + timedelta(days=ahead)
    if direction == AFTER:
        return anchor + timedelta(days=ahead or 7)
    if direction == BACK:
        return anchor - timedelta(days=behind)
    if direction == BEFORE:
        return anchor - timedelta(days=behind or 7)
    return anchor + timedelta(days=ahead) if ahead < behind else anchor - timedelta(days=behind)


def pick_year(anchor: date, make: Callable[[int], date | None], direction: str, slack_days: int = 0) -> int | None:
    """The year whose occurrence `make(year)` lies in `direction` from `anchor`.

    `slack_days` lets an occurrence just past the anchor still count as "back" (and
    vice versa), since news often reports an event of the same day or the next.
    """
    options = [(year, make(year)) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    valid = [(year, day) for year, day in options if day is not None]
    if not valid:
        return None
    slack = timedelta(days=slack_days)
    if direction in (BACK, BEFORE):
        limit = anchor + slack if direction == BACK else anchor - timedelta(days=1)
        earlier = [(y, d) for y, d in valid if d <= limit]
        if earlier:
            return max(earlier, key=lambda item: item[1])[0]
    elif direction in (FORWARD, AFTER):
        limit = anchor - slack if direction == FORWARD else anchor + timedelta(days=1)
        later = [(y, d) for y, d in valid if d >= limit]
        if later:
            return min(later, key=lambda item: item[1])[0]
    same = [item for item in valid if item[0] == anchor.year]
    if direction == NEAREST or not same:
        return min(valid, key=lambda item: (abs((item[1] - anchor).days), item[0] != anchor.year))[0]
    return anchor.year


def month_occurrence(anchor: date, month: int, direction: str) -> int:
    """The year of the month `month` in `direction` from the anchor's month.

    The anchor's own month counts for "back" and "forward" but not "before"/"after";
    "nearest" keeps the anchor's year (HeidelTime's reading of a bare month in news).
    """
    delta = month - anchor.month
    if direction == BACK:
        return anchor.year if delta <= 0 else anchor.year - 1
    if direction == BEFORE:
        return anchor.year if delta < 0 else anchor.year - 1
    if direction == FORWARD:
        return anchor.year if delta >= 0 else anchor.year + 1
    if direction == AFTER:
        return anchor.year if delta > 0 else anchor.year + 1
    return anchor.year


def season_occurrence(anchor: date, code: str, direction: str) -> int:
    """The (season-)year of season `code` in `direction` from the season the anchor is in."""
    current_year, current_code = season_of(anchor)

    def start(year: int, season: str) -> date:
        return date(year, SEASON_FIRST_MONTH[season], 1)

    here = start(current_year, current_code)
    candidates = [(year, start(year, code)) for year in range(anchor.year - 2, anchor.year + 2)]
    if direction in (BACK, BEFORE):
        allowed = [c for c in candidates if c[1] < here or (direction == BACK and c[1] == here)]
        return max(allowed, key=lambda c: c[1])[0]
    if direction in (FORWARD, AFTER):
        allowed = [c for c in candidates if c[1] > here or (direction == FORWARD and c[1] == here)]
        return min(allowed, key=lambda c: c[1])[0]
    if code == "WI" and anchor.month <= 2:
        return anchor.year - 1
    return anchor.year


def closest_year(anchor: date, make: Callable[[int], date | None], tense: str | None,
                 against_tense_days: int = 60) -> int | None:
    """The year whose occurrence is nearest the anchor, leaning the way the tense points.

    News tense is a weak signal ("declared a dividend payable Dec. 15" is past tense about
    a coming date), so an occurrence on the wrong side of the anchor only pays a penalty
    of `against_tense_days` instead of being ruled out.
    """
    best: tuple[int, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        day = make(year)
        if day is None:
            continue
        distance = abs((day - anchor).days)
        if (tense == "past" and day > anchor) or (tense == "future" and day < anchor):
            distance += against_tense_days
        if best is None or distance < best[0]:
            best = (distance, year)
    return None if best is None else best[1]
