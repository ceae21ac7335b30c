"""What the timeline view shows, as one frozen value with pure transitions and a JSON form.

The widget holds one `TimelineViewState`, renders it and announces when it changes; every
move (select, toggle, step, zoom, pan, a new filter) is a function from one state to the
next, testable without Qt, as pyqtgraph's `getState`/`setState` and napari's camera keep a
view's state apart from the widget that draws it. The project file saves `to_json()`;
`from_json` reads every file saved before (the same keys) and skips what it cannot read:
a damaged view costs only the view, never the project.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from timeline.present.event_filter import NO_FILTER, EventFilter
from timeline.present.grouping import Grouping
from timeline.present.level_of_detail import EventIndex, neighbour_within
from timeline.present.story import DEFAULT_KEY_EVENTS, KeyEvents
from timeline.present.time_scale import EARLIEST_SECONDS, LATEST_SECONDS
from timeline.present.viewport import DEFAULT_SPAN, Viewport, clamp, pan, zoom_around

MAX_TOP = 1_000_000  # more key events than any corpus has: "all"
INITIAL_VIEWPORT = Viewport(0.0, DEFAULT_SPAN)  # before any event arrives to fit


@dataclass(frozen=True, slots=True)
class TimelineViewState:
    """The view's whole state: visible range, selection, lanes, filter, highlight, Key events
    setting and contrast. `selected` is the current event (whose sources the window shows,
    "" for none); `also_selected` the others Ctrl+clicked besides it."""

    viewport: Viewport = INITIAL_VIEWPORT
    selected: str = ""
    also_selected: tuple[str, ...] = ()
    grouping: Grouping = Grouping.NONE
    event_filter: EventFilter = NO_FILTER
    highlighted: frozenset[str] = field(default_factory=frozenset)
    key_events: KeyEvents = DEFAULT_KEY_EVENTS
    high_contrast: bool = False

    @property
    def selection(self) -> tuple[str, ...]:
        """Every selected event: the current one first, then the others."""
        return ((self.selected,) if self.selected else ()) + self.also_selected

    @property
    def has_selection(self) -> bool:
        return bool(self.selected or self.also_selected)

    # -- selection ---------------------------------------------------------------------------
    def select(self, event_id: str, shown: Collection[str]) -> TimelineViewState:
        """Only this event selected ("" or an event not shown: nothing selected)."""
        return replace(self, selected=event_id if event_id in shown else "", also_selected=())

    def select_many(self, event_ids: Iterable[str], shown: Collection[str]) -> TimelineViewState:
        """Several selected; the first shown one becomes the current one."""
        chosen = [i for i in dict.fromkeys(event_ids) if i in shown]
        return replace(self, selected=chosen[0] if chosen else "", also_selected=tuple(chosen[1:]))

    def toggle(self, event_id: str, shown: Collection[str]) -> TimelineViewState:
        """Ctrl+click: add the event (it becomes the current one), or take it out."""
        if event_id not in shown:
            return self
        chosen = list(self.selection)
        if event_id in chosen:
            chosen.remove(event_id)
        else:
            chosen.insert(0, event_id)
        return self.select_many(chosen, shown)

    def step(self, index: EventIndex, step: int, story: tuple[float, float] | None) -> TimelineViewState | None:
        """The next (step > 0) or previous event in time order selected; None at either end.

        Steps stay within the view and the story (`story`: its span in seconds, when known):
        with nothing selected, the first (last) event on screen; never off to an outlier
        years away, never round in a loop.
        """
        t0, t1 = self.viewport.start, self.viewport.end
        if story is not None and story[0] < t1 and t0 < story[1]:
            t0, t1 = min(t0, story[0]), max(t1, story[1])
        target = neighbour_within(index, self.selected or None, step, t0, t1)
        if target is None:
            return None
        return self.select(target, index.rank_of)

    def prune_to(self, shown: Collection[str]) -> TimelineViewState:
        """Forget selected events that are no longer shown (a filter hid them); order kept."""
        selected = self.selected if self.selected in shown else ""
        also = tuple(i for i in self.also_selected if i in shown)
        if selected == self.selected and also == self.also_selected:
            return self
        return replace(self, selected=selected, also_selected=also)

    # -- the visible range -------------------------------------------------------------------
    def show(self, viewport: Viewport) -> TimelineViewState:
        """This range (clamped to what a view can draw)."""
        return replace(self, viewport=clamp(viewport))

    def zoom(self, factor: float, anchor: float) -> TimelineViewState:
        """Zoom in (factor > 1) or out keeping the time `anchor` (seconds) where it is."""
        return self.show(zoom_around(self.viewport, factor, anchor))

    def pan_by(self, seconds: float) -> TimelineViewState:
        """Later by `seconds` (earlier when negative), keeping the zoom."""
        return self.show(pan(self.viewport, seconds))

    # -- the project file --------------------------------------------------------------------
    def to_json(self) -> dict[str, object]:
        """What a project file keeps of the view (the highlight and the Ctrl+clicked extra
        selection are passing states, not saved; nor is contrast, a setting of the machine)."""
        return {
            "selected_event": self.selected,
            "visible": [self.viewport.start, self.viewport.end],
            "grouping": self.grouping.value,
            "filter": _filter_to_json(self.event_filter),
            "key_events": _key_events_to_json(self.key_events),
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, object], base: TimelineViewState | None = None) -> TimelineViewState:
        """The saved state over `base` (default: a fresh view): what is missing or cannot be
        read keeps base's value, except the Key events setting, which a project saved before
        that control existed opens with at its default."""
        base = base if base is not None else cls()
        grouping = raw.get("grouping")
        selected = raw.get("selected_event")
        criteria = _filter_from_json(raw.get("filter"))
        return replace(
            base,
            viewport=saved_viewport(raw) or base.viewport,
            selected=selected if isinstance(selected, str) else base.selected,
            also_selected=() if isinstance(selected, str) else base.also_selected,
            grouping=Grouping(grouping) if grouping in {g.value for g in Grouping} else base.grouping,
            event_filter=criteria if criteria is not None else base.event_filter,
            key_events=_key_events_from_json(raw.get("key_events")),
        )


def saved_viewport(raw: Mapping[str, object]) -> Viewport | None:
    """The visible range a project saved, when there is one a view can show."""
    visible = raw.get("visible")
    if (isinstance(visible, list) and len(visible) == 2
            and all(isinstance(v, int | float) and _sane_seconds(v) for v in visible)
            and visible[0] < visible[1]):
        return Viewport(float(visible[0]), float(visible[1]))
    return None


def _sane_seconds(value: float) -> bool:
    """Within years 1..9999, the range a timeline can show (a crafted 1e308 is no view)."""
    return math.isfinite(value) and EARLIEST_SECONDS <= value <= LATEST_SECONDS


def _key_events_to_json(setting: KeyEvents) -> dict[str, object]:
    return {"top": setting.top, "min_importance": setting.min_importance,
            "show_background": setting.show_background, "only": setting.only}


def _key_events_from_json(raw: object) -> KeyEvents:
    """The saved setting, or the default when there is none or it cannot be read."""
    if not isinstance(raw, dict):
        return DEFAULT_KEY_EVENTS
    try:
        return KeyEvents(
            top=max(0, min(int(raw.get("top", DEFAULT_KEY_EVENTS.top)), MAX_TOP)),
            min_importance=float(raw.get("min_importance", 0.0)),
            show_background=bool(raw.get("show_background", False)),
            only=bool(raw.get("only", False)),
        )
    except (TypeError, ValueError, OverflowError):  # a crafted file's 1e308 is no setting
        return DEFAULT_KEY_EVENTS


def _filter_to_json(criteria: EventFilter) -> dict[str, object]:
    return {
        "text": criteria.text,
        "article_ids": sorted(criteria.article_ids),
        "first_day": criteria.first_day.isoformat() if criteria.first_day else None,
        "last_day": criteria.last_day.isoformat() if criteria.last_day else None,
        "min_sources": criteria.min_sources,
    }


def _filter_from_json(raw: object) -> EventFilter | None:
    if not isinstance(raw, dict):
        return None
    try:
        return EventFilter(
            text=str(raw.get("text", "")),
            article_ids=frozenset(str(a) for a in raw.get("article_ids", [])),
            first_day=date.fromisoformat(raw["first_day"]) if raw.get("first_day") else None,
            last_day=date.fromisoformat(raw["last_day"]) if raw.get("last_day") else None,
            min_sources=max(0, min(int(raw.get("min_sources", 0)), MAX_TOP)),
        )
    except (TypeError, ValueError, OverflowError):
        return None
