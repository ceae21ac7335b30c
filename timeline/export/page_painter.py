"""Paints one composed page with any QPainter: image, SVG generator, PDF writer or printer.

The page's own text (title, legend words, notes, footer) is drawn here; the timeline
bands and the legend's marks come from the shared timeline painter, through band.py. A
zoomed inset is tied to the main band by a shaded stretch of its axis and two lines.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from timeline.export import band, legend_keys
from timeline.export.fonts import export_font
from timeline.export.page_layout import PlacedText, TextRole
from timeline.export.page_model import Page

PAPER = QColor("#ffffff")
INK = {
    TextRole.TITLE: QColor("#111111"),
    TextRole.SUBTITLE: QColor("#4a4a4a"),
    TextRole.LEGEND: QColor("#333333"),
    TextRole.NOTES_HEADING: QColor("#222222"),
    TextRole.NOTE_NUMBER: QColor("#222222"),
    TextRole.NOTE: QColor("#222222"),
    TextRole.MORE: QColor("#8a1c1c"),
    TextRole.FOOTER: QColor("#6b6b6b"),
}
RULE = QColor("#c8c8c8")
INSET_SHADE = QColor(40, 90, 160, 28)
INSET_LINE = QColor("#8a9bb0")


def paint_page(painter: QPainter, page: Page) -> None:
    """Paint in layout units; the caller has scaled the painter to its device."""
    frame = page.frame
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, frame.width, frame.height), PAPER)

    band.paint_band(painter, page.main_box, page.band, zoom=page.band_zoom)
    if page.inset is not None:
        paint_inset(painter, page)

    for mark in frame.legend:
        legend_keys.paint_legend_mark(painter, mark.mark_box, mark.entry)
    if page.notes.texts:
        pen = QPen(RULE)
        pen.setWidthF(max(0.5, frame.scale.unit * 0.06))
        painter.setPen(pen)
        painter.drawLine(QPointF(frame.band.x, frame.rule_y), QPointF(frame.band.right, frame.rule_y))
    for text in (*frame.texts, *page.notes.texts):
        paint_text(painter, text, frame.scale.size(text.role), bold=frame.scale.bold(text.role))
    painter.restore()


def paint_inset(painter: QPainter, page: Page) -> None:
    """The inset band, the stretch of the main axis it enlarges, and the lines joining them."""
    inset = page.inset
    assert inset is not None
    main = page.main_box
    viewport = inset.layout.viewport
    left = page_x(page, viewport.start)
    right = max(page_x(page, viewport.end), left + page.frame.scale.unit * 0.4)
    top = main.y + (page.band.bands[0].y0 if page.band.bands else 0.0) * page.band_zoom
    below = main.bottom
    # Down through the axis, so the stretch reads as "these days" on the main band.
    painter.fillRect(QRectF(left, top, right - left, below - top), INSET_SHADE)
    band.paint_band(painter, inset.box, inset.layout, zoom=inset.zoom)
    pen = QPen(INSET_LINE)
    pen.setWidthF(max(0.6, page.frame.scale.unit * 0.07))
    painter.setPen(pen)
    painter.drawLine(QPointF(left, below), QPointF(inset.box.x, inset.box.y))
    painter.drawLine(QPointF(right, below), QPointF(inset.box.right, inset.box.y))


def page_x(page: Page, seconds: float) -> float:
    """The page x of a time on the main band (seconds, see time_scale.to_seconds)."""
    viewport = page.band.viewport
    share = (seconds - viewport.start) / viewport.span
    return page.main_box.x + min(max(share, 0.0), 1.0) * page.band.width * page.band_zoom


def paint_text(painter: QPainter, placed: PlacedText, size: float, *, bold: bool) -> None:
    if not placed.text:
        return
    font = export_font(size, bold=bold)
    painter.setFont(font)
    painter.setPen(INK[placed.role])
    flags = Qt.AlignmentFlag.AlignTop | (
        Qt.AlignmentFlag.AlignRight if placed.align_right else Qt.AlignmentFlag.AlignLeft)
    rect = placed.box.qrect()
    if placed.wrap:
        painter.drawText(rect, int(flags) | int(Qt.TextFlag.TextWordWrap), placed.text)
        return
    # One line: elide rather than run into the margin when the analyst's title is long.
    text = QFontMetricsF(font).elidedText(placed.text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(rect, int(flags), text)
