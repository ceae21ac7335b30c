"""What a timeline view shows, and what it derives from that: plain data, no Qt.

The view is given events and articles; for its state (filter, Key events setting, lanes)
this works out the events shown, their index, the story's span and the bands, each kept
until something it rests on changes.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence

from timeline.domain.article import Article
from timeline.domain.event import Event
from timeline.present.bands import bands_for
from timeline.present.event_filter import EventFilter, filter_events
from timeline.present.grouping import ArticleInfo, Grouping
from timeline.present.index_update import updated_index
from timeline.present.level_of_detail import EventIndex, build_index
from timeline.present.story import KeyEvents, in_story, key_events, publication_seconds, story_span
from timeline.present.timeline_layout import BandSource

# More articles than this changed at once: their dates and names are worked out afresh.
PATCHED_ARTICLES_UP_TO = 32


def _swap_published(published: list[float], before: Article, now: Article) -> None:
    """`published` (sorted seconds, as publication_seconds makes them) with `before`'s date
    replaced by `now`'s."""
    for date, add in ((before.date, False), (now.date, True)):
        if date is None:
            continue
        (seconds,) = publication_seconds([date])
        if add:
            insort(published, seconds)
        else:
            del published[bisect_left(published, seconds)]


def events_to_show(events: Sequence[Event], criteria: EventFilter, setting: KeyEvents) -> tuple[Event, ...]:
    """The events the filter keeps, without background ones unless asked for; with `only`,
    just the key events among them, in their own order."""
    every = events if criteria.is_empty else filter_events(events, criteria)
    shown = tuple(in_story(every, setting))
    if setting.only:
        chosen = {id(e) for e in key_events(shown, setting)}
        shown = tuple(e for e in shown if id(e) in chosen)
    return shown


class TimelineContent:
    """The events given to a view and those it shows, indexed, with the story and the bands."""

    def __init__(self) -> None:
        self.all_events: tuple[Event, ...] = ()
        self.shown: tuple[Event, ...] = ()
        self.index: EventIndex = build_index(())
        self.articles: dict[str, ArticleInfo] = {}
        self._published: list[float] = []  # the articles' dates as seconds, sorted: where the story is
        self._given: tuple[Article, ...] = ()  # the articles those were made of
        self._story: tuple[float, float] | None = None  # worked out when first asked for
        self._bands: list[BandSource] = []
        self._band_room = -1
        self.generation = 0  # changes with the bands: what a layout cache is keyed on

    def set_events(self, events: Iterable[Event]) -> None:
        """The events given (not yet filtered: `refilter` does that)."""
        self.all_events = tuple(events)

    def set_articles(self, articles: Iterable[Article]) -> None:
        """Titles and outlets, for lanes by article or outlet; dates, for the story."""
        articles = tuple(articles)
        given, self._given = self._given, articles
        if len(given) == len(articles):
            changed = [(before, now) for before, now in zip(given, articles, strict=True) if before is not now]
            if len(changed) <= PATCHED_ARTICLES_UP_TO and all(a.article_id == b.article_id for a, b in changed):
                # An article's date changed: its entries only, not 1,460 of each on every change.
                for before, now in changed:
                    self.articles[now.article_id] = ArticleInfo(now.title, now.outlet)
                    if before.date != now.date:
                        _swap_published(self._published, before, now)
                        self._story = None
                return
        self.articles = {a.article_id: ArticleInfo(a.title, a.outlet) for a in articles}
        self._published = publication_seconds(a.date for a in articles)
        self._story = None

    def refilter(self, criteria: EventFilter, setting: KeyEvents, prebuilt: EventIndex | None = None) -> None:
        """The shown events for this filter and setting. `prebuilt`: all the events given,
        already indexed (built off the GUI thread), used when every one is shown."""
        shown = events_to_show(self.all_events, criteria, setting)
        if len(shown) == len(self.all_events) and prebuilt is not None:
            self.shown, self.index = self.all_events, prebuilt
        else:
            # After an edit most shown events are the same: the index is brought up to date.
            self.index = updated_index(self.index, shown) or build_index(shown)
            self.shown = shown
        self._story = None

    def story_span(self) -> tuple[float, float] | None:
        """Where the story is (present.story.story_span over the shown events), in seconds."""
        if self._story is None and self.shown:
            index = self.index
            ranked = len(index.importance_order) == len(index.events)
            self._story = story_span((), self.shown, midpoints=index.all_mids, published_seconds=self._published,
                                     by_priority=(index.events[i] for i in index.importance_order) if ranked else None)
        return self._story

    def drop_bands(self) -> None:
        """The bands must be made again (the shown events, lanes or look changed)."""
        self._band_room = -1
        self._bands = []
        self.generation += 1

    def bands(self, grouping: Grouping, room: int) -> list[BandSource]:
        """The bands when `room` of them fit (kept until the room or the content changes)."""
        if self._bands and (grouping is Grouping.NONE or room == self._band_room):
            return self._bands
        self._bands = bands_for(self.shown, grouping, self.articles, room, index=self.index)
        self._band_room = room
        self.generation += 1
        return self._bands

    def event(self, event_id: str) -> Event:
        event = self.index.find(event_id)
        if event is None:
            raise KeyError(event_id)
        return event

    def seconds(self, event_id: str) -> tuple[float, float]:
        """Where a shown event starts and ends, in seconds since 1970."""
        rank = self.index.rank_of.get(event_id)
        if rank is None:
            raise KeyError(event_id)
        i = self.index.time_order[rank]
        return self.index.starts[i], self.index.ends[i]
