"""The viewport as plain data: zoom keeps the anchor still, pan keeps the zoom, clamps hold."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.present.time_scale import LATEST_SECONDS, SECONDS_PER_DAY, SECONDS_PER_YEAR
from timeline.present.viewport import (
    MAX_SPAN,
    MIN_SPAN,
    Viewport,
    clamp,
    ensure_visible,
    fit,
    fit_with_label,
    pan,
    pan_pixels,
    zoom_around,
)

MARCH_2023 = 1_677_628_800.0  # 2023-03-01 00:00


def test_zoom_keeps_the_time_under_the_pointer_at_the_same_pixel():
    view = Viewport(MARCH_2023, MARCH_2023 + 30 * SECONDS_PER_DAY)
    width = 1000.0
    anchor = view.time_at(250.0, width)
    zoomed = zoom_around(view, 4.0, anchor)
    assert zoomed.span == pytest.approx(view.span / 4)
    assert zoomed.x_of(anchor, width) == pytest.approx(250.0)


@given(
    factor=st.floats(min_value=0.01, max_value=100.0),
    fraction=st.floats(min_value=0.0, max_value=1.0),
)
def test_zoom_never_leaves_the_span_limits(factor, fraction):
    view = Viewport(MARCH_2023, MARCH_2023 + 10 * SECONDS_PER_DAY)
    zoomed = zoom_around(view, factor, view.start + fraction * view.span)
    assert MIN_SPAN - 1e-6 <= zoomed.span <= MAX_SPAN + 1e-6


def test_zooming_in_stops_at_hours_and_out_at_a_millennium():
    view = Viewport(MARCH_2023, MARCH_2023 + SECONDS_PER_DAY)
    for _ in range(40):
        view = zoom_around(view, 2.0, view.centre)
    assert view.span == pytest.approx(MIN_SPAN)
    for _ in range(80):
        view = zoom_around(view, 0.5, view.centre)
    assert view.span == pytest.approx(MAX_SPAN)
    assert view.span > 500 * SECONDS_PER_YEAR


def test_pan_moves_time_against_the_drag_and_keeps_the_zoom():
    view = Viewport(MARCH_2023, MARCH_2023 + 10 * SECONDS_PER_DAY)
    dragged = pan_pixels(view, 100.0, 1000.0)  # content follows the pointer to the right
    assert dragged.span == pytest.approx(view.span)
    assert dragged.start == pytest.approx(view.start - SECONDS_PER_DAY)


def test_pan_stops_at_the_end_of_the_calendar():
    view = Viewport(LATEST_SECONDS - SECONDS_PER_DAY * 2, LATEST_SECONDS - SECONDS_PER_DAY)
    moved = pan(view, 100 * SECONDS_PER_YEAR)
    assert moved.end == pytest.approx(LATEST_SECONDS)
    assert moved.span == pytest.approx(view.span)


def test_fit_shows_the_range_with_margins_and_a_lone_day_gets_room():
    view = fit(MARCH_2023, MARCH_2023 + 10 * SECONDS_PER_DAY, margin=0.1)
    assert view.start == pytest.approx(MARCH_2023 - SECONDS_PER_DAY)
    assert view.end == pytest.approx(MARCH_2023 + 11 * SECONDS_PER_DAY)
    lone = fit(MARCH_2023, MARCH_2023)
    assert lone.span >= SECONDS_PER_DAY


def test_clamp_widens_a_view_narrower_than_the_finest_zoom():
    assert clamp(Viewport(MARCH_2023, MARCH_2023 + 60)).span == pytest.approx(MIN_SPAN)


def test_ensure_visible_pans_only_when_needed():
    view = Viewport(MARCH_2023, MARCH_2023 + 10 * SECONDS_PER_DAY)
    inside = MARCH_2023 + 5 * SECONDS_PER_DAY
    assert ensure_visible(view, inside, inside + SECONDS_PER_DAY) == view
    later = MARCH_2023 + 20 * SECONDS_PER_DAY
    moved = ensure_visible(view, later, later + SECONDS_PER_DAY)
    assert moved.span == pytest.approx(view.span)
    assert moved.start < later and later + SECONDS_PER_DAY <= moved.end


@pytest.mark.parametrize("label_width", [80.0, 200.0, 400.0])
def test_fit_leaves_room_for_the_last_label(label_width):
    start, last, end = MARCH_2023, MARCH_2023 + 30 * 86_400, MARCH_2023 + 31 * 86_400
    width = 1000.0
    view = fit_with_label(start, end, last, label_width, width)
    assert view.x_of(start, width) >= 0
    assert view.x_of(last, width) + label_width <= width * 0.95 + 1e-6
    assert view.span >= fit(start, end).span


def test_fit_with_a_short_label_or_a_huge_one_is_the_plain_fit():
    start, end = MARCH_2023, MARCH_2023 + 31 * 86_400
    assert fit_with_label(start, end, start + 86_400, 10.0, 1000.0) == fit(start, end)
    assert fit_with_label(start, end, end, 900.0, 1000.0) == fit(start, end)
