"""The visible time range as plain data, and the pure moves on it: zoom, pan, fit, clamp.

Like napari's camera, the viewport is a value the view subscribes to; every move returns
a new one, already clamped, so a view can never reach a state it cannot draw.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.present.time_scale import (
    EARLIEST_SECONDS,
    LATEST_SECONDS,
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    SECONDS_PER_YEAR,
)

MIN_SPAN = 2 * SECONDS_PER_HOUR  # hours are the finest tick level
MAX_SPAN = 1000 * SECONDS_PER_YEAR  # a millennium: centuries still fit with room
DEFAULT_SPAN = 30 * SECONDS_PER_DAY  # shown when there is nothing to fit


@dataclass(frozen=True, slots=True)
class Viewport:
    """The half-open time range [start, end) in seconds that fills the view's width."""

    start: float
    end: float

    @property
    def span(self) -> float:
        return self.end - self.start

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2

    def x_of(self, seconds: float, width: float) -> float:
        return (seconds - self.start) * width / self.span

    def time_at(self, x: float, width: float) -> float:
        return self.start + x * self.span / width

    def overlaps(self, start: float, end: float) -> bool:
        return start < self.end and self.start < end


def clamp(viewport: Viewport) -> Viewport:
    """Keep the span between hours and a millennium, and inside the representable calendar."""
    span = min(max(viewport.span, MIN_SPAN), MAX_SPAN, LATEST_SECONDS - EARLIEST_SECONDS)
    start = viewport.centre - span / 2
    return _shift_inside(start, span)


def _shift_inside(start: float, span: float) -> Viewport:
    start = min(max(start, EARLIEST_SECONDS), LATEST_SECONDS - span)
    return Viewport(start, start + span)


def zoom_around(viewport: Viewport, factor: float, anchor: float) -> Viewport:
    """Zoom in by `factor` (> 1 in, < 1 out) keeping the time under the pointer still."""
    if factor <= 0:
        raise ValueError(f"zoom factor must be positive, not {factor}")
    fraction = (anchor - viewport.start) / viewport.span
    span = min(max(viewport.span / factor, MIN_SPAN), MAX_SPAN, LATEST_SECONDS - EARLIEST_SECONDS)
    return _shift_inside(anchor - fraction * span, span)


def pan(viewport: Viewport, seconds: float) -> Viewport:
    """Move later by `seconds` (earlier when negative), keeping the zoom."""
    return _shift_inside(viewport.start + seconds, viewport.span)


def pan_pixels(viewport: Viewport, dx: float, width: float) -> Viewport:
    """Drag by dx pixels: content follows the pointer, so time moves the other way."""
    return pan(viewport, -dx * viewport.span / max(width, 1.0))


def fit(start: float, end: float, *, margin: float = 0.05) -> Viewport:
    """The viewport showing [start, end) with `margin` of its span free on each side."""
    span = max(end - start, 0.0)
    if span == 0.0:
        span = SECONDS_PER_DAY
    padded = span * (1 + 2 * margin)
    centre = (start + end) / 2
    return clamp(Viewport(centre - padded / 2, centre + padded / 2))


def fit_with_label(
    start: float, end: float, label_at: float, label_width: float, width: float, *, margin: float = 0.05
) -> Viewport:
    """Like `fit`, wide enough that a label of `label_width` pixels starting at time `label_at`
    (the last event's) ends inside the right margin instead of running off the edge.

    The label starts at (label_at - start) / span * width + margin * width pixels, so the
    span must be at least (label_at - start) * width / (width * (1 - 2 * margin) - label_width).
    A label wider than three quarters of the view is left to slide or be cut: zooming out
    that far would squeeze everything else.
    """
    base = fit(start, end, margin=margin)
    room = width * (1 - 2 * margin) - label_width
    if width <= 0 or label_width <= 0 or room < width / 4 or label_at <= start:
        return base
    span = max(base.span, (label_at - start) * width / room)
    if span == base.span:
        return base
    return clamp(Viewport(start - margin * span, start + (1 - margin) * span))


def centre_on(viewport: Viewport, seconds: float) -> Viewport:
    return _shift_inside(seconds - viewport.span / 2, viewport.span)


def ensure_visible(viewport: Viewport, start: float, end: float, *, margin: float = 0.1) -> Viewport:
    """Pan as little as possible so [start, end) is on screen; centre it if it cannot fit."""
    room = viewport.span * (1 - 2 * margin)
    if end - start > room:
        return centre_on(viewport, (start + end) / 2)
    left = viewport.start + viewport.span * margin
    right = viewport.end - viewport.span * margin
    if start < left:
        return pan(viewport, start - left)
    if end > right:
        return pan(viewport, end - right)
    return viewport
