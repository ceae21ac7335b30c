"""The span of time an event covers on the axis: its range when a source gives a duration, else its date."""

from __future__ import annotations

from timeline.domain.event import Event
from timeline.domain.interval import TimeInterval


def drawn_interval(event: Event) -> TimeInterval:
    """'Received Xi on Monday for a three-day visit' covers Monday to Wednesday, not Monday alone."""
    return event.extent if event.extent is not None else event.interval
