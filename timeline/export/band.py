"""The timeline band of an exported page, and its legend keys, drawn by the shared painter.

Nothing here draws a mark itself: the band is `render.timeline_painter.paint_timeline`
over a layout from `present`, exactly as on screen, and each legend key is the same
function painting a one-mark layout, so a key can never drift from what it explains.
Events carry their note number in front of their label, tying the band to the notes.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.domain.granularity import Granularity
from timeline.export.fonts import export_font
from timeline.export.page_layout import Box, LegendEntry
from timeline.export.scope import TimeRange
from timeline.present.grouping import ArticleInfo, Grouping, fold_small_groups, group_events
from timeline.present.level_of_detail import build_index
from timeline.present.text_measure import TextMeasure
from timeline.present.ticks import AxisTicks
from timeline.present.time_scale import SECONDS_PER_DAY, to_seconds
from timeline.present.timeline_layout import (
    DEFAULT_OPTIONS,
    BandSource,
    ClusterMark,
    EventMark,
    MarkKind,
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
            groups = group_events(list(self.events), self.request.grouping,
                                  dict(self.request.articles or {}))
            groups = fold_small_groups(groups, room)
            self._bands[room] = [BandSource(g.key, g.title, build_index(g.events)) for g in groups]
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


# -- legend --------------------------------------------------------------------------------
KEY_TEXTS = {
    "point": "a day stated by a source",
    "point-implied": "hollow: the day is implied by the article's date",
    "range": "several days",
    "span": "a week, month, season or year: somewhere inside",
    "span-implied": "dashed: the period is implied by the article's date",
    "sources": "number of sources reporting it",
    "conflict": "sources disagree on the date",
    "cluster": "events gathered where labels would collide",
}
MARK_GRANULARITY = {MarkKind.POINT: Granularity.DAY, MarkKind.RANGE: Granularity.DAY,
                    MarkKind.SPAN: Granularity.MONTH}
WIDE_KEYS = {"point": 1.0, "point-implied": 1.0, "range": 2.0, "span": 2.0, "span-implied": 2.0,
             "sources": 1.9, "conflict": 1.7, "cluster": 1.6}


def legend_entries(layout: TimelineLayout) -> list[LegendEntry]:
    """Keys for what this band actually shows, then its lanes' colours when it has lanes."""
    marks = layout.marks
    present = {
        "point": any(m.kind is MarkKind.POINT and not m.implied for m in marks),
        "point-implied": any(m.kind is MarkKind.POINT and m.implied for m in marks),
        "range": any(m.kind is MarkKind.RANGE for m in marks),
        "span": any(m.kind is MarkKind.SPAN for m in marks),
        "span-implied": any(m.kind is not MarkKind.POINT and m.implied for m in marks),
        "sources": any(m.source_count > 1 for m in marks),
        "conflict": any(m.conflict for m in marks),
        "cluster": bool(layout.clusters),
    }
    entries = [LegendEntry(key, text, width=WIDE_KEYS.get(key, 1.0))
               for key, text in KEY_TEXTS.items() if present[key]]
    style = export_style()
    if len(layout.bands) > 1:
        for number, band in enumerate(layout.bands):
            entries.append(LegendEntry("lane", band.title, colour=style.mark_colour(number).name()))
    return entries


def fullest_legend() -> list[LegendEntry]:
    """Every mark key: the most room a legend without lanes can take."""
    return [LegendEntry(key, text, width=WIDE_KEYS.get(key, 1.0)) for key, text in KEY_TEXTS.items()]


def paint_legend_mark(painter: QPainter, box: Box, entry: LegendEntry) -> None:
    # The key's axis line is drawn in paper colour: a key shows a mark, not a scale.
    style = replace(export_style(), axis=export_style().background)
    if entry.mark == "lane":
        painter.fillRect(box.qrect(), QColor(entry.colour or style.mark_colour(0)))
        return
    zoom = box.height / key_row_height()
    layout = key_layout(entry.mark, box.width / zoom, key_row_height())
    painter.save()
    painter.translate(box.x, box.y)
    painter.scale(zoom, zoom)
    paint_timeline(painter, QRectF(0, 0, layout.width, layout.height), layout, style,
                   for_export=True)
    painter.restore()


def key_row_height() -> float:
    """A legend key is one lane of the band tall, so its marks match the band's exactly."""
    return QFontMetricsF(pixel_font(LABEL_PIXELS)).height() + DEFAULT_OPTIONS.lane_padding


def key_layout(kind: str, width: float, height: float) -> TimelineLayout:
    """A layout of one unlabelled mark filling a legend key, its axis line along the key's
    foot: a snippet of the band itself."""
    viewport = Viewport(0.0, SECONDS_PER_DAY)  # any: a key's marks are placed by hand
    marks: tuple[EventMark, ...] = ()
    clusters: tuple[ClusterMark, ...] = ()
    centre = width / 2
    if kind in ("point", "point-implied", "range", "span", "span-implied"):
        mark_kind = {"range": MarkKind.RANGE, "span": MarkKind.SPAN,
                     "span-implied": MarkKind.SPAN}.get(kind, MarkKind.POINT)
        x0, x1 = (2.0, width - 2.0) if mark_kind is not MarkKind.POINT else (centre, centre)
        marks = (key_mark(mark_kind, x0, x1, centre, implied=kind.endswith("-implied")),)
    elif kind in ("sources", "conflict"):
        # A dot with its badge, as in the band: nothing may rely on clipping, which some
        # SVG viewers (Qt's own among them) ignore.
        radius = DEFAULT_OPTIONS.marker_radius
        dot = radius + 2
        label_x = dot + radius + DEFAULT_OPTIONS.label_pad - DEFAULT_OPTIONS.badge_gap
        marks = (replace(key_mark(MarkKind.POINT, dot, dot, dot, implied=False),
                         source_count=2 if kind == "sources" else 1, conflict=kind == "conflict",
                         label_x=label_x, label_x_max=label_x),)
    elif kind == "cluster":
        clusters = (ClusterMark(1, width - 1, 0, 12, 0, 1, 0, ()),)
    return TimelineLayout(
        width=width, height=height, viewport=viewport, lane_height=height,
        axis_top=height, axis=AxisTicks("key", (), (), ()), bands=(), marks=marks,
        clusters=clusters, counted=False, options=DEFAULT_OPTIONS,
    )


def key_mark(kind: MarkKind, x0: float, x1: float, xp: float, *, implied: bool) -> EventMark:
    return EventMark(
        event_id="key", label="", kind=kind, granularity=MARK_GRANULARITY[kind], x0=x0, x1=x1,
        xp=xp, y=0.0, left=x0, right=x1, label_x=x1 + 100, label_x_max=x1 + 100, label_width=0.0,
        full_width=0.0, source_count=1, conflict=False, implied=implied, band=0,
    )
