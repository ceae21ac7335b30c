"""The view opens on the story, Home comes back to it, and arrows never jump to an outlier."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt

from tests.present.test_story import OUTLIERS, STORY
from timeline.present.story import KeyEvents
from timeline.present.time_scale import to_seconds
from timeline.present.viewport import Viewport
from timeline.ui.timeline_view import TimelineView


def make_view(qtbot) -> TimelineView:
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.set_events(STORY + OUTLIERS)
    return view


def test_first_view_and_home_fit_the_story_not_the_outliers(qtbot):
    view = make_view(qtbot)
    story = (to_seconds(datetime(2010, 4, 20)), to_seconds(datetime(2010, 7, 15)))
    assert story[0] <= view.viewport().start and view.viewport().end <= story[1]
    view.zoom_by(1 / 1000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert story[0] <= view.viewport().start and view.viewport().end <= story[1]
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert view.viewport().span > 100 * 365 * 86_400  # everything, as far as a millennium goes


def test_background_events_are_hidden_until_asked_for(qtbot):
    view = make_view(qtbot)
    assert "history" not in {e.event_id for e in view.shown_events()}
    view.set_key_events(KeyEvents(show_background=True))
    assert "history" in {e.event_id for e in view.shown_events()}


def test_arrows_never_jump_to_an_outlier(qtbot):
    view = make_view(qtbot)
    view.setFocus()
    visited: list[str] = []
    view.event_selected.connect(visited.append)
    for _ in range(len(STORY) + 5):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert visited and not {"year100", "far", "history"} & set(visited)
    assert len(visited) == len(set(visited))  # never round in a loop


def test_key_events_budget_limits_the_labels(qtbot):
    view = make_view(qtbot)
    view.set_key_events(KeyEvents(top=5))
    assert 0 < len(view.current_layout().marks) <= 12
    selected = STORY[30].event_id
    view.select_event(selected)
    assert view.current_layout().find_mark(selected) is not None  # selecting never hides it


def test_selecting_an_event_at_the_right_edge_brings_its_whole_label_in(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1200, 500)
    wordy = [replace(e, label=f"{e.event_id}: a label long enough to need two hundred pixels")
             for e in STORY]
    view.set_events(wordy)
    last = wordy[-1]
    start = to_seconds(last.interval.start)
    view.set_viewport(Viewport(start - 20 * 86_400, start + 2 * 86_400))
    view.select_event(last.event_id)
    mark = view.current_layout().find_mark(last.event_id)
    assert mark is not None
    assert mark.label_x >= 0 and min(mark.label_x, mark.label_x_max) + mark.full_width <= view.width()
