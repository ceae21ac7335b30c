"""The one paint function for the timeline band, on screen and in every export.

    paint_timeline(painter, rect, layout, style, *, for_export=False,
                   selected_event_id="", highlighted=frozenset(), has_focus=False)

draws the bands, events, clusters and the date axis of a precomputed
`timeline.present.timeline_layout.TimelineLayout` into `rect` of any QPainter (a widget,
a QImage, a QSvgGenerator, a QPdfWriter). It never lays anything out itself, so what is
painted is exactly what the layout says, whatever the device.

To paint a timeline without a widget (exports):

    style = light_style()                      # or dark_style / high_contrast_style
    layout = layout_for_rect(events, start, end, rect.width(), rect.height(), style,
                             device=writer)    # the device whose font metrics apply
    paint_timeline(painter, rect, layout, style, for_export=True)

With `for_export=True` nothing interactive is drawn: no selection, no highlights, no
focus cue. Coordinates in the layout are relative to rect's top-left corner.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPaintDevice,
    QPaintEngine,
    QPainter,
    QPen,
)

from timeline.domain.event import Event
from timeline.present.grouping import ArticleInfo, Grouping, fold_small_groups, group_events
from timeline.present.level_of_detail import build_index
from timeline.present.text_measure import TextMeasure
from timeline.present.time_scale import to_seconds
from timeline.present.timeline_layout import (
    DEFAULT_OPTIONS,
    BandSource,
    ClusterMark,
    EventMark,
    LayoutOptions,
    MarkKind,
    TimelineLayout,
    band_room,
    layout_timeline,
)
from timeline.present.viewport import Viewport
from timeline.render.timeline_style import TimelineStyle

__all__ = ["layout_for_rect", "measure_for_style", "paint_timeline"]


def measure_for_style(style: TimelineStyle, device: QPaintDevice | None = None) -> TextMeasure:
    """Text widths of the style's font, as `device` (default: the screen) will draw them."""
    metrics = QFontMetricsF(style.font, device) if device is not None else QFontMetricsF(style.font)
    return TextMeasure(metrics.horizontalAdvance, metrics.height())


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
    groups = group_events(list(events), grouping, articles or {})
    groups = fold_small_groups(groups, band_room(height, measure, options))
    bands = [BandSource(g.key, g.title, build_index(g.events)) for g in groups]
    viewport = Viewport(to_seconds(start), to_seconds(end))
    return layout_timeline(bands, viewport, width, height, measure, options)


def paint_timeline(
    painter: QPainter,
    rect: QRectF,
    layout: TimelineLayout,
    style: TimelineStyle,
    *,
    for_export: bool = False,
    selected_event_id: str = "",
    highlighted: frozenset[str] = frozenset(),
    has_focus: bool = False,
) -> None:
    """Paint `layout` into `rect`. See the module docstring."""
    painter.save()
    try:
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        _Painter(painter, layout, style, for_export).paint(
            "" if for_export else selected_event_id,
            frozenset() if for_export else highlighted,
            has_focus and not for_export,
        )
    finally:
        painter.restore()


