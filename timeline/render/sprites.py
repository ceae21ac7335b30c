"""Small drawings and laid-out text kept between frames: on screen, copying a pixmap or a
prepared text costs a fraction of drawing antialiased shapes and shaping text anew."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QStaticText, QTransform

_SPRITES: dict[tuple[object, ...], QPixmap] = {}
_STATIC_TEXTS: dict[tuple[str, str], QStaticText] = {}


def static_text(key: tuple[str, str], text: str, font: QFont) -> QStaticText:
    """Laid-out text kept between frames (about half the cost of drawText), by (text, font key)."""
    found = _STATIC_TEXTS.get(key)
    if found is None:
        if len(_STATIC_TEXTS) > 20_000:
            _STATIC_TEXTS.clear()
        found = QStaticText(text)
        found.setTextFormat(Qt.TextFormat.PlainText)
        found.prepare(QTransform(), font)
        _STATIC_TEXTS[key] = found
    return found


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
