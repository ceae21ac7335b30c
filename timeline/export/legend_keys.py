"""The legend's keys: what the band shows, each key drawn by the shared timeline painter.

A key is the same paint function painting a one-mark layout, so a key can never drift
from what it explains; only the marks the band actually uses get a key.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from timeline.domain.granularity import Granularity
from timeline.export.band import LABEL_PIXELS, export_style, pixel_font
from timeline.export.page_layout import Box, LegendEntry
from timeline.present.ticks import AxisTicks
from timeline.present.time_scale import SECONDS_PER_DAY
from timeline.present.timeline_layout import (
    DEFAULT_OPTIONS,
    ClusterMark,
    EventMark,
    MarkKind,
    TimelineLayout,
)
from timeline.present.viewport import Viewport
from timeline.render.timeline_painter import paint_timeline

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
