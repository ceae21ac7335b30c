"""Label widths for layout, measured once per text through a function the caller supplies.

The layout never sees a font: render/ passes QFontMetricsF.horizontalAdvance, tests pass
a fixed-width stand-in, and export passes the metrics of its own painter's font.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ELLIPSIS = "…"


class TextMeasure:
    """Caches widths and elisions by text; lives as long as the font does."""

    def __init__(self, text_width: Callable[[str], float], line_height: float, *,
                 elide: Callable[[str, float], str] | None = None) -> None:
        self._text_width = text_width
        # The font's own elision (one call) where the caller has one; else a binary search.
        self._elide = elide
        self.line_height = line_height
        self._widths: dict[str, float] = {}
        self._elided: dict[tuple[str, float], tuple[str, float]] = {}
        # Values other modules derive from this font (e.g. per-event label widths); each
        # module keeps what it likes under its own key, so the values are its business (Any).
        self.derived: dict[str, dict[str, Any]] = {}

    def width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._text_width(text)
            if len(self._widths) > 200_000:
                self._widths.clear()  # bounded: a long session must not grow without end
            self._widths[text] = width
        return width

    def knows_elided(self, text: str, max_width: float) -> bool:
        """Whether `elided(text, max_width)` is already worked out (costs nothing to ask)."""
        return (text, max_width) in self._elided

    def elided(self, text: str, max_width: float) -> tuple[str, float]:
        """The text, cut with an ellipsis if wider than max_width, and its width."""
        key = (text, max_width)
        found = self._elided.get(key)
        if found is not None:
            return found
        width = self.width(text)
        if width <= max_width:
            result = (text, width)
        elif self._elide is not None:
            short = self._elide(text, max_width)
            result = (short, self._text_width(short))
        else:
            low, high = 0, len(text)
            while low < high:  # the longest prefix that fits with the ellipsis
                middle = (low + high + 1) // 2
                if self._text_width(text[:middle].rstrip() + ELLIPSIS) <= max_width:
                    low = middle
                else:
                    high = middle - 1
            short = text[:low].rstrip() + ELLIPSIS
            result = (short, self._text_width(short))
        if len(self._elided) > 200_000:
            self._elided.clear()
        self._elided[key] = result
        return result


def fixed_width_measure(char_width: float = 7.0, line_height: float = 16.0) -> TextMeasure:
    """A font-free stand-in: every character is `char_width` wide. For tests and tools."""
    return TextMeasure(lambda text: len(text) * char_width, line_height)
