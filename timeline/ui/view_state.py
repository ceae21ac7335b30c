"""The window's view as plain JSON for the project file, and back: anything unreadable costs only the view."""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from timeline.present.event_filter import EventFilter
from timeline.present.grouping import Grouping
from timeline.present.story import DEFAULT_KEY_EVENTS, KeyEvents
from timeline.present.viewport import Viewport

if TYPE_CHECKING:
    from timeline.ui.main_window import MainWindow


def view_state_of(window: MainWindow) -> dict[str, object]:
    view = window.timeline_view
    state: dict[str, object] = {"selected_event": window.session.selected_event_id}
    viewport = view.viewport()
    state["visible"] = [viewport.start, viewport.end]
    state["grouping"] = view.grouping.value
    criteria = getattr(view, "event_filter", None)
    if isinstance(criteria, EventFilter):
        state["filter"] = _filter_to_json(criteria)
    state["key_events"] = _key_events_to_json(view.key_events)
    return state


def restore_view_state(window: MainWindow, state: dict[str, object]) -> None:
    """Put back what was saved; anything unreadable is skipped (it is only the view)."""
    view = window.timeline_view
    grouping = state.get("grouping")
    if isinstance(grouping, str) and grouping in {g.value for g in Grouping}:
        view.set_grouping(Grouping(grouping))
    # A project saved before the Key events control has none: it opens with the default.
    view.set_key_events(_key_events_from_json(state.get("key_events")))  # the control follows
    criteria = _filter_from_json(state.get("filter"))
    if criteria is not None:
        filter_bar = getattr(window, "filter_bar", None)
        if filter_bar is not None:
            filter_bar.set_filter(criteria)  # shows it in the controls and applies it everywhere
        else:
            view.set_filter(criteria)
    selected = state.get("selected_event")
    if isinstance(selected, str) and selected and window.session.find_event(selected) is not None:
        window.session.select_event(selected)
    # After the selection, which scrolls the view to show it.
    visible = state.get("visible")
    if (isinstance(visible, list) and len(visible) == 2
            and all(isinstance(v, int | float) and _sane_seconds(v) for v in visible) and visible[0] < visible[1]):
        view.set_viewport(Viewport(float(visible[0]), float(visible[1])))


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




MAX_TOP = 1_000_000  # more key events than any corpus has: "all"

# Seconds since 1970 within years 1..9999, the range a timeline can show.
_EARLIEST_SECONDS = -62_135_596_800.0
_LATEST_SECONDS = 253_402_300_799.0


def _sane_seconds(value: float) -> bool:
    return math.isfinite(value) and _EARLIEST_SECONDS <= value <= _LATEST_SECONDS


__all__ = ["restore_view_state", "view_state_of"]
