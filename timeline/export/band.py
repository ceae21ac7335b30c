"""The timeline band of an exported page, laid out by `present` and drawn by the shared painter.

Nothing here draws a mark itself: the band is `render.timeline_painter.paint_timeline`
over a layout from `present`, exactly as on screen. Events carry their note number in
front of their label, tying the band to the source notes at the foot of the page.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QPainter

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.export.fonts import export_font
from timeline.export.page_layout import Box
from timeline.export.scope import TimeRange
from timeline.present.bands import bands_for
from timeline.present.grouping import ArticleInfo, Grouping
from timeline.present.text_measure import TextMeasure
from timeline.present.time_scale import to_seconds
from timeline.present.timeline_layout import (
    DEFAULT_OPTIONS,
    BandSource,
    TimelineLayout,
    band_room,
    layout_timeline,
)
from timeline.present.viewport import Viewport
from timeline.render.timeline_painter import measure_for_style, paint_timeline
from timeline.render.timeline_style import TimelineStyle, light_style

# The band is drawn at screen size (as at 100 % zoom) and scaled to the page's type.
LABEL_PIXELS = 13
SMALL_PIXELS = 11


@dataclass(frozen=True, slots=True)
class BandRequest:
    """How the band is split into lanes: the view's grouping, carried into the export."""

    grouping: Grouping = Grouping.NONE
    articles: Mapping[str, ArticleInfo] | None = None

    @classmethod
    def for_articles(cls, grouping: Grouping, articles: Sequence[Article]) -> BandRequest:
        return cls(grouping, {a.article_id: ArticleInfo(a.title, a.outlet) for a in articles})


def pixel_font(size: int, *, bold: bool = False) -> QFont:
    # Pixel sizes: a point size would be converted with the device's resolution (1200 dpi
    # for a PDF) and then scaled again by the page transform.
    return export_font(size, bold=bold)


def export_style() -> TimelineStyle:
    """The light look with the bundled font at fixed pixel sizes: paper is always light."""
    return replace(light_style(pixel_font(LABEL_PIXELS)), small_font=pixel_font(SMALL_PIXELS))


def numbered(events: Sequence[Event], numbers: Sequence[int]) -> tuple[Event, ...]:
    """Each event labelled with its note number, so a reader finds its sources below."""
    return tuple(replace(e, label=f"[{n}] {' '.join(e.label.split())}")
                 for e, n in zip(events, numbers, strict=True))


_measures = threading.local()


def shared_measure() -> TextMeasure:
    """One text measure per thread for the export font: label widths and elisions are
    measured once per export, not once per layout attempt."""
    measure = getattr(_measures, "measure", None)
    if measure is None:
        measure = measure_for_style(export_style())
        _measures.measure = measure
    return measure


@dataclass
class PreparedBand:
    """One page's events, numbered, grouped and indexed once, laid out at many sizes."""

    events: tuple[Event, ...]
    request: BandRequest
    _bands: dict[int, list[BandSource]] = field(default_factory=dict)

    @classmethod
    def build(cls, events: Sequence[Event], numbers: Sequence[int],
              request: BandRequest = BandRequest()) -> PreparedBand:
        return cls(numbered(events, numbers), request)

    def bands(self, room: int) -> list[BandSource]:
        """The band sources when `room` bands fit: groups beyond it are folded together."""
        if room not in self._bands:
            self._bands[room] = bands_for(self.events, self.request.grouping, self.request.articles or {}, room)
        return self._bands[room]


def band_layout(box: Box, prepared: PreparedBand, span: TimeRange, *, zoom: float) -> TimelineLayout:
    """The same steps as render's layout_for_rect, with the grouping and index kept."""
    measure = shared_measure()
    width, height = box.width / zoom, box.height / zoom
    bands = prepared.bands(band_room(height, measure, DEFAULT_OPTIONS))
    viewport = Viewport(to_seconds(span.start), to_seconds(span.end))
    return layout_timeline(bands, viewport, width, height, measure, DEFAULT_OPTIONS)


def paint_band(painter: QPainter, box: Box, layout: TimelineLayout, *, zoom: float) -> None:
    painter.save()
    painter.translate(box.x, box.y)
    painter.scale(zoom, zoom)
    paint_timeline(painter, QRectF(0, 0, layout.width, layout.height), layout, export_style(),
                   for_export=True)
    painter.restore()
