"""Splitting events into horizontal bands: one timeline, or one band per article, outlet or tag."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from timeline.domain.event import Event


class Grouping(Enum):
    NONE = "none"
    ARTICLE = "article"
    OUTLET = "outlet"
    TAG = "tag"

    @property
    def label(self) -> str:
        return {"none": "One lane", "article": "By article", "outlet": "By outlet",
                "tag": "By tag"}[self.value]


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    title: str
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class EventGroup:
    key: str
    title: str
    events: tuple[Event, ...]


NO_OUTLET = "(no outlet)"
NO_TAG = "(untagged)"


def group_events(
    events: Sequence[Event], grouping: Grouping, articles: Mapping[str, ArticleInfo]
) -> list[EventGroup]:
    """The bands for this grouping. An event reported by two articles shows in both bands."""
    if grouping is Grouping.NONE:
        return [EventGroup("", "", tuple(events))]
    members: dict[str, list[Event]] = {}
    titles: dict[str, str] = {}
    for event in events:
        for key, title in _keys(event, grouping, articles):
            bucket = members.setdefault(key, [])
            if not bucket or bucket[-1] is not event:
                bucket.append(event)
            titles[key] = title
    # Largest band first: the analyst's eye goes to the top.
    ordered = sorted(members, key=lambda key: (-len(members[key]), titles[key]))
    return [EventGroup(key, titles[key], tuple(members[key])) for key in ordered]


def _keys(
    event: Event, grouping: Grouping, articles: Mapping[str, ArticleInfo]
) -> list[tuple[str, str]]:
    if grouping is Grouping.TAG:
        return [(tag, tag) for tag in event.tags] or [(NO_TAG, NO_TAG)]
    keys: dict[str, str] = {}
    for article_id in event.article_ids:
        info = articles.get(article_id)
        if grouping is Grouping.ARTICLE:
            keys[article_id] = info.title if info and info.title else article_id
        else:
            outlet = info.outlet if info and info.outlet else NO_OUTLET
            keys[outlet] = outlet
    return list(keys.items())


def fold_small_groups(groups: Sequence[EventGroup], room: int) -> list[EventGroup]:
    """At most `room` bands: the smallest groups beyond it share one 'other' band."""
    if len(groups) <= room:
        return list(groups)
    kept = list(groups[: max(room - 1, 0)])
    rest = groups[len(kept):]
    seen: dict[str, Event] = {}
    for group in rest:
        for event in group.events:
            seen.setdefault(event.event_id, event)
    merged = tuple(sorted(seen.values(), key=lambda e: (e.interval.start, e.event_id)))
    kept.append(EventGroup("\0other", f"{len(rest)} more", merged))
    return kept
