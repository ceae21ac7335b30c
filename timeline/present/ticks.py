"""Axis ticks from a table of levels (hours to centuries), chosen so labels fit the zoom.

As in pyqtgraph's DateAxisItem, the levels are data: each names its calendar unit and
step, a sample label to measure, and the finer levels that may serve as minor ticks.
The finest level whose labels fit wins; a second line gives context (the year above
the months), its label held at the left edge while its period is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from timeline.domain.calendar_words import MONTH_ABBREVIATIONS as MONTHS
from timeline.domain.calendar_words import MONTH_NAMES
from timeline.domain.calendar_words import WEEKDAY_ABBREVIATIONS as WEEKDAYS
from timeline.present.time_scale import (
    EARLIEST,
    LATEST,
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    from_seconds,
    to_seconds,
)
from timeline.present.viewport import Viewport

TextWidth = Callable[[str], float]

LABEL_PAD = 3.0  # between a tick line and its label
LABEL_GAP = 10.0  # free space a label needs before the next tick
MIN_MINOR_SPACING = 5.0


class Unit(Enum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class TickLevel:
    name: str
    unit: Unit
    step: int
    sample: str  # the widest label this level prints, measured to decide if it fits
    context: Unit | None  # the unit named on the second line
    minor: tuple[str, ...] = ()  # finer levels nested in this one, finest first

    @property
    def approx_seconds(self) -> float:
        return self.step * _UNIT_SECONDS[self.unit]


_UNIT_SECONDS = {
    Unit.HOUR: SECONDS_PER_HOUR,
    Unit.DAY: SECONDS_PER_DAY,
    Unit.WEEK: 7 * SECONDS_PER_DAY,
    Unit.MONTH: 30.436875 * SECONDS_PER_DAY,
    Unit.YEAR: 365.2425 * SECONDS_PER_DAY,
}

# Fine to coarse. A level is used when its step leaves room for its widest label.
# (No 12-hour level: "00:00 12:00" under a row of dates says less than the weekdays.)
TICK_LEVELS: tuple[TickLevel, ...] = (
    TickLevel("hour", Unit.HOUR, 1, "00:00", Unit.DAY),
    TickLevel("3 hours", Unit.HOUR, 3, "00:00", Unit.DAY, ("hour",)),
    TickLevel("6 hours", Unit.HOUR, 6, "00:00", Unit.DAY, ("hour",)),
    TickLevel("day", Unit.DAY, 1, "Wed 28", Unit.MONTH, ("hour", "3 hours", "6 hours")),
    TickLevel("day number", Unit.DAY, 1, "28", Unit.MONTH, ("6 hours",)),
    TickLevel("week", Unit.WEEK, 1, "28 May", Unit.YEAR, ("day number",)),
    TickLevel("month", Unit.MONTH, 1, "May", Unit.YEAR, ("day number", "week")),
    TickLevel("quarter", Unit.MONTH, 3, "Q4", Unit.YEAR, ("month",)),
    TickLevel("year", Unit.YEAR, 1, "2088", None, ("month", "quarter")),
    TickLevel("2 years", Unit.YEAR, 2, "2088", None, ("quarter", "year")),
    TickLevel("5 years", Unit.YEAR, 5, "2088", None, ("year",)),
    TickLevel("decade", Unit.YEAR, 10, "2088", None, ("year", "2 years")),
    TickLevel("20 years", Unit.YEAR, 20, "2088", None, ("5 years", "decade")),
    TickLevel("50 years", Unit.YEAR, 50, "2088", None, ("decade",)),
    TickLevel("century", Unit.YEAR, 100, "2088", None, ("decade", "20 years")),
    TickLevel("2 centuries", Unit.YEAR, 200, "2088", None, ("50 years", "century")),
    TickLevel("5 centuries", Unit.YEAR, 500, "2088", None, ("century",)),
    TickLevel("millennium", Unit.YEAR, 1000, "2088", None, ("century",)),
)
LEVELS_BY_NAME = {level.name: level for level in TICK_LEVELS}


@dataclass(frozen=True, slots=True)
class Tick:
    seconds: float
    x: float
    label: str


@dataclass(frozen=True, slots=True)
class ContextLabel:
    """A second-line label: its period starts at `x`; the text is drawn at `label_x`."""

    x: float
    label_x: float
    label: str


@dataclass(frozen=True, slots=True)
class AxisTicks:
    level: str
    ticks: tuple[Tick, ...]
    minor: tuple[float, ...]  # x positions of unlabelled ticks
    context: tuple[ContextLabel, ...]


def choose_level(span: float, width: float, text_width: TextWidth) -> TickLevel:
    """The finest level whose widest label fits between two of its ticks."""
    pixels_per_second = width / span
    for level in TICK_LEVELS:
        needed = text_width(level.sample) + LABEL_PAD + LABEL_GAP
        if level.approx_seconds * pixels_per_second >= needed:
            return level
    return TICK_LEVELS[-1]


def _floor(moment: datetime, unit: Unit, step: int) -> datetime:
    if unit is Unit.HOUR:
        return moment.replace(hour=moment.hour - moment.hour % step, minute=0, second=0,
                              microsecond=0)
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit is Unit.DAY:
        return day
    if unit is Unit.WEEK:
        return day - timedelta(days=day.weekday())
    if unit is Unit.MONTH:
        index = (day.year * 12 + day.month - 1) // step * step
        return datetime(index // 12, index % 12 + 1, 1)
    year = max(1, day.year // step * step)
    return datetime(year, 1, 1)


def _advance(moment: datetime, unit: Unit, step: int) -> datetime | None:
    """The next tick after `moment`, or None past the end of the calendar."""
    try:
        if unit is Unit.HOUR:
            return moment + timedelta(hours=step)
        if unit is Unit.DAY:
            return moment + timedelta(days=step)
        if unit is Unit.WEEK:
            return moment + timedelta(days=7 * step)
        if unit is Unit.MONTH:
            index = moment.year * 12 + moment.month - 1 + step
            return datetime(index // 12, index % 12 + 1, 1)
        year = (moment.year // step + 1) * step
        return datetime(year, 1, 1)
    except (OverflowError, ValueError):
        return None


def tick_times(unit: Unit, step: int, start: float, end: float) -> list[datetime]:
    """Every tick of this unit and step in [start, end], aligned to the calendar."""
    first = from_seconds(start)
    last = from_seconds(end)
    moment: datetime | None = _floor(first, unit, step)
    times: list[datetime] = []
    while moment is not None and moment <= last:
        if moment >= first:
            times.append(moment)
        moment = _advance(moment, unit, step)
    return times


def tick_label(level: TickLevel, moment: datetime) -> str:
    if level.unit is Unit.HOUR:
        return f"{moment.hour:02d}:00"
    if level.name == "day":
        return f"{WEEKDAYS[moment.weekday()]} {moment.day}"
    if level.unit is Unit.DAY:
        return str(moment.day)
    if level.unit is Unit.WEEK:
        return f"{moment.day} {MONTHS[moment.month - 1]}"
    if level.unit is Unit.MONTH and level.step == 3:
        return f"Q{(moment.month - 1) // 3 + 1}"
    if level.unit is Unit.MONTH:
        return MONTHS[moment.month - 1]
    return str(moment.year)


def context_label(unit: Unit, moment: datetime) -> str:
    if unit is Unit.DAY:
        return f"{WEEKDAYS[moment.weekday()]} {moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    if unit is Unit.MONTH:
        return f"{MONTH_NAMES[moment.month - 1]} {moment.year}"
    return str(moment.year)


def axis_ticks(viewport: Viewport, width: float, text_width: TextWidth) -> AxisTicks:
    """Major ticks with labels, minor ticks, and context labels for this view and width."""
    if width <= 0:
        return AxisTicks("", (), (), ())
    level = choose_level(viewport.span, width, text_width)
    start, end = viewport.start, viewport.end
    ticks = tuple(
        Tick(seconds, viewport.x_of(seconds, width), tick_label(level, moment))
        for moment in tick_times(level.unit, level.step, start, end)
        for seconds in (to_seconds(moment),)
    )
    minor: tuple[float, ...] = ()
    pixels_per_second = width / viewport.span
    for name in level.minor:
        finer = LEVELS_BY_NAME[name]
        if finer.approx_seconds * pixels_per_second >= MIN_MINOR_SPACING:
            major = {tick.seconds for tick in ticks}
            minor = tuple(
                viewport.x_of(seconds, width)
                for moment in tick_times(finer.unit, finer.step, start, end)
                for seconds in (to_seconds(moment),)
                if seconds not in major
            )
            break
    context = _context_labels(level, viewport, width, text_width)
    return AxisTicks(level.name, ticks, minor, context)


def _context_labels(
    level: TickLevel, viewport: Viewport, width: float, text_width: TextWidth
) -> tuple[ContextLabel, ...]:
    """Each context period's label sits at its start, or at the left edge while it lasts."""
    if level.context is None:
        return ()
    unit = level.context
    first = _floor(from_seconds(viewport.start), unit, 1)
    moments = [first, *tick_times(unit, 1, to_seconds(first) + 1, viewport.end)]
    labels: list[ContextLabel] = []
    for index, moment in enumerate(moments):
        if moment < EARLIEST or moment > LATEST:
            continue
        text = context_label(unit, moment)
        x = viewport.x_of(to_seconds(moment), width)
        label_x = max(x, 0.0) + LABEL_PAD
        if index + 1 < len(moments):
            # Pushed out by the next period's label, like a sticky header.
            next_x = viewport.x_of(to_seconds(moments[index + 1]), width)
            label_x = min(label_x, next_x - text_width(text) - LABEL_GAP)
        if label_x + text_width(text) < 0:
            continue
        labels.append(ContextLabel(x, label_x, text))
    return tuple(labels)