class _Painter:
    """One paint pass: holds the painter, fonts and metrics so each mark costs little."""

    def __init__(self, painter: QPainter, layout: TimelineLayout, style: TimelineStyle,
                 for_export: bool) -> None:
        self.p = painter
        self.layout = layout
        self.style = style
        self.options = layout.options
        self.metrics = QFontMetricsF(style.font, painter.device())
        self.small_metrics = QFontMetricsF(style.small_font, painter.device())
        self.context_font = QFont(style.small_font)
        self.context_font.setBold(True)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None and not for_export else 1.0
        self.ratio = ratio if ratio > 0 else 1.0

    def snap(self, x: float) -> float:
        """The centre of the device pixel under x, so 1-pixel lines stay crisp on HiDPI."""
        return (int(x * self.ratio) + 0.5) / self.ratio

    def paint(self, selected: str, highlighted: frozenset[str], has_focus: bool) -> None:
        layout, style, p = self.layout, self.style, self.p
        p.fillRect(QRectF(0, 0, layout.width, layout.height), style.background)
        self.bands()
        self.grid()
        p.setFont(style.font)
        for cluster in layout.clusters:
            self.cluster(cluster)
        for mark in layout.marks:
            self.mark(mark)
        for mark in layout.marks:
            if mark.event_id == selected:
                self.emphasise(mark, style.selection, 2.5 if has_focus else 2.0)
            elif mark.event_id in highlighted:
                self.emphasise(mark, style.highlight, 1.5)
        self.axis()

    # -- background ------------------------------------------------------------------------
    def bands(self) -> None:
        layout, style, p = self.layout, self.style, self.p
        if len(layout.bands) < 2:
            return
        p.setFont(style.small_font)
        ascent = self.small_metrics.ascent()
        for number, band in enumerate(layout.bands):
            if number % 2:
                p.fillRect(QRectF(0, band.y0, layout.width, band.y1 - band.y0), style.band_shade)
            p.setPen(style.mark_colour(number) if not style.high_contrast else style.text)
            p.drawText(QPointF(4, band.y0 + ascent), band.title)

    def grid(self) -> None:
        layout, p = self.layout, self.p
        pen = QPen(self.style.grid, 1)
        pen.setCosmetic(True)
        p.setPen(pen)
        top = layout.bands[0].y0 if layout.bands else 0.0
        for tick in layout.axis.ticks:
            x = self.snap(tick.x)
            p.drawLine(QPointF(x, top), QPointF(x, layout.axis_top))

    # -- events ----------------------------------------------------------------------------
    def mark(self, mark: EventMark) -> None:
        p, style, options = self.p, self.style, self.options
        row = self.layout.lane_height
        colour = style.mark_colour(mark.band)
        cy = mark.y + row / 2
        r = options.marker_radius
        width = mark.x1 - mark.x0
        if mark.kind is MarkKind.POINT:
            if width >= 3 * r:
                # Zoomed in past a day: show the whole day the event could lie in.
                faint = QColor(colour)
                faint.setAlpha(38)
                p.fillRect(QRectF(mark.x0, mark.y + 3, width, row - 6), faint)
            self.dot(mark.xp, cy, r, colour, mark.implied)
        elif mark.kind is MarkKind.RANGE:
            self.range_bar(mark, cy, colour)
        else:
            self.soft_bar(mark, colour)
        self.label(mark, cy)

    def dot(self, x: float, y: float, r: float, colour: QColor, implied: bool) -> None:
        p = self.p
        if implied:
            # Hollow: the date leans on an anchor, no source states it outright.
            pen = QPen(colour, max(1.8, self.style.line_width))
            p.setPen(pen)
            p.setBrush(self.style.background)
            p.drawEllipse(QPointF(x, y), r - 0.9, r - 0.9)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(QPointF(x, y), r, r)

    def range_bar(self, mark: EventMark, cy: float, colour: QColor) -> None:
        """Both ends known to the day: a crisp bar with end caps."""
        p = self.p
        x0, x1 = mark.x0, max(mark.x1, mark.x0 + 2)
        bar = QRectF(x0, cy - 4, x1 - x0, 8)
        if mark.implied:
            fill = QColor(colour)
            fill.setAlpha(50)
            pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(fill)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
        p.drawRect(bar)
        p.setPen(QPen(colour, 2))
        p.drawLine(QPointF(x0, cy - 7), QPointF(x0, cy + 7))
        p.drawLine(QPointF(x1, cy - 7), QPointF(x1, cy + 7))

    def soft_bar(self, mark: EventMark, colour: QColor) -> None:
        """A vague interval (week, month, season, year): it fades out at both ends, because
        the event lies somewhere inside, not at its first day."""
        p = self.p
        row = self.layout.lane_height
        x0, x1 = mark.x0, mark.x1
        if x1 - x0 < 3:
            centre = (x0 + x1) / 2
            x0, x1 = centre - 1.5, centre + 1.5
        top, height = mark.y + 3, row - 6
        # Only the visible part is filled: a year at hour zoom is millions of pixels wide.
        visible_x0 = max(x0, -20.0)
        visible_x1 = min(x1, self.layout.width + 20.0)
        fade = min((x1 - x0) * 0.3, 18.0)
        strong = QColor(colour)
        strong.setAlpha(70 if mark.implied else 110)
        clear = QColor(colour)
        clear.setAlpha(0)
        engine = p.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Pdf:
            # Qt's PDF engine masks a gradient's alpha with an /Alpha soft mask that viewers
            # draw opaque (a solid bar hiding its label); blend over the band's paper instead.
            shaded = len(self.layout.bands) > 1 and mark.band % 2
            paper = self.style.band_shade if shaded else self.style.background
            strong, clear = _over(strong, paper), QColor(paper)
        gradient = QLinearGradient(x0, 0, x1, 0)
        span = max(x1 - x0, 1e-9)
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(min(fade / span, 0.5), strong)
        gradient.setColorAt(max(1 - fade / span, 0.5), strong)
        gradient.setColorAt(1.0, clear)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(gradient))
        p.drawRect(QRectF(visible_x0, top, visible_x1 - visible_x0, height))
        if mark.implied:
            pen = QPen(colour, 1.2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(visible_x0 + fade, top + height), QPointF(visible_x1 - fade, top + height))
        if self.style.high_contrast:
            p.setPen(QPen(self.style.text, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(visible_x0, top, visible_x1 - visible_x0, height))

    def label(self, mark: EventMark, cy: float) -> None:
        p, style, options = self.p, self.style, self.options
        x = min(max(mark.label_x, options.label_pad), mark.label_x_max)
        baseline = cy + (self.metrics.ascent() - self.metrics.descent()) / 2
        p.setPen(style.text)
        p.drawText(QPointF(x, baseline), mark.label)
        x += mark.label_width
        if mark.source_count > 1:
            x = self.badge(x + options.badge_gap, cy, str(mark.source_count), style.badge_fill,
                           style.badge_text)
        if mark.conflict:
            self.badge(x + options.badge_gap, cy, "!", style.conflict, QColor("#FFFFFF"))

    def badge(self, x: float, cy: float, text: str, fill: QColor, ink: QColor) -> float:
        """A small rounded tag; returns where the next one may start."""
        p = self.p
        pad = self.options.badge_pad
        width = self.small_metrics.horizontalAdvance(text) + 2 * pad
        height = self.small_metrics.height() + 1
        box = QRectF(x, cy - height / 2, width, height)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(box, height / 2, height / 2)
        p.setPen(ink)
        p.setFont(self.style.small_font)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self.style.font)
        return x + width

    def cluster(self, cluster: ClusterMark) -> None:
        p, style = self.p, self.style
        row = self.layout.lane_height
        box = QRectF(cluster.x0, cluster.y + 3, cluster.x1 - cluster.x0, row - 6)
        pen = QPen(style.axis, style.line_width)
        p.setPen(pen)
        p.setBrush(style.cluster_fill)
        p.drawRoundedRect(box, 5, 5)
        p.setPen(style.cluster_text)
        text_box = QRectF(box.left() + self.options.badge_pad, box.top(),
                          box.width() - self.options.badge_pad, box.height())
        p.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   f"+{cluster.count}")

    def emphasise(self, mark: EventMark, colour: QColor, width: float) -> None:
        p = self.p
        row = self.layout.lane_height
        pen = QPen(colour, width)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        left = max(mark.left, -4.0)
        right = min(mark.right, self.layout.width + 4)
        p.drawRoundedRect(QRectF(left - 3, mark.y + 1, right - left + 6, row - 2), 4, 4)

    # -- axis ------------------------------------------------------------------------------
    def axis(self) -> None:
        layout, style, p = self.layout, self.style, self.p
        top = layout.axis_top
        p.fillRect(QRectF(0, top, layout.width, layout.height - top), style.background)
        pen = QPen(style.axis, style.line_width)
        pen.setCosmetic(True)
        p.setPen(pen)
        y = self.snap(top)
        p.drawLine(QPointF(0, y), QPointF(layout.width, y))
        for x in layout.axis.minor:
            sx = self.snap(x)
            p.drawLine(QPointF(sx, top), QPointF(sx, top + 3))
        line = self.metrics.height()
        for tick in layout.axis.ticks:
            sx = self.snap(tick.x)
            p.drawLine(QPointF(sx, top), QPointF(sx, top + 7))
        p.setFont(style.font)
        p.setPen(style.text)
        baseline = top + 7 + self.metrics.ascent()
        for tick in layout.axis.ticks:
            p.drawText(QPointF(tick.x + 3, baseline), tick.label)
        if layout.axis.context:
            p.setFont(self.context_font)
            context_baseline = baseline + line
            for label in layout.axis.context:
                if label.x >= 0:
                    p.setPen(pen)
                    sx = self.snap(label.x)
                    p.drawLine(QPointF(sx, top), QPointF(sx, context_baseline))
                p.setPen(style.muted_text if not style.high_contrast else style.text)
                p.drawText(QPointF(label.label_x, context_baseline), label.label)


def _over(colour: QColor, paper: QColor) -> QColor:
    """The opaque colour that `colour`, with its alpha, shows over `paper`."""
    a = colour.alphaF()
    return QColor.fromRgbF(colour.redF() * a + paper.redF() * (1 - a),
                           colour.greenF() * a + paper.greenF() * (1 - a),
                           colour.blueF() * a + paper.blueF() * (1 - a))
