"""The window's view in and out of the project file: the timeline's state (present.view_state)
as JSON, and back through the parts of the window that show it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from timeline.present.view_state import TimelineViewState, saved_viewport

if TYPE_CHECKING:
    from timeline.ui.window_host import WindowHost


def view_state_of(window: WindowHost) -> dict[str, object]:
    """The view as the project saves it; the current event is the session's (the one whose
    sources the window shows)."""
    state = replace(window.timeline_view.state, selected=window.session.selected_event_id)
    return state.to_json()


def restore_view_state(window: WindowHost, saved: dict[str, object]) -> None:
    """Put back what was saved; anything unreadable is skipped (it is only the view)."""
    view = window.timeline_view
    current = replace(view.state, selected="", also_selected=())
    state = TimelineViewState.from_json(saved, base=current)
    view.set_grouping(state.grouping)
    view.set_key_events(state.key_events)  # the control follows
    if state.event_filter != current.event_filter:
        window.filter_bar.set_filter(state.event_filter)  # shown in the controls, applied everywhere
    if state.selected and window.session.find_event(state.selected) is not None:
        window.session.select_event(state.selected)
    # After the selection, which scrolls the view to show it.
    visible = saved_viewport(saved)
    if visible is not None:
        view.set_viewport(visible)


__all__ = ["restore_view_state", "view_state_of"]
