"""Colours, fonts and strokes of the timeline: light, dark and high-contrast looks."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor, QFont

# Categorical colours for bands (by article, outlet or tag), distinguishable for the
# common colour-vision deficiencies (Okabe & Ito's palette).
BAND_COLOURS_LIGHT = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
                      "#7F7F7F", "#A6761D")
BAND_COLOURS_DARK = ("#56B4E9", "#F28E5B", "#2BC79A", "#E09CC6", "#F0C05A", "#8FD0F5",
                     "#B0B0B0", "#D9A75B")


@dataclass(frozen=True, slots=True)
class TimelineStyle:
    font: QFont
    small_font: QFont  # badges, band titles, context line
    background: QColor
    band_shade: QColor  # every other band
    text: QColor
    muted_text: QColor
    axis: QColor
    grid: QColor
    marks: tuple[QColor, ...]  # one per band, cycling
    conflict: QColor
    badge_text: QColor
    badge_fill: QColor
    cluster_fill: QColor
    cluster_text: QColor
    selection: QColor
    highlight: QColor  # events touched by a selection in an article
    line_width: float = 1.0
    high_contrast: bool = False

    def mark_colour(self, band: int) -> QColor:
        return self.marks[band % len(self.marks)]


def default_font(point_size: float = 9.5) -> QFont:
    """DejaVu Sans, bundled with the app, so screen, exports and test images agree."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 6.0))
    return small


def light_style(font: QFont | None = None) -> TimelineStyle:
    font = font or default_font()
    return TimelineStyle(
        font=font,
        small_font=_small(font),
        background=QColor("#FFFFFF"),
        band_shade=QColor("#F4F6F8"),
        text=QColor("#1B1F24"),
        muted_text=QColor("#5A6470"),
        axis=QColor("#3A424C"),
        grid=QColor("#E3E7EC"),
        marks=tuple(QColor(c) for c in BAND_COLOURS_LIGHT),
        conflict=QColor("#C62828"),
        badge_text=QColor("#FFFFFF"),
        badge_fill=QColor("#4A5561"),
        cluster_fill=QColor("#DDE3EA"),
        cluster_text=QColor("#1B1F24"),
        selection=QColor("#F5B700"),
        highlight=QColor("#7E57C2"),
    )


def dark_style(font: QFont | None = None) -> TimelineStyle:
    font = font or default_font()
    return TimelineStyle(
        font=font,
        small_font=_small(font),
        background=QColor("#1E2227"),
        band_shade=QColor("#252A30"),
        text=QColor("#E6E9ED"),
        muted_text=QColor("#A0A8B2"),
        axis=QColor("#B8C0CA"),
        grid=QColor("#323840"),
        marks=tuple(QColor(c) for c in BAND_COLOURS_DARK),
        conflict=QColor("#FF6B6B"),
        badge_text=QColor("#12161A"),
        badge_fill=QColor("#B8C0CA"),
        cluster_fill=QColor("#3A424C"),
        cluster_text=QColor("#E6E9ED"),
        selection=QColor("#FFD54F"),
        highlight=QColor("#B39DDB"),
    )


def high_contrast_style(font: QFont | None = None, *, dark: bool = False) -> TimelineStyle:
    """Pure black and white with strong strokes; colour is never the only cue."""
    base = dark_style(font) if dark else light_style(font)
    ink = QColor("#FFFFFF") if dark else QColor("#000000")
    paper = QColor("#000000") if dark else QColor("#FFFFFF")
    return replace(
        base,
        background=paper,
        band_shade=paper,
        text=ink,
        muted_text=ink,
        axis=ink,
        grid=QColor("#808080"),
        marks=(QColor("#FFFF00") if dark else QColor("#0000C0"),),
        conflict=QColor("#FF4040") if dark else QColor("#B00000"),
        badge_text=paper,
        badge_fill=ink,
        cluster_fill=paper,
        cluster_text=ink,
        selection=QColor("#00FFFF") if dark else QColor("#FF00FF"),
        highlight=QColor("#00FF00") if dark else QColor("#008000"),
        line_width=2.0,
        high_contrast=True,
    )
