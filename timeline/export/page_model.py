"""A composed page: its frame, notes, bands (the main one and any zoomed inset) and events."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.domain.event import Event
from timeline.export.band_fit import FittedBand
from timeline.export.notes_layout import NotesLayout
from timeline.export.page_layout import Box, PageFrame
from timeline.export.scope import TimeRange
from timeline.present.timeline_layout import ClusterMark, EventMark, TimelineLayout


@dataclass(frozen=True, slots=True)
class Page:
    frame: PageFrame
    notes: NotesLayout
    band: TimelineLayout  # the main band
    band_zoom: float  # layout pixels to page units
    span: TimeRange
    events: tuple[Event, ...]  # the events drawn, in note order
    subtitle: str
    index: int = 1
    count: int = 1
    band_box: Box | None = None  # where the main band sits; None: the frame's whole band box
    inset: FittedBand | None = None  # the zoomed crowd, under the main band

    @property
    def main_box(self) -> Box:
        return self.band_box or self.frame.band

    @property
    def marks(self) -> tuple[EventMark, ...]:
        """Every event mark drawn, main band first."""
        return self.band.marks + (self.inset.layout.marks if self.inset else ())

    @property
    def clusters(self) -> tuple[ClusterMark, ...]:
        return self.band.clusters + (self.inset.layout.clusters if self.inset else ())
