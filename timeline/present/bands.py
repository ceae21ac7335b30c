"""The bands of a timeline: events grouped into lanes (by article, outlet or tag), the groups
beyond the room folded into one, each indexed for clipping. One home for the steps the
view, the painter and the export all take."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from timeline.domain.event import Event
from timeline.present.grouping import ArticleInfo, Grouping, fold_small_groups, group_events
from timeline.present.level_of_detail import EventIndex, build_index
from timeline.present.timeline_layout import BandSource


def bands_for(events: Sequence[Event], grouping: Grouping, articles: Mapping[str, ArticleInfo],
              room: int, *, index: EventIndex | None = None) -> list[BandSource]:
    """The band sources when `room` bands fit. `index`: these events already indexed (the
    view keeps one), used as the single band when there is no grouping."""
    if grouping is Grouping.NONE and index is not None:
        return [BandSource("", "", index)]
    groups = fold_small_groups(group_events(events, grouping, articles), room)
    return [BandSource(g.key, g.title, build_index(g.events)) for g in groups]
