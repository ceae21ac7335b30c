"""Tick levels as a table: the finest level whose labels fit wins; context names the period."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline.present.ticks import TICK_LEVELS, axis_ticks, choose_level
from timeline.present.time_scale import SECONDS_PER_DAY, SECONDS_PER_YEAR, to_seconds
from timeline.present.viewport import Viewport


def width_of(text: str) -> float:
    return 7.0 * len(text)


def view(first: datetime, last: datetime) -> Viewport:
    return Viewport(to_seconds(first), to_seconds(last))


@pytest.mark.parametrize(
    ("span", "level"),
    [
        (6 * 3600.0, "hour"),
        (3 * SECONDS_PER_DAY, "3 hours"),  # 50 px per 3 hours; "00:00" needs 48
        (20 * SECONDS_PER_DAY, "day"),
        (150 * SECONDS_PER_DAY, "week"),
        (2 * SECONDS_PER_YEAR, "month"),  # 50 px a month; at 3 years (33 px) "May" no longer fits
        (10 * SECONDS_PER_YEAR, "quarter"),
        (25 * SECONDS_PER_YEAR, "year"),
        (40 * SECONDS_PER_YEAR, "2 years"),  # 30 px a year; "2088" needs 41
        (300 * SECONDS_PER_YEAR, "20 years"),
        (900 * SECONDS_PER_YEAR, "50 years"),
    ],
)
def test_level_follows_the_zoom_at_1200_pixels(span, level):
    assert choose_level(span, 1200, width_of).name == level


def test_chosen_level_leaves_room_for_every_label():
    for days in (0.2, 1, 7, 45, 400, 4000, 40000):
        viewport = Viewport(0.0, days * SECONDS_PER_DAY)
        axis = axis_ticks(viewport, 1000, width_of)
        xs = [tick.x for tick in axis.ticks]
        for tick, next_x in zip(axis.ticks, xs[1:], strict=False):
            assert tick.x + 3 + width_of(tick.label) < next_x, (days, axis.level)


def test_levels_are_ordered_fine_to_coarse():
    seconds = [level.approx_seconds for level in TICK_LEVELS]
    assert seconds == sorted(seconds)


def test_month_ticks_fall_on_the_first_and_name_the_year_below():
    axis = axis_ticks(view(datetime(2022, 11, 15), datetime(2023, 9, 15)), 1200, width_of)
    assert axis.level == "month"
    assert [t.label for t in axis.ticks][:4] == ["Dec", "Jan", "Feb", "Mar"]
    assert axis.ticks[1].seconds == to_seconds(datetime(2023, 1, 1))
    assert [c.label for c in axis.context] == ["2022", "2023"]
    # The year already begun stays named at the left edge until 2023 pushes it out.
    assert axis.context[0].label_x == pytest.approx(3.0)


def test_day_ticks_carry_the_weekday_and_the_month_as_context():
    axis = axis_ticks(view(datetime(2023, 3, 14), datetime(2023, 3, 24)), 1200, width_of)
    labels = [t.label for t in axis.ticks]
    assert "Fri 17" in labels and "Mon 20" in labels
    assert [c.label for c in axis.context] == ["March 2023"]


def test_hour_ticks_name_the_day_as_context():
    axis = axis_ticks(view(datetime(2023, 3, 20, 20), datetime(2023, 3, 21, 4)), 1200, width_of)
    assert axis.level == "hour"
    assert "23:00" in [t.label for t in axis.ticks]
    assert [c.label for c in axis.context] == ["Mon 20 Mar 2023", "Tue 21 Mar 2023"]


def test_week_ticks_fall_on_mondays():
    axis = axis_ticks(view(datetime(2023, 1, 1), datetime(2023, 6, 1)), 1200, width_of)
    assert axis.level == "week"
    for tick in axis.ticks:
        moment = datetime(1970, 1, 1) + (datetime(1970, 1, 2) - datetime(1970, 1, 1)) * (
            tick.seconds / SECONDS_PER_DAY)
        assert moment.weekday() == 0


def test_minor_ticks_subdivide_without_repeating_majors():
    axis = axis_ticks(view(datetime(2020, 1, 1), datetime(2030, 1, 1)), 1200, width_of)
    assert axis.minor
    majors = {round(t.x, 6) for t in axis.ticks}
    assert not majors.intersection(round(x, 6) for x in axis.minor)


def test_centuries_fit_at_the_widest_zoom():
    axis = axis_ticks(view(datetime(1200, 1, 1), datetime(2100, 1, 1)), 1200, width_of)
    labels = [t.label for t in axis.ticks]
    assert "1500" in labels and "2000" in labels
