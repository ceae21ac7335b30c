"""The numbered source notes at a page's foot: measured, set in columns, the rest counted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QRectF, Qt

from timeline.export.page_layout import Box, PlacedText, TextRole, TypeScale, line_height
from timeline.export.source_notes import SourceNote

NOTE_COLUMN_MIN_UNITS = 36  # a column narrower than this wraps nearly every note


@dataclass(frozen=True, slots=True)
class NotesLayout:
    texts: tuple[PlacedText, ...]
    shown: int  # how many notes fitted; the rest are counted in a MORE line


def note_columns(scale: TypeScale, width: float) -> int:
    return max(1, min(3, int(width / (NOTE_COLUMN_MIN_UNITS * scale.unit))))


@cache
def measure_note(unit: float, text: str, width: float) -> float:
    """The wrapped height of one note; cached, as pagination measures notes repeatedly."""
    metrics = TypeScale(unit).metrics(TextRole.NOTE)
    bound = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), text)
    return bound.height()


@dataclass(frozen=True, slots=True)
class NoteColumns:
    """How notes sit in a box of a given width: columns, widths and each note's height.

    Only the notes that could fit are measured (`budget`, the total column height on
    offer): a 4K picture of 10,000 events must not measure 10,000 notes to show 40.
    """

    count: int
    width: float
    gap: float
    number_width: float
    spacing: float
    heights: tuple[float, ...]  # the first notes' heights, as many as the budget allowed
    total: int  # how many notes there are in all

    @classmethod
    def measure(cls, notes: Sequence[SourceNote], scale: TypeScale, width: float,
                budget: float = float("inf")) -> NoteColumns:
        count = note_columns(scale, width)
        gap = scale.unit * 1.8
        column_width = (width - gap * (count - 1)) / count
        widest = str(max((n.number for n in notes), default=0))
        number_width = scale.metrics(TextRole.NOTE_NUMBER).horizontalAdvance(widest) + scale.unit * 0.6
        text_width = column_width - number_width
        spacing = scale.unit * 0.25
        heights: list[float] = []
        used = 0.0
        for note in notes:
            if used > budget * count:
                break
            height = measure_note(scale.unit, note.text, text_width)
            heights.append(height)
            used += height + spacing
        return cls(count, column_width, gap, number_width, spacing, tuple(heights), len(notes))

    def fill(self, height: float, more_height: float, *, more: bool = False) -> list[tuple[int, float]]:
        """(column, top offset) for each note that fits, in order; room is kept for a
        "… and N more" line whenever some are left out (always with `more`: events the
        page does not draw)."""
        placed: list[tuple[int, float]] = []
        column, y = 0, 0.0
        for index, note_height in enumerate(self.heights):
            reserve = more_height if more or index + 1 < self.total else 0.0
            if y + note_height > height - reserve:
                if column + 1 < self.count and note_height <= height - reserve:
                    column, y = column + 1, 0.0
                else:
                    break
            placed.append((column, y))
            y += note_height + self.spacing
        if more or len(placed) < self.total:
            # Drop notes until the "more" line fits below the last one kept.
            while placed and placed[-1][1] + self.heights[len(placed) - 1] + more_height > height:
                placed.pop()
        return placed


def layout_notes(notes: Sequence[SourceNote], scale: TypeScale, box: Box, *,
                 not_drawn: int = 0) -> NotesLayout:
    """Notes fill the columns top to bottom, left to right; what does not fit is counted,
    with the `not_drawn` events of the range the page leaves out."""
    if not notes:
        return NotesLayout((), 0)
    columns = NoteColumns.measure(notes, scale, box.width, budget=box.height)
    more_height = line_height(scale, TextRole.MORE)
    positions = columns.fill(box.height, more_height, more=not_drawn > 0)
    placed: list[PlacedText] = []
    text_width = columns.width - columns.number_width
    for note, (column, y), height in zip(notes, positions, columns.heights, strict=False):
        x = box.x + column * (columns.width + columns.gap)
        placed.append(PlacedText(Box(x, box.y + y, columns.number_width - scale.unit * 0.6, height),
                                 str(note.number), TextRole.NOTE_NUMBER, align_right=True))
        placed.append(PlacedText(Box(x + columns.number_width, box.y + y, text_width, height),
                                 note.text, TextRole.NOTE, wrap=True))
    shown = len(positions)
    if shown < len(notes) or not_drawn:
        missing = len(notes) - shown + not_drawn
        column, y = positions[-1] if positions else (0, 0.0)
        y = y + columns.heights[shown - 1] + columns.spacing if positions else 0.0
        x = box.x + column * (columns.width + columns.gap)
        text = f"… and {missing} more event{'s' if missing != 1 else ''} not drawn (all in the CSV export)."
        placed.append(PlacedText(Box(x, box.y + y, columns.width, more_height), text, TextRole.MORE))
    return NotesLayout(tuple(placed), shown)


def notes_height_needed(notes: Sequence[SourceNote], scale: TypeScale, width: float,
                        *, most: float = float("inf"), more: bool = False) -> float:
    """The least height that holds every note, columns balanced (found by bisection);
    `most` when even that cannot hold them all."""
    if not notes:
        return 0.0
    columns = NoteColumns.measure(notes, scale, width, budget=most)
    if len(columns.heights) < len(notes):
        return most
    more_height = line_height(scale, TextRole.MORE)
    low = max(max(columns.heights), sum(columns.heights) / columns.count)
    high = sum(columns.heights) + columns.spacing * len(notes) + 1.0 + (more_height if more else 0.0)
    for _ in range(24):
        if high - low < 0.5:
            break
        middle = (low + high) / 2
        if len(columns.fill(middle, more_height, more=more)) == len(notes):
            high = middle
        else:
            low = middle
    return min(high, most)
