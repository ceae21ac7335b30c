"""The marks of a timeline paint pass: day brackets, dots, bars, labels and badges.

`MarkPainting` holds what one pass shares (the painter, the layout, fonts and metrics,
tints per band) and draws the events; render.timeline_painter frames them with bands,
grid, clusters and the axis. Marks are drawn in passes by kind, so the painter's pen,
brush and font change a few times per frame rather than a few times per event.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QLinearGradient,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from timeline.present.timeline_layout import (
    EventMark,
    MarkKind,
    TimelineLayout,
)
from timeline.render.sprites import sprite, static_text, tint
from timeline.render.timeline_style import TimelineStyle


class MarkPainting:
    """One paint pass's shared state, and the events' marks."""

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
                text = static_text(key, mark.label, style.font)
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

