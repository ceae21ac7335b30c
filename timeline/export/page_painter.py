"""Paints one composed page with any QPainter: image, SVG generator, PDF writer or printer.

The page's own text (title, legend words, notes, footer) is drawn here; the timeline
band and the legend's marks come from the shared timeline painter, through band.py.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from timeline.export import band, legend_keys
from timeline.export.fonts import export_font
from timeline.export.page_layout import PlacedText, TextRole
from timeline.export.pages import Page

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


def paint_page(painter: QPainter, page: Page) -> None:
    """Paint in layout units; the caller has scaled the painter to its device."""
    frame = page.frame
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.fillRect(QRectF(0, 0, frame.width, frame.height), PAPER)

    band.paint_band(painter, frame.band, page.band, zoom=page.band_zoom)

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
