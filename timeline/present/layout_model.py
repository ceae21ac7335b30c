"""The timeline layout as plain data (marks, clusters, bands, in pixels) and the sizes it is made of.

`timeline_layout.layout_timeline` fills these in; render/ paints them, on screen and in
exports alike; the view and the export read sizes (a band's room, a label's badges) here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from timeline.domain.granularity import Granularity
from timeline.present.level_of_detail import EventIndex
from timeline.present.text_measure import TextMeasure
from timeline.present.ticks import AxisTicks
from timeline.present.time_scale import SECONDS_PER_DAY
from timeline.present.viewport import Viewport


class MarkKind(Enum):
    POINT = "point"  # a day (or finer): a dot
    RANGE = "range"  # days known at both ends: a crisp bar ("a three-day visit")
    SPAN = "span"  # a week, month, season, quarter, year...: a soft-edged bar


@dataclass(frozen=True, slots=True)
class LayoutOptions:
    marker_radius: float = 5.0
    lane_padding: float = 10.0  # lane height = line height + this
    lane_gap: float = 12.0  # free pixels between two items in a lane
    label_pad: float = 5.0  # between a marker or bar start and its label
    max_label_width: float = 260.0
    badge_pad: float = 4.0  # inside a badge, each side of its text
    badge_gap: float = 4.0
    detail_limit: int = 1000  # above this many events in the window, count by pixel column
    sparse_column: int = 2  # in a counted column, this few events are still drawn one by one
    top_margin: float = 6.0
    axis_gap: float = 6.0
    band_titles: bool = True
    # Labels per screen width, given to the most important events first (0: no limit, the
    # old way: by position). The others stay as count marks and the density band.
    label_budget: int = 0
    # Events less important than this get no label (the selection excepted): counted instead.
    label_min_importance: float = 0.0


DEFAULT_OPTIONS = LayoutOptions()


@dataclass(frozen=True, slots=True)
class BandSource:
    """The events of one band, ready for clipping."""

    key: str
    title: str
    index: EventIndex


@dataclass(frozen=True, slots=True)
class EventMark:
    event_id: str
    label: str  # as drawn: elided to the maximum label width
    kind: MarkKind
    granularity: Granularity
    x0: float  # the interval's start and end
    x1: float
    xp: float  # the point marker's centre (midpoint of the interval)
    y: float  # top of its lane
    left: float  # the footprint other marks keep clear of
    right: float
    label_x: float  # where the label starts, and how far right it may slide to stay on screen
    label_x_max: float
    label_width: float  # the label alone
    full_width: float  # the label and its badges
    source_count: int
    conflict: bool
    implied: bool
    band: int


@dataclass(frozen=True, slots=True)
class ClusterMark:
    """Events gathered where too many share the space; opens onto [t0, t1)."""

    x0: float
    x1: float
    y: float
    count: int
    t0: float
    t1: float
    band: int
    members: tuple[str, ...]  # event ids when known; empty for a counted column


@dataclass(frozen=True, slots=True)
class BandLayout:
    key: str
    title: str
    y0: float
    y1: float
    lane_top: float
    lane_count: int


@dataclass(frozen=True, slots=True)
class BandContent:
    """One band's marks and clusters for a window, in window pixels (window start = 0)."""

    marks: tuple[EventMark, ...]
    clusters: tuple[ClusterMark, ...]


@dataclass(frozen=True, slots=True)
class TimelineLayout:
    width: float
    height: float
    viewport: Viewport
    lane_height: float
    axis_top: float
    axis: AxisTicks
    bands: tuple[BandLayout, ...]
    marks: tuple[EventMark, ...]  # only those on screen
    clusters: tuple[ClusterMark, ...]
    counted: bool  # some band was too dense to lay out event by event
    options: LayoutOptions

    def mark_at(self, x: float, y: float) -> EventMark | None:
        for mark in self.marks:
            if mark.y <= y < mark.y + self.lane_height and mark.left - 2 <= x <= mark.right + 2:
                return mark
        return None

    def cluster_at(self, x: float, y: float) -> ClusterMark | None:
        for cluster in self.clusters:
            if cluster.y <= y < cluster.y + self.lane_height and cluster.x0 - 2 <= x <= cluster.x1 + 2:
                return cluster
        return None

    def find_mark(self, event_id: str) -> EventMark | None:
        return next((m for m in self.marks if m.event_id == event_id), None)

    def cluster_holding(self, event_id: str) -> ClusterMark | None:
        return next((c for c in self.clusters if event_id in c.members), None)


def mark_kind(granularity: Granularity, duration: float) -> MarkKind:
    if granularity >= Granularity.DAY:
        return MarkKind.POINT if duration <= SECONDS_PER_DAY else MarkKind.RANGE
    return MarkKind.SPAN


def axis_height(measure: TextMeasure) -> float:
    """Tick marks, the tick labels, and the context line."""
    return 8 + 2 * measure.line_height + 6


def lane_height(measure: TextMeasure, options: LayoutOptions) -> float:
    return measure.line_height + options.lane_padding


def band_room(height: float, measure: TextMeasure, options: LayoutOptions = DEFAULT_OPTIONS) -> int:
    """How many bands of one titled lane fit: the caller folds groups beyond that."""
    usable = height - options.top_margin - axis_height(measure) - options.axis_gap
    per_band = lane_height(measure, options) + measure.line_height
    return max(1, int(usable // per_band))


def badge_widths(measure: TextMeasure, options: LayoutOptions, sources: int,
                 conflict: bool) -> float:
    """Room for the badges after a label: the source count (when more than one) and conflict."""
    total = 0.0
    if sources > 1:
        total += options.badge_gap + measure.width(str(sources)) + 2 * options.badge_pad
    if conflict:
        total += options.badge_gap + measure.width("!") + 2 * options.badge_pad
    return total


def cluster_width(measure: TextMeasure, count: int, options: LayoutOptions) -> float:
    return measure.width(f"+{count}") + 2 * options.badge_pad + 6
