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

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPen,
)

from timeline.present.timeline_layout import (
    ClusterMark,
    EventMark,
    MarkKind,
    TimelineLayout,
)
from timeline.render.mark_painting import MarkPainting
from timeline.render.qt_measure import layout_for_rect, measure_for_style
from timeline.render.timeline_style import TimelineStyle

__all__ = ["layout_for_rect", "measure_for_style", "paint_timeline"]


DENSITY_LANES = 3  # the density band's height, in lanes


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
    also_selected: frozenset[str] = frozenset(),
) -> None:
    """Paint `layout` into `rect`. See the module docstring.

    `also_selected` are events selected besides the current one (Ctrl+click): framed in
    the selection colour, more thinly.
    """
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
            frozenset() if for_export else also_selected,
        )
    finally:
        painter.restore()

class _Painter(MarkPainting):
    """One paint pass: the marks (MarkPainting) framed by the bands, the grid, the density
    strip, the clusters, the emphasis of the selection and the date axis."""

    def paint(self, selected: str, highlighted: frozenset[str], has_focus: bool,
              also_selected: frozenset[str] = frozenset()) -> None:
        layout, style, p = self.layout, self.style, self.p
        self.selected = selected
        p.fillRect(QRectF(0, 0, layout.width, layout.height), style.background)
        self.bands()
        self.grid()
        p.setFont(style.font)
        self.density()
        for cluster in layout.clusters:
            self.cluster(cluster)
        # In passes, so the painter's pen, brush and font change a few times per frame
        # rather than a few times per event.
        self.day_brackets()
        for mark in layout.marks:
            if mark.kind is not MarkKind.POINT:
                self.shape(mark)
        self.dots()
        self.labels()
        self.badges()
        for mark in layout.marks:
            if mark.event_id == selected:
                self.emphasise(mark, style.selection, 2.5 if has_focus else 2.0)
            elif mark.event_id in also_selected:
                self.emphasise(mark, style.selection, 1.5)
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
        snap = self.snap
        p.drawLines([QLineF(snap(t.x), top, snap(t.x), layout.axis_top) for t in layout.axis.ticks])

    def density(self) -> None:
        """Above each counted column (too many events to lay out one by one), a bar as tall
        as its share of the busiest column: the crowd's shape, before the analyst zooms."""
        counted = [c for c in self.layout.clusters if not c.members and c.count > 1]
        if not counted:
            return
        tops = {number: band.lane_top for number, band in enumerate(self.layout.bands)}
        busiest = max(c.count for c in counted)
        for cluster in counted:
            # A low band under the labels, not a wall behind them: the key events' names
            # must stay readable over the crowd's shape.
            room = min(cluster.y - tops.get(cluster.band, 0.0) - 4, DENSITY_LANES * self.layout.lane_height)
            height = room * (cluster.count / busiest) ** 0.5  # square root: small ones show
            colour = self.tinted(self.style.mark_colour(cluster.band), cluster.band, 22)
            self.p.fillRect(QRectF(cluster.x0, cluster.y - height, cluster.x1 - cluster.x0, height),
                            colour)

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
        snap = self.snap
        lines = [QLineF(0, y, layout.width, y)]
        lines += [QLineF(snap(x), top, snap(x), top + 3) for x in layout.axis.minor]
        lines += [QLineF(snap(t.x), top, snap(t.x), top + 7) for t in layout.axis.ticks]
        p.drawLines(lines)
        line = self.metrics.height()
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

