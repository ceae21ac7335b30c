"""A view's layouts over time: the last one, the per-band cache by zoom, and each event's lane
as last drawn, which the next layout keeps where there is room (labels do not jump)."""

from __future__ import annotations

from timeline.present.grouping import Grouping
from timeline.present.level_of_detail import LayoutCache
from timeline.present.text_measure import TextMeasure
from timeline.present.timeline_content import TimelineContent
from timeline.present.timeline_layout import (
    DEFAULT_OPTIONS,
    BandContent,
    LayoutOptions,
    TimelineLayout,
    band_room,
    layout_timeline,
    mark_lanes,
)
from timeline.present.viewport import Viewport

LANE_MEMORY_LIMIT = 50_000  # events whose lanes are remembered, before starting afresh


class LayoutMemory:
    """Lays out a view's content, reusing what still holds."""

    def __init__(self) -> None:
        self._cache: LayoutCache[object, BandContent] = LayoutCache(16)
        self._lanes_shown: dict[str, int] = {}
        self.last: TimelineLayout | None = None  # the one drawn, or the one a move is about to show

    def layout(self, content: TimelineContent, grouping: Grouping, viewport: Viewport, width: float,
               height: float, measure: TextMeasure, options: LayoutOptions,
               pinned: frozenset[str]) -> TimelineLayout:
        """The layout of this viewport at this size (the last one while neither changed)."""
        last = self.last
        if last is not None and last.viewport == viewport and last.width == width and last.height == height:
            return last
        bands = content.bands(grouping, band_room(height, measure, DEFAULT_OPTIONS))
        layout = layout_timeline(
            bands, viewport, float(width), float(height), measure, options, cache=self._cache,
            cache_token=content.generation, preferred_lanes=self._lanes_shown, pinned=pinned)
        self.last = layout
        if len(self._lanes_shown) > LANE_MEMORY_LIMIT:
            self._lanes_shown.clear()
        self._lanes_shown.update(mark_lanes(layout))
        return layout

    def forget_layout(self) -> None:
        """The size changed: lay out afresh (the cache by zoom still holds)."""
        self.last = None

    def forget(self) -> None:
        """The bands changed: nothing laid out before holds."""
        self._cache.clear()
        self.last = None

    def forget_lanes(self) -> None:
        """Lanes are counted within a band: other bands, other lanes."""
        self._lanes_shown.clear()
