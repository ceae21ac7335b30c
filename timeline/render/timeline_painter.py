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

import math
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPaintDevice,
    QPainter,
    QPen,
    QPixmap,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QWidget

from timeline.domain.event import Event
from timeline.present.bands import bands_for
from timeline.present.grouping import ArticleInfo, Grouping
from timeline.present.text_measure import TextMeasure
from timeline.present.time_scale import to_seconds
from timeline.present.timeline_layout import (
    DEFAULT_OPTIONS,
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


DENSITY_LANES = 3  # the density band's height, in lanes


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


_SPRITES: dict[tuple[object, ...], QPixmap] = {}
_STATIC_TEXTS: dict[tuple[str, str], QStaticText] = {}


def sprite(key: tuple[object, ...], width: float, height: float, ratio: float,
           draw: Callable[[QPainter], None]) -> QPixmap:
    """A small drawing (a dot, a badge) rendered once per look and pixel ratio, then
    copied: on screen a pixmap copy costs a fraction of antialiased shapes and text."""
    full_key = (*key, ratio)
    found = _SPRITES.get(full_key)
    if found is None:
        if len(_SPRITES) > 4096:
            _SPRITES.clear()
        found = QPixmap(max(1, math.ceil(width * ratio)), max(1, math.ceil(height * ratio)))
        found.setDevicePixelRatio(ratio)
        found.fill(Qt.GlobalColor.transparent)
        painter = QPainter(found)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        draw(painter)
        painter.end()
        _SPRITES[full_key] = found
    return found


def tint(colour: QColor, paper: QColor, alpha: float) -> QColor:
    """`colour` laid over `paper` at this opacity, as one opaque colour. Opaque fills skip
    alpha blending, which is most of the cost of bars a screen wide."""
    return QColor.fromRgbF(
        paper.redF() + (colour.redF() - paper.redF()) * alpha,
        paper.greenF() + (colour.greenF() - paper.greenF()) * alpha,
        paper.blueF() + (colour.blueF() - paper.blueF()) * alpha,
    )


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
        # Sprites only where pixels are the output: an SVG or PDF keeps true vectors.
        self.sprites = not for_export and isinstance(device, QImage | QPixmap | QWidget)
        self._tints: dict[tuple[int, int, int], QColor] = {}
        self.selected = ""  # the selected event's id, set by `paint`

    def paper(self, band: int) -> QColor:
        """The background under a band: every other band is shaded when there are several."""
        if band % 2 and len(self.layout.bands) > 1:
            return self.style.band_shade
        return self.style.background

    def tinted(self, colour: QColor, band: int, percent: int) -> QColor:
        key = (colour.rgba(), band % 2, percent)
        found = self._tints.get(key)
        if found is None:
            found = tint(colour, self.paper(band), percent / 100)
            self._tints[key] = found
        return found

    def snap(self, x: float) -> float:
        """The centre of the device pixel under x, so 1-pixel lines stay crisp on HiDPI."""
        return (int(x * self.ratio) + 0.5) / self.ratio

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

    # -- events ----------------------------------------------------------------------------
    def day_brackets(self) -> None:
        """Zoomed in past a day, a thin bracket along the lane's foot shows the whole day a
        dot's event may lie in, without running through the label. One batch per colour."""
        p, style = self.p, self.style
        row = self.layout.lane_height
        narrowest = 3 * self.options.marker_radius
        right_edge = self.layout.width + 2
        lines: dict[tuple[int, int], list[QLineF]] = {}
        for mark in self.layout.marks:
            if mark.kind is not MarkKind.POINT or mark.x1 - mark.x0 < narrowest:
                continue
            foot = mark.y + row - 4.75
            batch = lines.setdefault((mark.band % len(style.marks), mark.band % 2), [])
            batch.append(QLineF(max(mark.x0, -2.0), foot, min(mark.x1, right_edge), foot))
            for x in (mark.x0 + 0.75, mark.x1 - 0.75):
                top = self.cap_top(mark, x, foot - 5)
                if top < foot:
                    batch.append(QLineF(x, foot, x, top))
        for (colour_index, shade), batch in lines.items():
            pen = QPen(self.tinted(style.marks[colour_index], shade, 45), 1.5)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            p.setPen(pen)
            p.drawLines(batch)

    def shape(self, mark: EventMark) -> None:
        """What shows a longer interval: a range bar or a soft bar."""
        colour = self.style.mark_colour(mark.band)
        if mark.kind is MarkKind.RANGE:
            self.range_bar(mark, mark.y + self.layout.lane_height / 2, colour)
        else:
            self.soft_bar(mark, colour)

    def dots(self) -> None:
        """Filled for a stated day; hollow when the day leans on an anchor (implied)."""
        p, style = self.p, self.style
        r = self.options.marker_radius
        half_row = self.layout.lane_height / 2
        points = [m for m in self.layout.marks if m.kind is MarkKind.POINT]
        width = max(1.8, style.line_width)
        if self.sprites:
            size = 2 * r + 2
            for mark in points:
                colour = style.mark_colour(mark.band)
                key = ("dot", colour.rgba(), mark.implied, style.background.rgba(), r, width)
                draw_dot = partial(self._dot, x=r + 1, y=r + 1, r=r, colour=colour,
                                   implied=mark.implied, width=width)
                pixmap = sprite(key, size, size, self.ratio, draw_dot)
                p.drawPixmap(QPointF(mark.xp - r - 1, mark.y + half_row - r - 1), pixmap)
            return
        for mark in points:
            self._dot(p, mark.xp, mark.y + half_row, r, style.mark_colour(mark.band),
                      mark.implied, width)

    def _dot(self, p: QPainter, x: float, y: float, r: float, colour: QColor, implied: bool,
             width: float) -> None:
        if implied:
            p.setPen(QPen(colour, width))
            p.setBrush(self.style.background)
            p.drawEllipse(QPointF(x, y), r - 0.9, r - 0.9)
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(QPointF(x, y), r, r)

    def cap_top(self, mark: EventMark, x0: float, top: float, x1: float | None = None) -> float:
        """The top of an end tick at [x0, x1]: `top`, or just under the text where the mark's
        drawn label (or its badges) passes over that x."""
        x1 = x0 if x1 is None else x1
        label_x = self.label_x(mark)
        if not self.label_drawn(mark) or x1 < label_x - 1 or x0 > label_x + mark.full_width + 1:
            return top
        # The text's foot: the label is centred in the lane as `labels` draws it.
        text_bottom = (mark.y + self.layout.lane_height / 2
                       + (self.metrics.ascent() + self.metrics.descent()) / 2)
        return max(top, text_bottom + 1)

    def label_x(self, mark: EventMark) -> float:
        """Where the label is drawn: slid right to stay on screen, as far as the layout allows."""
        return min(max(mark.label_x, self.options.label_pad), mark.label_x_max)

    def label_drawn(self, mark: EventMark) -> bool:
        """Whether the label can be drawn whole: one the next item in its lane would push off
        the left edge, or one running past the right edge, is left out with its badges
        rather than drawn cut (its mark stays; panning brings the label in whole). The
        selected event's label is always drawn (the view pans to make room for it)."""
        x = self.label_x(mark)
        return x >= 0 and (x + mark.full_width <= self.layout.width + 1 or mark.event_id == self.selected)

    def labelled(self) -> list[EventMark]:
        return [mark for mark in self.layout.marks if self.label_drawn(mark)]

    def labels(self) -> None:
        p, style = self.p, self.style
        p.setFont(style.font)
        p.setPen(style.text)
        offset = self.layout.lane_height / 2 + (self.metrics.ascent() - self.metrics.descent()) / 2
        pad = self.options.label_pad
        if self.sprites:
            # Laid-out text kept between frames: about half the cost of drawText. Static
            # text is placed by its top-left corner, not its baseline.
            top = (self.layout.lane_height - self.metrics.height()) / 2
            font_key = style.font.key()
            for mark in self.labelled():
                key = (mark.label, font_key)
                text = _STATIC_TEXTS.get(key)
                if text is None:
                    if len(_STATIC_TEXTS) > 20_000:
                        _STATIC_TEXTS.clear()
                    text = QStaticText(mark.label)
                    text.setTextFormat(Qt.TextFormat.PlainText)
                    text.prepare(QTransform(), style.font)
                    _STATIC_TEXTS[key] = text
                x = min(max(mark.label_x, pad), mark.label_x_max)
                p.drawStaticText(QPointF(x, mark.y + top), text)
            return
        for mark in self.labelled():
            p.drawText(QPointF(self.label_x(mark), mark.y + offset), mark.label)

    def badges(self) -> None:
        """Source counts (when more than one) and conflicts, after each label."""
        p, style, options = self.p, self.style, self.options
        pad, gap = options.badge_pad, options.badge_gap
        height = self.small_metrics.height() + 1
        advance = self.small_metrics.horizontalAdvance
        half_row = self.layout.lane_height / 2
        boxes: list[tuple[QRectF, str, bool]] = []
        for mark in self.labelled():
            if mark.source_count < 2 and not mark.conflict:
                continue
            x = self.label_x(mark) + mark.label_width
            top = mark.y + half_row - height / 2
            if mark.source_count > 1:
                text = str(mark.source_count)
                box = QRectF(x + gap, top, advance(text) + 2 * pad, height)
                boxes.append((box, text, False))
                x = box.right()
            if mark.conflict:
                boxes.append((QRectF(x + gap, top, advance("!") + 2 * pad, height), "!", True))
        if not boxes:
            return
        if self.sprites:
            for box, text, conflict in boxes:
                key = ("badge", text, conflict, style.badge_fill.rgba(), style.conflict.rgba(),
                       box.width(), box.height())
                draw_badge = partial(self._badges, boxes=[(QRectF(0, 0, box.width(), box.height()), text, conflict)])
                pixmap = sprite(key, box.width(), box.height(), self.ratio, draw_badge)
                p.drawPixmap(box.topLeft(), pixmap)
            return
        self._badges(p, boxes)

    def _badges(self, p: QPainter, boxes: list[tuple[QRectF, str, bool]]) -> None:
        style = self.style
        advance = self.small_metrics.horizontalAdvance
        p.setPen(Qt.PenStyle.NoPen)
        for fill, conflict in ((style.badge_fill, False), (style.conflict, True)):
            p.setBrush(fill)
            for box, _, is_conflict in boxes:
                if is_conflict is conflict:
                    p.drawRoundedRect(box, box.height() / 2, box.height() / 2)
        p.setFont(style.small_font)
        for ink, conflict in ((style.badge_text, False), (QColor("#FFFFFF"), True)):
            p.setPen(ink)
            for box, text, is_conflict in boxes:
                if is_conflict is conflict:
                    baseline = (box.height() + self.small_metrics.ascent()
                                - self.small_metrics.descent()) / 2
                    x = box.left() + (box.width() - advance(text)) / 2
                    p.drawText(QPointF(x, box.top() + baseline), text)
        p.setFont(style.font)

    def range_bar(self, mark: EventMark, cy: float, colour: QColor) -> None:
        """Both ends known to the day: a crisp bar along the lane's foot with end caps,
        under the label rather than behind it. Hollow when the dates are implied."""
        p = self.p
        row = self.layout.lane_height
        x0 = max(mark.x0, -20.0)
        x1 = min(max(mark.x1, mark.x0 + 2), self.layout.width + 20)
        foot = mark.y + row - 4
        bar = QRectF(x0, foot - 4, x1 - x0, 4)
        if mark.implied:
            p.fillRect(bar, self.tinted(colour, mark.band, 25))
            pen = QPen(colour, 1)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(bar)
        else:
            p.fillRect(bar, colour)
        # End caps the lane's height, but never through the label or its badges: where the
        # text runs over an end, the cap only rises from the bar to under the text.
        for x, shown in ((mark.x0, mark.x0 >= -20), (mark.x1 - 2, mark.x1 <= self.layout.width + 20)):
            if shown:
                top = self.cap_top(mark, x, mark.y + 4, x + 2)
                bottom = max(mark.y + row - 4, top + 2)
                p.fillRect(QRectF(x, top, 2, bottom - top), colour)

    def soft_bar(self, mark: EventMark, colour: QColor) -> None:
        """A vague interval (week, month, season, year): it fades out at both ends, because
        the event lies somewhere inside, not at its first day.

        Every colour is opaque, blended over the band's paper beforehand: fast on screen,
        and Qt's PDF engine would draw a gradient's alpha as an opaque mask over the label."""
        p = self.p
        row = self.layout.lane_height
        x0, x1 = mark.x0, mark.x1
        if x1 - x0 < 3:
            centre = (x0 + x1) / 2
            x0, x1 = centre - 1.5, centre + 1.5
        top, height = mark.y + 3, row - 6
        fade = min((x1 - x0) * 0.3, 18.0)
        strong = self.tinted(colour, mark.band, 28 if mark.implied else 42)
        paper = self.paper(mark.band)
        # Only the visible part is filled (a year at hour zoom is millions of pixels wide),
        # the solid middle as one opaque rectangle, gradients only over the fading ends.
        visible_x0 = max(x0, -20.0)
        visible_x1 = min(x1, self.layout.width + 20.0)
        middle_x0 = max(x0 + fade, visible_x0)
        middle_x1 = min(x1 - fade, visible_x1)
        if middle_x1 > middle_x0:
            p.fillRect(QRectF(middle_x0, top, middle_x1 - middle_x0, height), strong)
        p.setPen(Qt.PenStyle.NoPen)
        for start, end in ((x0, x0 + fade), (x1, x1 - fade)):
            if fade <= 0 or max(start, end) < -20 or min(start, end) > self.layout.width + 20:
                continue
            gradient = QLinearGradient(start, 0, end, 0)
            gradient.setColorAt(0.0, paper)
            gradient.setColorAt(1.0, strong)
            p.fillRect(QRectF(min(start, end), top, fade, height), QBrush(gradient))
        if mark.implied:
            pen = QPen(colour, 1.2, Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(max(x0 + fade, visible_x0), top + height),
                       QPointF(min(x1 - fade, visible_x1), top + height))
        if self.style.high_contrast:
            p.setPen(QPen(self.style.text, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(visible_x0, top, visible_x1 - visible_x0, height))

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

