"""The timeline band on an exported page, painted by the shared timeline painter.

PLACEHOLDER until timeline/render/timeline_painter.py lands: it draws only the band's
frame, so that page composition can be built and checked around it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QPainter

from timeline.domain.event import Event
from timeline.export.page_layout import Box, LegendEntry
from timeline.export.scope import TimeRange


def legend_entries(events: Sequence[Event]) -> list[LegendEntry]:
    return [
        LegendEntry("sources", "number of sources"),
        LegendEntry("conflict", "sources disagree on the date"),
        LegendEntry("implied", "date implied by the article date"),
    ]


def paint_legend_mark(painter: QPainter, box: Box, entry: LegendEntry) -> None:
    painter.drawRect(box.qrect())


def paint_band(painter: QPainter, box: Box, events: Sequence[Event], numbers: Sequence[int],
               span: TimeRange, *, zoom: float) -> None:
    painter.setPen(QColor("#999999"))
    painter.drawRect(box.qrect())
