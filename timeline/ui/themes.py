"""The timeline's look from the system palette: light or dark, optionally high contrast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from timeline.render.timeline_style import (
    TimelineStyle,
    dark_style,
    default_font,
    high_contrast_style,
    light_style,
)


def is_dark(palette: QPalette) -> bool:
    """Dark when the system says so, else when the window colour is dark."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        scheme = app.styleHints().colorScheme()
        if scheme is Qt.ColorScheme.Dark:
            return True
        if scheme is Qt.ColorScheme.Light:
            return palette.color(QPalette.ColorRole.Window).lightness() < 128
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def style_for_palette(palette: QPalette, *, high_contrast: bool = False,
                      font: QFont | None = None) -> TimelineStyle:
    font = font or default_font()
    dark = is_dark(palette)
    if high_contrast:
        return high_contrast_style(font, dark=dark)
    return dark_style(font) if dark else light_style(font)
