"""Page composition: where the title, band, legend, notes area and footer go on one page.

Geometry only: text is measured with the bundled font, nothing is painted here. Every
size follows the page (a unit of 1/60 of its shorter side), so a 4K picture reads like a
1080p one and an A4 page like a printed report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from timeline.export.fonts import export_font

UNITS_PER_SHORT_SIDE = 60
MIN_BAND_SHARE = 0.38  # the timeline keeps at least this share of the page height


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def qrect(self) -> QRectF:
        return QRectF(self.x, self.y, self.width, self.height)


class TextRole(StrEnum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    LEGEND = "legend"
    NOTES_HEADING = "notes-heading"
    NOTE_NUMBER = "note-number"
    NOTE = "note"
    MORE = "more"
    FOOTER = "footer"


@dataclass(frozen=True, slots=True)
class TypeScale:
    """Font sizes and spacing for one page size, in layout units."""

    unit: float

    @classmethod
    def for_page(cls, width: float, height: float) -> TypeScale:
        return cls(min(width, height) / UNITS_PER_SHORT_SIDE)

    def size(self, role: TextRole) -> float:
        factor = {
            TextRole.TITLE: 2.1,
            TextRole.SUBTITLE: 1.25,
            TextRole.LEGEND: 0.95,
            TextRole.NOTES_HEADING: 0.95,
            # Notes at one unit: 9.9 pt on an A4 page, readable when printed (9 pt is the floor).
            TextRole.NOTE_NUMBER: 1.0,
            TextRole.NOTE: 1.0,
            TextRole.MORE: 1.0,
            TextRole.FOOTER: 0.75,
        }[role]
        return self.unit * factor

    def bold(self, role: TextRole) -> bool:
        return role in (TextRole.TITLE, TextRole.NOTES_HEADING, TextRole.NOTE_NUMBER)

    def metrics(self, role: TextRole) -> QFontMetricsF:
        return QFontMetricsF(export_font(self.size(role), bold=self.bold(role)))

    @property
    def margin(self) -> float:
        return self.unit * 2.4

    @property
    def gap(self) -> float:
        return self.unit * 0.8

    @property
    def band_zoom(self) -> float:
        """How much the band's screen-sized drawing is enlarged to match the page's type."""
        # The band's 11 px small type (badges, the axis' context line) becomes 9.1 pt on an
        # A4 page and its 13 px labels 10.7 pt: 9 pt printed is the floor for a briefing.
        return self.unit / 12.0


@dataclass(frozen=True, slots=True)
class PlacedText:
    box: Box
    text: str
    role: TextRole
    align_right: bool = False
    wrap: bool = False


@dataclass(frozen=True, slots=True)
class LegendEntry:
    """One key on the legend: a mark drawn by the timeline painter, and what it means."""

    mark: str  # a mark name the band painter knows (see band.py)
    text: str
    colour: str | None = None  # for lane keys
    width: float = 1.0  # the key's width in multiples of its height


@dataclass(frozen=True, slots=True)
class PlacedLegend:
    mark_box: Box
    entry: LegendEntry


@dataclass(frozen=True, slots=True)
class PageFrame:
    """The fixed parts of a page and the box left for the timeline band."""

    width: float
    height: float
    scale: TypeScale
    texts: tuple[PlacedText, ...]
    band: Box
    legend: tuple[PlacedLegend, ...]
    notes_box: Box  # where notes may go (its height is the most they may take)
    rule_y: float  # a hairline above the notes


def line_height(scale: TypeScale, role: TextRole) -> float:
    return scale.metrics(role).lineSpacing()


def place_legend(
    entries: Sequence[LegendEntry], scale: TypeScale, left: float, top: float, width: float,
    key_height: float,
) -> tuple[tuple[PlacedLegend, ...], tuple[PlacedText, ...], float]:
    """Keys flow left to right and wrap; returns the keys, their texts and the height used."""
    metrics = scale.metrics(TextRole.LEGEND)
    mark_size = key_height
    row_height = max(metrics.lineSpacing() * 1.3, key_height)
    x, y = left, top
    marks: list[PlacedLegend] = []
    texts: list[PlacedText] = []
    for entry in entries:
        text_width = metrics.horizontalAdvance(entry.text)
        mark_width = mark_size * entry.width
        item_width = mark_width + scale.unit * 0.5 + text_width
        if x > left and x + item_width > left + width:
            x, y = left, y + row_height
        mark_box = Box(x, y + (row_height - mark_size) / 2, mark_width, mark_size)
        marks.append(PlacedLegend(mark_box, entry))
        text_x = x + mark_width + scale.unit * 0.5
        texts.append(PlacedText(Box(text_x, y, text_width + 1, row_height), entry.text, TextRole.LEGEND))
        x += item_width + scale.unit * 1.6
    used = (y - top + row_height) if entries else 0.0
    return tuple(marks), tuple(texts), used


def compose_frame(
    width: float,
    height: float,
    *,
    title: str,
    subtitle: str,
    legend: Sequence[LegendEntry],
    notes_height: float,
    footer_left: str,
    footer_right: str,
    key_height: float,
) -> PageFrame:
    """Stack the page from both ends: title at the top, footer, notes and legend at the foot,
    and give the band what is left (never less than MIN_BAND_SHARE of the page)."""
    scale = TypeScale.for_page(width, height)
    m = scale.margin
    inner = width - 2 * m
    texts: list[PlacedText] = []

    y = m
    title_h = line_height(scale, TextRole.TITLE)
    texts.append(PlacedText(Box(m, y, inner, title_h), title, TextRole.TITLE))
    y += title_h
    if subtitle:
        sub_h = line_height(scale, TextRole.SUBTITLE)
        texts.append(PlacedText(Box(m, y, inner, sub_h), subtitle, TextRole.SUBTITLE))
        y += sub_h
    band_top = y + scale.gap

    footer_h = line_height(scale, TextRole.FOOTER)
    footer_y = height - m * 0.7 - footer_h
    right_w = scale.metrics(TextRole.FOOTER).horizontalAdvance(footer_right) + 1 if footer_right else 0.0
    left_w = inner - right_w - (scale.gap if footer_right else 0.0)
    texts.append(PlacedText(Box(m, footer_y, left_w, footer_h), footer_left, TextRole.FOOTER))
    if footer_right:
        texts.append(PlacedText(Box(m + inner - right_w, footer_y, right_w, footer_h), footer_right,
                                TextRole.FOOTER, align_right=True))

    # Measure the legend's height first, then lay it out once its top is known.
    _, _, legend_h = place_legend(legend, scale, m, 0.0, inner, key_height)
    heading_h = line_height(scale, TextRole.NOTES_HEADING) if notes_height else 0.0
    most_for_notes = max(0.0, footer_y - scale.gap - band_top - height * MIN_BAND_SHARE
                         - legend_h - scale.gap * 2 - heading_h)
    notes_h = min(notes_height, most_for_notes)
    notes_bottom = footer_y - scale.gap
    notes_top = notes_bottom - notes_h
    heading_top = notes_top - heading_h
    rule_y = heading_top - scale.gap * 0.5 if notes_height else notes_bottom
    legend_top = rule_y - scale.gap * 0.5 - legend_h
    band_bottom = legend_top - scale.gap
    if notes_height:
        texts.append(PlacedText(Box(m, heading_top, inner, heading_h), "Sources",
                                TextRole.NOTES_HEADING))
    marks, legend_texts, _ = place_legend(legend, scale, m, legend_top, inner, key_height)
    texts.extend(legend_texts)
    return PageFrame(
        width=width,
        height=height,
        scale=scale,
        texts=tuple(texts),
        band=Box(m, band_top, inner, max(band_bottom - band_top, scale.unit * 4)),
        legend=marks,
        notes_box=Box(m, notes_top, inner, notes_h),
        rule_y=rule_y,
    )
