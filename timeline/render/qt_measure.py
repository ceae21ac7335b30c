"""Text measured with Qt's fonts for the layout, and a timeline laid out for a rectangle
without a widget (exports, tests): what `present` needs of the device, and no more."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QPaintDevice

from timeline.domain.event import Event
from timeline.present.bands import bands_for
from timeline.present.grouping import ArticleInfo, Grouping
from timeline.present.text_measure import TextMeasure
from timeline.present.time_scale import to_seconds
from timeline.present.timeline_layout import (
    DEFAULT_OPTIONS,
    LayoutOptions,
    TimelineLayout,
    band_room,
    layout_timeline,
)
from timeline.present.viewport import Viewport
from timeline.render.timeline_style import TimelineStyle


def measure_for_style(style: TimelineStyle, device: QPaintDevice | None = None) -> TextMeasure:
    """Text widths of the style's font, as `device` (default: the screen) will draw them."""
    metrics = QFontMetricsF(style.font, device) if device is not None else QFontMetricsF(style.font)

    def elide(text: str, width: float) -> str:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)

    return TextMeasure(metrics.horizontalAdvance, metrics.height(), elide=elide)


def layout_for_rect(
    events: Sequence[Event],
    start: datetime,
    end: datetime,
    width: float,
    height: float,
    style: TimelineStyle,
    *,
    device: QPaintDevice | None = None,
    grouping: Grouping = Grouping.NONE,
    articles: dict[str, ArticleInfo] | None = None,
    options: LayoutOptions = DEFAULT_OPTIONS,
) -> TimelineLayout:
    """The layout of these events over [start, end) in a width x height area, no widget needed."""
    measure = measure_for_style(style, device)
    bands = bands_for(list(events), grouping, articles or {}, band_room(height, measure, options))
    viewport = Viewport(to_seconds(start), to_seconds(end))
    return layout_timeline(bands, viewport, width, height, measure, options)
